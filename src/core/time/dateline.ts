// The date of a dated dateline ("BAGHDAD, Jan. 10, 2020 (Reuters) -"), used as the article date when none is given.
import { daysInMonth, dayNumber, isoDay, weekday } from './calendar';
import { MONTHS, WEEKDAYS } from './lexicon';
import { LINE_BREAK } from '../document';

const MONTH_SRC = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)';
const WEEKDAY_SRC = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const YEAR_SRC = '(1[89]\\d\\d|20\\d\\d)';
const PLACE = `^\\s*(?:[#>*_\\s]*)?[A-Z][A-Z .'’-]{1,40}(?:,\\s*(?![\\s]|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\\b)[A-Za-z .'’-]{2,30})?,\\s+(?:${WEEKDAY_SRC},?\\s+)?`;
const TAIL = `,?\\s+${YEAR_SRC}\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-–—]`;
const DATELINE_MDY = new RegExp(`${PLACE}${MONTH_SRC}\\s+(\\d{1,2})${TAIL}`, 'u');
const DATELINE_DMY = new RegExp(`${PLACE}(\\d{1,2})\\s+${MONTH_SRC}${TAIL}`, 'u');

/** A dateline at the start of a paragraph, dated or not ("BAGHDAD (Reuters) -"): never part of an event. */
export const DATELINE_PREFIX = /^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4}(?:,[^\n\-–—]{0,60}?)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-–—]+\s|$)/u;

const monthOf = (s: string): number => MONTHS.get(s.replace(/\.$/, '')) ?? 0;

/**
 * The date of a dated dateline opening the text, as YYYY-MM-DD; null when there is none or it is ambiguous
 * (no year, an impossible day, or a weekday that does not match).
 */
export function datelineDate(text: string): string | null {
  const lines = text.slice(0, 300).split(LINE_BREAK).filter((l) => l.trim() !== '');
  for (const line of lines.slice(0, 3)) {
    let y: number, mo: number, d: number, wd: string | undefined;
    const a = DATELINE_MDY.exec(line);
    const b = a ? null : DATELINE_DMY.exec(line);
    if (a) [wd, mo, d, y] = [a[1], monthOf(a[2]), +a[3], +a[4]];
    else if (b) [wd, d, mo, y] = [b[1], +b[2], monthOf(b[3]), +b[4]];
    else continue;
    if (mo < 1 || d < 1 || d > daysInMonth(y, mo)) return null;
    const n = dayNumber(y, mo, d);
    if (wd && weekday(n) !== WEEKDAYS.get(wd)) return null;
    return isoDay(n);
  }
  return null;
}
