// Resolution of found expressions to TIMEX3 values against the article date and the narrative's reference time.
import { dayNumber, daysInMonth, fromDayNumber, isoDay, isoMonth, isoWeek, pad, parseIsoDay, weekday } from './calendar';
import type { Mod, TimeSpec } from './grammar';
import type { Tense } from './tense';
import { HOLIDAYS } from './lexicon';

/** What resolution carries from one expression to the next through an article. */
export interface TimeState {
  /** The article date as a day number (null: unknown, relative expressions get X placeholders). */
  dct: number | null;
  /** The last day the narrative moved to ("on March 3" … "the next day"). */
  refDay: number | null;
  /** The last dated value with a year (its granularity serves "a year earlier"). */
  refValue: string | null;
  /** The last quarter or half spoken of ("the quarter"). */
  refPart: { y: number; n: number; of: number } | null;
}

/** A fresh state for an article dated `articleDate` (YYYY-MM-DD or null). */
export function timeState(articleDate: string | null): TimeState {
  return { dct: parseIsoDay(articleDate), refDay: null, refValue: null, refPart: null };
}

/** Of candidates in order: past → latest on or before `here`, future → earliest on or after, else the closest (ties back). */
function nearest(options: number[], here: number, tense: Tense): number | undefined {
  if (tense === 'past') return options.filter((o) => o <= here).pop() ?? options[0];
  if (tense === 'future') return options.find((o) => o >= here) ?? options[options.length - 1];
  let best: number | undefined;
  for (const o of options) if (best === undefined || Math.abs(o - here) < Math.abs(best - here)) best = o;
  return best;
}

/** A day of the year's candidates: by modifier, else the closest, but a past clause does not reach months ahead, nor a future one months back. */
function pickDay(options: number[], dct: number, mod: Mod, tense: Tense): number | undefined {
  if (mod === 'last') return options.filter((o) => o < dct).pop();
  if (mod === 'next') return options.find((o) => o > dct);
  const near = options.filter((o) => (tense === 'past' ? o - dct < 60 : tense === 'future' ? dct - o < 60 : true));
  return nearest(near.length ? near : options, dct, null);
}

/** A month (y*12+m-1) chosen by modifier or tense around the article's month. */
function pickMonth(m: number, mod: Mod, here: number, tense: Tense): number {
  const y = Math.floor(here / 12);
  const options = [y - 1, y, y + 1].map((yy) => yy * 12 + m - 1);
  if (mod === 'this') return y * 12 + m - 1;
  if (mod === 'last') return options.filter((o) => o < here).pop()!;
  if (mod === 'next') return options.find((o) => o > here)!;
  // A past clause may still name next month ("failed to sell November contracts" on Oct. 30).
  return nearest(options, tense === 'past' ? here + 1 : here, tense)!;
}

const monthValue = (total: number): string => isoMonth(Math.floor(total / 12), (total % 12) + 1);
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Shift a dated value by whole years at its own granularity (2020-Q3 → 2019-Q3, 2020-05-04 → 2019-05-04). */
function yearsBefore(value: string, n: number): string | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m || (m[2] && !/^-(Q[1-4]|H[12]|\d{2}|\d{2}-\d{2}|SP|SU|FA|WI)$/.test(m[2]))) return null;
  if (m[2] === '-02-29') return `${pad(+m[1] - n, 4)}-02-28`;
  return pad(+m[1] - n, 4) + m[2];
}

/** The TIMEX3 value of a spec, advancing the narrative state; null when it cannot be resolved. */
export function resolveTime(spec: TimeSpec, tense: Tense, st: TimeState, comparison = false): string | null {
  const dct = st.dct;
  const a = dct === null ? null : fromDayNumber(dct);
  const here = a ? a.y * 12 + a.m - 1 : 0;
  switch (spec.k) {
    case 'none':
      return null;
    case 'fixed':
    case 'later':
      return spec.v;
    case 'inYear':
      return `${a ? pad(a.y, 4) : 'XXXX'}-${spec.part}`;
    case 'year':
      return Number.isFinite(spec.y) ? pad(spec.y, 4) : null;
    case 'day': {
      if (spec.y !== null) return spec.d <= daysInMonth(spec.y, spec.m) ? isoDay(dayNumber(spec.y, spec.m, spec.d)) : null;
      if (dct === null || !a) return `XXXX-${pad(spec.m)}-${pad(spec.d)}`;
      const options = [a.y - 1, a.y, a.y + 1].filter((y) => spec.d <= daysInMonth(y, spec.m)).map((y) => dayNumber(y, spec.m, spec.d));
      const pick = pickDay(options, dct, spec.mod ?? null, tense);
      return pick === undefined ? null : isoDay(pick);
    }
    case 'holiday': {
      const on = (y: number) => dayNumber(y, ...HOLIDAYS.get(spec.name)!(y)) + spec.shift;
      if (spec.y !== null) return isoDay(on(spec.y));
      if (dct === null || !a) return null;
      const pick = pickDay([a.y - 1, a.y, a.y + 1].map(on), dct, spec.mod, tense);
      return pick === undefined ? null : isoDay(pick);
    }
    case 'month':
      if (spec.y !== null) return isoMonth(spec.y, spec.m);
      if (!a) return `XXXX-${pad(spec.m)}`;
      if (spec.yOff !== undefined) return isoMonth(a.y + spec.yOff, spec.m);
      return monthValue(pickMonth(spec.m, spec.mod, here, tense));
    case 'season': {
      if (spec.y !== null) return `${pad(spec.y, 4)}-${spec.s}`;
      if (!a) return `XXXX-${spec.s}`;
      const start = a.y * 12 + SEASON_START[spec.s] - 1;
      const y = spec.mod === 'last' ? (start < here ? a.y : a.y - 1) : spec.mod === 'next' ? (start > here ? a.y : a.y + 1) : a.y;
      return `${pad(y, 4)}-${spec.s}`;
    }
    case 'part': {
      const letter = spec.of === 4 ? 'Q' : 'H';
      const len = 12 / spec.of;
      let y: number;
      let n: number;
      if (spec.n === null) {
        const current = a ? Math.floor((a.m - 1) / len) : 0; // the last completed one
        const [doneY, doneN] = current === 0 && a ? [a.y - 1, spec.of] : [a?.y ?? 0, current];
        let ref = st.refPart && st.refPart.of === spec.of ? st.refPart : null;
        // A completed part ("the latest quarter") is not one lying after the last completed; nor is the one a year-ago
        // period is counted from ("the year-ago period" after a forecast for a quarter ahead is last year's reported quarter).
        if (ref && (spec.done || spec.ago) && a && ref.y * spec.of + ref.n > doneY * spec.of + doneN) ref = null;
        if (ref) [y, n] = [ref.y, ref.n];
        else if (a) [y, n] = [doneY, doneN];
        else return `XXXX-${letter}X`;
        if (spec.ago) y -= 1;
        y = spec.y ?? y + (spec.yOff ?? 0);
      } else {
        n = spec.n;
        if (spec.y !== null) y = spec.y;
        else if (a && spec.yOff !== undefined) y = a.y + spec.yOff;
        else if (a) {
          // This year's unless it has not begun (then last year's, or this year's in a future clause).
          y = a.y * 12 + (n - 1) * len <= here || tense === 'future' ? a.y : a.y - 1;
        } else return `XXXX-${letter}${n}`;
      }
      if (!spec.ago) st.refPart = { y, n, of: spec.of };
      return `${pad(y, 4)}-${letter}${n}`;
    }
    case 'yearsBack': {
      const base = st.refValue ?? (a ? pad(a.y, 4) : null);
      return base === null ? null : yearsBefore(base, spec.n) ?? (a ? pad(a.y - spec.n, 4) : null);
    }
    case 'shift': {
      // "that day" with no day named before it is a manner of speaking, not a date.
      if (spec.anaphor && st.refDay === null) return null;
      const anchor = spec.from === 'ref' ? st.refDay ?? dct : dct;
      if (anchor === null) return null;
      // "later that year" after "in June 1998": a year or month counts from the last dated value, even without a day.
      const refYM = spec.from === 'ref' && st.refValue ? /^(\d{4})(?:-(\d{2}))?/.exec(st.refValue) : null;
      const at = refYM && (spec.unit === 'Y' || (spec.unit === 'M' && refYM[2])) ? { y: +refYM[1], m: +(refYM[2] ?? 1) } : fromDayNumber(anchor);
      if (spec.unit === 'D') return isoDay(anchor + spec.n);
      if (spec.unit === 'W') return isoWeek(anchor + 7 * spec.n);
      if (spec.unit === 'M') return isoMonth(at.y, at.m + spec.n);
      if (spec.unit === 'Y') return pad(at.y + spec.n, 4);
      const q = at.y * 4 + Math.floor((at.m - 1) / 3) + spec.n;
      return `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}`;
    }
    case 'dow': {
      if (spec.ref && st.refDay !== null) return resolveTime({ ...spec, ref: false }, tense, { ...st, dct: st.refDay }, comparison);
      if (dct === null) return `XXXX-WXX-${spec.dow || 7}`;
      const back = (weekday(dct) - spec.dow + 7) % 7;
      const fwd = (spec.dow - weekday(dct) + 7) % 7;
      if (spec.mod === 'last') return isoDay(dct - (back || 7));
      if (spec.mod === 'next') return isoDay(dct + (fwd || 7));
      return isoDay(tense === 'future' || (spec.mod === 'this' && tense !== 'past') ? dct + fwd : dct - back);
    }
    case 'weekend': {
      if (dct === null) return 'XXXX-WXX-WE';
      const dow = weekday(dct);
      const past = spec.mod === 'last' || (spec.mod !== 'next' && tense !== 'future' && dow >= 1 && dow <= 4);
      return isoWeek(dct + (spec.mod === 'next' ? 7 : past && dow !== 0 && dow !== 6 ? -7 : 0)) + '-WE';
    }
    case 'clock': {
      // A bare clock time is on the narrative's day ("shot on Oct. 23 ... at 10 p.m."), else the article's.
      const on = st.refDay ?? dct;
      const day = spec.day ? resolveTime(spec.day, tense, st, comparison) : on !== null ? isoDay(on) : 'XXXX-XX-XX';
      return day === null ? null : `${day}T${pad(spec.h)}:${pad(spec.min)}`;
    }
    case 'weekOf': {
      const day = parseIsoDay(resolveTime(spec.day, tense, st, comparison));
      return day === null ? null : isoWeek(day);
    }
    case 'dayPart': {
      const day = resolveTime(spec.day, tense, st, comparison);
      return day === null ? null : `${day}T${spec.part}`;
    }
  }
}

/** Move the narrative's reference to a resolved DATE/TIME value (comparison points and unstated parts, 1989-WXX, do not move it). */
export function advance(st: TimeState, value: string, comparison: boolean): void {
  if (comparison || !/^\d{4}/.test(value) || value.includes('X')) return;
  st.refValue = value.replace(/T.*$/, '');
  const day = parseIsoDay(value);
  if (day !== null) st.refDay = day;
}
