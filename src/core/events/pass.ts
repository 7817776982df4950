// The events pass: per-paragraph clause extraction (cached), then actors, sources and dates across the article.
import type { Pass, PassContext } from '../pass';
import type { ArticleEvent, Entity, Quote } from '../types';
import { articleTimes, paragraphTimes, type TimeExpr } from '../time';
import { extractEvents, modifierAt, type RawEvent } from './events';
import { pronounResolver } from './speakers';
import type { RawTime } from '../time/grammar';
import { firstIndexWhereNot, pushAll } from '../search';
import { articleSpeakers, overQuoteBound } from '../quotes/pass';
import { SUBJECT_PRONOUNS } from '../lexicon';
import { looksPast } from '../time/tense';
import { inheritReferenceTime, type EventTense } from './reference';

export const eventsPass: Pass = {
  id: 'events',
  run(ctx) {
    pushAll(ctx.events, articleEvents(ctx));
  },
};


interface MentionIndex {
  spans: { start: number; end: number; entity: Entity }[];
}

function indexMentions(entities: Entity[]): MentionIndex {
  const spans: MentionIndex['spans'] = [];
  for (const entity of entities) for (const m of entity.mentions) spans.push({ start: m.start, end: m.end, entity });
  spans.sort((a, b) => a.start - b.start);
  return { spans };
}

/** Entities with a mention inside [start, end), in text order. */
function entitiesIn(index: MentionIndex, start: number, end: number, text: string): Entity[] {
  const out: Entity[] = [];
  const a = index.spans;
  // Spans are sorted by start: jump to the first at or after `start` instead of scanning from the top.
  for (let i = firstIndexWhereNot(a, (s) => s.start < start); i < a.length; i++) {
    const s = a[i];
    if (s.start >= end) break;
    if (s.end <= end && !out.includes(s.entity) && !modifierAt(text, s.end)) out.push(s.entity);
  }
  return out;
}

/** Index of the quote containing `at` (quotes in article order, not overlapping), else -1. */
function quoteAt(quotes: { start: number; end: number }[], at: number): number {
  const lo = firstIndexWhereNot(quotes, (q) => q.start <= at);
  return lo > 0 && at < quotes[lo - 1].end ? lo - 1 : -1;
}

/** The first quote inside [start, end) whose speaker has a name (quotes in article order: a binary search, no scan). */
function namedQuoteIn(quotes: Quote[], start: number, end: number): Quote | undefined {
  for (let i = firstIndexWhereNot(quotes, (q) => q.start < start); i < quotes.length && quotes[i].start < end; i++) {
    if (quotes[i].end <= end && quotes[i].speaker?.name) return quotes[i];
  }
  return undefined;
}

/** All events of the article, in article order, with actors linked and dates resolved. */
export function articleEvents(ctx: PassContext): ArticleEvent[] {
  const mentions = indexMentions(ctx.entities);
  const out: ArticleEvent[] = [];
  const tenses: EventTense[] = [];
  const times = new Map<number, TimeExpr>();
  for (const t of articleTimes(ctx)) times.set(t.start, t);
  const timesByStart = [...times.values()].sort((a, b) => a.start - b.start);
  const pronoun = pronounResolver(ctx);
  // Each quote with a cue is an event of saying, told at its cue.
  const byCue = new Map<number, Quote>();
  for (const q of ctx.quotes) if (q.cue) byCue.set(q.cue.start, q);
  const told = new Set<Quote>();
  // (A paragraph over the quote bound is not prose: its clauses are not read, as its quotes are not attributed.)
  const { data } = articleSpeakers(ctx);
  for (const [pi, p] of ctx.doc.paragraphs.entries()) {
    if (p.heading || overQuoteBound(data[pi])) continue;
    const raws = ctx.cache.get('events', p.text, () => safeExtract(p.text, paragraphTimes(ctx, p.text)));
    for (const r of raws) {
      const at = p.start;
      const dated = clauseDates(r.dates.map((d) => times.get(d.start + at)));
      const saying = byCue.get(r.verbAt + at);
      if (saying) {
        told.add(saying);
        out.push(sayingEvent(ctx.doc.text, saying, { start: r.start + at, end: r.end + at }, dated));
        tenses.push({ event: out[out.length - 1], past: r.tense === 'past', saying: true });
        continue;
      }
      // Actors: entities named in the subject (or "between X and Y"), else capitalised names, else the phrase.
      let who: string[] = [];
      const spans = [...(r.subject ? [r.subject] : []), ...r.partySpans];
      for (const s of spans) for (const e of entitiesIn(mentions, s.start + at, s.end + at, ctx.doc.text)) if (!who.includes(e.name)) who.push(e.name);
      if (!who.length && r.names.length && !r.pronoun) who = r.names.slice();
      let subjectLabel = r.subjectText;
      if (!who.length && r.pronoun && r.subject) {
        // "he", "she": the person the quotes pass would name; otherwise no actor rather than a guess.
        const name = pronoun(r.pronoun, r.subject.start + at);
        if (name) who = [(subjectLabel = name)];
      }
      if (!who.length && r.subjectText && !r.pronoun) who = [r.subjectText];
      // Source: the quotes pass knows quotes and speakers best; else the paragraph's own quotation marks.
      let source = r.source;
      let reportedBy = r.reportedBy;
      const qi = quoteAt(ctx.quotes, r.verbAt + at);
      const quote = qi >= 0 ? ctx.quotes[qi] : undefined;
      // A quote with a cue is already a row (its speaker saying it): its own clauses add a row only for a date of their own.
      if (quote?.cue && !dated.dates.length && !dated.whenText) continue;
      if (quote) {
        source = 'quote';
        reportedBy = speakerName(quote);
      } else if (reportedBy && r.reporterAt !== null && /^(he|she)$/i.test(reportedBy)) reportedBy = pronoun(reportedBy, r.reporterAt + at);
      const text = ctx.doc.text.slice(r.start + at, r.end + at);
      out.push({
        start: r.start + at,
        end: r.end + at,
        text,
        summary: summarize(subjectLabel || who[0] || '', r.action, r.what),
        who,
        where: r.where,
        when: dated.dates[0] ?? null,
        ...(dated.dates.length > 1 ? { dates: dated.dates } : {}),
        action: r.action,
        what: r.what,
        source,
        reportedBy,
        whenText: dated.whenText,
      });
      tenses.push({ event: out[out.length - 1], past: r.tense === 'past' && !r.subordinate, saying: r.frame });
    }
  }
  // Quotes whose cue no clause reads as a verb ("said Maria Gonzalez"): still an event of saying.
  for (const q of ctx.quotes) {
    if (!q.cue || told.has(q)) continue;
    const span = { start: Math.min(q.start, q.cue.start, q.speaker?.start ?? q.start), end: Math.max(q.end, q.cue.end, q.speaker?.end ?? q.end) };
    const own: TimeExpr[] = [];
    for (let i = firstIndexWhereNot(timesByStart, (t) => t.start < span.start); i < timesByStart.length && timesByStart[i].start < span.end; i++) {
      const t = timesByStart[i];
      if (t.end <= span.end && !(t.start >= q.start && t.end <= q.end) && !t.comparison) own.push(t);
    }
    out.push(sayingEvent(ctx.doc.text, q, span, clauseDates(own.filter((t) => t.type === 'DATE' || t.type === 'TIME'))));
    tenses.push({ event: out[out.length - 1], past: looksPast(/^\S*/.exec(ctx.doc.text.slice(q.cue.start, q.cue.end).toLowerCase())![0]), saying: true });
  }
  inheritReferenceTime(tenses, timesByStart, ctx.doc.paragraphs, ctx.date);
  return out.sort((a, b) => a.start - b.start);
}

/** The speaker of a quote as the quotes pass named it (house spelling), else its words unless a bare pronoun. */
function speakerName(q: Quote): string | null {
  if (!q.speaker) return null;
  return q.speaker.name ?? (SUBJECT_PRONOUNS.has(q.speaker.text.toLowerCase()) ? null : q.speaker.text);
}

/** A quote as an event: its speaker says (the cue) its words. */
function sayingEvent(text: string, q: Quote, span: { start: number; end: number }, dated: ReturnType<typeof clauseDates>): ArticleEvent {
  const speaker = speakerName(q);
  const action = q.cue ? text.slice(q.cue.start, q.cue.end) : 'said';
  const words = q.text.replace(/^[“"‘]|[”"’]$/g, '').replace(/[,.;:]+$/, '').trim().split(/\s+/);
  const what = '“' + (words.length > 12 ? words.slice(0, 12).join(' ') + ' …' : words.join(' ')) + '”';
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    summary: summarize(speaker ?? '', action, what),
    who: speaker ? [speaker] : [],
    where: null,
    when: dated.dates[0] ?? null,
    ...(dated.dates.length > 1 ? { dates: dated.dates } : {}),
    action,
    what,
    source: 'quote',
    reportedBy: speaker,
    whenText: dated.whenText,
  };
}

/** A clause's calendar dates (values that start with a year), else the words of one the article date could not fix. */
function clauseDates(found: (TimeExpr | undefined)[]): { dates: { text: string; value: string }[]; whenText: string | null } {
  const dates: { text: string; value: string }[] = [];
  let whenText: string | null = null;
  for (const t of found) {
    if (!t) continue;
    const value = (t.date ?? t.value).replace(/^(\d.*)T.*$/, '$1'); // the outline groups by day: "Thursday night" is Thursday
    // Calendar values, and "now", "recently", "in the future" (the outline's present, past and future groups).
    if (/^\d|^(PAST|PRESENT|FUTURE)_REF$/.test(value)) {
      if (!dates.some((d) => d.value === value)) dates.push({ text: t.text, value });
    } else if (t.value.startsWith('XXXX') && whenText === null) whenText = t.text;
  }
  return { dates, whenText: dates.length ? null : whenText };
}

/** Extraction never throws: a paragraph it cannot read yields no events. */
function safeExtract(text: string, times: RawTime[]): RawEvent[] {
  try {
    return extractEvents(text, times);
  } catch {
    return [];
  }
}

/** A short "who action what" line. */
function summarize(who: string, action: string, what: string | null): string {
  let s = who;
  if (action) s = s ? `${s} ${action}` : action;
  if (what) s = s ? `${s} ${what}` : what;
  s = s.replace(/\s+/g, ' ').trim();
  // At most 18 words: cut at the 18th space (no array of words per event).
  for (let i = 0, spaces = 0; i < s.length; i++) if (s.charCodeAt(i) === 32 && ++spaces === 18) return `${s.slice(0, i)} …`;
  return s;
}
