// Narrative reference time: a past-tense event with no date of its own happened at the paragraph's last date
// ("The bombs exploded Friday. Rescuers cleared the rubble." — the clearing is dated Friday too).
import type { ArticleEvent, Span, TimeExpression } from '../types';
import { firstIndexWhereNot } from '../search';

/** What an event's own clause says of its time, as the inheritance needs it. */
export interface EventTense {
  event: ArticleEvent;
  /** A simple past (not a perfect, present, future or modal): the only tense that takes the narrative's time. */
  past: boolean;
  /** An event of saying (a quote's cue, a "said" frame). */
  saying: boolean;
}

/** A calendar value the outline can show ("2020-01-10", "2019-Q3"), taken to its day. */
const calendarValue = (t: TimeExpression): string | null => {
  const value = (t.date ?? t.value).replace(/T.*$/, '');
  return /^\d{4}/.test(value) ? value : null;
};

/** Whether a calendar value lies after the article date (compared at the value's own granularity). */
const afterDate = (value: string, articleDate: string | null): boolean => {
  const day = /^\d{4}(?:-\d\d){0,2}/.exec(value)![0];
  return !!articleDate && day > articleDate.slice(0, day.length);
};

/**
 * Date undated simple-past events by the last calendar date written before them in their paragraph (the reference
 * time of the narrative), or by the last day of the paragraph before when theirs has none, marked `inferred`; events of saying by the last date before them in the article, else the
 * first day the article names. A reference after the article date never dates a past event.
 * `times` are the article's expressions in article order; `paragraphs` the prose paragraphs.
 */
export function inheritReferenceTime(rows: EventTense[], times: readonly TimeExpression[], paragraphs: readonly Span[], articleDate: string | null): void {
  const dated = times.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && !t.comparison && calendarValue(t));
  // The report's own time: the last date an event of saying gave, at first the first day the article names.
  let reportTime = dated.find((t) => /^\d{4}-\d\d-\d\d/.test(calendarValue(t)!));
  for (const { event, past, saying } of [...rows].sort((a, b) => a.event.start - b.event.start)) {
    if (saying && event.when && !event.inferred && /^\d{4}/.test(event.when.value)) reportTime = { ...event.when, start: event.start, end: event.end, type: 'DATE' };
    if (!past || event.when || event.whenText) continue;
    const pi = firstIndexWhereNot(paragraphs, (q) => q.end <= event.start);
    const p = paragraphs[pi];
    if (!p || event.start < p.start) continue;
    // The last expression that ends before the event starts, inside its paragraph, passing over those after the
    // article date ("must be returned by Jan. 14. The decision touched off protests": a deadline, not the narrative's time);
    // a paragraph with no date of its own goes on with the last day the paragraph before it named.
    const floor = paragraphs[Math.max(0, pi - 1)].start;
    let i = firstIndexWhereNot(dated, (t) => t.end <= event.start) - 1;
    const skip = (t: TimeExpression) => afterDate(calendarValue(t)!, articleDate) || (t.start < p.start && !/^\d{4}-\d\d-\d\d/.test(calendarValue(t)!));
    while (i >= 0 && dated[i].start >= floor && skip(dated[i])) i--;
    // An event of saying with no date in its paragraph keeps the report's time ("Castro said Friday …", then "he said").
    let ref: TimeExpression | undefined = dated[i];
    if (ref && (ref.start < floor || saying)) ref = undefined;
    if (!ref && saying) ref = reportTime;
    if (!ref) continue;
    const value = calendarValue(ref)!;
    if (afterDate(value, articleDate)) continue;
    event.when = { text: ref.text, value };
    event.inferred = true;
  }
}
