// Calendar arithmetic on UTC day numbers and the TIMEX3 value forms built from them.

/** Days in month `m` (1-12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day number (days since 1970-01-01) of a calendar date. */
export const dayNumber = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / 86400000);

/** Calendar date of a day number. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Zero-padded number. */
export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Weekday of a day number, 0 = Sunday. */
export const weekday = (n: number): number => (((n + 4) % 7) + 7) % 7;

/** 'YYYY-MM-DD' of a day number. */
export function isoDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** 'YYYY-MM' of a year and month, months overflowing into years either way. */
export function isoMonth(y: number, m: number): string {
  const total = y * 12 + (m - 1);
  return `${pad(Math.floor(total / 12), 4)}-${pad((((total % 12) + 12) % 12) + 1)}`;
}

/** ISO 8601 week ('2020-W02') of a day number. */
export function isoWeek(n: number): string {
  const thursday = n + 4 - (weekday(n) || 7);
  const { y } = fromDayNumber(thursday);
  return `${pad(y, 4)}-W${pad(Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1)}`;
}

/** Parse 'YYYY-MM-DD' (a real calendar date) into a day number, else null. */
export function parseIsoDay(s: string | null | undefined): number | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}
