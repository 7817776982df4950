// The quote check's costs for `npm run bench`: index build time and memory and lookup time per quote on 10 MB of
// generated source text, and what the check adds to the full analysis of the sample with the sample's sources.
// Times are CPU time of this process (process.cpuUsage), so other work on a shared machine does not count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1024 * 1024;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gc = () => globalThis.gc?.();

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `bytes` of statement-like text in files of about 100 KB: sentences over an 8,000-word vocabulary with Zipf-like use. */
function generateSources(bytes, random) {
  const vocab = Array.from({ length: 8000 }, (_, i) => {
    let w = '';
    for (let n = i + 1; n > 0; n = Math.floor(n / 20)) w += 'bcdfghklmnprstvzaeiou'[n % 21];
    return w + 'aeiou'[i % 5];
  });
  const word = () => vocab[Math.floor(vocab.length * random() ** 2.5)];
  const files = [];
  let total = 0;
  while (total < bytes) {
    const parts = [];
    let size = 0;
    while (size < 100_000) {
      const n = 8 + Math.floor(random() * 20);
      const s = Array.from({ length: n }, word).join(' ');
      const line = s[0].toUpperCase() + s.slice(1) + (random() < 0.3 ? '.\n\n' : '. ');
      parts.push(line);
      size += line.length;
    }
    const text = parts.join('');
    files.push({ file: `gen/source-${files.length}.txt`, text });
    total += text.length;
  }
  return { files, total, vocab, word };
}

/** Run the section: returns report lines, acceptance checks and the figures. */
export async function sourcesSection({ core, ROOT, progress }) {
  const random = rng(15);
  progress?.('quote check: generating 10 MB of sources…');
  const { files, total, word } = generateSources(10 * MB, random);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = cpuMs();
  const index = new core.SourceIndex();
  for (const f of files) index.setFile(f.file, f.text);
  const buildMs = cpuMs() - t0;
  gc();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / MB;

  // Quotes: cut verbatim from random places, the same with one word changed, and ones no source holds.
  progress?.('quote check: lookups…');
  const docs = index.files();
  const quotes = [];
  for (let i = 0; i < 600; i++) {
    const doc = docs[Math.floor(random() * docs.length)];
    const len = 8 + Math.floor(random() * 20);
    const at = Math.floor(random() * (doc.ids.length - len));
    const words = Array.from({ length: len }, (_, k) => doc.view.slice(doc.starts[at + k], doc.ends[at + k]));
    if (i % 3 === 1) words[Math.floor(random() * len)] = 'qqchanged';
    if (i % 3 === 2) for (let k = 0; k < len; k++) words[k] = word();
    quotes.push(`“${words.join(' ')}”`);
  }
  const per = [];
  const kinds = { verbatim: 0, altered: 0, none: 0 };
  for (const q of quotes) {
    const quote = { start: 0, end: q.length, text: q, attributed: true, speaker: null, cue: null };
    const s = cpuMs();
    const got = core.checkQuotes([quote], q, index, true).sources[0];
    per.push(cpuMs() - s);
    kinds[got ? (got.verbatim ? 'verbatim' : 'altered') : 'none']++;
  }

  // The sample with its sources: what the check adds to a full analysis.
  progress?.('quote check: the sample…');
  const sampleDir = join(ROOT, 'samples');
  const sample = readFileSync(join(sampleDir, 'iraq-us-withdrawal.md'), 'utf8');
  const { guide } = await core.loadStyleGuide({ path: join(sampleDir, '.copydesk.yaml'), reader: { read: async (p) => readFileSync(p, 'utf8'), resolve: (from, rel) => join(from, '..', rel) } });
  const config = core.prepareConfig(guide);
  const sampleIndex = new core.SourceIndex();
  for (const f of readdirSync(join(sampleDir, 'sources'))) sampleIndex.setFile(join(sampleDir, 'sources', f), readFileSync(join(sampleDir, 'sources', f), 'utf8'));
  const options = { file: 'iraq-us-withdrawal.md', date: '2020-01-10' };
  const full = [];
  const withCheck = [];
  const check = [];
  let found = null;
  for (let i = 0; i < 60; i++) {
    let s = cpuMs();
    const result = new core.Analyzer(config).analyze(sample, options);
    full.push(cpuMs() - s);
    s = cpuMs();
    found = core.withQuoteSources(result, sample, 'markdown', guide, sampleIndex, true);
    check.push(cpuMs() - s);
    s = cpuMs();
    core.withQuoteSources(new core.Analyzer(config).analyze(sample, options), sample, 'markdown', guide, sampleIndex, true);
    withCheck.push(cpuMs() - s);
  }
  const rules = found.diagnostics.filter((d) => d.rule.startsWith('quotes/') && ['quotes/altered', 'quotes/not-in-source', 'quotes/speaker-mismatch'].includes(d.rule)).map((d) => d.rule);
  const data = {
    sourceMB: total / MB,
    files: files.length,
    words: docs.reduce((a, d) => a + d.ids.length, 0),
    buildMs,
    heapMB,
    lookupMedianMs: median(per),
    lookupMaxMs: Math.max(...per),
    kinds,
    sample: { fullMs: median(full), checkMs: median(check), fullWithCheckMs: median(withCheck), quotes: found.quotes.length, findings: rules },
  };
  const f = (x) => x.toFixed(2);
  const lines = [
    `Quote check (issue 15), CPU time: ${f(data.sourceMB)} MB of generated sources in ${data.files} files (${data.words.toLocaleString('en-US')} words)`,
    `- index build ${f(buildMs)} ms, heap ${f(heapMB)} MB (after GC); lookup per quote median ${f(data.lookupMedianMs)} ms, max ${f(data.lookupMaxMs)} ms over ${quotes.length} quotes (found verbatim ${kinds.verbatim}, altered ${kinds.altered}, in no source ${kinds.none}; expected 200 each)`,
    `- sample with its sources (${data.sample.quotes} quotes): analysis ${f(data.sample.fullMs)} ms, the check ${f(data.sample.checkMs)} ms, both ${f(data.sample.fullWithCheckMs)} ms; findings ${rules.join(', ')}`,
  ];
  const checks = [
    { what: 'Quote check adds ≤ 2 ms to the full analysis of the sample with its sources', ok: data.sample.checkMs <= 2 },
    { what: 'Quote check finds every verbatim and one-word-altered quote in 10 MB of sources', ok: kinds.verbatim === 200 && kinds.altered === 200 },
  ];
  return { lines, checks, data };
}
