// Tokens for the temporal grammar, and the matchers of its word classes (month, weekday, number, unit, ...).
import { DAY_PARTS, DECADE_WORDS, HOLIDAYS, MONTHS, ORDINALS, SEASONS, SMALL_NUMBERS, TENS, TIME_ZONES, UNITS, VAGUE_NUMBERS, WEEKDAYS } from './lexicon';

export interface Token {
  /** The token as written, and lower-cased. */
  s: string;
  l: string;
  start: number;
  end: number;
}

// Alternatives are disjoint at their first character class, so the scan is linear: ISO dates, numbers (with
// separators and an ordinal or decade suffix), dotted abbreviations (a.m., U.S.), '90s, words (with inner
// apostrophes, but "Friday's" splits), any other character.
const TOKEN = /\d{4}-\d{2}-\d{2}(?!\d)|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?|[A-Za-z](?:\.[A-Za-z])+\.?|['’]\d0s|[\p{L}\p{M}]+(?:['’](?![sS](?![\p{L}]))[\p{L}\p{M}]+)*|\S/gu;

/** The tokens of a text (whitespace dropped), with UTF-16 offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) out.push({ s: m[0], l: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** What a class matcher consumed: the number of tokens and the value read. */
export interface Cap {
  n: number;
  v: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
export type ClassMatcher = (t: Token[], i: number) => Cap | null;

const cap = (n: number, v: unknown): Cap => ({ n, v });
const isInt = (s: string): boolean => /^\d+$/.test(s);

/** A month word; an abbreviation needs its period or a day number after it ("Jan. 5", "Jan 5"). */
const month: ClassMatcher = (t, i) => {
  const m = MONTHS.get(t[i].s);
  if (m === undefined) return null;
  const abbrev = t[i].s.length <= 4 && t[i].s !== 'June' && t[i].s !== 'July' && t[i].s !== 'May';
  if (!abbrev) return cap(1, m);
  if (t[i + 1]?.s === '.' && t[i + 1].start === t[i].end) return cap(2, m);
  return t[i + 1] && /^\d/.test(t[i + 1].s) ? cap(1, m) : null;
};

/** A spelled number: "twenty-six", "a hundred", "two thousand", "a couple of", "several" (NaN = unstated). */
function numberWords(t: Token[], i: number): Cap | null {
  let j = i;
  let total = 0;
  let part = 0;
  let any = false;
  const w = (k: number) => t[k]?.l;
  if (w(j) === 'a' || w(j) === 'an') {
    if (w(j + 1) === 'couple') return cap(w(j + 2) === 'of' ? 3 : 2, 2);
    if (w(j + 1) === 'few') return cap(2, NaN);
    if (w(j + 1) === 'hundred' || w(j + 1) === 'thousand') (part = 1), j++;
    else return cap(1, 1);
  }
  if (w(j) === 'couple' && w(j + 1) === 'of') return cap(2, 2); // "the next couple of years", as "a couple of"
  if (VAGUE_NUMBERS.has(w(j))) return cap(1, NaN);
  for (;;) {
    const x = w(j);
    if (SMALL_NUMBERS.has(x)) part += SMALL_NUMBERS.get(x)!;
    else if (TENS.has(x)) {
      part += TENS.get(x)!;
      if (w(j + 1) === '-' && SMALL_NUMBERS.has(w(j + 2))) (part += SMALL_NUMBERS.get(w(j + 2))!), (j += 2);
      else if (SMALL_NUMBERS.has(w(j + 1)) && SMALL_NUMBERS.get(w(j + 1))! < 10) part += SMALL_NUMBERS.get(w(++j))!;
    } else if (x === 'hundred' && (any || part)) part = (part || 1) * 100;
    else if (x === 'thousand' && (any || part)) (total += (part || 1) * 1000), (part = 0);
    else if (x === 'and' && any && (SMALL_NUMBERS.has(w(j + 1)) || TENS.has(w(j + 1))) && /hundred|thousand/.test(w(j - 1))) {
      j++;
      continue;
    } else break;
    any = true;
    j++;
  }
  return any || part ? cap(j - i, total + part) : null;
}

/** A number in digits or words. */
const num: ClassMatcher = (t, i) => {
  const c = wholeNumber(t, i);
  if (!c) return null;
  // A fraction after it: "2 1/2", "two and a half".
  const f = /^([1-9])\/([1-9])$/.exec(t[i + c.n]?.s ?? '');
  if (f && +f[1] < +f[2]) return cap(c.n + 1, c.v + +f[1] / +f[2]);
  if (t[i + c.n]?.l === 'and' && t[i + c.n + 1]?.l === 'a' && t[i + c.n + 2]?.l === 'half') return cap(c.n + 3, c.v + 0.5);
  return c;
};

function wholeNumber(t: Token[], i: number): Cap | null {
  const s = t[i].s;
  if (/^\d{1,3}(?:,\d{3})*$/.test(s)) return cap(1, +s.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(s)) return cap(1, +s);
  return numberWords(t, i);
}

/** A year: four digits (1000–2099) or spoken ("nineteen ninety-six", "two thousand"). */
const year: ClassMatcher = (t, i) => {
  const s = t[i].s;
  if (/^\d{4}$/.test(s)) return +s >= 1000 && +s < 2100 ? cap(1, +s) : null;
  if (t[i].l === 'nineteen' || t[i].l === 'eighteen') {
    const rest = numberWords(t, i + 1);
    if (rest && rest.v >= 10 && rest.v < 100) return cap(1 + rest.n, (t[i].l === 'nineteen' ? 1900 : 1800) + rest.v);
  }
  if (t[i].l === 'two' && t[i + 1]?.l === 'thousand') {
    const n = numberWords(t, i);
    return n && n.v >= 2000 && n.v < 2100 ? n : null;
  }
  return null;
};

/** A day of the month: 1–31, "5th", "fifth". */
const day: ClassMatcher = (t, i) => {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t[i].s);
  const d = m ? +m[1] : ORDINALS.get(t[i].l);
  return d !== undefined && d >= 1 && d <= 31 ? cap(1, d) : null;
};

/** A unit word, singular or plural: { unit, plural }. */
const unitWord: ClassMatcher = (t, i) => {
  const l = t[i].l;
  const u = UNITS.get(l) ?? (l.endsWith('s') ? UNITS.get(l.slice(0, -1)) : undefined);
  return u ? cap(1, { ...u, plural: l.endsWith('s') }) : null;
};

/** An ordinal 1–4 (quarters, halves). */
const ordinal: ClassMatcher = (t, i) => {
  const m = /^([1-4])(?:st|nd|rd|th)$/.exec(t[i].l);
  const n = m ? +m[1] : ORDINALS.get(t[i].l);
  return n !== undefined && n <= 4 ? cap(1, n) : null;
};

/** A decade: "1990s", "'90s", "nineties" → '199'. */
const decade: ClassMatcher = (t, i) => {
  const s = t[i].s;
  let m = /^(1\d|20)(\d)0s$/.exec(s);
  if (m) return cap(1, m[1] + m[2]);
  m = /^['’](\d)0s$/.exec(s);
  if (m) return cap(1, '19' + m[1]);
  const w = DECADE_WORDS.get(t[i].l);
  return w !== undefined ? cap(1, '19' + w / 10) : null;
};

/** A clock time: "10 p.m.", "10:35 a.m.", "noon", "14:30" → { h, min }. */
const clock: ClassMatcher = (t, i) => {
  const l = t[i].l;
  if (l === 'noon' && t[i - 1]?.l === 'high') return null; // "high noon": a showdown, not a time
  if (l === 'noon' || l === 'midday') return cap(1, { h: 12, min: 0 });
  if (l === 'midnight') return cap(1, { h: 24, min: 0 });
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(l);
  if (!m || +m[1] > 24 || (m[2] && +m[2] > 59)) return null;
  const next = t[i + 1]?.l.replace(/\./g, '');
  const h = +m[1];
  const min = m[2] ? +m[2] : 0;
  if ((next === 'am' || next === 'pm') && h >= 1 && h <= 12) {
    const n = t[i + 2]?.s === '.' && !t[i + 1].l.endsWith('.') && t[i + 2].start === t[i + 1].end ? 3 : 2;
    return cap(n, { h: (h % 12) + (next === 'pm' ? 12 : 0), min });
  }
  return m[2] && l.includes(':') ? cap(1, { h, min }) : null;
};

const HOLIDAY_HEADS = new Set([...HOLIDAYS.keys()].map((k) => k.split(' ')[0]));
const HOLIDAY_LEAD = new Set(['on', 'by', 'since', 'until', 'before', 'after', 'last', 'next', 'this', 'at', 'in', 'from', 'over', 'during', 'for', 'the', 'and', 'or', 'of']);
const capital = (tok: Token | undefined): boolean => !!tok && /^[A-Z]/.test(tok.s);

/** A holiday: "Thanksgiving (Day)", "Christmas Eve", "New Year's Day", "Election Day" → { name, shift } (Eve: a day before). */
const holiday: ClassMatcher = (t, i) => {
  // "Mary Christmas": after a capitalised word that is not a preposition or modifier, a holiday word is a name.
  if (!capital(t[i]) || (capital(t[i - 1]) && !HOLIDAY_LEAD.has(t[i - 1].l))) return null;
  const two = capital(t[i + 1]) ? `${t[i].l} ${t[i + 1].l}` : '';
  let name = HOLIDAYS.has(two) ? two : t[i].l;
  if (!HOLIDAYS.has(name)) return null;
  let j = i + (name === two ? 2 : 1);
  if (name === 'new year' || name === 'valentine') {
    if (t[j]?.s === "'" || t[j]?.s === '’') j += t[j + 1]?.l === 's' ? 2 : 1;
    if (t[j]?.s !== 'Day' && t[j]?.s !== 'Eve') return null;
  }
  if (name.includes(' ') && name !== 'new year') return cap(j - i, { name, shift: 0 });
  const eve = t[j]?.s === 'Eve';
  if (eve || t[j]?.s === 'Day') j++;
  return cap(j - i, { name, shift: eve ? -1 : 0 });
};

/** Three months, read-only (a unit as `unitWord` gives it). */
const QUARTER_UNIT = Object.freeze({ code: 'M', time: false, times: 3, plural: true });

/** The class matchers the grammar names with '@'. */
export const CLASSES: Record<string, ClassMatcher> = {
  MONTH: month,
  HOLIDAY: holiday,
  DOW: (t, i) => (WEEKDAYS.has(t[i].s) ? cap(1, WEEKDAYS.get(t[i].s)) : null),
  DOWS: (t, i) => (t[i].s.endsWith('s') && WEEKDAYS.has(t[i].s.slice(0, -1)) ? cap(1, WEEKDAYS.get(t[i].s.slice(0, -1))) : null),
  DAY: day,
  YEAR: year,
  NUM: num,
  UNIT: unitWord,
  /** Plural "quarters" as a unit of three months ("the next three quarters"); a fraction ("three quarters of") is left to the grammar. */
  QUARTERS: (t, i) => (t[i].l === 'quarters' ? cap(1, QUARTER_UNIT) : null),
  ORDQ: ordinal,
  DECADE: decade,
  CLOCK: clock,
  SEASON: (t, i) => (SEASONS.has(t[i].l) ? cap(1, SEASONS.get(t[i].l)) : null),
  PART: (t, i) => (DAY_PARTS.has(t[i].l) ? cap(1, DAY_PARTS.get(t[i].l)) : null),
  TZ: (t, i) => (TIME_ZONES.has(t[i].s) ? cap(1, t[i].s) : null),
  ISO: (t, i) => (/^\d{4}-\d{2}-\d{2}$/.test(t[i].s) ? cap(1, t[i].s) : null),
  INT: (t, i) => (isInt(t[i].s) ? cap(1, +t[i].s) : null),
};

const NUMERIC_WORDS = new Set<string>(['a', 'an', 'noon', 'midday', 'midnight', ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...ORDINALS.keys(), ...VAGUE_NUMBERS, ...DECADE_WORDS.keys()]);
/** A token opening with a digit or an apostrophe ('90s), by character code; or a number word. */
const numeric = (tok: Token): boolean => {
  const c = tok.s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || NUMERIC_WORDS.has(tok.l);
};
// Plurals as whole words ("Fridays", "weeks"), so a gate never slices a token to test it.
const WEEKDAY_PLURALS = new Set([...WEEKDAYS.keys()].map((w) => `${w}s`));
const UNIT_PLURALS = new Set([...UNITS.keys()].map((u) => `${u}s`));

/** Cheap tests that a class could match at a token (no allocation), so rules are tried only where they may start. */
export const CLASS_GATES: Record<string, (tok: Token) => boolean> = {
  MONTH: (tok) => MONTHS.has(tok.s),
  HOLIDAY: (tok) => HOLIDAY_HEADS.has(tok.l),
  DOW: (tok) => WEEKDAYS.has(tok.s),
  DOWS: (tok) => WEEKDAY_PLURALS.has(tok.s),
  DAY: numeric,
  YEAR: numeric,
  NUM: numeric,
  UNIT: (tok) => UNITS.has(tok.l) || UNIT_PLURALS.has(tok.l),
  QUARTERS: (tok) => tok.l === 'quarters',
  ORDQ: numeric,
  DECADE: numeric,
  CLOCK: numeric,
  SEASON: (tok) => SEASONS.has(tok.l),
  PART: (tok) => DAY_PARTS.has(tok.l),
  TZ: (tok) => TIME_ZONES.has(tok.s),
  ISO: numeric,
  INT: numeric,
};
