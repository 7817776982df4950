// Score the quotes pass on a folder in the PolNeAR layout (text/*.txt, attributions/*.ann).
// (The acceptance figures are printed by `npm run eval:quotes`, scripts/eval-quotes.mjs.)
// Run: npx tsx scripts/eval-polnear.mjs [DIR] [--list=misses|alarms|speakers]
// Reads the data where it lies; prints only figures (and, with --list, short excerpts for the developer).
//
// How the figures are computed (first annotator's .ann per article):
// - gold direct quote = a Content span whose text holds a double quotation mark (" “ ”), one per distinct span;
//   its Sources are the Source spans of every relation that uses that Content span (a discontinuous brat span
//   is taken from its first start to its last end);
// - found = some quote of ours overlaps the gold span (character overlap, end exclusive);
// - speaker ok = some quote of ours overlapping the gold span has a speaker whose span IN THE TEXT (the
//   contract's speaker span: the mention that serves as source, e.g. "he", not the resolved name's first
//   mention) overlaps one of those Source spans; the denominator is every gold quote with a Source;
// - false alarm = a gold quote with a Source that a `quotes/unattributed` finding overlaps.
// Also printed, for information only (never added to the score): misses where the annotation looks like it
// swapped roles — the annotated Source is a bare speech verb and our speaker overlaps that relation's Cue.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadStyleGuide } from '../src/core/config/styleGuide.ts';
import { prepareConfig, Analyzer } from '../src/core/analyze.ts';
import { parseAnn, overlaps, goldQuotes } from './eval-lib.mjs';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/data/polnear-dev';
const list = (args.find((a) => a.startsWith('--list=')) ?? '').slice(7);

const reader = { read: async () => undefined, resolve: (_a, b) => b };
const { guide } = await loadStyleGuide({ path: null, reader });
const config = prepareConfig(guide);

const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const seen = new Set();
const SPEECH_VERB = /^(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|noted|notes)$/i;
const t = { swapped: 0, gold: 0, goldAttributed: 0, found: 0, foundAttributed: 0, speakerOk: 0, falseAlarms: 0, goldUnattributed: 0, caught: 0, flags: 0, flagsOnAttributed: 0, flagsOnUnattributed: 0, flagsElsewhere: 0, predicted: 0, ms: 0 };
const listed = [];
for (const ann of annFiles) {
  const name = ann.replace(/_[0-9a-f]+\.ann$/, '');
  if (seen.has(name)) continue; // several annotators: take the first
  seen.add(name);
  const text = readFileSync(join(dir, 'text', name + '.txt'), 'utf8');
  const rels = parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'));
  const t0 = performance.now();
  const result = new Analyzer(config).analyze(text, { file: name + '.txt', format: 'plain' });
  t.ms += performance.now() - t0;
  t.predicted += result.quotes.length;
  const flags = result.diagnostics.filter((d) => d.rule === 'quotes/unattributed');
  // Gold direct quotes, one per Content span (a span may serve several relations).
  const gold = goldQuotes(text, rels, (r) => r.sources.length && r.sources.every((x) => SPEECH_VERB.test(x.text.trim())));
  for (const g of gold) {
    t.gold++;
    const attributed = g.sources.length > 0;
    if (attributed) t.goldAttributed++;
    else t.goldUnattributed++;
    const preds = result.quotes.filter((q) => overlaps(q, g));
    const flagged = flags.some((f) => overlaps(f, g));
    if (preds.length) t.found++;
    if (attributed && preds.length) t.foundAttributed++;
    const ok = attributed && preds.some((q) => q.speaker && g.sources.some((s) => overlaps(s, q.speaker)));
    if (ok) t.speakerOk++;
    else if (attributed && preds.some((q) => q.speaker && g.cues.some((c) => overlaps(c, q.speaker)))) t.swapped++;
    if (attributed && flagged) t.falseAlarms++;
    if (!attributed && flagged) t.caught++;
    const excerpt = (s) => text.slice(Math.max(0, s.start - 80), Math.min(text.length, s.end + 80)).replace(/\s+/g, ' ');
    if (list === 'misses' && !preds.length) listed.push(`MISS ${name}: ${excerpt(g)}`);
    if (list === 'alarms' && attributed && flagged) listed.push(`ALARM ${name} [src: ${g.sources.map((s) => s.text).join(' / ')}]: ${excerpt(g)}`);
    if (list === 'speakers' && attributed && preds.length && !ok)
      listed.push(`SPK ${name} gold=[${g.sources.map((s) => s.text).join(' / ')}] ours=[${preds.map((q) => q.speaker?.text ?? '-').join(' / ')}]: ${excerpt(g)}`);
  }
  for (const f of flags) {
    t.flags++;
    const gs = gold.filter((g) => overlaps(f, g));
    if (!gs.length) t.flagsElsewhere++;
    else if (gs.some((g) => g.sources.length)) t.flagsOnAttributed++;
    else t.flagsOnUnattributed++;
  }
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
for (const l of listed) console.log(l.slice(0, 400));
console.log(`articles: ${seen.size}; quotes predicted: ${t.predicted}; analysis ${t.ms.toFixed(0)} ms in all`);
console.log(`gold direct quotes: ${t.gold} (${t.goldAttributed} with a Source, ${t.goldUnattributed} without)`);
console.log(`found (recall): ${t.found}/${t.gold} = ${pct(t.found, t.gold)}`);
console.log(`speaker overlaps the annotated Source: ${t.speakerOk}/${t.goldAttributed} = ${pct(t.speakerOk, t.goldAttributed)} of attributed (${pct(t.speakerOk, t.foundAttributed)} of those found)`);
console.log(`  (information only, not counted: ${t.swapped} of the misses have an annotated Source that is a bare speech verb while our speaker overlaps that relation's Cue — Source and Cue swapped in the annotation)`);
console.log(`false alarms (attributed gold quotes flagged unattributed): ${t.falseAlarms}/${t.goldAttributed} = ${pct(t.falseAlarms, t.goldAttributed)}`);
console.log(`unattributed gold quotes caught: ${t.caught}/${t.goldUnattributed}`);
console.log(
  `quotes/unattributed findings: ${t.flags}: on attributed gold ${t.flagsOnAttributed}, on unattributed gold ${t.flagsOnUnattributed}, on no gold quote ${t.flagsElsewhere}; ` +
    `precision vs gold = ${pct(t.flagsOnUnattributed, t.flagsOnAttributed + t.flagsOnUnattributed)}`,
);
