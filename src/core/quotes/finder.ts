// Quote finder: the quotations of one paragraph, with the sentence around each and whether it needs a speaker.
//
// Conventions (news copy, AP/wire leaning):
// - Quote marks: straight `"` and curly `“ ”` (also `„ « »`) at the top level; single `' ‘ ’` for quotes
//   inside quotes, in headlines and in British-style copy. Double marks are paired first; single marks are
//   paired only outside double quotes and only when both ends are found in the paragraph (a British-style
//   single quote that opens a paragraph may stay open, like a double one).
// - Not quote marks: apostrophes inside words (`don’t`, `Kata'ib`), elisions (`’90s`, `rock ’n’ roll`,
//   `’em`, `’til`), possessive plurals (`the players’ union`), primes (`5'10"`, `′ ″`).
// - A double quote left open at the end of a paragraph is continued when the next paragraph opens with a
//   quote mark (the wire convention): the paragraphs make one quote with one speaker (joined by the pass).
// - Quoted strings that need no speaker (never flagged `quotes/unattributed`, still attributed when a cue
//   is there):
//   * short terms and scare quotes: a quote inside a sentence (not opening it, not introduced by a colon
//     or comma) of at most three words (`a "disgrace."` included), or any quote of up to 12 words right after
//     `so-called`, `dubbed`, `known as`, `the term/word/phrase`, `the hashtag`, `nicknamed` ...;
//   * titles of works: after `film`, `documentary`, `book`, `song`, `show`, `headline`, `titled` ... or a
//     short Title Case quote inside a sentence;
//   * chants, slogans and signs: after `chanted`, `shouted`, `sang`, `signs reading`, `slogan` ...
//     (the sentence already says who chanted), and slogans or works labelled with a year (`“...” (2005)`);
//   * anything in a heading (a Markdown heading, a plain-text article's first line) and a paragraph that is
//     only a short Title Case quote (a subhead: `'All Bets Are Off.'`) — headline conventions differ.
// Everything else needs a speaker. The pass attributes a quote by its own cue (after it: `"...," he said`,
// `said Pompeo`, `— Jane Doe`; before it: `X said: "..."`, `X called it "..."`), else by the subject of
// its sentence when the quote sits inside one, else by another cue of its paragraph, else (quote runs)
// by the run's other paragraphs, else by a previous paragraph ending with a colon, else (a quote paragraph)
// by the one speaker of the paragraph before (a continuation, reported as `quotes/continuation` when on).
import type { Span } from '../types';
import { isAsciiAlnum } from '../search';

export type NoSpeakerReason = 'term' | 'title' | 'chant' | 'heading';

/** One top-level quote of a paragraph; offsets are paragraph-relative, marks included. */
export interface RawQuote extends Span {
  closed: boolean;
  /** The quote's opening mark is the first character of the paragraph. */
  opensParagraph: boolean;
  /** Opened by a double (or guillemet) mark rather than a single one. */
  double: boolean;
  openMark: string;
  closeMark: string | null;
  /** Sentence (outside quotes) that holds the opening mark. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Inside a sentence, not opening it and not introduced by a colon or comma. */
  partial: boolean;
  words: number;
  /** Why no speaker is needed, or null when one is. */
  noSpeaker: NoSpeakerReason | null;
  /** Its marks do not pair reliably: a straight mark in a paragraph with an odd number of them. */
  unsure: boolean;
}

export interface FoundQuotes {
  quotes: RawQuote[];
  /** Sentence starts, ascending (paragraph-relative, outside quotes). */
  sentences: number[];
  /** Found as spans only: every quote, compact (`quotes` then holds only the first and the last). */
  all?: PairList;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
/** The double quotation mark a character code is (`"`, one of DOUBLE_OPEN, or a closing `”` `»`, as a constant string), else null. */
const doubleMark = (c: number): string | null =>
  c === 0x22 ? '"' : c === 0x201c ? '“' : c === 0x201d ? '”' : c === 0x201e ? '„' : c === 0xab ? '«' : c === 0xbb ? '»' : null;
const ALNUM = /[\p{L}\p{N}\p{M}]/u;
const UPPER_START = /[\p{Lu}\p{N}"“‘'«„(\[]/u;

// Character tests by code (-1: before or after the text): they run at every quote mark, where a one-character string
// per mark, and a regex test per letter, cost more than the rest of the pairing.
const isSpaceCode = (c: number) => c < 0 || c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
/** " ' ‘ ’ “ „ « ” » */
const isQuoteCode = (c: number) => c === 0x22 || c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x201d || c === 0xbb;
/** ( [ { — – - / ‒ or a quote mark */
const isOpenPunctCode = (c: number) => c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f || c === 0x2012 || isQuoteCode(c);
/** Whether the character at i is a letter, digit or mark (ASCII by code, the rest by ALNUM). */
function isAlnumAt(t: string, i: number): boolean {
  if (i < 0 || i >= t.length) return false;
  const c = t.charCodeAt(i);
  return c < 128 ? isAsciiAlnum(c) : ALNUM.test(t[i]);
}

/** Flanking bits: the mark could open (left-flanking) a quote, could close (right-flanking) one. */
const OPEN = 1;
const CLOSE = 2;

/** Whether a mark at i could open and/or close a quote, as OPEN | CLOSE bits (a number, not an object per mark). */
function flanks(t: string, i: number): number {
  const prev = i > 0 ? t.charCodeAt(i - 1) : -1;
  const next = i + 1 < t.length ? t.charCodeAt(i + 1) : -1;
  const open = !isSpaceCode(next) && (isSpaceCode(prev) || isOpenPunctCode(prev));
  const close = !isSpaceCode(prev) && !isAlnumAt(t, i + 1);
  return (open ? OPEN : 0) | (close ? CLOSE : 0);
}

const ELISION = /^(?:\d\d(?:s\b|\b)|(?:em|til|tis|twas|cause|n)\b)/i;

/** A single mark that is an apostrophe or prime rather than a quote mark. */
function isApostrophe(t: string, i: number): boolean {
  const prev = i > 0 ? t[i - 1] : '';
  const next = i + 1 < t.length ? t[i + 1] : '';
  const alnumBefore = isAlnumAt(t, i - 1);
  if (alnumBefore && isAlnumAt(t, i + 1)) return true; // don't, Kata'ib
  if (/\d/.test(prev) && (/\d/.test(next) || next === '"' || next === '”')) return true; // 5'10"
  if (!alnumBefore && ELISION.test(t.slice(i + 1, i + 6))) return true; // ’90s, ’n’, ’em
  if ((prev === 'n' || prev === 'N') && i >= 2 && /['’‘]/.test(t[i - 2])) return true; // the closing ’ of ’n’
  return false;
}

/** A double mark that is an inch/second prime (5'10"). */
function isDoublePrime(t: string, i: number): boolean {
  // (Only after a digit: the test is made at every straight double mark.)
  const c = i >= 3 ? t.charCodeAt(i - 1) : 0;
  return c >= 48 && c <= 57 && /\d['’′]\d{1,2}$/.test(t.slice(Math.max(0, i - 4), i));
}

/** A pair of marks made into a RawQuote (nothing read around it yet). */
type Pair = RawQuote;

function pairOf(start: number, end: number, closed: boolean, double: boolean, openMark: string, closeMark: string | null): Pair {
  return { start, end, closed, opensParagraph: false, double, openMark, closeMark, sentenceStart: 0, sentenceEnd: 0, partial: false, words: 0, noSpeaker: null, unsure: false };
}

/** A quote mark's character code as a constant one-character string (no string made per mark: curly ones are two-byte). */
const MARKS = new Map(['"', "'", '“', '”', '„', '«', '»', '‘', '’'].map((m) => [m.charCodeAt(0), m]));
const markOf = (code: number): string => MARKS.get(code) ?? String.fromCharCode(code);

/**
 * Pairs of quote marks, one slot each in typed arrays: a paragraph over the bound may hold 100k+ quotes, and an object
 * per pair outlived the young heap, so every collection copied them all and the work grew faster than the text.
 * Only a paragraph read in full makes a RawQuote of each (`pair`).
 */
export class PairList {
  n = 0;
  starts = new Int32Array(8);
  ends = new Int32Array(8);
  /** Bit 1: closed; bit 2: opened by a double mark. */
  private flags = new Uint8Array(8);
  /** The opening and closing marks' character codes (0: not closed). */
  private opens = new Uint16Array(8);
  private closes = new Uint16Array(8);

  push(start: number, end: number, closed: boolean, double: boolean, open: number, close: number): void {
    if (this.n === this.starts.length) this.grow();
    const i = this.n++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = (closed ? 1 : 0) | (double ? 2 : 0);
    this.opens[i] = open;
    this.closes[i] = close;
  }

  /** Add pair i of another list. */
  pushFrom(from: PairList, i: number): void {
    this.push(from.starts[i], from.ends[i], from.closed(i), (from.flags[i] & 2) !== 0, from.opens[i], from.closes[i]);
  }

  closed(i: number): boolean {
    return (this.flags[i] & 1) !== 0;
  }

  /** Pair i as a RawQuote. */
  pair(i: number): Pair {
    const close = this.closes[i];
    return pairOf(this.starts[i], this.ends[i], this.closed(i), (this.flags[i] & 2) !== 0, markOf(this.opens[i]), close ? markOf(close) : null);
  }

  /** Drop the pairs that end where they start (or before), keeping the order. */
  dropEmpty(): void {
    let k = 0;
    for (let i = 0; i < this.n; i++) {
      if (this.ends[i] <= this.starts[i]) continue;
      if (k !== i) this.moveSlot(i, k);
      k++;
    }
    this.n = k;
  }

  /** Copy slot i onto slot k. */
  private moveSlot(i: number, k: number): void {
    this.starts[k] = this.starts[i];
    this.ends[k] = this.ends[i];
    this.flags[k] = this.flags[i];
    this.opens[k] = this.opens[i];
    this.closes[k] = this.closes[i];
  }

  private grow(): void {
    const cap = this.starts.length * 2;
    const more = <A extends Int32Array | Uint8Array | Uint16Array>(a: A, make: (n: number) => A): A => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.starts = more(this.starts, (n) => new Int32Array(n));
    this.ends = more(this.ends, (n) => new Int32Array(n));
    this.flags = more(this.flags, (n) => new Uint8Array(n));
    this.opens = more(this.opens, (n) => new Uint16Array(n));
    this.closes = more(this.closes, (n) => new Uint16Array(n));
  }
}

/** Pair double marks: returns top-level double quotes (the last may be unclosed). */
function pairDoubles(t: string): PairList {
  const out = new PairList();
  let open = -1;
  let openMark = 0; // the code of the mark at `open`
  let nested = 0;
  let curly = false; // some pair opened by a mark other than a straight one
  let empty = false; // some pair ends where it starts
  const push = (start: number, end: number, closed: boolean, close: number) => {
    out.push(start, end, closed, true, openMark, close);
    curly ||= openMark !== 0x22;
    empty ||= end <= start;
  };
  for (let i = 0; i < t.length; i++) {
    // (By character code first: this runs over every character of every paragraph.)
    const code = t.charCodeAt(i);
    const c = doubleMark(code);
    if (c === null) continue;
    const f = flanks(t, i);
    const fOpen = (f & OPEN) !== 0;
    let fClose = (f & CLOSE) !== 0;
    let role: 'open' | 'close' | null = null;
    if (c === '"') {
      if (isDoublePrime(t, i)) continue;
      if (open >= 0 && i >= 2 && t.charCodeAt(i - 1) === 32 && (t.charCodeAt(i - 2) === 0x27 || t.charCodeAt(i - 2) === 0x2019)) fClose = true; // 'inner,' "

      if (open >= 0) role = fClose ? 'close' : fOpen ? 'open' : null;
      else role = fOpen ? 'open' : null;
    } else if (DOUBLE_OPEN.has(c)) {
      role = open >= 0 && fClose && !fOpen ? 'close' : 'open';
      if (role === 'open' && open >= 0 && openMark === code && fOpen) {
        nested++; // “... what he calls “hell” than ...” (sloppy nesting of curly doubles)
        continue;
      }
    } else {
      role = open < 0 && fOpen && !fClose ? 'open' : 'close';
      if (role === 'close' && nested > 0) {
        nested--;
        continue;
      }
    }
    if (role === 'open') {
      nested = 0;
      // A straight mark left open before a curly one (or the reverse) is a stray from scraped copy, not a quote.
      if (open >= 0 && (openMark === 0x22) === (code === 0x22)) push(open, trimEnd(t, i), false, 0);
      open = i;
      openMark = code;
    } else if (role === 'close' && open >= 0) {
      push(open, i + 1, true, code);
      open = -1;
    }
  }
  // (A straight mark left open in a paragraph set with curly marks is a stray too.)
  if (open >= 0 && !(openMark === 0x22 && curly)) push(open, trimEnd(t, t.length), false, 0);
  if (empty) out.dropEmpty();
  return out;
}

function trimEnd(t: string, end: number): number {
  while (end > 0 && isSpaceCode(t.charCodeAt(end - 1))) end--;
  return end;
}

/** Pair single marks outside the given double quotes. */
function pairSingles(t: string, doubles: PairList): PairList {
  const out = new PairList();
  let open = -1;
  let d = 0;
  for (let i = 0; i < t.length; i++) {
    while (d < doubles.n && doubles.ends[d] <= i) d++;
    if (d < doubles.n && doubles.starts[d] <= i && open < 0) {
      i = doubles.ends[d] - 1; // skip the whole double quote when no single is open
      continue;
    }
    const code = t.charCodeAt(i);
    if (code !== 0x27 && code !== 0x2018 && code !== 0x2019) continue;
    if (isApostrophe(t, i)) continue;
    const f = flanks(t, i);
    const fOpen = (f & OPEN) !== 0;
    const fClose = (f & CLOSE) !== 0;
    if (open < 0) {
      if (code !== 0x2019 && fOpen && !fClose) open = i;
    } else if (fClose && !fOpen && code !== 0x2018) {
      out.push(open, i + 1, true, false, t.charCodeAt(open), code);
      open = -1;
    }
  }
  if (open === 0) out.push(0, trimEnd(t, t.length), false, false, t.charCodeAt(0), 0);
  return out;
}

const ABBREV = new Set(
  'mr mrs ms dr gen gens sen sens rep reps del govs cmdr messrs amb atty supt insp gov lt col sgt capt adm maj st jr sr prof rev jan feb mar apr aug sept sep oct nov dec inc co corp ltd no vs etc u.s u.n u.k a.m p.m d.c mt ft gov. pres sec dept'.split(' '),
);

/** Abbreviations that end a phrase, never title a name after them. */
const CLOSING_ABBREV = new Set('u.s u.n u.k a.m p.m d.c etc inc co corp ltd jr sr'.split(' '));
/** Words that open a sentence, never continue a name. */
const SENTENCE_OPENER = /^\s+(?:He|She|They|We|It|I|The|This|That|But|And|His|Her|Their)\b/;

/** Closing brackets and quote marks that a sentence's final punctuation may carry: ) ] ’ ' " ” */
const CLOSERS = new Set([0x29, 0x5d, 0x2019, 0x27, 0x22, 0x201d]);

/** Sentence starts of a paragraph, ignoring sentence punctuation inside quotes except at their end. */
function sentenceStarts(t: string, quotes: Pair[]): number[] {
  const starts = [0];
  let q = 0;
  for (let i = 0; i < t.length; i++) {
    // Character codes, not one-character strings: a paragraph with curly quotes is a two-byte string, where each
    // `t[i]` would allocate.
    const c = t.charCodeAt(i);
    const stop = c === 46 || c === 33 || c === 63; // . ! ?
    while (q < quotes.length && quotes[q].end <= i) q++;
    let endAt = -1;
    if (q < quotes.length && quotes[q].start <= i) {
      // Inside a quote: only its final punctuation may end the sentence.
      const p = quotes[q];
      // (A close printed as two apostrophes spans two characters: `.''`.)
      const last = p.end - (t[p.end - 1] === ' ' && t[p.end - 2] === '"' ? 3 : 2);
      if (p.closed && i === last && stop) endAt = p.end;
      else if (!p.closed || i !== last) continue;
    } else if (stop) {
      if (c === 46) {
        const w = /([\p{L}.]+)$/u.exec(t.slice(Math.max(0, i - 12), i));
        // (An abbreviation that never precedes a name, `U.S.` `p.m.` `Inc.`, ends a sentence before a pronoun or
        // an article: "... in the U.S. He says ...".)
        if (w && (ABBREV.has(w[1].toLowerCase()) || /^\p{Lu}$/u.test(w[1])) && !(CLOSING_ABBREV.has(w[1].toLowerCase()) && SENTENCE_OPENER.test(t.slice(i + 1, i + 8)))) continue;
      }
      endAt = i + 1;
      while (endAt < t.length && CLOSERS.has(t.charCodeAt(endAt))) endAt++;
    }
    if (endAt < 0) continue;
    let j = endAt;
    if (j >= t.length || !isSpaceCode(t.charCodeAt(j))) continue;
    while (j < t.length && isSpaceCode(t.charCodeAt(j))) j++;
    if (j < t.length && UPPER_START.test(t[j])) starts.push(j);
    i = Math.max(i, endAt - 1);
  }
  return starts;
}

const WORK_CUE =
  /\b(?:so-called|dubbed|known as|called|calling|nicknamed|termed|labell?ed|branded|the (?:term|word|words|phrase|slogan|motto|hashtag|nickname|label)|documentary|film|movie|book|novel|memoir|song|album|single|show|series|sitcom|play|musical|opera|poem|painting|article|column|essay|editorial|op-ed|report|podcast|programme|program|episode|headline|titled|entitled|headlined|hashtag)[\s,]*$/i;
const CHANT_CUE =
  /\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing)|yell(?:ed|ing)|sang|sing(?:ing)?|slogans?|banners?|signs?|placards?|posters?|t-shirts?|read(?:ing|s)?|emblazoned with)\b[^.!?]{0,40}$/i;

/** Words in a string (letters/digits runs). */
function countWords(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*(?:[.,]\p{N}+)*/gu)) n++;
  return n;
}

/** Why a quote needs no speaker, or null. */
function noSpeakerReason(t: string, p: Pair, lead: string, partial: boolean, words: number, heading: boolean, tail: Tail): NoSpeakerReason | null {
  if (heading) return 'heading';
  const inner = t.slice(p.start + 1, p.closed ? p.end - 1 : p.end);
  const leadTail = lead.slice(-60);
  if (CHANT_CUE.test(leadTail) && words <= 12) return 'chant';
  if (WORK_CUE.test(leadTail) && words <= 12) return /^\s*\p{Lu}/u.test(inner) && !/[.!?][\s’'"”]*$/.test(inner) ? 'title' : 'term';
  // A slogan or work labelled with its year (`“No to Schengen” (2005) — “Yes to minaret ban” (2009)`).
  if (p.closed && words <= 12 && /^\s*\((?:1[89]|20)\d\d\)/.test(t.slice(p.end, p.end + 12))) return 'title';
  const endPunct = /[.!?,]["'’”]*\s*$/.test(inner);
  if (words <= 8 && !endPunct && !/[.!?]\s/.test(inner) && isTitleCase(inner)) return 'title';
  // A paragraph that is nothing but a short Title Case quote is a subhead ('All Bets Are Off.').
  if (words <= 8 && p.start === 0 && p.end >= trimEnd(t, t.length) - 1 && isTitleCase(inner) && !/[.!?]\s/.test(inner)) return 'heading';
  // Headline conventions: a short quote alone on its line between dashes (`– 'Who cares?' –`), one in single marks
  // (`'Totally pro-Israel.'`), or one in a line set in capitals (`3. FOR WOMEN 'GLASS IS HALF FULL.'`).
  // (The rest of the paragraph is tested through `tail`, found once per paragraph: per quote it made this quadratic.)
  const aroundBare = /^[\s\p{Pd}.]*$/u.test(lead) && tail.lastNotBare < p.end;
  if (words <= 10 && aroundBare && (!p.double || /\p{Pd}/u.test(lead + t.slice(p.end)))) return 'heading';
  if ((!/\p{Ll}/u.test(inner) && !/\p{Ll}/u.test(lead) && tail.lastLower < p.end && /\p{Lu}{2}/u.test(inner)) || isCapitalsLine(inner)) return 'heading';
  if (!p.double && words <= 3) return 'term';
  if (!partial) return null;
  if (words <= 3 && !/[.!?]\s+\S/.test(inner)) return 'term'; // `a "disgrace."` too: US style puts the period inside
  return null;
}

/** Where the last lowercase letter, and the last character other than a space, dash or period, sit in a paragraph. */
interface Tail {
  lastLower: number;
  lastNotBare: number;
}

/** The paragraph's `Tail`, scanning back from its end (code points, so astral letters count). */
function paragraphTail(t: string): Tail {
  const tail = { lastLower: -1, lastNotBare: -1 };
  for (let i = t.length; i > 0 && tail.lastLower < 0; ) {
    const low = t.charCodeAt(i - 1);
    const w = low >= 0xdc00 && low <= 0xdfff && i >= 2 && t.charCodeAt(i - 2) >= 0xd800 && t.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    const c = t.slice(i - w, i);
    i -= w;
    if (tail.lastNotBare < 0 && !/^[\s\p{Pd}.]$/u.test(c)) tail.lastNotBare = i;
    if (/^\p{Ll}$/u.test(c)) tail.lastLower = i;
  }
  return tail;
}

/** Text set in capitals (a headline run before a quoted excerpt: `TOP STORY 'X' "..."`), two words at least. */
function isCapitalsLine(s: string): boolean {
  return !/\p{Ll}/u.test(s) && (s.match(/\p{Lu}{2,}/gu) ?? []).length >= 2;
}

const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'vs', 'de', 'la']);

function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length < 2) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && MINOR.has(w.toLowerCase())));
}

/** Find the top-level quotes of one paragraph (masked prose), with sentences and speaker needs (`spansOnly`: the quotes alone). */
export function findQuotes(original: string, heading = false, spansOnly = false): FoundQuotes {
  // Two apostrophes print a double mark in some papers (''Yes,'' he said): pair them as one, spans keep both.
  const t = original.includes("''") ? original.replace(/'''?(?=(\S?))/g, (m: string, next: string) => (next ? ' "' : '" ') + (m.length === 3 ? "'" : '')).replace(/" '(?=\s|$)/g, `'" `) : original;
  const doubles = pairDoubles(t);
  if (t !== original) {
    for (let k = 0; k < doubles.n; k++) {
      const s = doubles.starts[k];
      const e = doubles.ends[k];
      if (s > 0 && original[s - 1] === "'" && original[s] === "'") doubles.starts[k] = s - 1;
      if (doubles.closed(k) && original[e - 1] === "'" && original[e] === "'") doubles.ends[k] = e + 1;
    }
  }
  const singles = pairSingles(t, doubles);
  // A single quote that holds double ones (British style) is the top-level quote. The rest of the doubles and the
  // singles, merged in text order (each list is in text order already).
  const all = singles.n ? new PairList() : doubles;
  if (singles.n) {
    let si0 = 0;
    let si = 0;
    for (let k = 0; k < doubles.n; k++) {
      const start = doubles.starts[k];
      const end = doubles.ends[k];
      while (si0 < singles.n && singles.ends[si0] < end) si0++;
      // singles are disjoint and sorted: only the first ending at or after d can hold it
      if (si0 < singles.n && singles.starts[si0] < start && end <= singles.ends[si0]) continue;
      while (si < singles.n && singles.starts[si] < start) all.pushFrom(singles, si++);
      all.pushFrom(doubles, k);
    }
    while (si < singles.n) all.pushFrom(singles, si++);
  }
  if (spansOnly) {
    // Every quote stays in the compact list; only the first and the last (which may run on from or into another
    // paragraph) are made into RawQuotes.
    const quotes = all.n ? [spanOnly(all.pair(0), t.length)] : [];
    if (all.n > 1) quotes.push(spanOnly(all.pair(all.n - 1), t.length));
    return { quotes, sentences: [0], all };
  }
  const pairs: Pair[] = [];
  for (let k = 0; k < all.n; k++) pairs.push(all.pair(k));
  const sentences = sentenceStarts(t, pairs);
  if (t !== original) for (let i = 0; i < sentences.length; i++) if (t[sentences[i]] === '"' && original[sentences[i] - 1] === "'") sentences[i]--;
  let straight = 0;
  for (let i = t.indexOf('"'); i >= 0; i = t.indexOf('"', i + 1)) if (!isDoublePrime(t, i)) straight++;
  const quotes: RawQuote[] = [];
  const tail = paragraphTail(t);
  let si = 0;
  for (let pi = 0; pi < pairs.length; pi++) {
    const p = pairs[pi];
    while (si + 1 < sentences.length && sentences[si + 1] <= p.start) si++;
    const sentenceStart = sentences[si];
    const sentenceEnd = si + 1 < sentences.length ? sentences[si + 1] : t.length;
    // The lead: at most 200 characters of the sentence before the quote, other quotes blanked.
    const leadFrom = Math.max(sentenceStart, p.start - 200);
    let first = pi;
    while (first > 0 && pairs[first - 1].end > leadFrom) first--;
    const lead = (leadFrom > sentenceStart ? 'x ' : '') + maskQuotes(t, pairs.slice(first, pi), leadFrom, p.start);
    const leadTrim = lead.replace(/[\s—–-]+$/u, '');
    const atStart = leadTrim.trim() === '' || /^[\s(\[]*$/.test(leadTrim);
    const introduced = /[:,]$/.test(leadTrim);
    const partial = !atStart && !introduced;
    const inner = t.slice(p.start + 1, p.closed ? p.end - 1 : p.end);
    const words = countWords(inner);
    quotes.push({
      start: p.start,
      end: p.end,
      closed: p.closed,
      opensParagraph: p.start === 0,
      double: p.double,
      openMark: p.openMark,
      closeMark: p.closeMark,
      sentenceStart,
      sentenceEnd,
      partial,
      words,
      noSpeaker: noSpeakerReason(t, p, lead, partial, words, heading, tail) ?? (isCapitalsLine(t.slice(Math.max(sentenceStart, p.start - 200), p.start)) ? 'heading' : null),
      unsure: straight % 2 === 1 && (t[p.start] === '"' || t[p.end - 1] === '"'),
    });
  }
  return { quotes, sentences };
}

/** A pair finished as a quote with nothing read around it, in place (for a paragraph whose quotes are not attributed). */
function spanOnly(p: Pair, length: number): RawQuote {
  p.opensParagraph = p.start === 0;
  p.sentenceStart = 0;
  p.sentenceEnd = length;
  return p;
}

/** The text of [from, to) with the given quotes blanked out (same length). */
export function maskQuotes(t: string, quotes: Span[], from: number, to: number): string {
  let s = '';
  let pos = from;
  for (const q of quotes) {
    if (q.end <= pos || q.start >= to) continue;
    if (q.start > pos) s += t.slice(pos, q.start);
    const e = Math.min(q.end, to);
    s += ' '.repeat(e - Math.max(q.start, pos));
    pos = e;
  }
  if (pos < to) s += t.slice(pos, to);
  return s;
}
