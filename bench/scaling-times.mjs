// The temporal tagger's cost for `npm run bench`: on the sample (find + resolve, cold, no paragraph cache) and as the
// sample grows (its body repeated, each copy's numbers varied so nothing is shared); plus the tagger's share of a
// full analysis of the sample. The tagger runs as the analysis runs it (core/time articleTimes): found paragraph by
// paragraph of the parsed article, resolved in article order with one narrative state. (Calling it once on the whole
// text, as this row did before, tags one paragraph the analysis never sees: a paragraph over the prose bound is not
// tagged, and one within it is at most 100,000 characters.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import esbuild from 'esbuild';
import { medianMs, scalingRow } from './scaling.mjs';

const require = createRequire(import.meta.url);

/** The tagger bundled as the extension ships it (the shared core bundle does not export it). */
async function bundleTagger(ROOT, tmp) {
  const outfile = join(tmp, 'time.cjs');
  await esbuild.build({ entryPoints: [join(ROOT, 'src/core/time/index.ts')], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' });
  return require(outfile);
}

/** Scaling rows: the tagger on the sample ×1 … ×16 (one row; its first point is the sample itself). */
export async function rows({ ROOT, tmp, core, config }) {
  const time = await bundleTagger(ROOT, tmp);
  const sample = readFileSync(join(ROOT, 'samples', 'iraq-us-withdrawal.md'), 'utf8');
  const body = sample.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const copies = (n) => Array.from({ length: n }, (_, k) => body.replace(/\d+/g, (d) => d + (k ? String(k) : ''))).join('\n\n');
  /** Find per paragraph and resolve in order, as articleTimes does (the paragraphs are parsed once, outside the timing). */
  const tagger = (text) => {
    const paragraphs = core.parseArticle(text, 'markdown').paragraphs;
    return () => {
      const state = time.timeState('2020-01-10');
      const out = [];
      for (const p of paragraphs) for (const x of time.resolveTimes(time.findTimes(p.text), state, p.start)) out.push(x);
      return out;
    };
  };
  const tagBody = tagger(body);
  for (let i = 0; i < 100; i++) tagBody(); // warm (JIT), as in an editing session
  const sampleTagMs = medianMs(tagBody, 51);
  const analyze = () => new core.Analyzer(config).analyze(sample, { file: 'sample.md', date: '2020-01-10' });
  for (let i = 0; i < 30; i++) analyze();
  const full = medianMs(analyze, 21);
  const row = await scalingRow(`temporal tagger (find + resolve per paragraph), sample ×N: ${sampleTagMs.toFixed(2)} ms on the sample, ${tagBody().length} expressions; full analysis ${full.toFixed(1)} ms`, 'copies', [1, 2, 4, 8, 16], (n) => {
    const tag = tagger(copies(n));
    // Each timed run tags 32 copies' worth (the small points repeated), so a point is not one millisecond-long call that
    // a scheduler tick or a young-generation collection decides; the median of 9 runs, per call.
    const reps = Math.ceil(32 / n);
    return medianMs(() => {
      for (let r = 0; r < reps; r++) tag();
    }, 9) / reps;
  });
  row.sampleTagMs = sampleTagMs;
  row.sampleFullMs = full;
  return [row];
}

/** The speed goal the tagger must not break: a full (cold) analysis of the sample within 15 ms. */
export function checks(rows) {
  const r = rows.find((x) => x.sampleFullMs !== undefined);
  return r ? [{ what: `Tagger on the sample ${r.sampleTagMs.toFixed(2)} ms; full analysis of the sample ≤ 15 ms (${r.sampleFullMs.toFixed(1)} ms)`, ok: r.sampleFullMs <= 15 }] : [];
}
