// Temporal expressions in news prose and their resolution against the article's date (HeidelTime news rules).

export type Tense = 'past' | 'present' | 'future' | null;

/** What a temporal expression says, before it meets an article date. */
export type DateSpec =
  /** A calendar day; `y` null when the text gives no year ("on Dec. 12"). */
  | { k: 'ymd'; y: number | null; m: number; d: number }
  /** A month; `y` null when the text gives no year ("in March"); `rel` for "last/next/this September". */
  | { k: 'ym'; y: number | null; m: number; rel: 'last' | 'next' | 'this' | null }
  /** A month in a year counted from the article's ("in May last year"). */
  | { k: 'ymOff'; m: number; yOff: number }
  | { k: 'y'; y: number }
  /** Offsets from the article's year, month, ISO week or day ("last year", "earlier this month", "yesterday"). */
  | { k: 'yRel'; off: number }
  | { k: 'mRel'; off: number }
  | { k: 'wRel'; off: number }
  | { k: 'dRel'; off: number }
  /** A weekday (0 = Sunday), with its modifier ("last Friday", "Thursday night"). */
  | { k: 'wday'; dow: number; mod: 'last' | 'next' | 'this' | null }
  /** Days from the previous dated event ("a day after", "two days later", "the day before"). */
  | { k: 'prev'; days: number };

/** A temporal expression found in text (offsets relative to the scanned text). */
export interface DateExpr {
  start: number;
  end: number;
  text: string;
  spec: DateSpec;
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const WEEKDAYS = WEEKDAY_NAMES.map((d) => d.toLowerCase());
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: NaN, few: NaN,
};

// Month names are matched case-sensitively (capitalised) so "may" and "march" as words never count.
const MONTH_SRC =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)';
const WEEKDAY_SRC = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const NUM_SRC = '(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const YEAR_SRC = '(1[89]\\d\\d|20\\d\\d)';
const B = '(?<![\\p{L}\\p{M}\\p{N}])'; // word start
const E = '(?![\\p{L}\\p{M}\\p{N}])'; // word end

/** One scanning rule: a regex (sticky-free, linear) and how a match becomes a spec. */
interface DateRule {
  re: RegExp;
  spec(m: RegExpExecArray): DateSpec | null;
  /** Part of the match that is the expression (default: whole match). */
  group?: number;
}

const monthIndex = (s: string): number => {
  const key = s.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((name) => name.startsWith(key.slice(0, 3)));
  return i + 1;
};
const numberValue = (s: string): number => (/^\d+$/.test(s) ? +s : NUMBER_WORDS[s.toLowerCase()] ?? NaN);
const relOff = (w: string): number => (/^(last|previous)$/i.test(w) ? -1 : /^next$/i.test(w) ? 1 : 0);

const RULES: DateRule[] = [
  // ISO dates: 2020-01-09
  { re: new RegExp(`${B}${YEAR_SRC}-(\\d{2})-(\\d{2})${E}`, 'gu'), spec: (m) => ({ k: 'ymd', y: +m[1], m: +m[2], d: +m[3] }) },
  // [Friday,] Jan. 10[, 2020]
  {
    re: new RegExp(`${B}(?:${WEEKDAY_SRC},?\\s+)?${MONTH_SRC}\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+${YEAR_SRC}${E})?`, 'gu'),
    spec: (m) => ({ k: 'ymd', y: m[4] ? +m[4] : null, m: monthIndex(m[2]), d: +m[3] }),
  },
  // [Friday,] 10 January[ 2020]
  {
    re: new RegExp(`${B}(?:${WEEKDAY_SRC},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SRC}(?:,?\\s+${YEAR_SRC}${E})?`, 'gu'),
    spec: (m) => ({ k: 'ymd', y: m[4] ? +m[4] : null, m: monthIndex(m[3]), d: +m[2] }),
  },
  // March 2019
  { re: new RegExp(`${B}${MONTH_SRC}\\s+(?:of\\s+)?${YEAR_SRC}${E}`, 'gu'), spec: (m) => ({ k: 'ym', y: +m[2], m: monthIndex(m[1]), rel: null }) },
  // May last year, March this year
  {
    re: new RegExp(`${B}${MONTH_SRC}\\s+(last|next|this)\\s+year${E}`, 'giu'),
    spec: (m) => (/^[A-Z]/.test(m[1]) ? { k: 'ymOff', m: monthIndex(m[1]), yOff: relOff(m[2]) } : null),
  },
  // last September, next March, this May
  {
    re: new RegExp(`${B}(last|next|this|[Ll]ast|[Nn]ext|[Tt]his)\\s+${MONTH_SRC}${E}`, 'gu'),
    spec: (m) => ({ k: 'ym', y: null, m: monthIndex(m[2]), rel: m[1].toLowerCase() as 'last' | 'next' | 'this' }),
  },
  // in March, since May, early June (a bare month needs a preposition so "May" the verb never counts)
  {
    re: new RegExp(`${B}(?:in|since|by|until|till|during|from|through|before|after|of|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter)\\s+(?:(?:early|late|mid)[-\\s]+)?${MONTH_SRC}(?![\\p{L}\\p{M}\\p{N}]|\\s+\\d)`, 'gu'),
    spec: (m) => ({ k: 'ym', y: null, m: monthIndex(m[1]), rel: null }),
  },
  // in 2014, since 1990, early 2019
  {
    re: new RegExp(`${B}(?:in|since|by|until|during|from|through|before|after|of|early|late|mid|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate)[-\\s]+${YEAR_SRC}${E}(?![.,]\\d|%)`, 'gu'),
    spec: (m) => ({ k: 'y', y: +m[1] }),
  },
  // [last|next|this] Friday [night]
  {
    re: new RegExp(`${B}(?:(last|next|this|Last|Next|This)\\s+)?${WEEKDAY_SRC}${E}(?:\\s+(?:morning|afternoon|evening|night)${E})?`, 'gu'),
    spec: (m) => ({ k: 'wday', dow: WEEKDAYS.indexOf(m[2].toLowerCase()), mod: (m[1]?.toLowerCase() as 'last' | 'next' | 'this') ?? null }),
  },
  // yesterday, today, tonight, tomorrow, last night, this morning
  {
    re: new RegExp(`${B}(yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))${E}`, 'giu'),
    spec: (m) => {
      const w = m[1].toLowerCase();
      return { k: 'dRel', off: w === 'yesterday' || w.startsWith('last') ? -1 : w === 'tomorrow' ? 1 : 0 };
    },
  },
  // last week, next month, this year, earlier this month, later this week
  {
    re: new RegExp(`${B}(last|next|this|earlier\\s+this|later\\s+this)\\s+(week|month|year)${E}`, 'giu'),
    spec: (m) => {
      const off = relOff(m[1].split(/\s+/)[0]);
      const unit = m[2].toLowerCase();
      return unit === 'week' ? { k: 'wRel', off } : unit === 'month' ? { k: 'mRel', off } : { k: 'yRel', off };
    },
  },
  // two days ago, a week ago, three years ago
  {
    re: new RegExp(`${B}${NUM_SRC}\\s+(days?|weeks?|months?|years?)\\s+ago${E}`, 'giu'),
    spec: (m) => {
      const n = numberValue(m[1]);
      if (!Number.isFinite(n)) return null;
      const unit = m[2].toLowerCase().replace(/s$/, '');
      return unit === 'day' ? { k: 'dRel', off: -n } : unit === 'week' ? { k: 'wRel', off: -n } : unit === 'month' ? { k: 'mRel', off: -n } : { k: 'yRel', off: -n };
    },
  },
  // a day after, two days later, a week earlier (relative to the previous event)
  {
    re: new RegExp(`${B}${NUM_SRC}\\s+(days?|weeks?)\\s+(later|after|earlier|before)${E}`, 'giu'),
    spec: (m) => {
      const n = numberValue(m[1]);
      if (!Number.isFinite(n)) return null;
      const days = n * (/^week/i.test(m[2]) ? 7 : 1);
      return { k: 'prev', days: /^(later|after)$/i.test(m[3]) ? days : -days };
    },
  },
  // the next day, the following day, the day before, the previous day, the day after, the same day
  {
    re: new RegExp(`${B}[Tt]he\\s+(?:(next|following|previous|same)\\s+day|day\\s+(before|after))${E}`, 'gu'),
    spec: (m) => ({ k: 'prev', days: m[1] === 'same' ? 0 : m[1] === 'previous' || m[2] === 'before' ? -1 : 1 }),
  },
];

/** Every temporal expression in a text, left to right, without overlaps (longest first at a position). */
// A leading lookbehind keeps V8 from skipping ahead to a rule's first letters (it tries every position):
// the scan regexes drop it and the word-start check is done on the match instead (5× faster, same matches).
const WORD_START = B;
const SCAN = RULES.map((r) => (r.re.source.startsWith(WORD_START) ? new RegExp(r.re.source.slice(WORD_START.length), r.re.flags) : r.re));
const LEADS = RULES.map((r) => r.re.source.startsWith(WORD_START));
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether the character (code point) ending at `i` is a letter, mark or digit. */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const lo = text.charCodeAt(i - 1);
  const start = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

export function findDates(text: string): DateExpr[] {
  const found: DateExpr[] = [];
  for (let ri = 0; ri < RULES.length; ri++) {
    const rule = RULES[ri];
    const re = SCAN[ri];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (LEADS[ri] && wordBefore(text, m.index)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const spec = rule.spec(m);
      if (!spec || !validSpec(spec)) continue;
      const s = m.index;
      found.push({ start: s, end: s + m[0].length, text: m[0], spec });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateExpr[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) {
      if (d.end - d.start > last.end - last.start) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out.map(trimPreposition);
}

/** Drop a leading preposition from an expression's span ("in March 2019" keeps its words, "in" excluded from the offsets). */
function trimPreposition(d: DateExpr): DateExpr {
  const m = /^(?:in|since|by|until|till|during|from|through|before|after|of)\s+/i.exec(d.text);
  if (!m || d.spec.k === 'prev') return d;
  return { ...d, start: d.start + m[0].length, text: d.text.slice(m[0].length) };
}

function validSpec(s: DateSpec): boolean {
  if (s.k === 'ymd') return s.m >= 1 && s.m <= 12 && s.d >= 1 && s.d <= (s.y === null ? (s.m === 2 ? 29 : daysInMonth(2001, s.m)) : daysInMonth(s.y, s.m));
  if (s.k === 'ym' || s.k === 'ymOff') return s.m >= 1 && s.m <= 12;
  if (s.k === 'wday') return s.dow >= 0;
  return true;
}

// ---- calendar arithmetic on UTC day numbers ----

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const dayNumber = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / 86400000);
const fromDayNumber = (n: number): { y: number; m: number; d: number } => {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const isoDay = (n: number): string => {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};
const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

/** ISO 8601 week ("2020-W02") of a day number. */
function isoWeek(n: number): string {
  const dow = (((n + 4) % 7) + 7) % 7 || 7; // 1970-01-01 was a Thursday; Monday = 1 … Sunday = 7
  const thursday = n + 4 - dow;
  const { y } = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${pad(y, 4)}-W${pad(week)}`;
}

/** Parse 'YYYY-MM-DD' (a real calendar date) into a day number, else null. */
export function parseIsoDay(s: string | null | undefined): number | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}

/**
 * Resolve an expression to an ISO value (day, month, ISO week or year) against the article date, the clause's
 * tense, and the previous event's day (for "a day after"); null when the text does not fix a date.
 */
export function resolveDate(spec: DateSpec, articleDate: string | null, tense: Tense, previousDay: string | null = null): string | null {
  if (spec.k === 'ymd' && spec.y !== null) return spec.d <= daysInMonth(spec.y, spec.m) ? isoDay(dayNumber(spec.y, spec.m, spec.d)) : null;
  if (spec.k === 'ym' && spec.y !== null) return isoMonth(spec.y, spec.m);
  if (spec.k === 'y') return pad(spec.y, 4);
  if (spec.k === 'prev') {
    const p = parseIsoDay(previousDay);
    return p === null ? null : isoDay(p + spec.days);
  }
  const anchor = parseIsoDay(articleDate);
  if (anchor === null) return null;
  const a = fromDayNumber(anchor);
  switch (spec.k) {
    case 'dRel':
      return isoDay(anchor + spec.off);
    case 'wRel':
      return isoWeek(anchor + 7 * spec.off);
    case 'mRel': {
      const total = a.y * 12 + (a.m - 1) + spec.off;
      return isoMonth(Math.floor(total / 12), (total % 12) + 1);
    }
    case 'yRel':
      return pad(a.y + spec.off, 4);
    case 'ymOff':
      return isoMonth(a.y + spec.yOff, spec.m);
    case 'wday': {
      const dowA = (((anchor + 4) % 7) + 7) % 7; // 0 = Sunday
      const back = (dowA - spec.dow + 7) % 7; // days back to the latest such day on or before
      const fwd = (spec.dow - dowA + 7) % 7; // days on to the next such day on or after
      if (spec.mod === 'last') return isoDay(anchor - (back || 7));
      if (spec.mod === 'next') return isoDay(anchor + (fwd || 7));
      return tense === 'future' ? isoDay(anchor + fwd) : isoDay(anchor - back);
    }
    case 'ym': {
      const here = a.y * 12 + (a.m - 1);
      const options = [a.y - 1, a.y, a.y + 1].map((y) => y * 12 + (spec.m - 1));
      let pick: number | undefined;
      if (spec.rel === 'this') pick = a.y * 12 + (spec.m - 1);
      else if (spec.rel === 'last') pick = options.filter((o) => o < here).pop();
      else if (spec.rel === 'next') pick = options.find((o) => o > here);
      else pick = nearest(options, here, tense);
      return pick === undefined ? null : isoMonth(Math.floor(pick / 12), (pick % 12) + 1);
    }
    case 'ymd': {
      const options: number[] = [];
      for (const y of [a.y - 1, a.y, a.y + 1]) if (spec.d <= daysInMonth(y, spec.m)) options.push(dayNumber(y, spec.m, spec.d));
      const pick = nearest(options, anchor, tense);
      return pick === undefined ? null : isoDay(pick);
    }
  }
  return null;
}

/** Of sorted candidates: past → latest on or before, future → earliest on or after, else the closest (ties go back). */
function nearest(options: number[], here: number, tense: Tense): number | undefined {
  if (tense === 'past') return options.filter((o) => o <= here).pop();
  if (tense === 'future') return options.find((o) => o >= here);
  let best: number | undefined;
  for (const o of options) if (best === undefined || Math.abs(o - here) < Math.abs(best - here) || (Math.abs(o - here) === Math.abs(best - here) && o < best)) best = o;
  return best;
}

// ---- tense around an expression ----

const FUTURE_WORDS = new Set(['will', "'ll", '’ll', 'shall', 'would', 'won’t', "won't", 'wo']);
const FUTURE_BEFORE_TO = new Set(['going', 'plans', 'plan', 'planned', 'planning', 'expected', 'expects', 'set', 'due', 'scheduled', 'intends', 'intend', 'aims', 'is', 'are']);
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'has', 'have', 'said', 'didn’t', "didn't", 'wasn’t', "wasn't", 'weren’t', "weren't", 'hadn’t', "hadn't"]);
const PRESENT_WORDS = new Set(['is', 'are', 'am', 'says', 'does', 'do']);
/** Common irregular past-tense forms (news verbs). */
export const IRREGULAR_PAST = new Set(
  ('arose awoke bore beat became began bent bit bled blew broke brought built burnt burst bought caught chose clung came crept cut dealt dug dove drew ' +
    'drank drove ate fell fed felt fought found fled flung flew forbade forgot forgave froze got gave went ground grew hung heard hid held hurt kept knelt ' +
    'knew laid led leapt left lent lay lit lost made meant met paid quit rode rang rose ran sought sold sent shook shone shot shrank shut sang sank sat slept slid ' +
    'slung slit spoke sped spent spun spat split spread sprang stood stole stuck stung struck strove swore swept swam swung took taught tore told thought threw ' +
    'understood undertook upheld withdrew woke wore won wound wrote said retook overtook mistook foresaw rebuilt withheld overthrew overran outran ' +
    'sped slew strode strove forsook').split(' '),
);
const NOT_PAST_ED = new Set(['need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'sacred', 'naked', 'wicked', 'kindred', 'rugged', 'ragged', 'wretched', 'indeed', 'bled', 'proceed', 'succeed', 'exceed', 'embed', 'breed', 'greed', 'creed', 'weed', 'deed', 'reed', 'bleed', 'steed', 'heed', 'led', 'fled', 'sled', 'wed', 'ted']);

/** Whether a lower-case word looks like a past-tense verb (irregular list or a regular -ed form). */
export function looksPast(w: string): boolean {
  if (IRREGULAR_PAST.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !w.includes('-') && /^[a-z]+$/.test(w);
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MAX_SCAN = 15;

/**
 * The tense that governs an expression at [start, end) of `text` (one sentence or paragraph): the nearest
 * auxiliary or verb form before it in its clause, else after it, else before it beyond commas.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const lo = Math.max(0, start - 400);
  const hi = Math.min(text.length, end + 400);
  const before = words(text, lo, start);
  const after = words(text, end, hi);
  // Stop at the sentence start.
  const cutBefore = lastIndex(before, (w) => w.sentenceEnd);
  const back = before.slice(cutBefore + 1);
  const cutAfter = after.findIndex((w) => w.sentenceEnd);
  const fwd = cutAfter >= 0 ? after.slice(0, cutAfter + 1) : after;
  const commaBack = lastIndex(back, (w) => w.commaAfter);
  const inClause = back.slice(commaBack + 1);
  return scan(inClause.reverse(), true) ?? scan(fwd, false) ?? scan(back.slice(0, commaBack + 1).reverse(), true) ?? null;
}

function lastIndex<T>(list: T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

interface Word {
  w: string;
  next: string;
  commaAfter: boolean;
  sentenceEnd: boolean;
}

function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) {
    const tail = slice.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const w = m[0];
    out.push({ w, next: '', commaAfter: /^\s*[,;:—–(]/.test(tail), sentenceEnd: /^[.!?]["”’)]?(\s|$)/.test(tail) && !/^(Gen|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Lt|Col|Sen|Rep|Gov|[A-Z])$/.test(w) });
  }
  for (let i = 0; i + 1 < out.length; i++) out[i].next = out[i + 1].w.toLowerCase();
  return out;
}

function scan(list: Word[], backwards: boolean): Tense | undefined {
  let n = 0;
  for (let i = 0; i < list.length && n < MAX_SCAN; i++, n++) {
    const raw = list[i].w;
    if (/^\p{Lu}/u.test(raw)) continue; // names and titles say nothing about tense
    const w = raw.toLowerCase();
    const next = backwards ? (i > 0 ? list[i - 1].w.toLowerCase() : '') : list[i].next;
    if (FUTURE_WORDS.has(w)) return 'future';
    if (FUTURE_BEFORE_TO.has(w) && next === 'to') return 'future';
    if (PAST_WORDS.has(w) || looksPast(w)) {
      // "will be held", "would have gone": a future auxiliary just before the participle decides.
      const before = backwards ? [list[i + 1]?.w, list[i + 2]?.w] : [list[i - 1]?.w, list[i - 2]?.w];
      if (before.some((b) => b && FUTURE_WORDS.has(b.toLowerCase()))) return 'future';
      if (!backwards && FUTURE_WORDS.has(w)) return 'future';
      return 'past';
    }
    if (PRESENT_WORDS.has(w)) return 'present';
  }
  return undefined;
}

// ---- datelines ----

const DATELINE = new RegExp(
  `^\\s*(?:[#>*_\\s]*)?[A-Z][A-Z .'’-]{1,40}(?:,\\s*(?![\\s]|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\\b)[A-Za-z .'’-]{2,30})?,\\s+(?:${WEEKDAY_SRC},?\\s+)?${MONTH_SRC}\\s+(\\d{1,2}),?\\s+${YEAR_SRC}\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-–—]`,
  'u',
);
const DATELINE_DMY = new RegExp(
  `^\\s*(?:[#>*_\\s]*)?[A-Z][A-Z .'’-]{1,40}(?:,\\s*(?![\\s]|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\\b)[A-Za-z .'’-]{2,30})?,\\s+(?:${WEEKDAY_SRC},?\\s+)?(\\d{1,2})\\s+${MONTH_SRC},?\\s+${YEAR_SRC}\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-–—]`,
  'u',
);

/**
 * The date of a dated dateline opening the text ("BAGHDAD, Jan. 10, 2020 (Reuters) -"), as YYYY-MM-DD; null when
 * there is none or it is ambiguous (no year, an impossible day, or a weekday that does not match).
 */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, 300);
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const line of lines.slice(0, 3)) {
    let y: number, mo: number, d: number, wd: string | undefined;
    const a = DATELINE.exec(line);
    const b = a ? null : DATELINE_DMY.exec(line);
    if (a) [wd, mo, d, y] = [a[1], monthIndex(a[2]), +a[3], +a[4]];
    else if (b) [wd, d, mo, y] = [b[1], +b[2], monthIndex(b[3]), +b[4]];
    else continue;
    if (mo < 1 || d < 1 || d > daysInMonth(y, mo)) return null;
    const n = dayNumber(y, mo, d);
    if (wd && (((n + 4) % 7) + 7) % 7 !== WEEKDAYS.indexOf(wd.toLowerCase())) return null;
    return isoDay(n);
  }
  return null;
}
