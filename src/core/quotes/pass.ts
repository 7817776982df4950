// The quotes pass: find quotes per paragraph (cached), join multi-paragraph runs, attribute, report.
import { MAX_PROSE_PARAGRAPH, overProseBound, type Pass, type PassContext } from '../pass';
import type { Finding, Quote, Span, UnlistedQuotes } from '../types';
import { analyzeParagraph, cueSet, NameIndex, PERSON_PRONOUNS, type LocalAttribution, type ParagraphQuotes } from './attribution';
import { findQuotes, maskQuotes, type PairList, type RawQuote } from './finder';
import { hasCueWord } from './cues';
import { firstIndexWhereNot } from '../search';

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
  /** The quote's index among its paragraph's quotes. */
  qi: number;
  base: number;
  q: RawQuote;
  local: LocalAttribution | null;
}

interface Attribution {
  cue: Span;
  speaker: LocalAttribution['speaker'];
  /** Start of the speaker's paragraph (to make offsets absolute). */
  base: number;
  /** Found by a descriptive lead-in, not by a cue. */
  leadIn?: boolean;
}

/**
 * Quotes in one paragraph beyond which its quotes are found but not attributed (no real paragraph comes near:
 * PolNeAR's most is far below); one `quotes/not-prose` info finding says so instead.
 */
export const MAX_QUOTES_PER_PARAGRAPH = 2000;

/** A paragraph's quotes and nothing else (no cues, names or attributions, nothing read around them): for one over the quote bound. */
function quotesOnly(t: string, heading: boolean): ParagraphQuotes {
  const { quotes, all } = findQuotes(t, heading, true);
  return { quotes, local: quotes.map(() => null), cues: [], names: [], endsWithColon: false, colon: null, all };
}

/** How many quotes a paragraph holds (over a bound, `quotes` lists only the first and the last). */
const quoteCount = (d: ParagraphQuotes): number => d.all?.n ?? d.quotes.length;

/** Quotes-only analyses of paragraphs over the prose length bound (whatever their number of quotes). */
const tooLong = new WeakSet<ParagraphQuotes>();

/** The paragraph's quote analysis: attributed in full, unless it holds more than MAX_QUOTES_PER_PARAGRAPH quotes or is over the prose bound. */
function paragraphQuotes(t: string, heading: boolean, cues: Set<string>): ParagraphQuotes {
  if (overProseBound(t)) {
    const only = quotesOnly(t, heading);
    tooLong.add(only);
    return only;
  }
  // (Each quote has a mark of its own: a paragraph with fewer marks than the bound is not searched twice.)
  const marks = t.length > MAX_QUOTES_PER_PARAGRAPH ? (t.match(/["“”„«»'‘’]/g)?.length ?? 0) : 0;
  const only = marks > MAX_QUOTES_PER_PARAGRAPH ? quotesOnly(t, heading) : null;
  return only && overQuoteBound(only) ? only : analyzeParagraph(t, heading, cues);
}

/** Whether a paragraph's analysis is over the quote bound (its quotes not attributed). */
export function overQuoteBound(d: ParagraphQuotes): boolean {
  return quoteCount(d) > MAX_QUOTES_PER_PARAGRAPH || tooLong.has(d);
}

/** What the quotes pass knows of an article's people: per-paragraph analyses (cached), names, house spellings. */
export interface ArticleSpeakers {
  data: ParagraphQuotes[];
  names: NameIndex;
  /** Lower-cased multi-word mention → the names pass's (house) spelling. */
  canonical: Map<string, string>;
  isHeading: (i: number) => boolean;
}

const speakersByContext = new WeakMap<PassContext, ArticleSpeakers>();

/** The article's per-paragraph quote analyses and name index, shared by the quotes and events passes (built once per run). */
export function articleSpeakers(ctx: PassContext): ArticleSpeakers {
  let built = speakersByContext.get(ctx);
  if (!built) speakersByContext.set(ctx, (built = buildArticleSpeakers(ctx)));
  return built;
}

function buildArticleSpeakers(ctx: PassContext): ArticleSpeakers {
  const { cues } = prepared(ctx);
  const paras = ctx.doc.paragraphs;
  // Headings: Markdown headings, and a plain-text article's first line (its headline).
  const isHeading = (i: number) => paras[i].heading || (ctx.doc.format === 'plain' && i === 0);
  const data: ParagraphQuotes[] = paras.map((p, i) => {
    const h = isHeading(i);
    return ctx.cache.get(h ? 'quotes:h' : 'quotes', p.text, () => paragraphQuotes(p.text, h, cues));
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
  return { data, names, canonical, isHeading };
}

/** Quotes, speakers and quote findings of an article (`unlisted`: the quotes of paragraphs over the bound, as offsets). */
export function analyzeQuotes(ctx: PassContext): { quotes: Quote[]; findings: Finding[]; unlisted: UnlistedQuotes[] } {
  const { cues } = prepared(ctx);
  const paras = ctx.doc.paragraphs;
  const { data, names, canonical, isHeading } = articleSpeakers(ctx);

  // Join quote runs: an unclosed last quote continues into a paragraph that opens with a quote mark.
  // A quote of a paragraph over the quote bound that joins no run is not attributed and gets no record: its offsets
  // join the paragraph's unlisted quotes (such a paragraph may hold 100k+ quotes).
  const text = ctx.doc.text;
  const runs: Rec[][] = [];
  const unlisted: UnlistedQuotes[] = [];
  let open: Rec[] | null = null;
  data.forEach((d, pi) => {
    const base = paras[pi].start;
    const n = quoteCount(d);
    /** Quote qi as a record of a run: it joins the run left open before it, or opens one. */
    const record = (qi: number, q: RawQuote, local: LocalAttribution | null) => {
      const rec: Rec = { pi, qi, base, q, local };
      if (open && qi === 0 && q.opensParagraph && open[open.length - 1].pi === pi - 1 && !rec.local?.label) open.push(rec);
      else runs.push((open = [rec]));
      if (!(qi === n - 1 && !q.closed)) open = null;
    };
    if (!d.all) {
      for (let qi = 0; qi < n; qi++) record(qi, d.quotes[qi], d.local[qi]);
    } else if (n) {
      // Over the bound (its quotes found compactly): the first quote is a record only to join a run left open before
      // it, the last only to stay open for the next paragraph (they are the paragraph's only RawQuotes); the quotes
      // between, [from, to), are unlisted.
      const from = open ? 1 : 0;
      const to = d.all.closed(n - 1) ? n : n - 1;
      if (from === 1) record(0, d.quotes[0], null);
      if (to > from) unlisted.push(unlistedGroup(d.all, from, to, base, base + paras[pi].text.length));
      if (to === n - 1 && to >= from) record(n - 1, d.quotes[d.quotes.length - 1], null);
    }
    if (!n) open = null;
  });

  const quotes: Quote[] = [];
  const findings: Finding[] = [];
  const starts = paras.map((p) => p.start);
  data.forEach((d, pi) => {
    if (!overQuoteBound(d)) return;
    const n = quoteCount(d).toLocaleString('en-US');
    const end = starts[pi] + paras[pi].text.length;
    const message = tooLong.has(d)
      ? `Names, dates, events and attribution not checked: this paragraph is ${paras[pi].text.length.toLocaleString('en-US')} characters long (more than ${MAX_PROSE_PARAGRAPH.toLocaleString('en-US')}) and is probably not prose.`
      : `Attribution not checked: this paragraph holds ${n} quotes (more than ${MAX_QUOTES_PER_PARAGRAPH.toLocaleString('en-US')}) and is probably not prose.`;
    findings.push({ rule: 'quotes/not-prose', severity: 'info', start: starts[pi], end, message, fixes: [] });
  });
  const nameOf = (s: LocalAttribution['speaker'], sStart: number, sEnd: number): string | null => {
    let name: string | null = null;
    if (s.kind === 'pronoun') {
      if (PERSON_PRONOUNS.has(text.slice(sStart, sEnd).toLowerCase())) {
        const ref = names.antecedent(sStart, true);
        name = ref?.core ? names.fullName(ref.core, ref) : null;
      }
    } else if (s.core) name = names.fullName(s.core, { start: sStart, end: sEnd });
    return name && (canonical.get(name.toLowerCase()) ?? name);
  };
  // The speakers each paragraph's attributions name, for a continuation paragraph after it.
  const named: Named[][] = paras.map(() => []);
  const keyOf = (a: Attribution) => {
    const sStart = a.speaker.start + a.base;
    const sEnd = a.speaker.end + a.base;
    return (nameOf(a.speaker, sStart, sEnd) ?? text.slice(sStart, sEnd)).toLowerCase();
  };
  for (const run of runs) {
    const first = run[0];
    const last = run[run.length - 1];
    if (run.some((r) => overQuoteBound(data[r.pi]))) {
      const start = first.base + first.q.start;
      const end = last.base + last.q.end;
      quotes.push({ start, end, text: text.slice(start, end), attributed: false, speaker: null, cue: null });
      continue;
    }
    let attr = attribute(run, data, starts, names) ?? byline(last, data, paras, starts);
    const continued =
      !attr && first.q.opensParagraph && first.pi > 0
        ? (continuation(first.pi - 1, data, starts, named, keyOf, text) ?? (isHeading(first.pi - 1) ? null : leadIn(first.pi - 1, data, starts, names)))
        : null;
    if (continued) attr = continued;
    const start = first.base + first.q.start;
    const end = last.base + last.q.end;
    let speaker: Quote['speaker'] = null;
    if (attr) {
      const s = attr.speaker;
      const sStart = s.start + attr.base;
      const sEnd = s.end + attr.base;
      const sText = text.slice(sStart, sEnd);
      const name = nameOf(s, sStart, sEnd);
      if (!name && !continued && s.kind === 'pronoun' && PERSON_PRONOUNS.has(sText.toLowerCase())) {
        findings.push({
          rule: 'quotes/unclear-speaker',
          severity: 'info',
          start: sStart,
          end: sEnd,
          message: `Unclear speaker: "${sText}" refers to no one named earlier in the article.`,
          fixes: [],
        });
      }
      speaker = { start: sStart, end: sEnd, text: sText, name };
      const key = (name ?? sText).toLowerCase();
      // (A lead-in's person is a guess: later paragraphs continue it only through a run of paragraphs that are
      // each a bare quote: `Trump spoke in bromides.` `"We have to ..."` `"We have to be tougher."`.)
      const bare = (r: Rec) => r.qi === 0 && r.q.opensParagraph && data[r.pi].quotes.length === 1 && r.q.end >= paras[r.pi].text.trimEnd().length;
      if (first.q.noSpeaker === null && (!attr.leadIn || run.every(bare))) for (const r of run) named[r.pi].push({ key, attr, end: continued ? starts[r.pi] : attr.cue.end + attr.base });
    }
    quotes.push({
      start,
      end,
      text: text.slice(start, end),
      attributed: speaker !== null,
      speaker,
      cue: attr ? { start: attr.cue.start + attr.base, end: attr.cue.end + attr.base, text: text.slice(attr.cue.start + attr.base, attr.cue.end + attr.base) } : null,
    });
    const need = attr || first.q.noSpeaker !== null ? 'none' : needsSpeaker(run, data, paras, cues);
    if ((continued && first.q.noSpeaker === null) || need === 'context') {
      findings.push({
        rule: 'quotes/continuation',
        severity: 'info',
        start,
        end: first.base + first.q.end,
        message: `Quote attributed only by the ${continued ? 'paragraph' : 'sentence'} before${speaker?.name ? ` (${speaker.name})` : ''}: name the speaker in this paragraph too.`,
        fixes: [],
      });
    }
    if (need === 'warn') {
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
  return { quotes, findings, unlisted };
}

/** Quotes [from, to) of a compact list as an unlisted group of a paragraph at `base` (stretches that overlap merged). */
function unlistedGroup(all: PairList, from: number, to: number, base: number, end: number): UnlistedQuotes {
  // (Made at its full length, then cut: a push per item costs three times as much on 100k items.)
  const o: number[] = new Array(2 * (to - from));
  let k = 0;
  for (let i = from; i < to; i++) {
    const s = base + all.starts[i];
    const e = base + all.ends[i];
    if (k && s <= o[k - 1]) o[k - 1] = Math.max(o[k - 1], e);
    else (o[k++] = s), (o[k++] = e);
  }
  o.length = k;
  return { start: base, end, count: to - from, offsets: o };
}

/** A speaker named by an attribution of a paragraph; `end` is where a newly introduced person would come after. */
interface Named {
  key: string;
  attr: Attribution;
  end: number;
}

/**
 * The attribution a quote paragraph continues: the previous paragraph's last, when its quotes name no other
 * speaker and no other person is named in a sentence after it (the newsroom convention).
 */
function continuation(p: number, data: ParagraphQuotes[], starts: number[], named: Named[][], keyOf: (a: Attribution) => string, text: string): Attribution | null {
  const list = named[p].slice();
  // (A chant's or a title's cue names no one who goes on speaking.)
  const quiet = new Set(data[p].local.filter((a, i) => a && data[p].quotes[i].noSpeaker !== null).map((a) => a!.cue.start));
  for (const c of data[p].cues) {
    if (quiet.has(c.cue.start)) continue;
    const attr = { ...c, base: starts[p] };
    list.push({ key: keyOf(attr), attr, end: c.cue.end + starts[p] });
  }
  if (!list.length) return null;
  const last = list.reduce((a, b) => (b.end >= a.end ? b : a));
  if (named[p].some((x) => x.key !== last.key)) return null;
  // Someone else named in a later sentence ("..., Smith said. Jones disagreed.") may be the next speaker. The first
  // sentence end after the attribution is found once, not rescanned for every name (linear in the paragraph).
  const firstEnd = /[.!?]["”’')\]]*\s/.exec(text.slice(last.end, starts[p + 1] ?? text.length));
  const laterSentence = firstEnd ? last.end + firstEnd.index + firstEnd[0].length : Infinity;
  for (const n of data[p].names) {
    const surname = n.core?.split(/\s+/).pop()?.toLowerCase();
    const at = n.start + starts[p];
    if (at >= laterSentence && surname && !last.key.endsWith(surname)) return null;
  }
  return last.attr;
}

/**
 * A descriptive lead-in: a quote paragraph after a paragraph (no quotes of its own) about a person
 * ("Viguerie is upbeat about Cruz's chances.") continues that person, its first-named (the subject).
 */
function leadIn(p: number, data: ParagraphQuotes[], starts: number[], names: NameIndex): Attribution | null {
  // (Terms and titles in it are the writer's words: `What "go after them" means is left to voters, since Trump ...`.)
  if (data[p].quotes.some((q) => q.noSpeaker === null)) return null;
  let ref = names.antecedent(starts[p + 1], true);
  if (!ref || ref.start < starts[p] || !ref.core) return null;
  for (let r = names.antecedent(ref.start, true); r && r.start >= starts[p] && r.core; r = names.antecedent(r.start, true)) ref = r;
  const speaker = { start: ref.start - starts[p], end: ref.end - starts[p], kind: 'name' as const, person: true, core: ref.core };
  return { cue: { start: speaker.start, end: speaker.end }, speaker, base: starts[p], leadIn: true };
}

/**
 * A byline on its own line after a block quote (`"Great speech. ..."` then `-President Obama, tweeting.` or
 * `— Sanders.`): a short paragraph without quotes that opens with a dash and a person's name.
 */
function byline(last: Rec, data: ParagraphQuotes[], paras: readonly { text: string }[], starts: number[]): Attribution | null {
  const p = last.pi + 1;
  if (p >= paras.length || last.qi !== data[last.pi].quotes.length - 1 || data[p].quotes.length) return null;
  const t = paras[p].text;
  // (Capitalised words alone, or followed by a comma: `- Obama visited Cuba.` is a list item, not a byline.)
  const m = /^(\s*[-—–―]\s*)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}?)\.?\s*(?:,|$)/u.exec(t);
  if (!m || t.length > 160) return null;
  const from = m[1].length;
  const to = from + m[2].length;
  const n = data[p].names.find((x) => x.start >= from && x.end <= to);
  const speaker = n ?? { start: from, end: to, kind: 'name' as const, person: true, core: m[2] };
  const d = m[1].trimEnd().length;
  return { cue: { start: d - 1, end: d }, speaker, base: starts[p] };
}

/** How many quotes on each side a sentence check looks at (a bounded window, never the whole paragraph). */
const WINDOW = 8;

/**
 * What a run with no attribution calls for. 'warn' when it is confidently unattributed: its marks pair
 * reliably, no paragraph ending with a colon introduces it, and no speech cue stands in its sentence or a
 * neighbouring quote's sentence (a cue whose speaker phrase was not recognised still attributes: "..., Dane, 81,
 * of Salem, Mass., said."). 'context' when a sentence before it in its paragraph names a person (the speaker by
 * convention, like a continuation). 'none' otherwise.
 */
function needsSpeaker(run: Rec[], data: ParagraphQuotes[], paras: readonly { text: string }[], cues: Set<string>): 'warn' | 'context' | 'none' {
  const first = run[0];
  if (!run[run.length - 1].q.closed || run.some((r) => r.q.unsure)) return 'none';
  if (first.q.opensParagraph && first.pi > 0 && data[first.pi - 1].endsWithColon) return 'none';
  for (const r of run) {
    const qs = data[r.pi].quotes;
    const t = paras[r.pi].text;
    const near = qs.slice(Math.max(0, r.qi - WINDOW), r.qi + WINDOW + 1);
    for (let j = Math.max(0, r.qi - 1); j <= Math.min(qs.length - 1, r.qi + 1); j++) {
      const q = qs[j];
      const from = Math.max(q.sentenceStart, q.start - 300);
      const to = Math.min(q.sentenceEnd, q.end + 300);
      if (hasCueWord(maskQuotes(t, near, from, to), cues)) return 'none';
      // `"...," Oliver barked.`: a quote closed by a comma and followed by a clause is attributed by its form.
      if (q.closed && /,['’"”]*\s*$/.test(t.slice(q.start + 1, q.end - 1)) && /\p{Ll}/u.test(maskQuotes(t, near, q.end, to))) return 'none';
      // (Also `"...?" Hannity pressed.`: a question or exclamation and a short subject-verb clause.)
      if (q.closed && /[?!]['’"”]*\s*$/.test(t.slice(q.start + 1, q.end - 1)) && /^\s+\p{Lu}[^.!?"“”]{0,50}?\b\p{Ll}+(?:ed|s)\b[^.!?"“”\p{Lu}]{0,30}\./u.test(t.slice(q.end, q.end + 90))) return 'none';
    }
    // A fragment inside a sentence (`offering "a deep and sincere apology" to`, `seen as 'part of the problem'`)
    // and a short term the sentence goes on about (`"Containment" has been policy`) are the writer's words around
    // someone's phrase, not a statement that needs its own attribution.
    // (A fragment that ends its sentence, `The plan was "a disaster."`, still needs a speaker.)
    const inner = t.slice(r.q.start + 1, r.q.end - 1).replace(/^['‘’"“]+/, '');
    const goesOn = /^[\s)(\p{L}\p{N}-]*\p{Ll}/u.test(t.slice(r.q.end, r.q.sentenceEnd));
    if (goesOn && ((r.q.partial && /^\p{Ll}/u.test(inner)) || (r.q.words <= 4 && !/[.!?,]['’"”]*\s*$/.test(inner)))) return 'none';
    // A quote that opens a later sentence of a paragraph whose sentence before names a person ("Trump
    // posted a measured tweet. "Really bad shooting ..."", "Why was he out? "My mom says ..."").
    const q = r.q;
    if (q.sentenceStart === q.start && q.start > 0) {
      const before = maskQuotes(t, near, Math.max(0, q.start - 300), q.start);
      const names = data[r.pi].names;
      const k = firstIndexWhereNot(names, (n) => n.end <= q.start) - 1;
      if (/\b(?:he|she)\b/i.test(before) || (k >= 0 && names[k].end > q.start - 300)) return 'context';
    }
  }
  return 'warn';
}

/** The person named last in a colon-ended introduction paragraph (paragraph-relative), with the colon as cue. */
function colonIntroduction(d: ParagraphQuotes, base: number, names: NameIndex): LocalAttribution | null {
  if (!d.colon) return null;
  const ref = names.antecedent(base + d.colon.start, true);
  if (!ref || ref.start < base || !ref.core) return null;
  return { cue: d.colon, speaker: { start: ref.start - base, end: ref.end - base, kind: 'name', person: true, core: ref.core } };
}

/** Per paragraph, the attributions pickNearest chooses from, sorted by position (built once per paragraph). */
interface Nearby {
  quotes: { pos: number; a: LocalAttribution }[];
  cues: { pos: number; a: LocalAttribution }[];
  /** The last quote's own attribution, for a colon-ended paragraph. */
  lastLocal: LocalAttribution | null;
}

const nearbyIndex = new WeakMap<ParagraphQuotes, Nearby>();

/** The paragraph's attributions in position order (quotes and cues are in text order already). */
function nearby(d: ParagraphQuotes): Nearby {
  let n = nearbyIndex.get(d);
  if (!n) {
    const quotes: Nearby['quotes'] = [];
    let lastLocal: LocalAttribution | null = null;
    d.quotes.forEach((q, i) => {
      const a = d.local[i];
      if (a) quotes.push({ pos: q.start, a }), (lastLocal = a);
    });
    n = { quotes, cues: d.cues.map((a) => ({ pos: a.cue.start, a })), lastLocal };
    nearbyIndex.set(d, n);
  }
  return n;
}

/** A run's attribution: its own cue, else its paragraphs' other cues, else a colon-ended paragraph before. */
function attribute(run: Rec[], data: ParagraphQuotes[], starts: number[], names: NameIndex): Attribution | null {
  for (const r of run) if (r.local) return { ...r.local, base: r.base };
  for (const r of run) {
    // (r has no attribution of its own, so the paragraph's attributed quotes are all "other" quotes.)
    const n = nearby(data[r.pi]);
    const nearest = pickNearest(n.quotes, r.q.start);
    // (A cue after the quote before, `"...," said Sosa, who said he would not ... . "..."`, speaks last.)
    const later = lastBefore(n.cues, r.q.start);
    if (later && later.pos > (lastBefore(n.quotes, r.q.start)?.pos ?? Infinity)) return { ...later.a, base: r.base };
    if (nearest) return { ...nearest, base: r.base };
    const cue = pickNearest(n.cues, r.q.start);
    if (cue) return { ...cue, base: r.base };
  }
  const pi = run[0].pi;
  if (pi > 0 && data[pi - 1].endsWithColon) {
    const d = data[pi - 1];
    // A paragraph that introduces the quote with a colon: its cue, else the person it names last
    // ("Sanders made the following comment:"), with the colon as the cue.
    const a = d.cues[d.cues.length - 1] ?? nearby(d).lastLocal ?? colonIntroduction(d, starts[pi - 1], names);
    if (a) return { ...a, base: starts[pi - 1] };
  }
  return null;
}

/** The last item before `pos` (items sorted by position). */
function lastBefore<T extends { pos: number }>(items: T[], pos: number): T | null {
  const i = firstIndexWhereNot(items, (it) => it.pos < pos);
  return i > 0 ? items[i - 1] : null;
}

/** The attribution nearest before `pos`, else the nearest after (items sorted by position: binary search). */
function pickNearest(items: { pos: number; a: LocalAttribution }[], pos: number): LocalAttribution | null {
  let i = firstIndexWhereNot(items, (it) => it.pos < pos);
  if (i > 0) return items[i - 1].a;
  while (i < items.length && items[i].pos <= pos) i++;
  return i < items.length ? items[i].a : null;
}

export const quotesPass: Pass = {
  id: 'quotes',
  run(ctx) {
    const { quotes, findings, unlisted } = analyzeQuotes(ctx);
    ctx.unlistedQuotes = unlisted;
    for (const q of quotes) ctx.quotes.push(q); // (no spread: a long text may hold 100k+ quotes)
    for (const f of findings) ctx.findings.push(f);
  },
};
