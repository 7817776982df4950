// The quotes pass: find quotes per paragraph (cached), join multi-paragraph runs, attribute, report.
import type { Pass, PassContext } from '../pass';
import type { Finding, Quote, Span } from '../types';
import { analyzeParagraph, cueSet, NameIndex, PERSON_PRONOUNS, type LocalAttribution, type ParagraphQuotes } from './attribution';
import type { RawQuote } from './finder';

interface Prepared {
  cues: Set<string>;
}

function prepared(ctx: PassContext): Prepared {
  let p = ctx.config.extras.get('quotes') as Prepared | undefined;
  if (!p) {
    p = { cues: cueSet(ctx.config.guide.quotes?.cues ?? []) };
    ctx.config.extras.set('quotes', p);
  }
  return p;
}

interface Rec {
  pi: number;
  base: number;
  q: RawQuote;
  local: LocalAttribution | null;
}

interface Attribution {
  cue: Span;
  speaker: LocalAttribution['speaker'];
  /** Start of the speaker's paragraph (to make offsets absolute). */
  base: number;
}

/** Quotes, speakers and quote findings of an article. */
export function analyzeQuotes(ctx: PassContext): { quotes: Quote[]; findings: Finding[] } {
  const { cues } = prepared(ctx);
  const paras = ctx.doc.paragraphs;
  // Headings: Markdown headings, and a plain-text article's first line (its headline).
  const isHeading = (i: number) => paras[i].heading || (ctx.doc.format === 'plain' && i === 0);
  const data: ParagraphQuotes[] = paras.map((p, i) => {
    const h = isHeading(i);
    return ctx.cache.get(h ? 'quotes:h' : 'quotes', p.text, () => analyzeParagraph(p.text, h, cues));
  });
  // Article-wide names: entities from the names pass when present, plus speaker phrases and name mentions.
  const names = new NameIndex(ctx.entities);
  // A speaker the names pass knows is named as it does (the registry's house spelling: "Ali al-Sistani").
  const canonical = new Map<string, string>();
  for (const e of ctx.entities) {
    if (e.kind !== 'person' && e.kind !== 'organization') continue;
    for (const m of e.mentions) if (/\s/.test(m.text)) canonical.set(m.text.toLowerCase(), e.name);
  }
  data.forEach((d, pi) => {
    const base = paras[pi].start;
    for (const n of d.names) names.add({ start: n.start + base, end: n.end + base, core: n.core, person: n.person });
    for (const c of d.cues) {
      const s = c.speaker;
      if (s.kind === 'name' && s.core) names.add({ start: s.start + base, end: s.end + base, core: s.core, person: s.person });
    }
  });
  names.finish();

  // Join quote runs: an unclosed last quote continues into a paragraph that opens with a quote mark.
  const runs: Rec[][] = [];
  let open: Rec[] | null = null;
  data.forEach((d, pi) => {
    const base = paras[pi].start;
    d.quotes.forEach((q, qi) => {
      const rec: Rec = { pi, base, q, local: d.local[qi] };
      if (open && qi === 0 && q.opensParagraph && open[open.length - 1].pi === pi - 1 && !rec.local?.label) open.push(rec);
      else runs.push((open = [rec]));
      const last = qi === d.quotes.length - 1;
      if (!(last && !q.closed)) open = null;
    });
    if (!d.quotes.length) open = null;
  });

  const quotes: Quote[] = [];
  const findings: Finding[] = [];
  const text = ctx.doc.text;
  const starts = paras.map((p) => p.start);
  for (const run of runs) {
    const first = run[0];
    const last = run[run.length - 1];
    const attr = attribute(run, data, starts, names);
    const start = first.base + first.q.start;
    const end = last.base + last.q.end;
    let speaker: Quote['speaker'] = null;
    if (attr) {
      const s = attr.speaker;
      const sStart = s.start + attr.base;
      const sEnd = s.end + attr.base;
      const sText = text.slice(sStart, sEnd);
      let name: string | null = null;
      if (s.kind === 'pronoun') {
        if (PERSON_PRONOUNS.has(sText.toLowerCase())) {
          const ref = names.antecedent(sStart, true);
          name = ref?.core ? names.fullName(ref.core, ref) : null;
          if (!name) {
            findings.push({
              rule: 'quotes/unclear-speaker',
              severity: 'info',
              start: sStart,
              end: sEnd,
              message: `Unclear speaker: "${sText}" refers to no one named earlier in the article.`,
              fixes: [],
            });
          }
        }
      } else if (s.core) {
        name = names.fullName(s.core, { start: sStart, end: sEnd });
      }
      speaker = { start: sStart, end: sEnd, text: sText, name: name && (canonical.get(name.toLowerCase()) ?? name) };
    }
    quotes.push({
      start,
      end,
      text: text.slice(start, end),
      attributed: speaker !== null,
      speaker,
      cue: attr ? { start: attr.cue.start + attr.base, end: attr.cue.end + attr.base, text: text.slice(attr.cue.start + attr.base, attr.cue.end + attr.base) } : null,
    });
    if (!attr && first.q.noSpeaker === null) {
      findings.push({
        rule: 'quotes/unattributed',
        severity: 'warning',
        start,
        end: first.base + first.q.end,
        message: 'Quote without attribution: say who said it.',
        fixes: [],
      });
    }
  }
  return { quotes, findings };
}

/** The person named last in a colon-ended introduction paragraph (paragraph-relative), with the colon as cue. */
function colonIntroduction(d: ParagraphQuotes, base: number, names: NameIndex): LocalAttribution | null {
  if (!d.colon) return null;
  const ref = names.antecedent(base + d.colon.start, true);
  if (!ref || ref.start < base || !ref.core) return null;
  return { cue: d.colon, speaker: { start: ref.start - base, end: ref.end - base, kind: 'name', person: true, core: ref.core } };
}

/** A run's attribution: its own cue, else its paragraphs' other cues, else a colon-ended paragraph before. */
function attribute(run: Rec[], data: ParagraphQuotes[], starts: number[], names: NameIndex): Attribution | null {
  for (const r of run) if (r.local) return { ...r.local, base: r.base };
  for (const r of run) {
    const d = data[r.pi];
    const others = d.quotes.map((q, i) => ({ q, a: d.local[i] })).filter((x) => x.a && x.q !== r.q);
    const nearest = pickNearest(others.map((x) => ({ pos: x.q.start, a: x.a! })), r.q.start);
    if (nearest) return { ...nearest, base: r.base };
    const cue = pickNearest(d.cues.map((a) => ({ pos: a.cue.start, a })), r.q.start);
    if (cue) return { ...cue, base: r.base };
  }
  const pi = run[0].pi;
  if (pi > 0 && data[pi - 1].endsWithColon) {
    const d = data[pi - 1];
    // A paragraph that introduces the quote with a colon: its cue, else the person it names last
    // ("Sanders made the following comment:"), with the colon as the cue.
    const a = d.cues[d.cues.length - 1] ?? [...d.local].reverse().find((x) => x) ?? colonIntroduction(d, starts[pi - 1], names);
    if (a) return { ...a, base: starts[pi - 1] };
  }
  return null;
}

/** The attribution nearest before `pos`, else the nearest after. */
function pickNearest(items: { pos: number; a: LocalAttribution }[], pos: number): LocalAttribution | null {
  let before: LocalAttribution | null = null;
  for (const it of items) if (it.pos < pos) before = it.a;
  if (before) return before;
  return items.find((it) => it.pos > pos)?.a ?? null;
}

export const quotesPass: Pass = {
  id: 'quotes',
  run(ctx) {
    const { quotes, findings } = analyzeQuotes(ctx);
    for (const q of quotes) ctx.quotes.push(q); // (no spread: a long text may hold 100k+ quotes)
    for (const f of findings) ctx.findings.push(f);
  },
};
