// Finding name mentions in one paragraph: registry forms and variants, and capitalised names the registry lacks.
import type { EntityKind } from '../types';
import {
  ABBREVIATIONS, ARABIC_PERSIAN_NAMES, CALENDAR, CONNECTORS, DEMONYMS, FUNCTION_WORDS, ORG_WORDS, PLACES, PLACE_WORDS, TITLES,
  WESTERN_FIRST_NAMES,
} from './lexicon';
import { nameTokens, plainSurface, skeleton, skeletonKey, tokensVariant } from './nameVariants';
import type { FormRole, NamesIndex, RegistryForm } from './registry';
import { pushAll } from '../search';

/** A name mention in a paragraph (offsets relative to the paragraph). */
export interface ParagraphMention {
  start: number;
  end: number;
  text: string;
  /** Normalised name words (the transliteration key split). */
  tokens: string[];
  /** Registry actors it may name (one, or several for a shared surname); empty when unknown. */
  actors: number[];
  role: FormRole | null;
  /** The accepted spelling to correct to, when the mention is a variant or transliteration. */
  fix: string | null;
  /** The fix (and the link) holds only if the article names the actor elsewhere. */
  confirm: boolean;
  /** For a surname several actors share a key of (Milley, Milei): each actor's spelling, picked once the article names one. */
  fixFor?: Record<number, string>;
  kind: EntityKind;
  sentenceStart: boolean;
  /** An unknown candidate that is a name only if the article confirms it (sentence-initial word, headline). */
  weak: boolean;
  acronym: boolean;
}

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Capitalised name word (Abdul-Mahdi, al-Sistani, U.S.). */
  name: boolean;
  acronym: boolean;
  sentenceStart: boolean;
  /** Only whitespace separates it from the previous word. */
  joined: boolean;
  tokens: string[] | null;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;

/** Whether the code unit at i starts a letter (or combining mark); returns its length in code units, 0 if not. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return LETTER_RE.test(text[i]) ? 1 : 0;
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const cp = text.codePointAt(i);
  return cp !== undefined && UPPER_RE.test(String.fromCodePoint(cp));
}

const APOS = (c: string) => c === "'" || c === '\u2019' || c === '\u02BC' || c === '\u2018';
const HYPHEN = (c: string) => c === '-' || c === '\u2010' || c === '\u2011';

/** Split a paragraph into words with their name features. Linear in the text length. */
function scanWords(text: string): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  while (i < n) {
    const len = letterAt(text, i);
    if (!len) {
      i++;
      continue;
    }
    const start = i;
    let acronym = false;
    for (;;) {
      let l: number;
      while ((l = letterAt(text, i))) i += l;
      const ch = text[i];
      if (ch !== undefined && APOS(ch) && letterAt(text, i + 1)) {
        // possessive 's ends the word; an inner apostrophe (Kata'ib, O'Brien) does not
        if ((text[i + 1] === 's' || text[i + 1] === 'S') && !letterAt(text, i + 2)) break;
        i++;
        continue;
      }
      if (ch !== undefined && HYPHEN(ch) && letterAt(text, i + 1)) {
        i++;
        continue;
      }
      // U.S., U.N.: single capitals joined by periods
      if (ch === '.' && i - start <= 3 && isUpperAt(text, i - 1) && (i - 1 === start || text[i - 2] === '.') && isUpperAt(text, i + 1) && text[i + 2] === '.') {
        acronym = true;
        i += 2;
        continue;
      }
      break;
    }
    if (acronym && text[i] === '.') i++;
    const end = i;
    const wtext = text.slice(start, end);
    const prev = words[words.length - 1];
    // Most words follow one plain space: no gap string to cut and test.
    const oneSpace = !!prev && start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32;
    const gap = oneSpace ? ' ' : text.slice(prevEnd, start);
    let sentenceStart = !prev;
    if (prev) {
      if (oneSpace) sentenceStart = prev.acronym && prev.text.endsWith('.') && isUpperAt(wtext, 0);
      else if (/[!?:;\u201C"(\u2014\u2013\u2018]/.test(gap) || /(^|\s)'/.test(gap)) sentenceStart = true;
      else if (gap.includes('.')) {
        const abbrev = ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && isUpperAt(prev.text, 0));
        sentenceStart = !abbrev || /\.\s*\n/.test(gap);
      } else if (prev.acronym && prev.text.endsWith('.') && isUpperAt(wtext, 0)) sentenceStart = true;
    }
    const lowerFirst = !isUpperAt(wtext, 0) && wtext.charCodeAt(0) < 128; // a-z: neither an acronym nor (unhyphenated) a name
    const word: Word = {
      start,
      end,
      text: wtext,
      lower: wtext.toLowerCase(),
      name: false,
      acronym: acronym || (!lowerFirst && wtext.length >= 2 && wtext === wtext.toUpperCase() && wtext !== wtext.toLowerCase() && !/[-'\u2019]/.test(wtext)),
      sentenceStart,
      joined: oneSpace || (!!prev && gap.length <= 3 && /^\s+$/.test(gap) && !/\n\s*\n/.test(gap)),
      tokens: null,
    };
    word.name = lowerFirst && !/[-\u2010\u2011]/.test(wtext) ? false : isNameWord(word);
    words.push(word);
    prevEnd = end;
    if (words.length > 200000) break;
  }
  return words;
}

/** A capitalised word that can be part of a name: not Iranian-backed, not US-Iranian, not a lone letter. */
function isNameWord(w: Word): boolean {
  if (w.acronym) return true;
  if (w.text.length < 2 || w.text.length > 60) return false;
  if (/['\u2019](?:m|ve|ll|re|d|t)$/i.test(w.text)) return false; // I'm, I've
  const segs = w.text.split(/[-\u2010\u2011]/);
  let k = 0;
  if (segs.length > 1 && CONNECTORS.has(segs[0].toLowerCase()) && segs[1] && isUpperAt(segs[1], 0)) k = 1;
  else if (!isUpperAt(segs[0], 0)) return false;
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j];
    if (!s) return false;
    if (!isUpperAt(s, 0) && !CONNECTORS.has(s.toLowerCase())) return false;
  }
  if (segs.length > 1 && segs.every((s) => DEMONYMS.has(s.toLowerCase()) || PLACES.has(s.toLowerCase()))) return false;
  return true;
}

const tokenMemo = new Map<string, string[]>();
/** A word's normalised name tokens (memoised across paragraphs). */
function tokensOf(w: Word): string[] {
  if (w.tokens) return w.tokens;
  let t = tokenMemo.get(w.text);
  if (!t) {
    if (tokenMemo.size > 20000) tokenMemo.clear();
    tokenMemo.set(w.text, (t = nameTokens(w.text)));
  }
  return (w.tokens = t);
}

/** Whether a paragraph is set in title case (a headline): most longer words capitalised. */
function isHeadline(text: string, words: Word[]): boolean {
  if (/^\s{0,3}#/.test(text)) return true;
  let long = 0;
  let caps = 0;
  for (const w of words) {
    if (w.text.length < 4) continue;
    long++;
    if (isUpperAt(w.text, 0)) caps++;
  }
  return long >= 3 && caps >= long * 0.8;
}

/** Same spelling for display purposes: apostrophe and hyphen styles, spacing, a capital to start a sentence, all caps. */
export function sameSurface(text: string, form: string, sentenceStart: boolean): boolean {
  const a = plainSurface(text);
  const b = plainSurface(form);
  if (a === b) return true;
  if (sentenceStart && a === upperFirst(b)) return true;
  return a.length > 3 && a === a.toUpperCase() && a === b.toUpperCase();
}

export const upperFirst = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

const MAX_RUN = 12;

/** All name mentions of one paragraph (relative offsets); depends only on the text and the index. */
export function findParagraphMentions(text: string, index: NamesIndex): ParagraphMention[] {
  const words = scanWords(text);
  const headline = isHeadline(text, words);
  const out: ParagraphMention[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w.name || CALENDAR.has(w.lower)) {
      i++;
      continue;
    }
    // Gather a run of capitalised words joined by spaces, with connectors (al, bin) and "of" inside.
    const run: Word[] = [w];
    let j = i + 1;
    while (j < words.length) {
      const x = words[j];
      if (!x.joined) break;
      if (x.name && !CALENDAR.has(x.lower)) {
        run.push(x);
        j++;
        continue;
      }
      const next = words[j + 1];
      const last = run[run.length - 1].lower;
      const inner =
        next && next.joined && next.name && !CALENDAR.has(next.lower) &&
        (CONNECTORS.has(x.lower) || ((x.lower === 'of' || x.lower === 'for') && (ORG_WORDS.has(last) || PLACE_WORDS.has(last) || TITLES.has(last))));
      if (!inner) break;
      run.push(x, next);
      j += 2;
    }
    const before = i > 0 && words[i].joined ? words[i - 1] : null;
    // Longer runs are title-case prose, not names: only the registry is looked for there.
    if (run.length <= MAX_RUN) processRun(text, run, before, headline, index, out);
    else for (let c = 0; c < run.length; c += MAX_RUN) processRun(text, run.slice(c, c + MAX_RUN), null, true, index, out);
    i = j;
  }
  return out;
}

/** Strip titles, demonyms and sentence-initial function words; match the registry; keep the rest as unknown names. */
function processRun(para: string, run: Word[], before: Word | null, headline: boolean, index: NamesIndex, out: ParagraphMention[]): void {
  const hasOrg = run.some((x) => ORG_WORDS.has(lastSegment(x.lower)));
  let personHint = !!before && TITLES.has(before.lower);
  let a = 0;
  let b = run.length;
  while (a < b) {
    const x = run[a];
    const l = x.lower;
    if (FUNCTION_WORDS.has(l) && (x.sentenceStart || headline || a > 0 || !x.name)) a++;
    else if (!x.name) a++;
    else if (!hasOrg && DEMONYMS.has(l) && a + 1 < b) a++;
    else if (!hasOrg && (TITLES.has(l) || (l.includes('-') && l.split('-').every((s) => TITLES.has(s))))) {
      personHint = true;
      a++;
      if (a + 1 < b && (run[a].lower === 'of' || run[a].lower === 'for')) a += 2; // Secretary of State
    } else break;
  }
  while (b > a && (!run[b - 1].name || CONNECTORS.has(run[b - 1].lower) || FUNCTION_WORDS.has(run[b - 1].lower))) b--;
  if (a >= b) return;
  const words = run.slice(a, b);
  let unknownFrom = 0;
  let k = 0;
  while (k < words.length) {
    const m = index.actors.length ? matchRegistry(para, words, k, index) : null;
    if (!m) {
      k++;
      continue;
    }
    if (k > unknownFrom) unknownCandidates(para, words.slice(unknownFrom, k), personHint && unknownFrom === 0, headline, out);
    out.push(m.mention);
    k = m.end;
    unknownFrom = k;
  }
  if (unknownFrom < words.length) unknownCandidates(para, words.slice(unknownFrom), personHint && unknownFrom === 0, headline, out);
}

const lastSegment = (l: string) => {
  const p = l.lastIndexOf('-');
  return p >= 0 ? l.slice(p + 1) : l;
};

/** The longest registry form starting at word k (single-word forms only as a whole run). */
function matchRegistry(para: string, words: Word[], k: number, index: NamesIndex): { mention: ParagraphMention; end: number } | null {
  const first = tokensOf(words[k])[0];
  if (first === undefined || (!index.firstTokens.has(first) && !index.firstTokens.has(skeleton(first)))) return null;
  const maxEnd = Math.min(words.length, k + index.maxWords);
  for (let e = maxEnd; e > k; e--) {
    const whole = k === 0 && e === words.length;
    if (e - k === 1 && !whole) continue;
    const phrase = words.slice(k, e);
    const tokens: string[] = [];
    for (const x of phrase) pushAll(tokens, tokensOf(x));
    if (!tokens.length) continue;
    const start = phrase[0].start;
    const end = phrase[phrase.length - 1].end;
    const sentenceStart = phrase[0].sentenceStart;
    const text = para.slice(start, end);
    // An acronym is its letters exactly: TPP is not TTP, B.C. not BBC, Spa not SPA.
    const exact = index.byKey.get(tokens.join(' '))?.filter((f) => !isAcronym(f.form) || undotted(f.form) === undotted(text));
    if (exact?.length) {
      const m = resolveExact(exact, text, sentenceStart);
      if (m) return { mention: makeKnown(start, end, text, tokens, m, sentenceStart), end: e };
    }
    if (phrase.some((x) => x.acronym)) continue;
    const similar = index.bySkeleton.get(skeletonKey(tokens));
    if (similar) {
      const key = tokens.join(' ');
      // Never a known-distinct pair (Colombia/Columbia), whatever the vowels.
      const hits = similar.filter((f) => tokensVariant(f.tokens, tokens, index.blocked) && !index.distinct.has(f.tokens.join(' ') + '\u0000' + key));
      const actors = unique(hits.map((h) => h.actor));
      if (actors.length === 1) {
        const f = hits[0];
        const confirm = f.role === 'second' || f.role === 'surname' || tokens.length === 1;
        return { mention: makeKnown(start, end, text, tokens, { actors, form: f, fix: f.form, confirm }, sentenceStart), end: e };
      }
    }
  }
  return null;
}

const undotted = (s: string) => s.replace(/\./g, '');
const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,}$/u.test(s);

interface Resolved {
  actors: number[];
  form: RegistryForm;
  fix: string | null;
  confirm: boolean;
  fixFor?: Record<number, string>;
}

/** Decide what an exact-key registry hit means: accepted spelling, listed variant or transliteration. */
function resolveExact(forms: RegistryForm[], text: string, sentenceStart: boolean): Resolved | null {
  const accepted = forms.filter((f) => f.role !== 'variant');
  const same = accepted.filter((f) => sameSurface(text, f.form, sentenceStart));
  if (same.length) {
    const actors = unique(same.map((f) => f.actor));
    const form = same[0];
    return { actors, form, fix: null, confirm: form.role === 'surname' };
  }
  const variant = forms.find((f) => f.role === 'variant' && sameSurface(text, f.form, sentenceStart));
  if (variant) return { actors: [variant.actor], form: variant, fix: variant.fixTo, confirm: false };
  const pool = accepted.length ? accepted : forms;
  const actors = unique(pool.map((f) => f.actor));
  if (actors.length !== 1) {
    // Surnames of several actors under one key (Miley: Milley or Milei): the article's named actor decides the fix.
    if (!pool.every((f) => f.role === 'surname' || f.role === 'second')) return null;
    const fixFor: Record<number, string> = {};
    for (const f of pool) fixFor[f.actor] ??= sentenceStart ? upperFirst(f.form) : f.form;
    return { actors, form: pool[0], fix: null, confirm: true, fixFor };
  }
  const form = pool[0];
  const fix = form.role === 'variant' ? form.fixTo : form.form;
  if (sameSurface(text, fix, sentenceStart)) return { actors, form, fix: null, confirm: false };
  return { actors, form, fix, confirm: form.role === 'second' || form.role === 'surname' };
}

function makeKnown(start: number, end: number, text: string, tokens: string[], r: Resolved, sentenceStart: boolean): ParagraphMention {
  let fix = r.fix;
  if (fix && sentenceStart) fix = upperFirst(fix);
  return { start, end, text, tokens, actors: r.actors, role: r.form.role, fix, confirm: r.confirm, ...(r.fixFor && { fixFor: r.fixFor }), kind: 'other', sentenceStart, weak: false, acronym: false };
}

/** Unknown capitalised names from what the registry did not match. */
function unknownCandidates(para: string, words: Word[], personHint: boolean, headline: boolean, out: ParagraphMention[]): void {
  let a = 0;
  let b = words.length;
  while (a < b && (FUNCTION_WORDS.has(words[a].lower) || DEMONYMS.has(words[a].lower) || TITLES.has(words[a].lower) || CONNECTORS.has(words[a].lower) || !words[a].name)) a++;
  while (b > a && (FUNCTION_WORDS.has(words[b - 1].lower) || CONNECTORS.has(words[b - 1].lower) || !words[b - 1].name)) b--;
  if (a >= b) return;
  const ws = words.slice(a, b);
  const tokens: string[] = [];
  for (const x of ws) pushAll(tokens, tokensOf(x));
  if (!tokens.length) return;
  const text = para.slice(ws[0].start, ws[ws.length - 1].end);
  const single = ws.length === 1;
  const acronym = ws.every((x) => x.acronym);
  const kind = guessKind(ws, tokens, personHint);
  const weak = headline || (single && ws[0].sentenceStart);
  out.push({ start: ws[0].start, end: ws[ws.length - 1].end, text, tokens, actors: [], role: null, fix: null, confirm: false, kind, sentenceStart: ws[0].sentenceStart, weak, acronym });
}

/** Cheap guess of what an unknown name is; "other" rather than a wrong guess. */
function guessKind(ws: Word[], tokens: string[], personHint: boolean): EntityKind {
  if (ws.some((x) => ORG_WORDS.has(lastSegment(x.lower)))) return 'organization';
  if (ws.length > 1 && PLACE_WORDS.has(ws[ws.length - 1].lower)) return 'place';
  if (PLACES.has(tokens.join(' '))) return 'place';
  if (personHint && !ws.some((x) => x.acronym)) return 'person';
  const first = ws[0].lower;
  if (ws.length > 1 && (WESTERN_FIRST_NAMES.has(first) || ARABIC_PERSIAN_NAMES.has(first))) return 'person';
  return 'other';
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)];
}
