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

/**
 * Date undated simple-past events by the last calendar date written before them in their paragraph (the reference
 * time of the narrative), marked `inferred`; events of saying by the last date before them in the article, else the
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
    const p = paragraphs[firstIndexWhereNot(paragraphs, (q) => q.end <= event.start)];
    if (!p || event.start < p.start) continue;
    // The last expression that ends before the event starts, inside its paragraph.
    const i = firstIndexWhereNot(dated, (t) => t.end <= event.start) - 1;
    // An event of saying with no date in its paragraph keeps the report's time ("Castro said Friday …", then "he said").
    let ref: TimeExpression | undefined = dated[i];
    if (ref && (ref.start < p.start || saying)) ref = undefined;
    if (!ref && saying) ref = reportTime;
    if (!ref) continue;
    const value = calendarValue(ref)!;
    const day = /^\d{4}(?:-\d\d){0,2}/.exec(value)![0];
    if (articleDate && day > articleDate.slice(0, day.length)) continue;
    event.when = { text: ref.text, value };
    event.inferred = true;
  }
}
