// The words of time: months, weekdays, units, seasons, parts of day, number words (tables the grammar reads).

import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon';
export { MONTH_NAMES, WEEKDAY_NAMES };

/** Capitalised month words (full names and abbreviations) to month numbers. */
export const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTHS.set(name, i + 1);
  if (name.length > 3) MONTHS.set(name.slice(0, 3), i + 1);
});
MONTHS.set('Sept', 9);

/** Capitalised weekday words to 0 (Sunday) … 6. */
export const WEEKDAYS = new Map<string, number>();
WEEKDAY_NAMES.forEach((name, i) => WEEKDAYS.set(name, i));

/** Duration units: the TIMEX3 letter, whether it takes the 'T' (time) designator, and a multiplier. */
export interface Unit {
  code: 'S' | 'M' | 'H' | 'D' | 'W' | 'Y' | 'Q';
  time: boolean;
  times: number;
}
const unit = (code: Unit['code'], time = false, times = 1): Unit => ({ code, time, times });
export const UNITS = new Map<string, Unit>([
  ['second', unit('S', true)], ['minute', unit('M', true)], ['hour', unit('H', true)],
  ['day', unit('D')], ['week', unit('W')], ['month', unit('M')], ['year', unit('Y')],
  ['decade', unit('Y', false, 10)], ['century', unit('Y', false, 100)], ['centurie', unit('Y', false, 100)],
]);

export const SEASONS = new Map([['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI']]);
export const DAY_PARTS = new Map([['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI']]);

export const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);

export const SMALL_NUMBERS = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
export const TENS = new Map<string, number>([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
/** Words for an unstated number ("several years" → PXY). */
export const VAGUE_NUMBERS = new Set(['several', 'few', 'some', 'many', 'numerous', 'couple']);

/** Decade words ("nineties") to their two-digit start. */
export const DECADE_WORDS = new Map<string, number>([
  ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70], ['eighties', 80], ['nineties', 90],
]);

/** Words that extend an expression to the left without changing its value ("early", "the end of"). */
export const PRE_MODIFIERS = new Set(['early', 'earlier', 'late', 'later', 'mid', 'about', 'nearly', 'almost', 'around', 'over', 'only', 'just', 'roughly', 'approximately', 'some']);

/** Words before a bare month that make it a month ("in May"), not a verb or a name. */
export const MONTH_CUES = new Set(['in', 'since', 'by', 'until', 'till', 'during', 'from', 'through', 'before', 'after', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'each', 'every', 'to', 'and', 'or', 'between', 'on', 'for', 'end']);

/** Time zones written after a clock time. */
export const TIME_ZONES = new Set(['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET']);

/** Fixed and movable holidays (US news): the month and day they fall on in a year. */
export const HOLIDAYS = new Map<string, (y: number) => [number, number]>([
  ['christmas', () => [12, 25]],
  ['halloween', () => [10, 31]],
  ['new year', () => [1, 1]],
  ['independence day', () => [7, 4]],
  ['veterans day', () => [11, 11]],
  ['valentine', () => [2, 14]],
  ['thanksgiving', (y) => [11, nthWeekday(y, 11, 4, 4)]],
  ['labor day', (y) => [9, nthWeekday(y, 9, 1, 1)]],
  ['memorial day', (y) => [5, nthWeekday(y, 5, 1, 5)]],
  ['election day', (y) => [11, nthWeekday(y, 11, 1, 1) + 1]],
  ['easter', easter],
]);

/** Day of month of the nth weekday (0 = Sunday) of a month; n = 5 is the last one. */
function nthWeekday(y: number, m: number, dow: number, n: number): number {
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const d = 1 + ((dow - first + 7) % 7) + 7 * (n - 1);
  return d > new Date(Date.UTC(y, m, 0)).getUTCDate() ? d - 7 : d;
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easter(y: number): [number, number] {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return [Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1];
}
