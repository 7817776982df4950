// The events pass: per-paragraph clause extraction (cached), then actors, sources and dates across the article.
import type { Pass, PassContext } from '../pass';
import type { ArticleEvent, Entity } from '../types';
import { resolveDate } from './dates';
import { extractEvents, looksLikeOrganization, modifierAt, type RawEvent } from './events';
import { firstIndexWhereNot } from '../search';

export const eventsPass: Pass = {
  id: 'events',
  run(ctx) {
    ctx.events.push(...articleEvents(ctx));
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

/** All events of the article, in article order, with actors linked and dates resolved. */
export function articleEvents(ctx: PassContext): ArticleEvent[] {
  const anchor = ctx.date; // the article date: --date, front matter, or a dated dateline
  const mentions = indexMentions(ctx.entities);
  const out: ArticleEvent[] = [];
  let previousDay: string | null = null;
  let lastPerson: string | null = null;
  for (const p of ctx.doc.paragraphs) {
    if (p.heading) continue;
    const raws = ctx.cache.get('events', p.text, () => safeExtract(p.text));
    for (const r of raws) {
      const at = p.start;
      // Actors: entities named in the subject (or "between X and Y"), else capitalised names, else the phrase.
      let who: string[] = [];
      let personFromEntities: string | null = null;
      const spans = [...(r.subject ? [r.subject] : []), ...r.partySpans];
      for (const s of spans) {
        for (const e of entitiesIn(mentions, s.start + at, s.end + at, ctx.doc.text)) {
          if (!who.includes(e.name)) who.push(e.name);
          if (e.kind === 'person' && !personFromEntities) personFromEntities = e.name;
        }
      }
      if (!who.length && r.names.length) who = r.names.slice();
      let subjectLabel = r.subjectText;
      if (!who.length && r.frame && r.pronoun) {
        // "…,” he said": the quotes pass knows who "he" is.
        const q = ctx.quotes.find((x) => x.start >= r.start + at && x.end <= r.end + at && x.speaker?.name);
        if (q?.speaker?.name) who = [(subjectLabel = q.speaker.name)];
      }
      if (!who.length && r.subjectText && !r.pronoun) who = [r.subjectText];
      if (personFromEntities) lastPerson = personFromEntities;
      else if (!ctx.entities.length) {
        const person = r.names.find((n) => !looksLikeOrganization(n));
        if (person) lastPerson = person;
      }
      // Source: the quotes pass knows quotes and speakers best; else the paragraph's own quotation marks.
      let source = r.source;
      let reportedBy = r.reportedBy;
      const verbAt = r.verbAt + at;
      const qi = quoteAt(ctx.quotes, verbAt);
      const quote = qi >= 0 ? ctx.quotes[qi] : undefined;
      if (quote) {
        source = 'quote';
        reportedBy = quote.speaker?.name ?? quote.speaker?.text ?? reportedBy;
      }
      if (reportedBy && /^(he|she)$/i.test(reportedBy) && lastPerson) reportedBy = lastPerson;
      // When: resolved against the article date and, for "a day after", the previous dated event.
      let when: ArticleEvent['when'] = null;
      let whenText: string | null = null;
      if (r.date) {
        const value = resolveDate(r.date.spec, anchor, r.tense, previousDay);
        if (value) when = { text: r.date.text, value };
        else whenText = r.date.text;
      }
      if (when && /^\d{4}-\d{2}-\d{2}$/.test(when.value)) previousDay = when.value;
      const text = ctx.doc.text.slice(r.start + at, r.end + at);
      out.push({
        start: r.start + at,
        end: r.end + at,
        text,
        summary: summarize(subjectLabel || who[0] || '', r.action, r.what),
        who,
        where: r.where,
        when,
        action: r.action,
        what: r.what,
        source,
        reportedBy,
        whenText,
      });
    }
  }
  return out;
}

/** Extraction never throws: a paragraph it cannot read yields no events. */
function safeExtract(text: string): RawEvent[] {
  try {
    return extractEvents(text);
  } catch {
    return [];
  }
}

/** A short "who action what" line. */
function summarize(who: string, action: string, what: string | null): string {
  const s = [who, action, what ?? ''].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  const words = s.split(' ');
  return words.length > 18 ? words.slice(0, 18).join(' ') + ' …' : s;
}
