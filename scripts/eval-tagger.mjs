// Experiment: does part-of-speech tagging (compromise) earn its place in attribution? (issue 11, Build 4)
// Run: npx tsx scripts/eval-tagger.mjs [--split DIR ...]   (default: ../shared/data/polnear-train and polnear-dev)
// Reads the data where it lies and prints figures only. Kept as the reproducible measurement behind the
// README's design note. compromise is not a project dependency: `npm install --no-save compromise@14.17.0` first.
//
// For each gold direct quote with a Source (eval-lib.mjs: Content span holding a double quote mark):
// - grammar: the current pipeline's speaker span (Analyzer) overlaps a Source (as scripts/eval-polnear.mjs);
// - tagger: compromise tags the quote's paragraph with every quote of ours masked (one opaque token each); the
//   cue is the speech verb (the pipeline's cue words, or `according to`) outside quotes nearest the quote, in the
//   quote's sentence first, else in the paragraph; the speaker is, after an inverted verb (`"...," said Smith`,
//   `according to`), the first phrase after it, else (mode 'nearest') the phrase nearest before the verb tagged
//   Pronoun/Person/Organization/ProperNoun/Noun, widened over its noun chunk, or (mode 'subjects') the subject
//   compromise's verbs().subjects() gives;
// - (a) fallback: tagger only where the grammar finds no speaker; (b) replacement: tagger wherever it finds one
//   (grammar otherwise), and tagger alone.
// Removal risk: masking the grammar's cue and speaker of a quote it attributes, does the tagger still give a speaker?
// Flags: every `quotes/unattributed` finding, split by what it overlaps (attributed gold quote = false flag,
// unattributed gold quote = true catch, no gold quote), before and after the fallback would clear it.
// Cost: compromise load time (fresh process), CPU ms per paragraph (tagging + reading tags) and the bytes it adds
// to a bundle built like dist/extension.js.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { loadStyleGuide } from '../src/core/config/styleGuide.ts';
import { prepareConfig, Analyzer } from '../src/core/analyze.ts';
import { CUE_WORDS } from '../src/core/quotes/cues.ts';
import { readSplit, goldQuotes, overlaps } from './eval-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const splits = args.flatMap((a, i) => (a === '--split' ? [args[i + 1]] : a.startsWith('--split=') ? [a.slice(8)] : []));
if (!splits.length) splits.push(join(root, '..', 'shared', 'data', 'polnear-train'), join(root, '..', 'shared', 'data', 'polnear-dev'));

// compromise is not a project dependency (this measurement is why): install it for the run only,
// `npm install --no-save compromise@14.17.0`, or point COMPROMISE at its entry file.
let compromisePath = process.env.COMPROMISE;
try {
  compromisePath ??= createRequire(join(root, 'package.json')).resolve('compromise');
} catch {
  console.error('compromise is not installed: run `npm install --no-save compromise@14.17.0` first (it is not a dependency of the project).');
  process.exit(2);
}
const nlp = (await import(pathToFileURL(compromisePath).href)).default;

const reader = { read: async () => undefined, resolve: (_a, b) => b };
const { guide } = await loadStyleGuide({ path: null, reader });
const config = prepareConfig(guide);

const CUES = new Set(CUE_WORDS);
const MARK = /["\u201C\u201D]/;
const NOUNISH = ['Pronoun', 'Person', 'Organization', 'ProperNoun', 'Noun'];
const NOT_SPEAKER = ['Date', 'Value', 'Duration', 'Possessive', 'Reflexive'];
const SKIP = ['Adverb', 'Auxiliary', 'Modal', 'Negative']; // "has also said", "will not say"
/** CPU time of this process in ms (the machine may be shared: wall time would count other processes' work). */
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const has = (t, tags) => tags.some((x) => t.tags.includes(x));

/** The paragraph text with each of our quotes masked as one opaque token (marks and closing punctuation kept). */
function mask(text, para, quotes) {
  const out = text.slice(para.start, para.end).split(''); // UTF-16 units, as compromise's offsets
  for (const q of quotes) {
    const a = Math.max(q.start, para.start) - para.start;
    const b = Math.min(q.end, para.end) - para.start;
    for (let i = a; i < b; i++) if (!MARK.test(out[i]) && !(i === b - 2 && /[,.?!]/.test(out[i]))) out[i] = 'x';
  }
  return out.join('');
}

/** Tag a paragraph: flat terms { start, end, lower, tags, chunk, sent, post, barrier, subject } (article offsets);
 * `subject` is, on a verb's terms, the span compromise's verbs().subjects() gives for that verb phrase. */
function tagParagraph(text, para, quotes) {
  const t0 = cpuMs();
  const doc = nlp(mask(text, para, quotes));
  const json = doc.json({ offset: true, terms: { offset: true } });
  const t1 = cpuMs();
  const subjects = new Map();
  doc.verbs().forEach((v) => {
    const o = v.subjects().json({ offset: true })[0]?.offset;
    if (o) for (const t of v.json({ terms: { offset: true } })[0].terms) subjects.set(t.offset.start, { start: para.start + o.start, end: para.start + o.start + o.length });
  });
  const t2 = cpuMs();
  const terms = [];
  json.forEach((s, sent) => {
    for (const t of s.terms) {
      const start = para.start + t.offset.start;
      const end = start + t.offset.length;
      terms.push({ start, end, lower: t.normal ?? t.text.toLowerCase(), tags: t.tags, chunk: t.chunk, sent, post: t.post ?? '', barrier: quotes.some((q) => overlaps(q, { start, end })), subject: subjects.get(t.offset.start) ?? null });
    }
  });
  return { terms, quotes, ms: [t1 - t0, t2 - t0] };
}

const NOT_IN_PHRASE = new Set(['that', 'who', 'which', 'whom', 'whose']);
/** Widen a noun head over its contiguous noun chunk (not across punctuation, a quote, a preposition or `that`). */
function phrase(terms, k) {
  const joins = (t) => !t.barrier && t.chunk === 'Noun' && t.sent === terms[k].sent && !t.tags.includes('Preposition') && !NOT_IN_PHRASE.has(t.lower);
  let a = k;
  let b = k;
  if (!terms[k].tags.includes('Pronoun')) {
    while (a > 0 && joins(terms[a - 1]) && !/[,;:—()]/.test(terms[a - 1].post)) a--;
    while (b + 1 < terms.length && joins(terms[b + 1]) && !/[,;:—()]/.test(terms[b].post)) b++;
  }
  return { start: terms[a].start, end: terms[b].end };
}

const speakerLike = (t) => !t.barrier && has(t, NOUNISH) && !has(t, NOT_SPEAKER) && !CUES.has(t.lower) && !NOT_IN_PHRASE.has(t.lower);

/** The speaker after cue term k (`"...," said Smith`, `according to Smith`): the first speaker-like term within four. */
function after(terms, k) {
  for (let j = k + 1; j < terms.length && terms[j].sent === terms[k].sent && !terms[j].barrier && j <= k + 4; j++) {
    if (speakerLike(terms[j])) return phrase(terms, j);
    if (/[,;:—.]/.test(terms[j].post)) break;
  }
  return null;
}

/** Is cue term k inverted (a quote, a comma or the sentence start right before it, adverbs aside)? */
function inverted(terms, k) {
  let j = k - 1;
  while (j >= 0 && terms[j].sent === terms[k].sent && !terms[j].barrier && has(terms[j], SKIP) && !/[,;:—]/.test(terms[j].post)) j--;
  return j < 0 || terms[j].sent !== terms[k].sent || terms[j].barrier || /[,;:—]/.test(terms[j].post);
}

/** Tagger speaker for cue term k. 'nearest': the speaker-like term nearest before the verb (adverbs and auxiliaries
 * skipped); 'subjects': compromise's own subject of the verb phrase. Either way, after the verb when it is inverted. */
function subjectOf(terms, k, according, mode) {
  if (according) return after(terms, k);
  if (inverted(terms, k)) return after(terms, k);
  if (mode === 'subjects') {
    const s = terms[k].subject;
    return s && !terms.some((t) => t.barrier && overlaps(t, s)) ? s : null;
  }
  for (let j = k - 1; j >= 0 && terms[j].sent === terms[k].sent && !terms[j].barrier; j--) {
    if (speakerLike(terms[j])) return phrase(terms, j);
    if (!has(terms[j], SKIP) || /[,;:—]/.test(terms[j].post)) break;
  }
  return null;
}

/** The tagger's speaker span for quote q in a tagged paragraph, or null: the cue verb nearest the quote (its own
 * sentence first) that has a subject. */
function taggerSpeaker({ terms }, q, mode) {
  const sents = new Set(terms.filter((t) => overlaps(t, q)).map((t) => t.sent));
  const dist = (t) => (t.end <= q.start ? q.start - t.end : t.start >= q.end ? t.start - q.end : 0);
  const cues = [];
  terms.forEach((t, k) => {
    if (t.barrier) return;
    if (t.lower === 'according' && terms[k + 1]?.lower === 'to') cues.push({ k: k + 1, according: true, t });
    else if (CUES.has(t.lower) && t.tags.includes('Verb')) cues.push({ k, according: false, t });
  });
  cues.sort((x, y) => (sents.has(y.t.sent) ? 1 : 0) - (sents.has(x.t.sent) ? 1 : 0) || dist(x.t) - dist(y.t));
  for (const c of cues) {
    const s = subjectOf(terms, c.k, c.according, mode);
    if (s) return s;
  }
  return null;
}

/** Paragraphs [start, end) of an article (separated by line breaks), non-empty only. */
function paragraphs(text) {
  const out = [];
  let s = 0;
  for (const m of text.matchAll(/\n+/g)) {
    if (text.slice(s, m.index).trim()) out.push({ start: s, end: m.index });
    s = m.index + m[0].length;
  }
  if (text.slice(s).trim()) out.push({ start: s, end: text.length });
  return out;
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
const quantile = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

const MODES = ['nearest', 'subjects'];
for (const dir of splits) {
  const c = Object.fromEntries(MODES.map((m) => [m, { none: 0, noneTagOk: 0, wrong: 0, wrongTagOk: 0, right: 0, rightTagOk: 0, rightTagNone: 0, fallback: 0, replace: 0, alone: 0 }]));
  const n = { articles: 0, attributed: 0, found: 0, grammar: 0 };
  const flags = Object.fromEntries(MODES.map((m) => [m, { attributed: [0, 0], unattributed: [0, 0], elsewhere: [0, 0] }])); // [before, after fallback]
  const ms = { tag: [], subjects: [], quoted: [], analysis: 0, tagAll: 0 };
  const removal = { total: 0, ...Object.fromEntries(MODES.map((m) => [m, 0])) };
  for (const { text, rels } of readSplit(dir)) {
    n.articles++;
    const a0 = cpuMs();
    const result = new Analyzer(config).analyze(text, { file: 'a.txt', format: 'plain' });
    ms.analysis += cpuMs() - a0;
    const paras = paragraphs(text);
    const tagged = new Map(); // the per-paragraph cache an integration would keep
    for (const para of paras) {
      const qs = result.quotes.filter((q) => overlaps(q, para));
      const tg = tagParagraph(text, para, qs);
      ms.tag.push(tg.ms[0]);
      ms.tagAll += tg.ms[0];
      ms.subjects.push(tg.ms[1]);
      if (qs.length) ms.quoted.push(tg.ms[0]);
      tagged.set(para.start, tg);
    }
    const para = (q) => paras.find((x) => q.start >= x.start && q.start < x.end);
    const tagOf = Object.fromEntries(MODES.map((m) => [m, new Map(result.quotes.map((q) => [q, para(q) ? taggerSpeaker(tagged.get(para(q).start), q, m) : null]))]));
    const gold = goldQuotes(text, rels);
    for (const g of gold) {
      if (!g.sources.length) continue;
      n.attributed++;
      const preds = result.quotes.filter((q) => overlaps(q, g));
      if (!preds.length) continue;
      n.found++;
      const hit = (s) => !!s && g.sources.some((x) => overlaps(x, s));
      const gram = preds.some((q) => hit(q.speaker));
      if (gram) n.grammar++;
      for (const m of MODES) {
        const k = c[m];
        const tag = preds.some((q) => hit(tagOf[m].get(q)));
        if (gram) (k.right++, tag && k.rightTagOk++, preds.every((q) => !tagOf[m].get(q)) && k.rightTagNone++);
        else if (preds.every((q) => !q.speaker)) (k.none++, tag && k.noneTagOk++);
        else (k.wrong++, tag && k.wrongTagOk++);
        if (preds.some((q) => hit(q.speaker ?? tagOf[m].get(q)))) k.fallback++;
        if (preds.some((q) => hit(tagOf[m].get(q) ?? q.speaker))) k.replace++;
        if (tag) k.alone++;
      }
    }
    // Would the fallback hide a removed attribution? Mask the grammar's cue and speaker of each quote it attributes
    // (both in the quote's paragraph) and ask the tagger again.
    for (const q of result.quotes) {
      const p = para(q);
      if (!q.cue || !q.speaker || !p || q.cue.start < p.start || q.cue.end > p.end) continue;
      removal.total++;
      const terms = tagged.get(p.start).terms.map((t) => (overlaps(t, q.cue) || overlaps(t, q.speaker) ? { ...t, barrier: true } : t));
      for (const m of MODES) if (taggerSpeaker({ terms }, q, m)) removal[m]++;
    }
    for (const f of result.diagnostics.filter((d) => d.rule === 'quotes/unattributed')) {
      const gs = gold.filter((g) => overlaps(f, g));
      const kind = !gs.length ? 'elsewhere' : gs.some((g) => g.sources.length) ? 'attributed' : 'unattributed';
      for (const m of MODES) {
        flags[m][kind][0]++;
        if (!result.quotes.some((q) => q.start === f.start && tagOf[m].get(q))) flags[m][kind][1]++;
      }
    }
  }
  const N = n.attributed;
  const row = (label, x) => `  ${label.padEnd(40)} ${String(x).padStart(5)}  ${pct(x, N)}%  (${x >= n.grammar ? '+' : ''}${pct(x - n.grammar, N)} pt)`;
  const per100 = (x) => ((100 * x) / n.articles).toFixed(1);
  console.log(`\n== ${dir}: ${n.articles} articles, ${N} attributed gold direct quotes, ${n.found} found by us`);
  console.log(`speaker span overlaps the annotated Source (of ${N}); grammar = current pipeline: ${n.grammar}  ${pct(n.grammar, N)}%`);
  for (const m of MODES) {
    const k = c[m];
    console.log(`tagger '${m}':`);
    console.log(row('(a) grammar, tagger as fallback', k.fallback));
    console.log(row('(b) tagger as replacement (else grammar)', k.replace));
    console.log(row("(b') tagger alone", k.alone));
    console.log(`  grammar gives no speaker: ${k.none}, tagger right on ${k.noneTagOk}; wrong speaker: ${k.wrong}, tagger right on ${k.wrongTagOk}; ` +
      `right speaker: ${k.right}, tagger also right on ${k.rightTagOk} (none on ${k.rightTagNone})`);
    const f = flags[m];
    console.log(`  quotes/unattributed before -> after the fallback (per 100 articles): on attributed gold (false) ${f.attributed[0]} (${per100(f.attributed[0])}) -> ${f.attributed[1]} (${per100(f.attributed[1])}); ` +
      `on no gold quote (false) ${f.elsewhere[0]} -> ${f.elsewhere[1]}; on unattributed gold (caught) ${f.unattributed[0]} -> ${f.unattributed[1]}`);
  }
  console.log(`removal risk: of ${removal.total} quotes the grammar attributes, with its cue and speaker masked the tagger still gives a speaker to ` +
    MODES.map((m) => `${removal[m]} (${pct(removal[m], removal.total)}%, ${m})`).join(', '));
  const q = (xs) => `median ${quantile(xs, 0.5).toFixed(2)}, p90 ${quantile(xs, 0.9).toFixed(2)}, max ${quantile(xs, 1).toFixed(0)}`;
  console.log(`CPU ms, all articles: full analysis (all passes, cold) ${ms.analysis.toFixed(0)}; tagging every paragraph ${ms.tagAll.toFixed(0)}`);
  console.log(`CPU ms per paragraph (${ms.tag.length} paragraphs): tag ${q(ms.tag)}; tag + verbs().subjects() ${q(ms.subjects)}; paragraphs with a quote (${ms.quoted.length}), tag: ${q(ms.quoted)}`);
}

// Load time in a fresh process (median of 5), and the bytes compromise adds to a bundle built like dist/extension.js.
const loads = [];
for (let i = 0; i < 5; i++) {
  const src = `const u=process.cpuUsage(),t=performance.now();await import(${JSON.stringify(pathToFileURL(compromisePath).href)});const d=process.cpuUsage(u);console.log(performance.now()-t,(d.user+d.system)/1000)`;
  loads.push(execFileSync(process.execPath, ['--input-type=module', '-e', src], { encoding: 'utf8' }).trim().split(' ').map(Number));
}
const size = async (contents, minify) =>
  (await esbuild.build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify, write: false, platform: 'node', format: 'cjs', target: 'es2022', legalComments: 'none', external: ['vscode'], alias: { compromise: compromisePath } })).outputFiles[0].contents.length;
const kb = (x) => (x / 1024).toFixed(0) + ' KB';
const ext = `export * from './src/extension/extension.ts';`;
const withC = `export * from './src/extension/extension.ts'; import nlp from 'compromise'; export const tagger = nlp;`;
const [e0, e1, m0, m1] = [await size(ext, false), await size(withC, false), await size(ext, true), await size(withC, true)];
console.log(`\ncompromise load (import in a fresh process, median of 5): ${quantile(loads.map((x) => x[0]), 0.5).toFixed(0)} ms wall, ${quantile(loads.map((x) => x[1]), 0.5).toFixed(0)} ms CPU`);
console.log(`dist/extension.js-like bundle: ${kb(e0)} -> ${kb(e1)} (+${kb(e1 - e0)}) unminified; ${kb(m0)} -> ${kb(m1)} (+${kb(m1 - m0)}) minified`);
