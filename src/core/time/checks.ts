// Date checks an editor wants (rules `dates/...`), read off the tagger's resolved expressions.
import { parseIsoDay, weekday } from './calendar';
import { MONTH_NAMES, WEEKDAYS, WEEKDAY_NAMES } from './lexicon';
import type { Finding, Span, TimeExpression } from '../types';

/** AP abbreviations of the months that take one before a day number (March–July stay spelled out). */
const AP_MONTH: Record<string, string> = { January: 'Jan.', February: 'Feb.', August: 'Aug.', September: 'Sept.', October: 'Oct.', November: 'Nov.', December: 'Dec.' };
const FULL_MONTH_DAY = new RegExp(`\\b(${Object.keys(AP_MONTH).join('|')}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d:.,]\\d)`, 'g');
/** A weekday spelled out opening a date expression ("Monday, Jan. 7, 2020"). */
const LEADING_WEEKDAY = new RegExp(`^(${WEEKDAY_NAMES.join('|')}),? `);
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b`);

/** Most days between a year-less date and the article date for its weekday to be checked (the tagger's year guess). */
const YEARLESS_WINDOW = 120;

/**
 * `dates/weekday-mismatch` (warning) where a weekday opens a full date it disagrees with, and `dates/month-abbreviation`
 * (info, AP) at a full month name before a day number. Quick fixes outside quotes; the month rule skips quotes entirely.
 */
export function dateCheckFindings(text: string, times: readonly TimeExpression[], articleDate: string | null, inQuote: (s: Span) => boolean): Finding[] {
  const out: Finding[] = [];
  const dct = parseIsoDay(articleDate);
  for (const t of times) {
    if (t.type !== 'DATE') continue;
    const quoted = inQuote(t);
    const wd = weekdayMismatch(t, dct);
    if (wd) {
      const span = { start: t.start, end: t.start + wd.written.length };
      out.push({
        rule: 'dates/weekday-mismatch',
        severity: 'warning',
        ...span,
        message: `${t.text.slice(wd.written.length).replace(/^,?\s*/, '')} was a ${wd.right}, not a ${wd.written}${quoted ? ' (in a quote: check with the reporter)' : ''}.`,
        fixes: quoted ? [] : [{ title: `Change to '${wd.right}'`, edits: [{ ...span, newText: wd.right }], preferred: true }],
      });
    }
    if (quoted || embedded(text, t.start)) continue;
    for (const m of t.text.matchAll(FULL_MONTH_DAY)) {
      const start = t.start + m.index!;
      const abbr = AP_MONTH[m[1]];
      const span = { start, end: start + m[0].length };
      out.push({
        rule: 'dates/month-abbreviation',
        severity: 'info',
        ...span,
        message: `AP style abbreviates the month before a day number: '${abbr} ${m[2]}', not '${m[0]}'.`,
        fixes: [{ title: `Change to '${abbr} ${m[2]}'`, edits: [{ ...span, newText: `${abbr} ${m[2]}` }], preferred: true }],
      });
    }
  }
  return out;
}

/** Whether a date is another source's words: inside a markup tag (`tweet-date="…"`) or an embedded post's signature (`(@handle) Sept. 1`). */
function embedded(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  return /<[^<>\n]*$/.test(before) || /\(@\w+\)\s*$/.test(before);
}

/** The weekday a date expression opens with and the one its date falls on, when they disagree and the date is explicit. */
function weekdayMismatch(t: TimeExpression, dct: number | null): { written: string; right: string } | null {
  const lead = LEADING_WEEKDAY.exec(t.text);
  if (!lead || !/^\d{4}-\d{2}-\d{2}$/.test(t.value)) return null;
  const rest = t.text.slice(lead[0].length);
  if (!MONTH_WORD.test(rest) || !/\b\d{1,2}\b/.test(rest)) return null;
  const day = parseIsoDay(t.value);
  if (day === null) return null;
  const yearWritten = /\b\d{4}\b/.test(rest);
  if (!yearWritten && (dct === null || Math.abs(day - dct) > YEARLESS_WINDOW)) return null;
  const right = WEEKDAY_NAMES[weekday(day)];
  return WEEKDAYS.get(lead[1]) === weekday(day) ? null : { written: lead[1], right };
}
