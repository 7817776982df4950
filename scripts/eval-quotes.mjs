// Attribution figures on PolNeAR-layout splits: false flags on published copy, removal recall, speaker spans.
// Run: npm run eval:quotes [-- --split DIR] [--list=alarms|removal|speakers|misses]
// Default: the training and development splits in ../shared/data, each reported on its own. Reads the data
// where it lies; prints figures (and, with --list, short excerpts for the developer's terminal only).
//
// (a) false flags per 100 articles: every `quotes/unattributed` finding is false on published copy unless it
//     overlaps a gold direct quote that has no Source (gold quote = Content span holding a double quote mark).
// (b) removal recall: for each gold quote whose attribution sits in its own clause — `"...," she said.`,
//     `"...," said X Tuesday.` after the quote, or `She said: "..."` opening its sentence — with the Source and
//     a Cue inside that clause and no other Source named in the paragraph, delete the clause (fixing the
//     punctuation: `"...," she said.` -> `"...."`), re-analyse, and check that the quote is flagged
//     `quotes/unattributed` (or `quotes/continuation`, turned on for this run, when the paragraph before names
//     the speaker — a continuation paragraph is attributed by newsroom convention).
// (c) speaker span: some quote of ours overlapping the gold quote has a speaker span (the mention that serves
//     as source) overlapping one of its Sources; denominator = gold quotes with a Source. Also quotes found.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStyleGuide } from '../src/core/config/styleGuide.ts';
import { prepareConfig, Analyzer } from '../src/core/analyze.ts';
import { readSplit, goldQuotes, overlaps, excerpt } from './eval-lib.mjs';

const args = process.argv.slice(2);
const data = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');
const splits = args.flatMap((a, i) => (a === '--split' ? [args[i + 1]] : a.startsWith('--split=') ? [a.slice(8)] : []));
if (!splits.length) splits.push(join(data, 'polnear-train'), join(data, 'polnear-dev'));
const list = (args.find((a) => a.startsWith('--list=')) ?? '').slice(7);

const reader = { read: async () => undefined, resolve: (_a, b) => b };
const { guide } = await loadStyleGuide({ path: null, reader });
const config = prepareConfig(guide);
const strict = prepareConfig({ ...guide, severities: { ...guide.severities, 'quotes/continuation': 'info' } });
const FLAG_RULES = new Set(['quotes/unattributed', 'quotes/continuation']);

const OPEN = /^(?:["\u201C]|'')/;
const CLOSE = /(?:["\u201D]|'')$/;
const ABBREV = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|U\.S|D\.C|Calif|Fla|Va|Mass|Conn|Ariz|Ore|Ky|Tenn|Ala|Ga|Ill|Ind|Ohio|Minn|Mich|Wis|Pa|N\.Y|N\.J|N\.H|S\.C|N\.C|Colo|Nev|Okla|Tex|Wash|Md|Mo|La|Miss|Ark|Neb|Kan|Iowa|Vt|Del|Mont|Wyo|Utah|Idaho)$/u;

/** End (after the period) of the sentence going on at `from`, within [from, to), or -1. */
function sentenceEnd(text, from, to) {
  for (let i = from; i < to; i++) {
    if (text[i] !== '.') continue;
    if (i + 1 < to && !/\s/.test(text[i + 1])) continue;
    if (ABBREV.test(text.slice(Math.max(from, i - 6), i))) continue;
    return i + 1;
  }
  return -1;
}

/** The paragraph [start, end) around an offset (paragraphs are separated by line breaks). */
function paragraphAt(text, at) {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return { start: s, end: e < 0 ? text.length : e };
}

const inside = (s, span) => s.start >= span.start && s.end <= span.end;
const words = (s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The edit that removes a gold quote's own-clause attribution, or null when it has none. */
function removal(text, g, rels) {
  const q = text.slice(g.start, g.end);
  if (!OPEN.test(q) || !CLOSE.test(q) || g.sources.some((s) => overlaps(s, g))) return null;
  const para = paragraphAt(text, g.start);
  let cut = null;
  let edit = null;
  // After the quote: `"...," she said.` / `"...," said X Tuesday.`
  const end = sentenceEnd(text, g.end, para.end);
  const closeAt = g.end - (q.endsWith("''") ? 2 : 1);
  const inner = text[closeAt - 1];
  if (end > 0 && /[,?!]/.test(inner)) {
    const clause = { start: g.end, end };
    const between = text.slice(g.end, end);
    if (!/["\u201C\u201D]|''/.test(between) && words(between) <= 14 && g.sources.every((s) => inside(s, clause)) && g.cues.some((c) => inside(c, clause))) {
      cut = clause;
      const fix = inner === ',' ? [{ start: closeAt - 1, end: closeAt, newText: '.' }] : [];
      edit = { cut, fixes: fix, quote: { start: g.start, end: g.end } };
    }
  }
  // Before the quote: `She said: "..."` opening its sentence.
  if (!cut) {
    const lead = text.slice(para.start, g.start);
    const m = /(?:^|[.!?]["\u201D\u2019']*\s+)([^.!?"\u201C\u201D]*)$/u.exec(lead);
    if (m) {
      const start = g.start - m[1].length;
      const clause = { start, end: g.start };
      if (/[:,]\s*$/.test(m[1]) && words(m[1]) <= 14 && g.sources.every((s) => inside(s, clause)) && g.cues.some((c) => inside(c, clause))) {
        cut = clause;
        edit = { cut, fixes: [], quote: { start: start, end: g.end - (g.start - start) } };
      }
    }
  }
  if (!cut) return null;
  // The paragraph names no other source.
  for (const r of rels) for (const s of r.sources) if (overlaps(s, para) && !inside(s, cut)) return null;
  return edit;
}

/** Apply a removal: the new text and the quote's span in it. */
function applyRemoval(text, e) {
  let t = text;
  for (const f of e.fixes) t = t.slice(0, f.start) + f.newText + t.slice(f.end);
  t = t.slice(0, e.cut.start) + t.slice(e.cut.end);
  return t;
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
for (const dir of splits) {
  const t = { articles: 0, flags: 0, falseFlags: 0, gold: 0, goldAttributed: 0, found: 0, speakerOk: 0, removable: 0, caught: 0, caughtCont: 0, ms: 0 };
  const listed = [];
  for (const { name, text, rels } of readSplit(dir)) {
    t.articles++;
    const analyzer = new Analyzer(config);
    const t0 = performance.now();
    const result = analyzer.analyze(text, { file: name + '.txt', format: 'plain' });
    t.ms += performance.now() - t0;
    const gold = goldQuotes(text, rels);
    for (const f of result.diagnostics.filter((d) => d.rule === 'quotes/unattributed')) {
      t.flags++;
      if (gold.some((g) => !g.sources.length && overlaps(f, g))) continue;
      t.falseFlags++;
      if (list === 'alarms') {
        const g = gold.find((x) => overlaps(f, x));
        listed.push(`ALARM ${name} [src: ${g ? g.sources.map((s) => s.text).join(' / ') : 'no gold quote'}]: ${excerpt(text, f)}`);
      }
    }
    for (const g of gold) {
      t.gold++;
      const preds = result.quotes.filter((q) => overlaps(q, g));
      if (preds.length) t.found++;
      else if (list === 'misses') listed.push(`MISS ${name}: ${excerpt(text, g)}`);
      if (!g.sources.length) continue;
      t.goldAttributed++;
      const ok = preds.some((q) => q.speaker && g.sources.some((s) => overlaps(s, q.speaker)));
      if (ok) t.speakerOk++;
      else if (list === 'speakers' && preds.length)
        listed.push(`SPK ${name} gold=[${g.sources.map((s) => s.text).join(' / ')}] ours=[${preds.map((q) => q.speaker?.text ?? '-').join(' / ')}]: ${excerpt(text, g)}`);
    }
    // (b) removal recall, on a strict analyzer (quotes/continuation on) that keeps its paragraph cache.
    const strictAnalyzer = new Analyzer(strict);
    for (const g of gold) {
      if (!g.sources.length) continue;
      const e = removal(text, g, rels);
      if (!e) continue;
      t.removable++;
      const edited = applyRemoval(text, e);
      const r = strictAnalyzer.analyze(edited, { file: name + '.txt', format: 'plain' });
      const hit = r.diagnostics.find((d) => FLAG_RULES.has(d.rule) && overlaps(d, e.quote));
      if (hit) {
        t.caught++;
        if (hit.rule === 'quotes/continuation') t.caughtCont++;
      } else if (list === 'removal') {
        const q = r.quotes.find((x) => overlaps(x, e.quote));
        listed.push(`KEPT ${name} [ours: ${q?.speaker?.text ?? (q ? 'no speaker' : 'no quote')} / cue ${q?.cue?.text ?? '-'}]: ${excerpt(edited, e.quote, 160)}`);
      }
    }
  }
  for (const l of listed) console.log(l.slice(0, 500));
  console.log(`== ${dir}: ${t.articles} articles, analysis ${t.ms.toFixed(0)} ms in all`);
  console.log(`(a) false flags: ${t.falseFlags} of ${t.flags} quotes/unattributed findings = ${((100 * t.falseFlags) / t.articles).toFixed(1)} per 100 articles (target <= 5)`);
  console.log(`(b) removal recall: ${t.caught}/${t.removable} = ${pct(t.caught, t.removable)} flagged after deleting the attribution (${t.caughtCont} as quotes/continuation) (target >= 95%)`);
  console.log(`(c) speaker span overlaps the annotated Source: ${t.speakerOk}/${t.goldAttributed} = ${pct(t.speakerOk, t.goldAttributed)} (target >= 93%); quotes found: ${t.found}/${t.gold} = ${pct(t.found, t.gold)}`);
}
