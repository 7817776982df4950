// Scaling rows for one article: one paragraph of short quotes (up to 1 MB) and ordinary article text (up to 2 MB),
// each analysed in full; plus a check that no hostile input under the 2 MB limit takes more than 2 s.
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { scalingRow, threadCpuMs } from './scaling.mjs';

const KB = 1000;
const LIMIT_BYTES = 2 * 1000 * 1000;
const HOSTILE_MS = 2000;
const OPTIONS = { file: 'hostile.md', date: '2020-01-10' };
// A house rule whose literal starts with a space (space before a comma), for the whitespace-runs input.
const SPACE_RULE_GUIDE = 'version: 1\nrules:\n  - id: space-comma\n    kind: avoid\n    pattern: " ,"\n';

/** `unit` repeated (built by `piece(i)`) until the text reaches `bytes` of UTF-8. */
function fill(bytes, piece, sep = '') {
  const out = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s = piece(i) + sep;
    n += Buffer.byteLength(s);
    if (n > bytes) break;
    out.push(s);
  }
  return out.join('');
}

const SHORT_QUOTES = (i) => (i % 2 ? '“Yes,” he said. “No.” ' : '"Maybe," she said. "Later." ');

// Ordinary copy: invented names and places, quotes with cues, dates, numbers, style-rule hits.
const PARAGRAPHS = [
  '“We cannot wait another winter for the bridge,” Mayor Amira Haddad said on Tuesday. “People in Port Alder have been patient, and patience is not a plan.”',
  'Haddad met officials from the Harbour Authority on March 3. The talks lasted four hours, according to two people familiar with them, and ended without a joint statement.',
  'Critics were unconvinced. “This is the third promise in five years,” said Samuel Mensah, who has followed the port expansion closely. “I will believe it when I see the diggers.”',
  'The plan would cost about 40 million, the Regional Water Board estimated in January. Minister Keisha Okafor said the money would come from the city budget and from federal grants.',
  'In Kessington, residents said school closures had dominated meetings since June. Okafor is expected to present the final proposal on Friday, before a vote later in the month.',
  'The Ministry of Defence said in order to protect the harbour it would deploy two ships by Oct. 12, a step officials called “overdue.” Unemployment rose 3 per cent last year.',
];

/** Paragraph `i` of ordinary copy: the samples in turn, each copy varied (a number and a widened space) so no two repeat. */
function articleParagraph(i) {
  const p = PARAGRAPHS[i % PARAGRAPHS.length];
  const k = Math.floor(i / PARAGRAPHS.length);
  const at = p.indexOf(' ', 20 + (k % 40));
  return `${p.slice(0, at)}${' '.repeat(1 + (k % 3))}${p.slice(at + 1)} (${k})`;
}

/** An article of ordinary copy of about `bytes` (Markdown, with a heading). */
export function ordinaryArticle(bytes) {
  return '# Port Alder weighs a new bridge\n\n' + fill(bytes - 40, articleParagraph, '\n\n');
}

/** The hostile inputs: name → a function building the text (each under the 2 MB limit). */
export function hostileInputs() {
  const n = LIMIT_BYTES - 2 * KB;
  return {
    'one paragraph of short quotes': () => fill(n, SHORT_QUOTES),
    '100k lone quote marks': () => fill(n, (i) => (i % 3 === 0 ? '" ' : i % 3 === 1 ? 'word “ ' : 'x ’ ')).slice(0, 1_200_000),
    '1.5 MB paragraph: defence, Ministry of Defence': () => fill(1.5 * 1000 * KB, (i) => (i % 2 ? 'the defence of the city ' : 'the Ministry of Defence said ')),
    'ignore comments × matches (Markdown)': () => fill(n, (i) =>
      i % 50 === 0 ? '<!-- copydesk-disable style/utilize -->\n\nThey utilize it. ' : i % 50 === 25 ? '<!-- copydesk-enable -->\n\n' : 'They utilize it in order to win. '),
    'long runs of whitespace': () => fill(n, (i) => (i % 1000 === 999 ? 'word\n\n' : '  ')) + fill(200 * KB, () => ' '),
    '150k registry-variant cues': () => fill(n, (i) => ['Moqtada Sadr said. ', 'Nouri Maliki said. ', 'Hilary Clinton said. ', 'Barham Saleh said. '][i % 4]),
    '1.1 MB article of short event sentences': () => fill(1.1 * 1000 * KB, (i) => `Police arrested ${i % 9 + 2} men on Monday. Troops left Basra on Jan. ${(i % 28) + 1}. `, '').replace(/(?:[^.]*\.){40}/g, '$&\n\n'),
    'CR-only line endings': () => fill(n, articleParagraph, '\r\r'),
    'many per cent': () => fill(n, (i) => `${i % 100} per cent `),
    'mixed curly and straight quotes, apostrophes': () => fill(n, (i) => ["'", '"', '“', '”', '‘', '’', "don't ", 'rock ’n’ roll ', '’90s ', '5\'10" ', 'a ', 'b. '][(i * 7) % 12]),
  };
}

/**
 * Time one full analysis (fresh analyser, so nothing is cached) of `text`: wall ms, the process's CPU ms (all
 * threads) and the analysing thread's CPU ms. Rows and checks use the thread's: on a busy machine the wall time
 * counts other processes' turns, and the process's CPU time adds the garbage collector's helper threads, which run
 * beside the analysis (on a quiet machine the thread's time is the wall time the analysis takes).
 */
function analyseMs(core, config, text, options = OPTIONS, repeat = 1) {
  // Collect the previous input's garbage first (the bench runs with --expose-gc), so it is not charged to this one.
  globalThis.gc?.();
  const t = threadCpuMs();
  const c = process.cpuUsage();
  const s = performance.now();
  for (let i = 0; i < repeat; i++) new core.Analyzer(config).analyze(text, options);
  const wall = performance.now() - s;
  const cpu = process.cpuUsage(c);
  const thread = threadCpuMs() - t;
  return { wall: wall / repeat, cpu: (cpu.user + cpu.system) / 1000 / repeat, thread: thread / repeat };
}

/**
 * The run with the least thread CPU time of `runs` analyses of `text` (after a warm-up on its first 20 KB): the least
 * is the run that other processes on a busy machine disturbed least. With `repeat`, each run analyses the text that
 * many times and reports the time per analysis: this machine's speed wavers from one millisecond to the next (the
 * same 10–30 ms analysis, warm, read from 16 to 31 ms), and a run of a few hundred milliseconds evens that out.
 */
function cpuMs(core, config, text, runs = 5, options = OPTIONS, repeat = 1) {
  analyseMs(core, config, text.slice(0, 20 * KB), options);
  let best = { wall: Infinity, cpu: Infinity, thread: Infinity };
  for (let i = 0; i < runs; i++) {
    const t = analyseMs(core, config, text, options, repeat);
    if (t.thread < best.thread) best = t;
  }
  return best;
}

/** What one measurement analyses: a row point (`quotes`/`article` of `size` bytes) or a hostile input by name. */
function buildText(spec) {
  if (spec.kind === 'quotes') return fill(spec.size, SHORT_QUOTES);
  if (spec.kind === 'article') return ordinaryArticle(spec.size);
  return hostileInputs()[spec.name]();
}

/** The file name (format) and guide a measurement uses: CR-only copy is a .article; whitespace runs get the space rule. */
const optionsFor = (spec) => ({ ...OPTIONS, file: spec.name?.startsWith('CR-only') ? 'hostile.article' : OPTIONS.file });
const guideFor = (spec) => (spec.name?.startsWith('long runs') ? SPACE_RULE_GUIDE : null);

async function configFor(core, spec, guidePath) {
  const own = guideFor(spec);
  const reader = own
    ? { read: async (p) => (p === 'space.yaml' ? own : undefined), resolve: (_from, rel) => rel }
    : { read: async (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } }, resolve: (from, rel) => new URL(rel, `file://${from}`).pathname };
  const { guide } = await core.loadStyleGuide({ path: own ? 'space.yaml' : guidePath, reader });
  return core.prepareConfig(guide);
}

/**
 * One measurement in a fresh Node process (`--expose-gc`): the core bundle loaded alone, so the heap that the
 * benchmark's earlier sections leave (peers' modules, other rows' inputs) is not marked again by every collection
 * of this analysis. Returns the run with the least thread CPU time, as `cpuMs`.
 */
function isolatedMs(coreFile, guidePath, spec) {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', coreFile, guidePath, JSON.stringify(spec)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const line = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !line) throw new Error((r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(-3).join(' '));
  const got = JSON.parse(line);
  if (got.error) throw new Error(got.error);
  return got;
}

// As a child: `node --expose-gc bench/scaling-quotes.mjs --child CORE GUIDE SPEC` prints one JSON line.
if (process.argv[2] === '--child') {
  const [coreFile, guidePath, specJson] = process.argv.slice(3);
  const spec = JSON.parse(specJson);
  try {
    const core = createRequire(import.meta.url)(coreFile);
    const config = await configFor(core, spec, guidePath);
    process.stdout.write(JSON.stringify(cpuMs(core, config, buildText(spec), spec.runs, optionsFor(spec), spec.repeat)) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String(e?.message ?? e) }) + '\n');
  }
}

/**
 * Each key (a size, a hostile input) measured in `rounds` rounds (a child process each), the keys in turn forward then
 * backward, keeping each key's run with the least thread CPU time: key → { t, error } (the last error, if a
 * measurement threw). This machine's speed drifts by ±15% over a minute: measured once each, the 2 MB point of
 * ordinary copy read 1,730 to 2,070 ms in three tries while 1 MB read 810 to 1,150, and one slow spell over one
 * point decided the row's worst doubling.
 */
async function leastOfRounds(keys, rounds, measureOne, progress) {
  const least = new Map(keys.map((k) => [k, { t: { wall: Infinity, cpu: Infinity, thread: Infinity }, error: null }]));
  for (let r = 0; r < rounds; r++) {
    for (const key of r % 2 ? [...keys].reverse() : keys) {
      progress?.(key, r);
      const got = least.get(key);
      try {
        const t = await measureOne(key);
        if (t.thread < got.t.thread) got.t = t;
      } catch (e) {
        got.error = String(e?.message ?? e);
      }
    }
  }
  return least;
}

/** Rounds per size of a scaling row (hostile inputs take two). */
const ROW_ROUNDS = 3;

/** A scaling row's measure over `leastOfRounds`: each size's least thread CPU time (a measurement that threw throws). */
async function rowOfRounds(sizes, measureOne) {
  const least = await leastOfRounds(sizes, ROW_ROUNDS, measureOne);
  return async (size) => {
    const { t, error } = least.get(size);
    if (error) throw new Error(error);
    return t.thread;
  };
}

/**
 * The scaling rows: one paragraph of short quotes up to 1 MB; ordinary copy up to 2 MB; the hostile inputs. With
 * `coreFile` (the bundle `core` was loaded from) each point is measured in a child process of its own; without,
 * in this process.
 */
export async function rows({ core, config, progress, coreFile, guidePath }) {
  const measure = async (spec) => {
    if (coreFile && guidePath) return isolatedMs(coreFile, guidePath, spec);
    const cfg = guideFor(spec) ? await configFor(core, spec, guidePath) : config;
    return cpuMs(core, cfg, buildText(spec), spec.runs, optionsFor(spec), spec.repeat);
  };
  // Every size is over the prose bound (MAX_PROSE_PARAGRAPH, 100,000 characters; 125 KB of these quotes is about
  // 108,000), so every point takes the same path: quotes found, attribution, names, dates and events skipped. Below
  // the bound a paragraph gets the full analysis, about three times the cost per character, and a row mixing the two
  // would time two different things. Steps of √2, so noise at one point weighs less on the worst doubling.
  const quoteSizes = [125, 177, 250, 354, 500, 707, 1000].map((k) => k * KB);
  // (Each run analyses about 4 MB of these quotes, the text repeated: a point takes only 10 to 50 ms per analysis.)
  const quotes = await scalingRow('one paragraph of short quotes (thread CPU time per analysis)', 'bytes', quoteSizes, await rowOfRounds(quoteSizes, (size) => measure({ kind: 'quotes', size, runs: 5, repeat: Math.ceil((4000 * KB) / size) })));
  const articleSizes = [125, 250, 500, 1000, 2000].map((k) => k * KB);
  const article = await scalingRow('ordinary article text (thread CPU time)', 'bytes', articleSizes, await rowOfRounds(articleSizes, (size) => measure({ kind: 'article', size, runs: 3 })));
  // The hostile inputs in two rounds, as the rows' rounds (against this machine's drift).
  const least = await leastOfRounds(Object.keys(hostileInputs()), 2, (name) => measure({ kind: 'hostile', name, runs: 3 }), (name, r) => progress?.(`scaling: hostile input: ${name} (round ${r + 1})…`));
  const hostile = [];
  for (const [name, build] of Object.entries(hostileInputs())) {
    const bytes = Buffer.byteLength(build());
    const { t, error } = least.get(name);
    hostile.push({ name, bytes, ms: t.thread, cpuMs: t.cpu, wallMs: t.wall, error });
    process.stderr.write(`  hostile: ${name} (${bytes} bytes): ${error ? `ERROR ${error}` : `${t.thread.toFixed(0)} ms thread CPU (process CPU ${t.cpu.toFixed(0)} ms, wall ${t.wall.toFixed(0)} ms), least of two rounds`}\n`);
  }
  article.hostile = hostile;
  return [quotes, article];
}

/** Acceptance: every hostile input analysed without error in at most 2 s (the analysing thread's CPU time). */
export function checks(got) {
  const hostile = got.flatMap((r) => r.hostile ?? []);
  const slow = hostile.filter((h) => !(h.ms <= HOSTILE_MS));
  const slowest = hostile.reduce((m, h) => Math.max(m, h.ms), 0);
  const detail = slow.length ? ` (over: ${slow.map((h) => `${h.name} ${h.error ?? `${h.ms.toFixed(0)} ms`}`).join('; ')})` : ` (slowest ${slowest.toFixed(0)} ms thread CPU)`;
  return [{ what: `No article under the 2 MB limit takes more than 2 s to analyse${detail}`, ok: hostile.length > 0 && slow.length === 0 }];
}
