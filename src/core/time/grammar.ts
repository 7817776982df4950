// The temporal grammar: a table of token patterns, each building what an expression says before it meets a date.
import { CLASS_GATES, CLASSES, type Cap, type Token, tokenize } from './tokens';
import { DAY_PARTS, MONTH_CUES, PRE_MODIFIERS } from './lexicon';
import { isAsciiAlnum } from '../search';
import { looksPast, tenseAround, textWords, type Tense, type TenseWord } from './tense';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Mod = 'last' | 'next' | 'this' | null;
export type Unit = 'D' | 'W' | 'M' | 'Y' | 'Q';

/** What an expression says, unresolved (resolution needs the article date and the narrative's reference time). */
export type TimeSpec =
  /** A calendar day; `mod` from "last Oct. 23", "next March 3". */
  | { k: 'day'; y: number | null; m: number; d: number; mod?: Mod }
  | { k: 'month'; y: number | null; m: number; mod: Mod; yOff?: number }
  /** A holiday by name (lexicon HOLIDAYS), `shift` days from it (Christmas Eve: -1). */
  | { k: 'holiday'; name: string; shift: number; y: number | null; mod: Mod }
  | { k: 'year'; y: number }
  /** A value that needs no date: '199', 'PRESENT_REF', 'P3D', 'XXXX-WXX-1'. */
  | { k: 'fixed'; v: string }
  /** An unstated part of the article's year: `${year}-${part}` ("for the week" → 1989-WXX). */
  | { k: 'inYear'; part: string }
  /** "three days later": a duration in TimeML (`v`), which also dates an event `n` units after the narrative's reference. */
  | { k: 'later'; v: string; unit: Unit; n: number }
  | { k: 'season'; s: string; y: number | null; mod: Mod }
  /** A quarter or half (`of` 4 or 2); `n` null for "the quarter", `ago` for "the year-ago quarter". */
  | { k: 'part'; of: 4 | 2; n: number | null; y: number | null; ago?: boolean; yOff?: number; done?: boolean }
  /** `n` units from the article date ("last week", "two days ago") or from the narrative's reference ("the next day"). */
  | { k: 'shift'; unit: Unit; n: number; from: 'dct' | 'ref'; anaphor?: boolean }
  /** "a year ago", "a year earlier": the reference time at its own granularity, n years back. */
  | { k: 'yearsBack'; n: number }
  /** A weekday; `ref`: counted from the narrative's reference day ("the previous Friday"). */
  | { k: 'dow'; dow: number; mod: Mod; ref?: boolean }
  | { k: 'weekend'; mod: Mod }
  | { k: 'clock'; h: number; min: number; day: TimeSpec | null }
  | { k: 'dayPart'; part: string; day: TimeSpec }
  /** The week holding a day ("the week of March 6" → 2000-W10). */
  | { k: 'weekOf'; day: TimeSpec }
  /** Words that read as time but are not a temporal expression here (a rate, an age): skipped, and no shorter reading of them is tried. */
  | { k: 'none' };

/** An expression found in a text, with what it says and what governs its resolution. */
export interface RawTime {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  spec: TimeSpec;
  tense: Tense;
  /** A comparison point ("the worst since 1996", "a year earlier"), not the date of the clause's event. */
  comparison: boolean;
}

type Caps = (Cap | null)[];
interface Built {
  type: TimeType;
  spec: TimeSpec;
}
interface Elem {
  test: (t: Token[], i: number) => Cap | null;
  opt: boolean;
  words: Set<string>;
  classes: string[];
}
interface Rule {
  els: Elem[];
  build: (c: Caps, t: Token[], i: number) => Built | null;
  /** A cheap necessary condition for a match at token i (no allocation), or null: see `secondElementGate`. */
  pre: ((t: Token[], i: number) => boolean) | null;
}

/** Compile a pattern: space-separated elements, '@CLASS' or 'word|word' or punctuation, '?' suffix = optional. */
function rule(pattern: string, build: Rule['build']): Rule {
  const els = pattern.split(' ').map((raw) => {
    const opt = raw.length > 1 && raw.endsWith('?');
    const e = opt ? raw.slice(0, -1) : raw;
    const alts = e.split('|');
    const names = alts.filter((a) => a.startsWith('@')).map((a) => a.slice(1));
    const classes = names.map((a) => {
      if (!CLASSES[a]) throw new Error(`unknown class ${a}`);
      return CLASSES[a];
    });
    const words = new Set(alts.filter((a) => !a.startsWith('@')));
    // One shared (read-only) capture per word, so a word match allocates nothing.
    const wordCaps = new Map([...words].map((w): [string, Cap] => [w, { n: 1, v: w }]));
    const test = (t: Token[], i: number): Cap | null => {
      const w = wordCaps.get(t[i].l);
      if (w) return w;
      for (const m of classes) {
        const c = m(t, i);
        if (c) return c;
      }
      return null;
    };
    return { test, opt, words, classes: names };
  });
  return { els, build, pre: secondElementGate(els) };
}

/**
 * For a rule that opens with a word element and needs more: an element that may come next (the second, or one
 * after optional ones) must be able to start on the next token (or, the first being optional, on this one). Tested
 * with the class gates, before the full match: "the" opens two dozen rules, and the token after it rarely fits any.
 */
function secondElementGate(els: Elem[]): Rule['pre'] {
  const first = els[0];
  if (first.classes.length) return null;
  // What can come next: the elements after the first up to the first one that must be present ("the current?
  // fiscal? year": current, fiscal or year); none when all may be absent (the rule may end after its first word).
  const next: Elem[] = [];
  for (let k = 1; k < els.length; k++) {
    next.push(els[k]);
    if (!els[k].opt) break;
  }
  if (!next.length || next[next.length - 1].opt) return null;
  // (One set of words and a list of gates, read with plain loops: the gate runs for every candidate token.)
  const words = new Set(next.flatMap((e) => [...e.words]));
  const gates = [...new Set(next.flatMap((e) => e.classes.map((c) => CLASS_GATES[c])))];
  const fits = (tok: Token | undefined): boolean => {
    if (tok === undefined) return false;
    if (words.has(tok.l)) return true;
    for (let g = 0; g < gates.length; g++) if (gates[g](tok)) return true;
    return false;
  };
  const opt = first.opt;
  return (t, i) => (first.words.has(t[i].l) && fits(t[i + 1])) || (opt && fits(t[i]));
}

const v = (c: Caps, k: number) => c[k]?.v;
const NOT_TIME: Built = { type: 'DATE', spec: { k: 'none' } };
const date = (spec: TimeSpec): Built => ({ type: 'DATE', spec });
const fixed = (type: TimeType, value: string): Built => ({ type, spec: { k: 'fixed', v: value } });
const modOf = (w: string | undefined): Mod =>
  w === 'last' || w === 'past' || w === 'previous' ? 'last' : w === 'next' || w === 'coming' ? 'next' : w === 'this' || w === 'current' ? 'this' : null;
const UNIT_OF: Record<string, Unit> = { day: 'D', week: 'W', month: 'M', year: 'Y', quarter: 'Q' };
/** A duration value: P3D, PT2H, PXY; decades and centuries in years. */
function duration(n: number, u: { code: string; time: boolean; times: number }): string {
  const amount = Number.isFinite(n) ? Math.round(n * u.times * 100) / 100 : NaN;
  const code = u.code === 'Q' ? 'M' : u.code;
  const sub = FRACTION_UNITS[(u.time ? 'T' : '') + code];
  // "2 1/2 years" → P2Y6M, "a minute and a half" → PT1M30S: a whole number of the next unit down.
  if (sub && !Number.isInteger(amount) && Number.isInteger((amount % 1) * sub[0])) {
    const whole = Math.floor(amount);
    return `P${u.time ? 'T' : ''}${whole ? whole + code : ''}${sub[1].startsWith('T') && !u.time ? 'T' : ''}${(amount % 1) * sub[0]}${sub[1].slice(-1)}`;
  }
  return `P${u.time ? 'T' : ''}${Number.isNaN(amount) ? 'X' : amount}${code}`;
}
/** The next unit down for fractional durations: how many of it make one, and its code ('T' marks a time unit). */
const FRACTION_UNITS: Record<string, [number, string]> = { Y: [12, 'M'], D: [24, 'TH'], TH: [60, 'M'], TM: [60, 'S'] };
const CLOCK_DAY: Record<string, TimeSpec> = {
  yesterday: { k: 'shift', unit: 'D', n: -1, from: 'dct' },
  today: { k: 'shift', unit: 'D', n: 0, from: 'dct' },
  tomorrow: { k: 'shift', unit: 'D', n: 1, from: 'dct' },
  tonight: { k: 'shift', unit: 'D', n: 0, from: 'dct' },
};
const daySpec = (c: Caps, k: number): TimeSpec | null => {
  const x = v(c, k);
  return x === undefined ? null : typeof x === 'number' ? { k: 'dow', dow: x, mod: null } : CLOCK_DAY[x] ?? null;
};
const prevWord = (t: Token[], i: number) => t[i - 1]?.l;
/** Be and have auxiliaries before an adverb of the perfect or passive ("has recently", "was recently"). */
const PERFECT_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);
/** A token that ends a sentence or opens a quote or aside: what may come just before a sentence's first word. */
const SENTENCE_BREAK = /^[.!?"“”'’`_:;—–]$/;
/** A capitalised word (not all capitals) that does not open its sentence: part of a name or title ("NY Daily News", "Person of the Year"). */
const midSentenceCapital = (t: Token[], k: number): boolean =>
  k > 0 && /^\p{Lu}\p{Ll}/u.test(t[k].s) && !SENTENCE_BREAK.test(t[k - 1].s);
/** A hyphen at token k then "earlier"/"ago": "a year-earlier loss" is the year-ago period (read by the year-ago rules), not a duration. */
const yearAgoAdjective = (t: Token[], k: number): boolean => t[k]?.s === '-' && (t[k + 1]?.l === 'earlier' || t[k + 1]?.l === 'ago');

/** Words after "current" that make it no time: accounting terms, and units or periods read by rules of their own. */
const NOT_CURRENT = new Set(['account', 'accounts', 'assets', 'liabilities', 'yield', 'yields', 'ratio', 'fiscal', 'quarter', 'period', 'decade', 'century', 'season', 'term']);
/** Words that follow a noun, not an adjective: "the current is strong", "the current of the river". */
const NOT_NOUN_AFTER = /^(is|was|are|were|has|had|will|would|of|in|and|or|to|from|at|on|by|with|that|which|carried|flows?|swept)$/;

/** Words after "a second" that keep it a span of time ("a second later", "a second or two", "for a second in the hall"); any other word makes it the ordinal. */
const AFTER_A_SECOND = /^(ago|later|earlier|before|after|or|and|longer|more|less|too|of|in|to|for|at|on|when|while|as|but|then|so|that)$/;
/**
 * "a second term", "a second-place finish", "A second CIA officer", "a Second Circuit judge": "second" is the ordinal when
 * a word or a hyphened modifier follows (captures of the duration rule: [the, modifier, number, more, -, unit, ...]; `end` the token after).
 */
function ordinalSecond(t: Token[], end: number, c: Caps): boolean {
  if (c[0] || c[1] || c[3] || c[4] || c[7] || v(c, 2) !== 1) return false;
  // With a hyphen after it ("a second-place finish", captured as the rule's optional hyphen), a word must follow.
  const unit = c[6] ? end - 2 : end - 1;
  if (t[unit].l !== 'second') return false;
  const next = t[unit + 1];
  if (next?.s === '-') return LETTER_START.test(t[unit + 2]?.s ?? '');
  return !!next && LETTER_START.test(next.s) && !AFTER_A_SECOND.test(next.l);
}

/** "the years", "the weeks ahead": a plural calendar unit is a stretch of unstated length, unless what follows anchors it ("the days before the vote"). */
function unstatedStretch(u: { code: string; time: boolean; times: number; plural: boolean }, ahead: boolean, next: Token | undefined): Built | null {
  if (!u.plural || u.time || (!ahead && /^(before|after|of|when|since|ago|earlier|later|to|and|or|_|-|—|–)$/.test(next?.l ?? ''))) return null;
  return fixed('DURATION', duration(NaN, u));
}

// Order matters only on ties (same end): the first rule wins.
const RULES: Rule[] = [
  // Calendar days: 2020-01-09, [Friday,] Jan. 10[, 2020], 10 January 2020, January the 10th
  rule('@ISO', (c) => {
    const [y, m, d] = String(v(c, 0)).split('-').map(Number);
    return date({ k: 'day', y, m, d });
  }),
  rule('@DOW? ,? @MONTH @DAY ,? @YEAR?', (c) => date({ k: 'day', y: v(c, 5) ?? null, m: v(c, 2), d: v(c, 3) })),
  rule('@DOW? ,? the? @DAY of? @MONTH ,? @YEAR?', (c, t, i) =>
    c[2] || c[4] || c[0] || c[7] || /^\d/.test(t[i].s) ? date({ k: 'day', y: v(c, 7) ?? null, m: v(c, 5), d: v(c, 3) }) : null),
  // Holidays: Thanksgiving, last Christmas, Christmas Eve 1998, New Year's Day
  rule('last|next|this|past|coming? @HOLIDAY ,? @YEAR?', (c) => date({ k: 'holiday', ...v(c, 1), y: v(c, 3) ?? null, mod: modOf(v(c, 0)) })),
  // Months: March 2019, May last year, last September, in March
  rule('@MONTH ,? of? @YEAR', (c) => date({ k: 'month', y: v(c, 3), m: v(c, 0), mod: null })),
  rule('@MONTH last|next|this year', (c) => date({ k: 'month', y: null, m: v(c, 0), mod: null, yOff: modOf(v(c, 1)) === 'last' ? -1 : modOf(v(c, 1)) === 'next' ? 1 : 0 })),
  // "shot last Oct. 23", "due next March 3": the day, the modifier choosing its year (not "last Oct." and a stray 23).
  rule('last|next|this|past|coming @MONTH @DAY', (c) => date({ k: 'day', y: null, m: v(c, 1), d: v(c, 2), mod: modOf(v(c, 0)) })),
  rule('last|next|this|past|coming @MONTH', (c) => date({ k: 'month', y: null, m: v(c, 1), mod: modOf(v(c, 0)) })),
  rule('@MONTH', (c, t, i) => {
    const w = t[i].s;
    // "the May elections", "The March accession": after "the", a capitalised May or March before a noun is the month.
    const attributive = prevWord(t, i) === 'the' && /^\p{Ll}/u.test(t[i + 1]?.s ?? '') && !NOT_NOUN_AFTER.test(t[i + 1].l);
    if ((w === 'May' || w === 'March') && !MONTH_CUES.has(prevWord(t, i) ?? '') && !attributive) return null;
    if (t[i + 1] && /^[A-Z]/.test(t[i + 1].s) && !/^[A-Z]{2,}/.test(t[i + 1].s)) return null; // "April Smith"
    return date({ k: 'month', y: null, m: v(c, 0), mod: null });
  }),
  // Years, decades, centuries
  rule('fiscal? @YEAR', (c, t, i) => {
    const next = t[i + c.reduce((n, x) => n + (x?.n ?? 0), 0)]?.s;
    if (next === '%' || prevWord(t, i) === '$' || (!c[0] && /^\d/.test(t[i].s) && next && /^(percent|shares|people|troops|cars|tons|barrels|feet|meters|miles)$/i.test(next))) return null;
    return date({ k: 'year', y: v(c, 1) });
  }),
  rule('the year @YEAR', (c) => date({ k: 'year', y: v(c, 2) })),
  rule('the? early|late|mid? -? @DECADE', (c) => fixed('DATE', v(c, 3))),
  // "21st Century Fox": a capitalised Century before a capitalised word is a name.
  rule('the? @DAY century', (c, t, i) => {
    const k = i + (c[0] ? 2 : 1);
    return /^C/.test(t[k].s) && /^\p{Lu}\p{Ll}/u.test(t[k + 1]?.s ?? '') ? NOT_TIME : fixed('DATE', String(v(c, 1) - 1).padStart(2, '0'));
  }),
  // Seasons: last fall, this summer, the winter of 1994
  rule('last|next|this|past|coming @SEASON', (c) => date({ k: 'season', s: v(c, 1), y: null, mod: modOf(v(c, 0)) })),
  rule('this past @SEASON', (c) => date({ k: 'season', s: v(c, 2), y: null, mod: 'last' })),
  rule('the? @SEASON of? @YEAR', (c) => date({ k: 'season', s: v(c, 1), y: v(c, 3), mod: null })),
  rule('the|in early|late|mid? @SEASON', (c) => date({ k: 'season', s: v(c, 2), y: null, mod: null })),
  // Quarters and halves: third-quarter, the fiscal first quarter, the 1988 second quarter, the latest quarter
  // "the year-ago third quarter": that quarter a year back (the clause's own time, not a comparison point); "the 1988 quarter"
  rule('the? year -? ago|earlier @ORDQ -? quarter|half', (c) => date({ k: 'part', of: v(c, 6) === 'half' ? 2 : 4, n: v(c, 4), y: null, yOff: -1 })),
  rule('the @YEAR fiscal? quarter', (c) => date({ k: 'part', of: 4, n: null, y: v(c, 1) })),
  rule('the? @YEAR? fiscal? @ORDQ -? quarter|half of? @YEAR?', (c) =>
    date({ k: 'part', of: v(c, 5) === 'half' ? 2 : 4, n: v(c, 3), y: v(c, 7) ?? v(c, 1) ?? null })),
  // "the last half of 1989" (1989-H2), "the first two quarters of 1990" (1990-H1): a half of a named year; "the last half of the '80s" is the decade.
  rule('the? last|latter half of @YEAR', (c) => date({ k: 'part', of: 2, n: 2, y: v(c, 4) })),
  rule('the? first|last two quarters of @YEAR', (c) => date({ k: 'part', of: 2, n: v(c, 1) === 'first' ? 1 : 2, y: v(c, 5) })),
  rule('the? first|second|last|latter half of the @DECADE', (c) => fixed('DATE', v(c, 5))),
  // "the latest quarter" has been reported: a quarter just named that lies ahead ("a fourth-quarter charge" in October) is not it.
  rule('the latest|current|last|past|recent|previous|same|fiscal quarter|period', (c) =>
    v(c, 2) === 'period' && v(c, 1) !== 'latest'
      ? null
      : date(v(c, 1) === 'current' ? { k: 'shift', unit: 'Q', n: 0, from: 'dct' } : { k: 'part', of: 4, n: null, y: null, done: v(c, 1) === 'latest' && v(c, 2) === 'quarter' })),
  rule('this|that quarter', () => date({ k: 'part', of: 4, n: null, y: null })),
  rule('year -? end', (c, t, i) => (/^(of|-)$/.test(prevWord(t, i) ?? '') ? null : date({ k: 'day', y: null, m: 12, d: 31 }))),
  // "by year's end" is "by the end of the year": the year, as "the end of the year" is read.
  rule("year '|’ s end", () => date({ k: 'shift', unit: 'Y', n: 0, from: 'dct' })),
  rule('the full|whole|entire year', () => date({ k: 'shift', unit: 'Y', n: 0, from: 'dct' })),
  // "for the year", "the fiscal year": the current one; "the year ended March 31" is a year-long period.
  rule('the current? fiscal? year', (c, t, i) => {
    const unit = i + (c[1] ? 1 : 0) + (c[2] ? 1 : 0) + 1;
    if (midSentenceCapital(t, unit)) return NOT_TIME; // "Person of the Year"
    const next = t[unit + 1]?.l;
    if (next === 'ended' || next === 'ending') return fixed('DURATION', 'P1Y');
    return /^(before|after|earlier|later|-|ago|'|’)$/.test(next ?? '') ? null : date({ k: 'shift', unit: 'Y', n: 0, from: 'dct' });
  }),
  rule('this|last|next year \' s @ORDQ? -? quarter|half', (c) => {
    const yOff = modOf(v(c, 0)) === 'last' ? -1 : modOf(v(c, 0)) === 'next' ? 1 : 0;
    return date({ k: 'part', of: v(c, 6) === 'half' ? 2 : 4, n: v(c, 4) ?? null, y: null, yOff });
  }),
  // "the quarter ended Sept. 30": the calendar quarter holding most of the three months before that day.
  rule('the quarter', (c, t, i) => {
    // "the quarter of voters who …" is a fraction; "the quarter of this year" is not.
    if (t[i + 2]?.l === 'of' && t[i + 3] && !CLASSES.YEAR(t, i + 3) && !/^(this|last|next|fiscal|the|that)$/.test(t[i + 3].l)) return NOT_TIME;
    const m = /^(ended|ending)$/.test(t[i + 2]?.l ?? '') ? CLASSES.MONTH(t, i + 3) : null;
    return date({ k: 'part', of: 4, n: m ? Math.floor((((m.v as number) + 9) % 12) / 3) + 1 : null, y: null });
  }),
  rule('the? year -? ago|earlier quarter|period', () => date({ k: 'part', of: 4, n: null, y: null, ago: true })),
  // "the corresponding period last year", "the quarter a year ago": the year-ago quarter, one expression.
  rule('the corresponding|comparable|same? period|quarter last year', () => date({ k: 'part', of: 4, n: null, y: null, ago: true })),
  rule('the corresponding|comparable|same? period|quarter a year ago|earlier', () => date({ k: 'part', of: 4, n: null, y: null, ago: true })),
  rule('year -? earlier|ago', () => date({ k: 'part', of: 4, n: null, y: null, ago: true })),
  // Weeks and weekends
  // A capitalised unit is a title, not a time (ABC's "This Week", "Next Year in Jerusalem").
  rule('this|last|next|past|coming week|month|year', (c, t, i) =>
    /^[A-Z]/.test(t[i + 1].s) ? NOT_TIME : date({ k: 'shift', unit: UNIT_OF[v(c, 1)], n: modOf(v(c, 0)) === 'last' ? -1 : modOf(v(c, 0)) === 'next' ? 1 : 0, from: 'dct' })),
  rule('the past|last week|month|year', (c) => date({ k: 'shift', unit: UNIT_OF[v(c, 2)], n: -1, from: 'dct' })),
  rule('the|this|last|next|past weekend', (c) => date({ k: 'weekend', mod: modOf(v(c, 0)) })),
  // "for the week", "the week's most active session": a week of the article's year, unstated (1989-WXX), as TimeBank writes it.
  rule('the week', (c, t, i) => (/^(of|ahead|-)$/.test(t[i + 2]?.l ?? '') ? null : date({ k: 'inYear', part: 'WXX' }))),
  rule('the week of @MONTH @DAY', (c) => date({ k: 'weekOf', day: { k: 'day', y: null, m: v(c, 3), d: v(c, 4) } })),
  // Days around the article date and the narrative's reference
  rule('the? day before|after yesterday|tomorrow', (c) => date({ k: 'shift', unit: 'D', n: v(c, 2) === 'yesterday' ? -2 : 2, from: 'dct' })),
  // "today's world", "today's computers": the possessive is mostly the generic "nowadays", which TimeBank leaves untagged
  // (4 of 6; the other 2 are the day, never PRESENT_REF), so it is not tagged; "yesterday's", "tomorrow's" stay days.
  rule('yesterday|today|tomorrow|tonight', (c, t, i) =>
    v(c, 0) === 'today' && t[i + 1]?.s === "'" && t[i + 2]?.l === 's' ? NOT_TIME : date(CLOCK_DAY[v(c, 0)])),
  rule('this @PART', (c) => ({ type: 'TIME', spec: { k: 'dayPart', part: v(c, 1), day: CLOCK_DAY.today } })),
  rule('last night', () => ({ type: 'TIME', spec: { k: 'dayPart', part: 'NI', day: CLOCK_DAY.yesterday } })),
  rule('@PART yesterday|today|tomorrow', (c) => ({ type: 'TIME', spec: { k: 'dayPart', part: v(c, 0), day: CLOCK_DAY[v(c, 1)] } })),
  rule('yesterday|tomorrow @PART', (c) => ({ type: 'TIME', spec: { k: 'dayPart', part: v(c, 1), day: CLOCK_DAY[v(c, 0)] } })),
  rule('the next|following|previous|same day|week|month|year', (c) => {
    const w = v(c, 1);
    return date({ k: 'shift', unit: UNIT_OF[v(c, 2)], n: w === 'same' ? 0 : w === 'previous' ? -1 : 1, from: 'ref' });
  }),
  // "placed orders in the morning", "by mid afternoon": that part of the day the narrative is on (not "the morning of
  // March 3", "the morning after", nor an adjective: "the evening news").
  rule('the|mid -? morning|afternoon|evening', (c, t, i) => {
    const n = c[1] ? 3 : 2; // tokens matched (the captures buffer is shared: only this rule's slots are read)
    if (c[0]?.v === 'the' && (!PART_OPENERS.has(prevWord(t, i) ?? '') || c[1])) return null;
    if (/^\p{Ll}/u.test(t[i + n]?.s ?? '') && !/^(to|and|before|when|as|while|until|with)$/.test(t[i + n].l)) return null;
    return { type: 'TIME', spec: { k: 'dayPart', part: DAY_PARTS.get(v(c, 2))!, day: { k: 'shift', unit: 'D', n: 0, from: 'ref' } } };
  }),
  rule('the next|following morning|afternoon|evening|night', () => date({ k: 'shift', unit: 'D', n: 1, from: 'ref' })),
  rule('the day before|after', (c) => date({ k: 'shift', unit: 'D', n: v(c, 2) === 'before' ? -1 : 1, from: 'ref' })),
  // "later in the day", "earlier in the day": the day the narrative is on.
  rule('later|earlier in the day', () => date({ k: 'shift', unit: 'D', n: 0, from: 'ref' })),
  // "It's the second day of the strike", "today is the eighth day of the airlift": in the present, the article's day.
  rule('the first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth day', (c, t, i) => {
    const p = prevWord(t, i);
    return p === 'is' || (p === 's' && /^['’]$/.test(t[i - 2]?.s ?? '')) ? date({ k: 'shift', unit: 'D', n: 0, from: 'dct' }) : null;
  }),
  // "that day" points back to a day already named; with none named it is generic ("trades made that day"): see resolveTime.
  rule('that same? day|week|month|year', (c) => date({ k: 'shift', unit: UNIT_OF[v(c, 2)], n: 0, from: 'ref', anaphor: v(c, 2) === 'day' })),
  // Weekdays: Friday, last Friday, Thursday night, Tuesday nights (a set)
  // "on Friday night", "the early hours of Thursday morning": after "on"/"of" the part of the day is the day's (TimeBank
  // gives the date alone), but "as of Wednesday evening" is a point in time.
  rule('last|next|this|past|coming? @DOW @PART?', (c, t, i) => {
    const day: TimeSpec = { k: 'dow', dow: v(c, 1), mod: modOf(v(c, 0)) };
    if (!c[2]) return date(day);
    // "Saturday Night Live", "Monday Night Football": a capitalised part of the day names a show, not a time.
    if (midSentenceCapital(t, i + (c[0] ? 2 : 1))) return NOT_TIME;
    const p = c[0] ? undefined : prevWord(t, i);
    return p === 'on' || (p === 'of' && prevWord(t, i - 1) !== 'as') ? date(day) : { type: 'TIME', spec: { k: 'dayPart', part: v(c, 2), day } };
  }),
  rule('the previous|following @DOW', (c) => date({ k: 'dow', dow: v(c, 2), mod: v(c, 1) === 'previous' ? 'last' : 'next', ref: true })),
  rule('each|every @DOW @PART?', (c) => fixed('SET', `XXXX-WXX-${v(c, 1) || 7}${c[2] ? 'T' + v(c, 2) : ''}`)),
  rule('@DOW @PART', (c, t, i) => (t[i + 2]?.l === 's' || t[i + 1].l.endsWith('s') ? fixed('SET', `XXXX-WXX-${v(c, 0) || 7}T${v(c, 1)}`) : null)),
  rule('@DOWS', (c) => fixed('SET', `XXXX-WXX-${v(c, 0) || 7}`)),
  // Clock times: 10 p.m. Wednesday, noon Thursday, 10:35 a.m.
  rule('@CLOCK @TZ? @DOW|yesterday|today|tomorrow?', (c) => ({ type: 'TIME', spec: { k: 'clock', ...v(c, 0), day: daySpec(c, 2) } })),
  rule('@CLOCK @TZ? ,? on? @MONTH @DAY', (c) => ({ type: 'TIME', spec: { k: 'clock', ...v(c, 0), day: { k: 'day', y: null, m: v(c, 4), d: v(c, 5) } } })),
  rule('@DOW|yesterday|today|tomorrow at? @CLOCK @TZ?', (c) => ({ type: 'TIME', spec: { k: 'clock', ...v(c, 2), day: daySpec(c, 0) } })),
  rule('@INT in the morning|afternoon|evening', (c) => ({ type: 'TIME', spec: { k: 'clock', h: v(c, 0) % 12 + (v(c, 3) === 'morning' ? 0 : 12), min: 0, day: null } })),
  // Ago and later: two days ago, a year earlier, three weeks later
  // "a week or so ago": the same reading, the approximation left to the words.
  rule('@NUM -? @UNIT or? so? ago|earlier|before|later|after', (c, t, i) => {
    if (!c[3] !== !c[4]) return null;
    const n = v(c, 0);
    const u = v(c, 2);
    const w = v(c, 5);
    if (!Number.isFinite(n) && w === 'ago' && !u.time) return fixed('DATE', 'PAST_REF'); // "several years ago"
    if (!Number.isFinite(n) || u.time) return null;
    // "three days later", "a month after", "a day earlier": TimeBank reads the span as a duration (a month, quarter or
    // year "earlier" is the comparison period, read below).
    const dayOrWeek = u.times === 1 && (u.code === 'D' || u.code === 'W');
    if (w !== 'ago' && (w !== 'earlier' || dayOrWeek)) {
      const v = duration(n, u);
      const sign = w === 'before' || w === 'earlier' ? -1 : 1;
      return dayOrWeek ? { type: 'DURATION', spec: { k: 'later', v, unit: u.code, n: sign * n } } : fixed('DURATION', v);
    }
    // "a year ago" keeps the granularity of what it compares with (2019-Q3); "five years ago" is a year.
    if (u.code === 'Y' && u.times === 1) return date(n > 1 && w === 'ago' ? { k: 'shift', unit: 'Y', n: -n, from: 'dct' } : { k: 'yearsBack', n });
    // "a decade ago": ten years back from the article's year ("four decades ago" stays a duration, as TimeBank reads it).
    if (u.times > 1 && u.code === 'Y' && w === 'ago' && n === 1) return date({ k: 'shift', unit: 'Y', n: -n * u.times, from: 'dct' });
    if (u.times > 1 || prevWord(t, i) === 'the' || prevWord(t, i) === 'than') return null;
    return date({ k: 'shift', unit: u.code as Unit, n: -n, from: w === 'ago' ? 'dct' : 'ref' });
  }),
  // A rate: "twice a week" is a set; "$5 million a year", "700 seats a week" are amounts, not temporal expressions.
  rule('a|an @UNIT', (c, t, i) => {
    const p = prevWord(t, i) ?? '';
    if (/^(once|twice|times|percent|%|\d.*)$/.test(p)) return fixed('SET', duration(1, v(c, 1)));
    return /^(million|billion|[a-z]{3,}[^su']s)$/.test(p) ? NOT_TIME : null;
  }),
  // Durations: three days, a 10-year, the past two months, the first nine months, for years
  // An age ("a 6-year-old", "40 years old") is not a temporal expression in TimeBank.
  // "the next three quarters" (P9M); "three quarters of the vote" is a fraction.
  rule('the? past|last|next|first|coming|previous|final|latest? @NUM more? -? @UNIT|@QUARTERS -? long|old?', (c, t, i) => {
    if (v(c, 7) === 'old') return null;
    const end = i + c.reduce((n, x) => n + (x?.n ?? 0), 0);
    if (ordinalSecond(t, end, c)) return NOT_TIME;
    // "three quarters of the vote", "three-quarters said": a fraction, not nine months.
    if (v(c, 5).times === 3 && !c[1] && (t[end]?.l === 'of' || (c[4] && v(c, 5).plural))) return null;
    if (c[6] && !c[7] && yearAgoAdjective(t, end - 1)) return null;
    return fixed('DURATION', duration(v(c, 2), v(c, 5)));
  }),
  // "over the years", "in the weeks ahead", "the early years": an unstated stretch (not "the weeks before the vote", a date).
  // (Two rules, not "the early? @UNIT", so the token after "the" is gated as for the other rules opening with it.)
  rule('the @UNIT ahead?', (c, t, i) => unstatedStretch(v(c, 1), !!c[2], t[i + 2])),
  rule('the early @UNIT ahead?', (c, t, i) => unstatedStretch(v(c, 2), !!c[3], t[i + 3])),
  rule('a|an|one @UNIT and a half', (c) => (v(c, 1).plural ? null : fixed('DURATION', duration(1.5, v(c, 1))))),
  rule('for|within|recent|past|coming @UNIT|@QUARTERS', (c) => (v(c, 1).plural ? fixed('DURATION', duration(NaN, v(c, 1))) : null)),
  rule('@UNIT -? long', (c) => fixed('DURATION', duration(NaN, v(c, 0)))),
  rule('the|a|an? full|whole|entire? @UNIT', (c, t, i) => {
    const u = v(c, 2);
    if (u.plural || !c[0] || (!c[1] && c[0].v === 'the') || yearAgoAdjective(t, i + (c[1] ? 3 : 2))) return null;
    return fixed('DURATION', duration(1, u));
  }),
  // Sets: daily, every day, each year, twice a week, every three months
  // ("quarterly", "annually" are mostly adjectives of reports and dividends, not sets: left out)
  // "the average daily volume" is an amount per day, not a recurring time.
  // A capitalised "Daily", "Weekly" inside a sentence names a paper or a show ("the Daily News", "the Weekly Standard").
  rule('daily|weekly|monthly|yearly|hourly|nightly', (c, t, i) =>
    prevWord(t, i) === 'average' ? null : midSentenceCapital(t, i) ? NOT_TIME : fixed('SET', ({ daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', hourly: 'PT1H' } as Record<string, string>)[v(c, 0)])),
  rule('every|each|per @NUM? @UNIT', (c) => fixed('SET', duration(v(c, 1) ?? 1, v(c, 2)))),
  rule('every|each quarter', () => fixed('SET', 'P1Q')),
  rule('every|each @MONTH|@SEASON', (c) => fixed('SET', typeof v(c, 1) === 'number' ? `XXXX-${String(v(c, 1)).padStart(2, '0')}` : `XXXX-${v(c, 1)}`)),
  // Reference words: now, currently, recently, the future
  // "Now, he says, …": a sentence-opening "Now," is a discourse marker, not a time.
  rule('now|currently|nowadays', (c, t, i) => (t[i].s === 'Now' && t[i + 1]?.s === ',' && (i === 0 || SENTENCE_BREAK.test(t[i - 1].s)) ? null : fixed('DATE', 'PRESENT_REF'))),
  rule('at present', () => fixed('DATE', 'PRESENT_REF')),
  rule('these days', () => fixed('DATE', 'PRESENT_REF')),
  // "has recently moved", "was recently extended": after a be/have auxiliary the perfect or passive already places
  // the event; TimeBank leaves that adverb untagged (0 of 3), while "recently announced", "until recently" are PAST_REF.
  rule('recently|lately', (c, t, i) => (PERFECT_AUX.has(prevWord(t, i) ?? '') ? null : fixed('DATE', 'PAST_REF'))),
  // "the current weakness", "his current position": the present (TimeML PRESENT_REF); "the then current price" the past.
  // Not a current account or current assets (accounting), not a unit ("the current year" has rules of its own), not a noun.
  rule('then? current', (c, t, i) => {
    const next = t[i + (c[0] ? 2 : 1)];
    if (!next || !/^\p{Ll}/u.test(next.s) || NOT_CURRENT.has(next.l) || NOT_NOUN_AFTER.test(next.l) || CLASSES.UNIT(t, i + (c[0] ? 2 : 1))) return null;
    return fixed('DATE', c[0] ? 'PAST_REF' : 'PRESENT_REF');
  }),
  // "will soon move", "plan to strike again soon": the future; not "as soon as", "soon after", nor a past clause ("was soon released").
  rule('soon', (c, t, i) => {
    const [p, n] = [prevWord(t, i) ?? '', t[i + 1]?.l ?? ''];
    return /^(as|so|too|how)$/.test(p) || /^(after|afterward|afterwards|thereafter|as)$/.test(n) || [p, n].some((w) => /^(was|were|had)$/.test(w) || looksPast(w)) ? null : fixed('DATE', 'FUTURE_REF');
  }),
  rule('the past', () => fixed('DATE', 'PAST_REF')),
  // "over the past decade", "the disasters of this century": the stretch up to now (P10Y, P100Y), not the vague past.
  rule('this|the past? decade|century', (c) => (c[0]?.v === 'the' && !c[1] ? null : fixed('DURATION', v(c, 2) === 'decade' ? 'P10Y' : 'P100Y'))),
  // "for the foreseeable future" is a manner of speaking, not a time (TimeBank leaves it untagged).
  rule('the? future', (c, t, i) => (c[0] || /^(in|near|distant)$/.test(prevWord(t, i) ?? '') ? fixed('DATE', 'FUTURE_REF') : null)),
  // "in the near term", "over the short term", "at a later date": the future, unstated.
  rule('the near|short term', () => fixed('DATE', 'FUTURE_REF')),
  rule('a later date', () => fixed('DATE', 'FUTURE_REF')),
];

// Which rules may start at a token: indexed by the words and word classes their leading elements accept, so a
// token tries only the few rules that could begin there (most tokens try none).
const BY_WORD = new Map<string, number[]>();
const BY_CLASS = new Map<string, number[]>();
RULES.forEach((r, ri) => {
  for (const e of r.els) {
    for (const w of e.words) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), ri]);
    for (const c of e.classes) BY_CLASS.set(c, [...(BY_CLASS.get(c) ?? []), ri]);
    if (!e.opt) break;
  }
});
// Classes sharing a gate (the numeric ones) are tested once per token.
const GATES = new Map<(tok: Token) => boolean, number[]>();
for (const [c, rules] of BY_CLASS) GATES.set(CLASS_GATES[c], [...new Set([...(GATES.get(CLASS_GATES[c]) ?? []), ...rules])]);
const GATE_LIST = [...GATES];
const seen = new Int32Array(RULES.length);
let stamp = 0;
// The candidate rules of the token being matched, in table order (a reused buffer: most tokens have none).
const cand = new Int32Array(RULES.length);
let candCount = 0;

function addCandidates(rules: number[]): void {
  for (const ri of rules) if (seen[ri] !== stamp) (seen[ri] = stamp), (cand[candCount++] = ri);
}

/** Fill `cand` with the indices of the rules that may start at this token, in table order; their number. */
function candidates(tok: Token): number {
  candCount = 0;
  stamp++;
  const byWord = BY_WORD.get(tok.l);
  if (byWord) addCandidates(byWord);
  for (const [gate, rules] of GATE_LIST) if (gate(tok)) addCandidates(rules);
  for (let a = 1; a < candCount; a++) {
    const x = cand[a];
    let b = a - 1;
    for (; b >= 0 && cand[b] > x; b--) cand[b + 1] = cand[b];
    cand[b + 1] = x;
  }
  return candCount;
}

// The captures of the rule being matched (reused: matchEls writes every element's slot, present or null, before a
// rule's build reads them, and the build reads them before the next rule is tried; the length is cut to the rule's
// elements first, so a build that reads them all, `c.reduce(...)`, sees no slot left by a longer rule).
const caps: Caps = [];

/** Longest rule match at token i: [end token, built] or null. */
function matchAt(t: Token[], i: number): [number, Built] | null {
  const n = candidates(t[i]);
  let bestEnd = -1;
  let best: Built | null = null;
  for (let k = 0; k < n; k++) {
    const r = RULES[cand[k]];
    if (r.pre && !r.pre(t, i)) continue;
    const end = matchEls(r, 0, t, i, caps);
    if (end <= i || (best && end <= bestEnd)) continue;
    caps.length = r.els.length;
    const built = r.build(caps, t, i);
    if (built) (best = built), (bestEnd = end);
  }
  return best ? [bestEnd, best] : null;
}

/** Match elements from `ei` at token `ti` (optional elements tried present first); the end token or -1. */
function matchEls(r: Rule, ei: number, t: Token[], ti: number, caps: Caps): number {
  if (ei === r.els.length) return ti;
  const el = r.els[ei];
  if (ti < t.length) {
    const c = el.test(t, ti);
    if (c) {
      caps[ei] = c;
      const end = matchEls(r, ei + 1, t, ti + c.n, caps);
      if (end >= 0) return end;
    }
  }
  if (!el.opt) return -1;
  caps[ei] = null;
  return matchEls(r, ei + 1, t, ti, caps);
}

/** Words before a date that look ahead whatever the verb ("by February", "until mid-November", "as soon as Tuesday"). */
const AHEAD = new Set(['by', 'until', 'till', 'through']);
const LEADING = new Set(['for', 'in', 'at']);
/** A modifier that is a preposition before "the" ("worried about the future"), not part of the expression. */
const PREPOSITION_MODIFIERS = new Set(['about']);
const TRAILING = new Set([',', '-', 'of', 'the', 'at', '—', '–']);
const SUPERLATIVE = /^(?:\w+est|most|least|first|worst|best|record)$/;

/** Whether the expression at tokens [i, j) is a comparison point: "than in 1996", "the worst since 1996", "compared with". */
function comparisonAt(t: Token[], i: number, built: Built): boolean {
  if (built.spec.k === 'yearsBack' || (built.spec.k === 'part' && built.spec.ago)) return true;
  const p = t[i - 1]?.l;
  if (p === 'than' || p === 'versus' || p === 'vs' || ((t[i - 2]?.l === 'compared' || t[i - 2]?.l === 'from') && (p === 'with' || p === 'to'))) return true;
  if (p === 'in' && t[i - 2]?.l === 'than') return true;
  if (p !== 'since') return false;
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    if (/^[.;!?]$/.test(t[k].s)) break;
    if (SUPERLATIVE.test(t[k].l)) return true;
  }
  return false;
}

/** Whether tokens [s, j) open their sentence before a comma ("In the year-ago period, the company earned …"): the clause's own time. */
function opensSentence(t: Token[], s: number, j: number): boolean {
  const k = /^(in|during)$/.test(t[s - 1]?.l ?? '') ? s - 1 : s;
  return t[j]?.s === ',' && (k === 0 || /^[.!?]$/.test(t[k - 1].s));
}

/**
 * "after Oct. 12, the day before the plunge": "the day before/after" set off by a comma right after a day names that
 * same day (an appositive), not the day next to it. The shift from the reference (which that day has just set) is 0.
 */
function appositiveDay(t: Token[], s: number, spec: TimeSpec, prev: RawTime | undefined): TimeSpec | null {
  if (spec.k !== 'shift' || spec.unit !== 'D' || spec.from !== 'ref' || Math.abs(spec.n) !== 1 || t[s].l !== 'the' || t[s + 1]?.l !== 'day') return null;
  if (!prev || t[s - 1]?.s !== ',' || prev.end !== t[s - 2]?.end || !(prev.spec.k === 'day' || prev.spec.k === 'dow')) return null;
  return { k: 'shift', unit: 'D', n: 0, from: 'ref' };
}

/**
 * "in 2010, the year the court ruled", "2008 (the year he returned)": "the year" set off right after a year names
 * that year (an appositive), not the article's.
 */
function appositiveYear(t: Token[], s: number, spec: TimeSpec, prev: RawTime | undefined): TimeSpec | null {
  if (spec.k !== 'shift' || spec.unit !== 'Y' || spec.n !== 0 || spec.from !== 'dct' || t[s].l !== 'the' || t[s + 1]?.l !== 'year') return null;
  if (!prev || prev.spec.k !== 'year' || !/^[,(—–]$/.test(t[s - 1]?.s ?? '') || prev.end !== t[s - 2]?.end) return null;
  return { k: 'year', y: prev.spec.y };
}

/**
 * Whether the sentence around tokens [s, j) is in the past perfect ("had filed reports by Wednesday", "Until Thursday,
 * they had not called him a suspect"): "by"/"until" then look back from a past day, not ahead. A few tokens each way,
 * within the sentence; "had to" is an obligation, not the past perfect.
 */
function pastPerfectNear(t: Token[], s: number, j: number): boolean {
  for (let k = s - 1; k >= Math.max(0, s - 12) && !/^[.!?;]$/.test(t[k].s); k--) if (t[k].l === 'had' && t[k + 1]?.l !== 'to') return true;
  for (let k = j; k < Math.min(t.length, j + 12) && !/^[.!?;]$/.test(t[k].s); k++) if (t[k].l === 'had' && t[k + 1]?.l !== 'to') return true;
  return false;
}

/** Calendar units that may head a hyphenated compound modifier ("the quarter-to-quarter comparison"). */
const COMPOUND_UNITS = new Set(['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century']);
/**
 * Whether the expression ending before token j ends in a unit word joined by a hyphen to a following word ("the
 * quarter-to-quarter comparison", "the year-over-year rise", "the month-long strike"): the unit is part of a compound
 * modifier, not a time of its own ("the week-long", "the year-ago" are read so by their rules). "last year-end" is a day.
 */
const hyphenCompound = (t: Token[], j: number): boolean =>
  t[j]?.s === '-' && COMPOUND_UNITS.has(t[j - 1].l) && LETTER_START.test(t[j + 1]?.s ?? '') && t[j + 1].l !== 'end';

/** Words before "the morning", "the evening" that make it a time of the day ("in the morning", not "the morning papers"). */
const PART_OPENERS = new Set(['in', 'during', 'by', 'until', 'through', 'early', 'late']);

/** "this year through August", "so far this year through Oct. 19": the end of a span of the year to date, not a deadline ahead. */
const yearToDate = (t: Token[], s: number): boolean => t[s - 1]?.l === 'through' && t[s - 2]?.l === 'year';

/** The clause's tense, read in a window around the expression (the reading stops at the sentence's ends anyway). */
function tenseNear(text: string, start: number, end: number, words: readonly TenseWord[]): Tense {
  return tenseAround(text, start, end, 160, words);
}

/** Whether resolving a spec depends on the clause's tense (a weekday, a month or quarter with no year, ...). */
function readsTense(s: TimeSpec): boolean {
  if (s.k === 'dow' || s.k === 'weekend' || s.k === 'day' || s.k === 'holiday') return s.k === 'dow' || s.k === 'weekend' || (s.y === null && (s.k === 'day' || s.mod === null));
  if (s.k === 'month') return s.y === null && s.yOff === undefined && s.mod === null;
  if (s.k === 'part') return s.y === null && s.n !== null;
  if (s.k === 'clock' || s.k === 'dayPart' || s.k === 'weekOf') return s.day !== null && readsTense(s.day);
  return false;
}

/** Every temporal expression of a text (one paragraph), left to right, not overlapping, unresolved. */
const LETTER_START = /^\p{L}/u;
/** Whether a token can open an expression: a letter, a digit or an apostrophe ('90s); ASCII by character code (per token). */
function mayOpen(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return isAsciiAlnum(c) || c === 39;
  return c === 0x2019 || LETTER_START.test(s);
}

export function findTimes(text: string): RawTime[] {
  const t = tokenize(text);
  const out: RawTime[] = [];
  let words: TenseWord[] | undefined; // the paragraph's words for tense, read at the first expression that needs them
  for (let i = 0; i < t.length; ) {
    const hit = mayOpen(t[i].s) ? matchAt(t, i) : null;
    if (!hit) {
      i++;
      continue;
    }
    let [j] = hit;
    const built = hit[1];
    if (built.spec.k === 'none') {
      i = j;
      continue;
    }
    // The compound's unit may still open a duration of its own ("this month-long strike": "month-long").
    if ((built.type === 'DATE' || built.type === 'TIME') && hyphenCompound(t, j)) {
      i++;
      continue;
    }
    while (j - 1 > i && TRAILING.has(t[j - 1].l)) j--;
    if (j - i > 1 && LEADING.has(t[i].l)) i++; // "for years", "in the summer": the expression starts after the preposition
    // Modifiers to the left widen the span ("early", "late", "the end of", "mid-"), never across an earlier match.
    let s = i;
    const floor = out.length ? out[out.length - 1].end : -1;
    for (;;) {
      const p = t[s - 1];
      if (!p || p.start < floor) break;
      // "about two years ago" widens; in "worried about the future" it is a preposition.
      if (PRE_MODIFIERS.has(p.l) && !(t[s].l === 'the' && PREPOSITION_MODIFIERS.has(p.l))) s--;
      else if (p.s === '-' && t[s - 2]?.l === 'mid') s--;
      else if (p.l === 'of' && /^(end|beginning|start|middle)$/.test(t[s - 2]?.l ?? '') && t[s - 3]?.l === 'the' && t[s - 3].start >= floor) s -= 3;
      else break;
    }
    const start = t[s].start;
    const end = t[j - 1].end;
    const spec = appositiveDay(t, s, built.spec, out[out.length - 1]) ?? appositiveYear(t, s, built.spec, out[out.length - 1]) ?? built.spec;
    // A possessive ("Wednesday's ruling") names an event already had: no tense from the clause.
    const possessive = /^['’]$/.test(t[j]?.s ?? '') && t[j + 1]?.l === 's';
    const needsTense = !possessive && readsTense(built.spec);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type: built.type,
      spec,
      tense: needsTense ? ((AHEAD.has(t[s - 1]?.l) && !pastPerfectNear(t, s, j) && !yearToDate(t, s)) || (t[s - 1]?.l === 'as' && t[s - 2]?.l === 'soon') ? 'future' : tenseNear(text, start, end, (words ??= textWords(text)))) : null,
      comparison: comparisonAt(t, s, built) && !opensSentence(t, s, j),
    });
    i = j;
    const again = spec.k === 'day' ? secondDay(t, j, spec) : null;
    if (again) {
      const first = out[out.length - 1];
      first.spec = again.first;
      const [at, to] = [t[j + 1].start, t[again.end - 1].end];
      out.push({ ...first, start: at, end: to, text: text.slice(at, to), spec: again.second });
      i = again.end;
    }
  }
  return out;
}

/** A word that may follow a bare day number of a date ("April 24 and 25 in Washington"), not a count ("25 people"). */
const AFTER_DAY = /^(in|at|on|when|to|for|and|until|before|after)$/;
/**
 * "April 24 and 25", "Nov. 5 or 6, 1999": after a day of a month, "and"/"or" and a later day number is a second day of
 * that month (its own expression, as TimeML writes it); a year after the second serves both.
 */
function secondDay(t: Token[], j: number, spec: TimeSpec & { k: 'day' }): { first: TimeSpec; second: TimeSpec; end: number } | null {
  const conj = t[j]?.l;
  const num = t[j + 1];
  if ((conj !== 'and' && conj !== 'or') || !num || !/^\d{1,2}$/.test(num.s) || +num.s <= spec.d || +num.s > 31) return null;
  const after = t[j + 2];
  if (after && /^\p{Ll}/u.test(after.s) && !AFTER_DAY.test(after.l)) return null;
  const year = spec.y === null && after?.s === ',' ? CLASSES.YEAR(t, j + 3) : null;
  const y = spec.y ?? year?.v ?? null;
  return { first: { ...spec, y }, second: { ...spec, y, d: +num.s }, end: year ? j + 3 + year.n : j + 2 };
}
