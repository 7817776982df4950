// Date checks an editor wants (rules `dates/...`), read off the tagger's resolved expressions.
import { fromDayNumber, parseIsoDay, weekday } from './calendar';
import { looksPast } from './tense';
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
export function dateCheckFindings(text: string, times: readonly TimeExpression[], articleDate: string | null, inQuote: (s: Span) => boolean, weekdayWindow: number): Finding[] {
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
    const style = apStyleFinding(text, t, dct, weekdayWindow - 1);
    if (style) out.push(style);
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

const RELATIVE_DAY = /^(today|yesterday|tomorrow)$/i;
const WEEKDAY_FORM = new RegExp(`^(?:(?:last|next|this|on)\\s+)?(${WEEKDAY_NAMES.join('|')})$`, 'i');
const MONTH_DAY_FORM = new RegExp(`^(${MONTH_NAMES.join('|')}|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.) (\\d{1,2})(?:st|nd|rd|th)?$`);
const MONTH_DAY_WRITTEN = new RegExp(`\\b(?:${MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? \\d{1,2}\\b`);

/** "Jan. 3", "March 20": a day as AP writes it with the month. */
function apMonthDay(day: number): string {
  const { m, d } = fromDayNumber(day);
  const name = MONTH_NAMES[m - 1];
  return `${AP_MONTH[name] ?? name} ${d}`;
}

/**
 * AP day style on one resolved day (info, quick fix): `dates/relative-day` (today/yesterday/tomorrow → the weekday),
 * `dates/ap-weekday` (the weekday within a week of the article date, the month and day beyond), and
 * `dates/wrong-side` (warning, no fix): a month-day date after the article date in a past-tense clause, or before it in a future one.
 * `near`: most days from the article date at which the weekday is named (the guide's `dates.weekdayWindow` less one).
 */
function apStyleFinding(text: string, t: TimeExpression, dct: number | null, near: number): Finding | null {
  const day = parseIsoDay(t.value);
  if (day === null || dct === null || !/^\d{4}-\d{2}-\d{2}$/.test(t.value)) return null;
  const span = { start: t.start, end: t.end };
  const fix = (to: string) => [{ title: `Change to '${to}'`, edits: [{ ...span, newText: to }], preferred: true }];
  const distance = Math.abs(day - dct);
  const wd = WEEKDAY_NAMES[weekday(day)];
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const after = text.slice(t.end, t.end + 20);
  // "today" in the sense of nowadays, or a name ("USA TODAY", the "Today" show), stays: only a verb's day is flagged.
  if (RELATIVE_DAY.test(t.text) && t.text !== t.text.toUpperCase() && (!/^today$/i.test(t.text) || adjacentTense(before))) {
    return { rule: 'dates/relative-day', severity: 'info', ...span, message: `AP style names the day: '${wd}', not '${t.text}'.`, fixes: fix(wd) };
  }
  if (MONTH_DAY_WRITTEN.test(t.text) && /\b\d{4}\b/.test(t.text) && day !== dct) {
    const tense = adjacentTense(text.slice(Math.max(0, t.start - 40), t.start));
    const side = tense === 'past' && day > dct ? 'after' : tense === 'future' && day < dct ? 'before' : null;
    if (side) {
      const message = `${t.text} is ${side} the article date, but its clause is in the ${tense} tense: check the date or the verb.`;
      return { rule: 'dates/wrong-side', severity: 'warning', ...span, message, fixes: [] };
    }
  }
  if (WEEKDAY_FORM.test(t.text) && distance > near) {
    const to = apMonthDay(day);
    return { rule: 'dates/ap-weekday', severity: 'info', ...span, message: `${near + 1} days or more from the article date: AP style gives the month and day, '${to}'.`, fixes: fix(to) };
  }
  // A range ("March 30-April 4"), a dateline ("NEW YORK, Dec. 14 (UPI)") or a modifier ("the April 19 primary") keeps its date.
  const plain = !/(?:[-–—]|\b(?:to|from|through|between|and))\s*$/.test(before) && !/^\s*(?:[-–—(]|(?:to|through|and)\s+[\dA-Z])|^\s+(?!(?:to|and|or|in|at|for|with|when|after|before|but|as|by|from|on|the|a|an|that|which|who)\b)\p{Ll}/u.test(after);
  if (MONTH_DAY_FORM.test(t.text) && plain && distance > 0 && distance <= near) {
    return { rule: 'dates/ap-weekday', severity: 'info', ...span, message: `Within ${near + 1} days of the article date: AP style gives the weekday, '${wd}'.`, fixes: fix(wd) };
  }
  return null;
}

/** The tense of a verb right before a date ("met on Jan. 7", "will vote on March 1"), else null: the clear cases only. */
function adjacentTense(before: string): 'past' | 'future' | null {
  const m = /(?:^|\s)(will\s+(?:\w+\s+)?)?(\w+)\s+(?:on\s+)?$/.exec(before);
  if (!m) return null;
  if (m[1]) return 'future';
  if (/\b(?:is|are|am|be|being|been)\s+\w+\s+(?:on\s+)?$/i.test(before)) return null; // "are tallied on …": a present passive
  return looksPast(m[2]) && !/^(scheduled|planned|expected|slated|set|due|called|dated)$/.test(m[2]) ? 'past' : null;
}
