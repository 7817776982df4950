// The temporal tagger's cost for `npm run bench`: on the sample (find + resolve, cold, no paragraph cache) and as the
// sample grows (its body repeated, each copy's numbers varied so nothing is shared); plus the tagger's share of a
// full analysis of the sample.
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
  const tag = (text) => time.tagTimes(text, '2020-01-10');
  for (let i = 0; i < 100; i++) tag(body); // warm (JIT), as in an editing session
  const sampleTagMs = medianMs(() => tag(body), 51);
  const analyze = () => new core.Analyzer(config).analyze(sample, { file: 'sample.md', date: '2020-01-10' });
  for (let i = 0; i < 30; i++) analyze();
  const full = medianMs(analyze, 21);
  const row = await scalingRow(`temporal tagger (find + resolve), sample ×N: ${sampleTagMs.toFixed(2)} ms on the sample, ${tag(body).length} expressions; full analysis ${full.toFixed(1)} ms`, 'copies', [1, 2, 4, 8, 16], (n) => {
    const text = copies(n);
    return medianMs(() => tag(text), 21); // (the small points take milliseconds: more runs, so one disturbed run does not decide)
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
