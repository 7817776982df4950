// Temporal-expression figures on a folder in the layout of ../shared/data/timebank (gold.json + text/NAME.txt).
// Run: npm run eval:dates [-- DIR] [--list=missed|spurious|wrong[:TYPE]|anchor] [--fold=train|dev] [--no-anchor] [--digits=N]
// --digits: decimals of the printed figures (default 1). --fold: TimeBank has no dev split, so one is held out: dev = the articles whose index in sorted name order is
// ≡ 0 mod 5, train = the rest (default: all). --no-anchor skips event anchoring (the tagger's figures only).
// Scores as in TempEval-3 Task A: relaxed (overlap) precision, recall and F1 of extents per type and overall;
// value accuracy on the matched ones; value F1 = F1 × value accuracy. Event anchoring: of the annotated
// IS_INCLUDED / DURING / SIMULTANEOUS links from an event word to a DATE, the share whose event word lies in a
// row of the events outline (Analyzer events) that shows that date (--list=anchor prints the links it misses).
// Reads the data where it lies; prints figures only (and, with --list, short excerpts for the developer's terminal).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagTimes } from '../src/core/time/index.ts';
import { loadStyleGuide } from '../src/core/config/styleGuide.ts';
import { prepareConfig, Analyzer } from '../src/core/analyze.ts';
import { overlaps, excerpt } from './eval-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'data', 'timebank');
const [listWhat, listType] = (args.find((a) => a.startsWith('--list=')) ?? '').slice(7).split(':');
const fold = (args.find((a) => a.startsWith('--fold=')) ?? '').slice(7);
const noAnchor = args.includes('--no-anchor');
const gold = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .filter((_, i) => !fold || (fold === 'dev') === (i % 5 === 0)),
);

// Values are compared after format-only normalisation: the gold writes a week number both padded and not
// (2000-W07, 2000-W7), the same ISO week. Nothing else is normalised (a different granularity is a different value).
const normValue = (v) => v?.replace(/-W(\d)(?=$|-|T)/, '-W0$1');
const sameValue = (a, b) => normValue(a) === normValue(b);

const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const GROUPS = { ...Object.fromEntries(TYPES.map((t) => [t, [t]])), 'DATE+TIME': ['DATE', 'TIME'], all: TYPES };
const counts = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, { sys: 0, sysHit: 0, gold: 0, goldHit: 0, valueOk: 0 }]));
/** Of the system expressions overlapping a gold one, the one with the most overlap (the first on ties), or undefined. */
const mostOverlap = (x, hits) =>
  hits.length ? hits.reduce((a, b) => (Math.min(b.end, x.end) - Math.max(b.start, x.start) > Math.min(a.end, x.end) - Math.max(a.start, x.start) ? b : a)) : undefined;
const reader = { read: async () => undefined, resolve: (_a, b) => b };
const { guide } = await loadStyleGuide({ path: null, reader });
const analyzer = () => new Analyzer(prepareConfig(guide));
const anchor = { links: 0, right: 0, dated: 0 };
let tagMs = 0;
let chars = 0;
const listed = [];

for (const [name, doc] of Object.entries(gold)) {
  const text = readFileSync(join(dir, 'text', name + '.txt'), 'utf8');
  chars += text.length;
  const t0 = performance.now();
  const sys = tagTimes(text, doc.dct);
  tagMs += performance.now() - t0;
  for (const [group, types] of Object.entries(GROUPS)) {
    const c = counts[group];
    const g = doc.timexes.filter((x) => types.includes(x.type));
    const s = sys.filter((x) => types.includes(x.type));
    c.gold += g.length;
    c.sys += s.length;
    c.sysHit += s.filter((x) => doc.timexes.some((y) => overlaps(x, y))).length;
    for (const x of g) {
      // The overlapping system expression with the most overlap is the one whose value counts.
      const hits = sys.filter((y) => overlaps(x, y));
      if (!hits.length) continue;
      c.goldHit++;
      const best = mostOverlap(x, hits);
      if (sameValue(best.value, x.value)) c.valueOk++;
    }
  }
  if (listWhat) {
    const show = (kind, x, extra) => (!listType || x.type === listType) && listed.push(`${kind} ${x.type} ${JSON.stringify(x.text)} ${extra} dct=${doc.dct} | ${excerpt(text, x, 60)}`);
    for (const x of doc.timexes) {
      const best = mostOverlap(x, sys.filter((y) => overlaps(x, y)));
      if (!best && listWhat === 'missed') show('MISSED', x, x.value);
      if (best && !sameValue(best.value, x.value) && listWhat === 'wrong') show('WRONG', x, `gold=${x.value} sys=${best.value} (${JSON.stringify(best.text)})`);
    }
    if (listWhat === 'spurious') for (const y of sys) if (!doc.timexes.some((x) => overlaps(x, y))) show('SPURIOUS', y, y.value);
  }
  // Event anchoring against the events pass as it runs today.
  const links = doc.links.filter((l) => l.timex.type === 'DATE' && ['IS_INCLUDED', 'DURING', 'SIMULTANEOUS'].includes(l.relType));
  if (!links.length || noAnchor) continue;
  const events = analyzer().analyze(text, { file: name + '.txt', date: doc.dct }).events;
  for (const l of links) {
    anchor.links++;
    const rows = events.filter((e) => e.start <= l.event.start && l.event.end <= e.end && e.when);
    if (rows.length) anchor.dated++;
    if (rows.some((e) => (e.dates ?? [e.when]).some((d) => sameValue(d.value, l.timex.value)))) anchor.right++;
    else if (listWhat === 'anchor') {
      const row = events.find((e) => e.start <= l.event.start && l.event.end <= e.end);
      const why = !row ? 'NO-ROW' : !row.when ? 'UNDATED' : `DATED ${(row.dates ?? [row.when]).map((d) => d.value).join(',')}`;
      listed.push(`ANCHOR ${why} event=${JSON.stringify(l.event.text)} gold=${l.timex.value} (${JSON.stringify(l.timex.text)}) | ${excerpt(text, { start: Math.min(l.event.start, l.timex.start), end: Math.max(l.event.end, l.timex.end) }, 40)}`);
    }
  }
}

const pct = (a, b) => (b ? (100 * a) / b : 0);
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const digits = Number((args.find((a) => a.startsWith('--digits=')) ?? '--digits=1').slice(9));
const fmt = (x) => x.toFixed(digits).padStart(6);
console.log(`tagger (core/time) on ${dir}${fold ? ` (fold ${fold})` : ''}: ${Object.keys(gold).length} documents`);
console.log('type        gold   sys     P      R     F1  value-acc  value-F1');
for (const [group, c] of Object.entries(counts)) {
  const p = pct(c.sysHit, c.sys);
  const r = pct(c.goldHit, c.gold);
  const acc = pct(c.valueOk, c.goldHit);
  console.log(`${group.padEnd(10)} ${String(c.gold).padStart(5)} ${String(c.sys).padStart(5)} ${fmt(p)} ${fmt(r)} ${fmt(f1(p, r))} ${fmt(acc)}    ${fmt((f1(p, r) * acc) / 100)}`);
}
if (!noAnchor) console.log(`event anchoring: ${fmt(pct(anchor.right, anchor.links))}% of ${anchor.links} event-date links (${pct(anchor.right, anchor.dated).toFixed(1)}% of the ${anchor.dated} the outline dates)`);
console.log(`tagging cost: ${tagMs.toFixed(1)} ms for ${(chars / 1000).toFixed(0)}k characters (${((tagMs * 1000) / chars).toFixed(2)} ms per 1k characters)`);
if (listed.length) console.log(listed.join('\n'));
