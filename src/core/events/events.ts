// Clause and event extraction from one paragraph: who did what, where and when, and who reports it.
// Hand-written scanning (tokens, verb groups, clause boundaries); no NLP parse in the hot path.
import { IRREGULAR_PAST, looksPast, type Tense } from '../time/tense';
import { MONTH_NAMES, ORG_WORDS, REPORTING_VERBS as REPORT_STRONG, REPORTING_VERBS_BEFORE_THAT as REPORT_WEAK, SUBJECT_PRONOUNS as PRONOUNS, TITLES } from '../lexicon';
import { DATELINE_PREFIX } from '../time/dateline';
import { findTimes, type RawTime } from '../time/grammar';
import type { Span } from '../types';
import { covers, firstIndexWhereNot, opensWithCapital, opensWithWordChar, pushAll, spanCover, type SpanCover } from '../search';

export type EventSource = 'narrative' | 'quote' | 'claim';

/** An event found in one paragraph; offsets are relative to the paragraph text. */
export interface RawEvent extends Span {
  /** The subject (agent) phrase, where actor names are looked up. */
  subject: Span | null;
  subjectText: string;
  /** Further spans whose names count as actors ("between X and Y", "including X"). */
  partySpans: Span[];
  /** Capitalised names found in those spans, for when the names pass gives no entities. */
  names: string[];
  /** The subject is a pronoun ("he", "she", "it", "they"). */
  pronoun: string | null;
  action: string;
  what: string | null;
  where: string | null;
  /** The tagger's dates in the clause (paragraph offsets), comparison points left out ("the worst since 1996"). */
  dates: Span[];
  /** Offset of the main verb (to test whether the event lies inside a quote). */
  verbAt: number;
  source: EventSource;
  reportedBy: string | null;
  /** Where the reporter's words start (to resolve "he said"). */
  reporterAt: number | null;
  /** A "X said" frame kept as an event of its own (it has its own date, or its sentence reports nothing else). */
  frame: boolean;
  /** The verb's tense: a simple past, a perfect ("has said"), present, future, or none (modal, participle). */
  tense: Tense | 'perfect';
  /** The clause opens with a subordinator that places it in time ("after", "before", "since", "until", "when"). */
  subordinate: boolean;
}

interface Token {
  s: number;
  e: number;
  w: string;
  lw: string;
  word: boolean;
  cap: boolean;
}

type Boundary = 'rel' | 'sub' | 'coord' | 'punct' | 'quote' | 'acc' | 'comma' | null;

interface Group {
  s: number; // first token
  e: number; // token after the last
  main: number;
  tense: Tense;
  aux: boolean;
  neg: boolean;
  copula: boolean;
  modal: boolean;
  reporting: boolean;
  participle: boolean;
  inherit: boolean;
  stative: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-&][\p{L}\p{M}\p{N}]+)*|\.{3}|[^\s\p{L}\p{M}\p{N}]/gu;
const ABBREV = new Set(
  'gen jan feb mar apr aug sep sept oct nov dec mr mrs ms dr st lt col capt sgt sen rep gov prof rev jr sr no inc corp co ltd vs etc maj brig adm cmdr gens'.split(' '),
);
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HAVE = new Set(['has', 'have', 'had', 'having']);
const DO = new Set(['do', 'does', 'did']);
const FUTURE_MODAL = new Set(['will', 'shall', 'would', '’ll', "'ll"]);
const OTHER_MODAL = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'ought']);
const NEG = new Set(['not', 'never', 'n’t', "n't"]);
const ADVERBS = new Set(
  'also already only still just reportedly allegedly later then now again ever finally recently previously subsequently quickly immediately soon even further formally officially jointly unanimously narrowly repeatedly apparently initially eventually briefly twice once first last'.split(' '),
);
const DETERMINERS = new Set(
  'the a an its his her their our my your this these those some any no every each more most very so too well less highly newly such another other both all many much several few'.split(' '),
);
const PREPOSITIONS = new Set(
  'in at on by with to from for of into onto against about over under through during after before since until without within between among across near inside outside toward towards upon via amid despite following including like as'.split(' '),
);
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'back', 'away']);
const PARTICIPLES = new Set(
  'been done gone seen taken given known shown spoken written driven broken chosen fallen risen beaten begun flown grown thrown drawn eaten forgotten forgiven frozen hidden ridden shaken stolen sworn torn woken worn withdrawn undertaken struck sent held built led made paid told brought caught found kept left lost met put set shot sold taught thought won hit cut hurt spent heard understood fought bought sought dealt meant laid'.split(' '),
);
const PRESENT_VERBS = new Set(
  'says tells shows suggests plans wants needs seeks remains rejects denies insists claims warns threatens urges hopes fears believes expects appears seems faces calls accuses blames demands vows pledges argues adds notes continues considers means includes'.split(' '),
);
const STATIVE_PAST = new Set(['was', 'were', 'had', 'seemed', 'appeared', 'remained', 'knew', 'believed', 'wanted', 'needed', 'meant', 'included', 'contained', 'existed', 'been']);
const REL = new Set(['that', 'which', 'who', 'whom']);
/** Words in -ly that end a subject as a noun ("the family", "the elderly"), not adverbs. */
const LY_NOUNS = new Set('family ally rally supply assembly anomaly monopoly elderly bully belly jelly reply homily folly tally gully'.split(' '));
const SUB = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'although', 'though', 'whereas', 'once', 'if', 'unless']);
const COORD = new Set(['and', 'but', 'or', 'yet']);
const PLACE_NOUNS = new Set(
  'soil territory city town village province region capital border frontier base bases camp airport port district country state county island coast streets street square area airspace waters headquarters embassy compound hospital prison'.split(' '),
);
const PLACE_STOP = new Set('to for with by from between against about over after before during without amid despite following including like as than'.split(' '));
const PLACE_PREPS = new Set(['in', 'at', 'inside', 'near', 'outside', 'on', 'across', 'throughout']);
/** A capitalised organisation word ("Ministry", not "ministry" or "MINISTRY"). */
const isOrgWord = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && ORG_WORDS.has(w.toLowerCase());

/** Split a paragraph into word and punctuation tokens. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const w = m[0];
    const word = opensWithWordChar(w);
    const cap = opensWithCapital(w);
    const l = w.toLowerCase();
    const possessive = l.length > 1 && l[l.length - 1] === 's' && (l[l.length - 2] === "'" || l[l.length - 2] === '’');
    out.push({ s: m.index, e: m.index + w.length, w, lw: possessive ? l.slice(0, -2) : l, word, cap });
  }
  return out;
}

/** Sentence ranges over the tokens: [start, end) token indexes. */
function sentences(toks: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.w !== '.' && t.w !== '!' && t.w !== '?') continue;
    const prev = toks[i - 1];
    if (t.w === '.' && prev && prev.word && (ABBREV.has(prev.lw) || /^\p{Lu}$/u.test(prev.w)) && prev.e === t.s) continue;
    // A decimal point ("fell 1.4%", "$2.50") ends no sentence.
    if (t.w === '.' && prev && toks[i + 1] && prev.e === t.s && toks[i + 1].s === t.e && /\d$/.test(prev.w) && /^\d/.test(toks[i + 1].w)) continue;
    let j = i + 1;
    while (j < toks.length && /^["”’)\]]$/.test(toks[j].w)) j++;
    const next = toks[j];
    if (next && !(next.cap || /^[“"‘(\d]/.test(next.w))) continue;
    out.push([start, j]);
    start = j;
    i = j - 1;
  }
  if (start < toks.length) out.push([start, toks.length]);
  return out;
}

/** Character ranges inside quotation marks (curly pairs, or straight marks toggling). */
function quoteRanges(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

const MAX_SENTENCE_TOKENS = 250;
const QUOTE_MARK = /^[“”"]$/;

/** Index of the first span (sorted, non-overlapping) ending after `at`. */
function firstEndingAfter(spans: Span[], at: number): number {
  return firstIndexWhereNot(spans, (s) => s.end <= at);
}

const isVerbCandidate = (t: Token | undefined): boolean => !!t && t.word && !t.cap && !t.w.includes('-');

const isAux = (w: string) => BE.has(w) || HAVE.has(w) || DO.has(w) || FUTURE_MODAL.has(w) || OTHER_MODAL.has(w) || /n[’']t$/.test(w);
const newGroup = (i: number): Group => ({ s: i, e: i + 1, main: i, tense: null, aux: false, neg: false, copula: false, modal: false, reporting: false, participle: false, inherit: false, stative: false });

/** Verb groups of a sentence: auxiliaries + main verb, or a bare past / present form. */
function verbGroups(toks: Token[], a: number, b: number): Group[] {
  const out: Group[] = [];
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (!isVerbCandidate(t)) continue;
    const prev = toks[i - 1];
    if (prev && prev.lw === 'to' && i > a) continue; // infinitive
    const lw = t.lw;
    if (isAux(lw)) {
      if (prev && DETERMINERS.has(prev.lw)) continue;
      const g = newGroup(i);
      let j = i;
      let sawBe = false,
        sawHave = false,
        sawModal = false,
        future = false,
        past = false;
      while (j < b && toks[j].word && (isAux(toks[j].lw) || NEG.has(toks[j].lw) || ADVERBS.has(toks[j].lw))) {
        const w = toks[j].lw;
        if (/n[’']t$/.test(w)) g.neg = true;
        if (NEG.has(w)) g.neg = true;
        const base = w.replace(/n[’']t$/, '');
        if (BE.has(base)) sawBe = true;
        if (HAVE.has(base)) sawHave = true;
        if (FUTURE_MODAL.has(base) || base === 'wo') ((future = true), (sawModal = true));
        if (OTHER_MODAL.has(base) || base === 'ca') ((g.modal = true), (sawModal = true));
        if (['was', 'were', 'had', 'did', 'has', 'have'].includes(base) && !future && !g.modal && !sawModal) past = true;
        j++;
      }
      const next = toks[j];
      let main = j - 1;
      while (main > i && (NEG.has(toks[main].lw) || ADVERBS.has(toks[main].lw))) main--;
      if (next && isVerbCandidate(next) && !DETERMINERS.has(next.lw) && !PREPOSITIONS.has(next.lw) && !PRONOUNS.has(next.lw)) {
        const w = next.lw;
        const fits = sawModal || DO.has(lw) ? !/s$/.test(w) || w.endsWith('ss') : sawHave ? looksPast(w) || PARTICIPLES.has(w) : looksPast(w) || PARTICIPLES.has(w) || w.endsWith('ing');
        if (fits) ((main = j), j++);
      }
      g.e = Math.max(j, main + 1);
      g.main = main;
      g.aux = true;
      g.copula = main < i + 1 || (sawBe && BE.has(toks[main].lw));
      if (sawHave && HAVE.has(toks[main].lw)) g.copula = true;
      g.tense = future ? 'future' : g.modal ? null : past ? 'past' : 'present';
      if (future && lw === 'would') g.tense = 'future';
      const ml = toks[main].lw;
      g.reporting = REPORT_STRONG.has(ml);
      if (toks[g.e] && PARTICLES.has(toks[g.e].lw)) g.e++;
      out.push(g);
      i = g.e - 1;
      continue;
    }
    if (prev && (DETERMINERS.has(prev.lw) || (prev.word && /['’]s$/.test(prev.w)))) continue;
    // (The group is made only once the word proves a verb: most candidates are not.)
    let g: Group;
    if (looksPast(lw)) {
      g = newGroup(i);
      g.tense = 'past';
      g.reporting = REPORT_STRONG.has(lw) || (REPORT_WEAK.has(lw) && toks[i + 1]?.lw === 'that');
      g.stative = STATIVE_PAST.has(lw) || (lw === 'stood' && toks[i + 1]?.lw === 'to');
      if (toks[i + 1] && PARTICLES.has(toks[i + 1].lw)) g.e++;
    } else if (lw === 'saying') {
      g = newGroup(i);
      g.reporting = true;
      g.inherit = true;
      g.tense = null;
    } else if (PRESENT_VERBS.has(lw) || lw === 'say' || (prev?.lw === 'now' && /[^s']s$/.test(lw))) {
      // ("The fund now holds 15%": a present form after "now")
      g = newGroup(i);
      g.tense = 'present';
      g.reporting = REPORT_STRONG.has(lw) || (REPORT_WEAK.has(lw) && toks[i + 1]?.lw === 'that');
    } else continue;
    out.push(g);
  }
  return out;
}

function boundaryOf(t: Token, toks: Token[], i: number): Boundary {
  if (!t.word) {
    if (t.w === ',') return 'comma';
    if (/^[;:—–()]$/.test(t.w)) return 'punct';
    if (/^["“”]$/.test(t.w)) return 'quote';
    return null;
  }
  if (t.lw === 'according' && toks[i + 1]?.lw === 'to') return 'acc';
  if (REL.has(t.lw) && !t.cap) return 'rel';
  if (SUB.has(t.lw)) return 'sub';
  if (COORD.has(t.lw) && !t.cap) return 'coord';
  return null;
}

/** Index of the last strong (non-comma, non-coordinating) boundary in [a, b), or -1. */
function lastStrong(toks: Token[], a: number, b: number): number {
  for (let i = b - 1; i >= a; i--) {
    const k = boundaryOf(toks[i], toks, i);
    if (k && k !== 'comma' && k !== 'coord') return i;
  }
  return -1;
}

/** Drop past forms that are really participles ("a delegation sent to Iraq", "a message delivered through ..."). */
function dropParticiples(toks: Token[], groups: Group[], a: number): Group[] {
  const kept: Group[] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const bare = !g.aux && g.tense === 'past' && !g.reporting;
    if (bare) {
      const prev = kept[kept.length - 1];
      const from = prev ? prev.e : a;
      // (a) right after another verb's object, with no clause boundary in between
      if (prev && !prev.reporting && !hasBoundary(toks, from, g.s, true)) continue;
      // (b) "X blamed on Y caused …": participle + preposition, then a finite verb with no clause boundary
      const next = groups[gi + 1];
      const w = toks[g.main].lw;
      const participleForm = /ed$/.test(w) || PARTICIPLES.has(w);
      const after = toks[g.e];
      if (participleForm && next && !next.reporting && !next.inherit && after && PREPOSITIONS.has(after.lw) && !hasBoundary(toks, g.e, next.s, false)) continue;
      // (c) an opening prepositional phrase: "In a message delivered through …, X said" (not a count: "About 100 protesters marched")
      if (!prev && participleForm && toks[a] && PREPOSITIONS.has(toks[a].lw) && toks[a].cap && !/^\d/.test(toks[a + 1]?.w ?? '') && !toks.slice(a, g.s).some((t) => t.w === ',')) continue;
    }
    kept.push(g);
  }
  return kept;
}

/** Whether [a, b) holds a clause boundary (commas count when `commas`; "or" never does). */
function hasBoundary(toks: Token[], a: number, b: number, commas: boolean): boolean {
  for (let i = a; i < b; i++) {
    const k = boundaryOf(toks[i], toks, i);
    if (!k) continue;
    if (k === 'comma' && !commas) continue;
    if (k === 'coord' && toks[i].lw === 'or') continue;
    return true;
  }
  return false;
}

/** The noun phrase ending just before token `end` (antecedent of "that"/"which"), as a token range. */
function antecedent(toks: Token[], end: number, floor: number): [number, number] {
  let i = end - 1;
  let start = end;
  let n = 0;
  while (i >= floor && n < 8) {
    const t = toks[i];
    if (!t.word) break;
    if (t.lw === 'of') {
      start = i;
      i--;
      n++;
      continue;
    }
    if (PREPOSITIONS.has(t.lw) || t.lw.endsWith('ing') || t.lw === 'to' || SUB.has(t.lw) || COORD.has(t.lw)) break;
    start = i;
    n++;
    if (DETERMINERS.has(t.lw) || /['’]s$/.test(t.w)) {
      if (toks[i - 1]?.lw === 'of') {
        i--;
        continue;
      }
      break;
    }
    i--;
  }
  while (start < end && toks[start].lw === 'of') start++;
  return [start, end];
}

/** Where the noun phrase just before a verb at `end` starts (not before `floor`): back over words, names and "of", up to a
 * preposition, a date, a clause word or punctuation; `end` when no subject precedes the verb. */
function subjectStart(toks: Token[], floor: number, end: number, dates: RawTime[]): number {
  let i = end;
  while (i > floor) {
    const t = toks[i - 1];
    const before = i - 2 >= floor ? toks[i - 2] : undefined;
    const abbrevDot = t.w === '.' && !!before?.word && (ABBREV.has(before.lw) || /^\p{Lu}$/u.test(before.w));
    // "1,700 injured", "2.5 million": a separator inside a number
    const inNumber = (t.w === ',' || t.w === '.') && !!before && before.e === t.s && toks[i]?.s === t.e && /\d$/.test(before.w) && /^\d/.test(toks[i].w);
    if (!t.word && !abbrevDot && !inNumber) break;
    if (t.word && (inDate(t.s, dates) || (PREPOSITIONS.has(t.lw) && t.lw !== 'of') || REL.has(t.lw) || SUB.has(t.lw) || COORD.has(t.lw))) break;
    i--;
  }
  while (i < end && toks[i].lw === 'of') i++;
  return i;
}

/** Words that open an intro set off by a comma ("Meanwhile, …"), besides prepositions, adverbs and dates. */
const INTRO_WORDS = new Set(['also', 'meanwhile', 'however', 'earlier', 'separately', 'still', 'yet', 'but', 'and']);
/** Words before a subject's head that are not part of it ("and officials", "as he", "even as she"), besides subordinators. */
const HEAD_SKIP = new Set(['also', 'and', 'but', 'as', 'even']);

/** Skip opening phrases set off by commas ("In Washington, ...", "Also on Friday, ..."). */
function stripIntro(toks: Token[], a: number, b: number, dates: RawTime[]): number {
  let s = a;
  for (;;) {
    let comma = -1;
    for (let i = s; i < b; i++)
      if (toks[i].w === ',') {
        comma = i;
        break;
      }
    if (comma < 0) return s;
    const first = toks[s];
    const intro = first && (PREPOSITIONS.has(first.lw) || ADVERBS.has(first.lw) || INTRO_WORDS.has(first.lw) || (first.lw === 'according' && toks[s + 1]?.lw === 'to') || inDate(first.s, dates));
    if (!intro) return s;
    s = comma + 1;
  }
}

const dateCovers = new WeakMap<RawTime[], { n: number; cover: SpanCover }>();
/** Whether `at` lies inside one of `dates` (a binary search over an index built once per list, not a scan per token). */
const inDate = (at: number, dates: RawTime[]): boolean => {
  let c = dateCovers.get(dates);
  if (!c || c.n !== dates.length) dateCovers.set(dates, (c = { n: dates.length, cover: spanCover(dates) }));
  return covers(c.cover, at, at + 1);
};

/**
 * The head of a subject: up to a preposition (other than "of"), participle, comma, relative, adverb or "including";
 * after a subordinator ("while he", "if endorsements"). Empty ([s, s]) when the phrase opens with a preposition
 * ("According to polls", "In a meeting with the board Trump said"): it is no subject, what the clause is about lies
 * elsewhere, and a row names no actor rather than a wrong one.
 */
function subjectHead(toks: Token[], a: number, b: number, dates: RawTime[]): [number, number] {
  let s = a;
  while (s < b && (!toks[s].word || inDate(toks[s].s, dates) || HEAD_SKIP.has(toks[s].lw) || SUB.has(toks[s].lw))) s++;
  const first = toks[s];
  if (first && (PREPOSITIONS.has(first.lw) || first.lw === 'according')) return [s, s];
  let e = s;
  while (e < b) {
    const t = toks[e];
    // "Mr. Schultz", "Gen. Smith": the period of a title's abbreviation does not end the head.
    if (t.w === '.' && e > s && ABBREV.has(toks[e - 1].lw) && toks[e + 1]?.cap) {
      e++;
      continue;
    }
    if (!t.word || inDate(t.s, dates)) break;
    if (e > s && (PREPOSITIONS.has(t.lw) && t.lw !== 'of')) break;
    // An -ly adverb right before the verb ("The nominee aggressively attacked"), not a noun or adjective in -ly.
    if (e > s && e === b - 1 && !t.cap && /^[a-z]{4,}ly$/.test(t.lw) && !LY_NOUNS.has(t.lw)) break;
    if (e > s && !t.cap && (looksPast(t.lw) || t.lw.endsWith('ing')) && !DETERMINERS.has(toks[e - 1].lw)) break;
    if (e > s && !t.cap && (ADVERBS.has(t.lw) || NEG.has(t.lw))) break;
    if (REL.has(t.lw)) break;
    e++;
  }
  while (e > s + 1 && toks[e - 1].lw === 'of') e--; // "the impact of Monday's debate": the date ended the head
  return [s, e];
}

/** Capitalised names in a token range, with titles stripped ("US Secretary of State Mike Pompeo" → "Mike Pompeo"). */
function namesIn(toks: Token[], a: number, b: number, sentStart: number): string[] {
  const out: string[] = [];
  let i = a;
  while (i < b) {
    if (!(toks[i].word && toks[i].cap)) {
      i++;
      continue;
    }
    let j = i;
    const parts: Token[] = [];
    while (j < b) {
      const t = toks[j];
      if (t.word && t.cap) parts.push(t);
      else if (t.w === '.' && parts.length && ABBREV.has(parts[parts.length - 1].lw)) {
        /* "Gen." */
      } else if (t.word && ['of', 'al', 'bin', 'ibn', 'de', 'van', 'von', 'la', 'le', 'el'].includes(t.w) && toks[j + 1]?.cap) parts.push(t);
      else break;
      j++;
    }
    i = Math.max(j, i + 1);
    // A lone adjective before a lower-case noun is a modifier ("Iraqi lawmakers"), as is a possessive.
    const following = toks[j];
    let lastTitle = -1;
    parts.forEach((p, k) => {
      if (TITLES.has(p.lw.replace(/\.$/, ''))) lastTitle = k;
    });
    let name = parts.slice(lastTitle + 1);
    if (lastTitle >= 0 && name.length > 2 && name[0].lw === 'of') name = name.slice(2); // "Secretary of State Mike Pompeo"
    while (name.length && name[0].lw === 'of') name = name.slice(1);
    if (!name.length) continue;
    if (name[0].s === toks[sentStart]?.s && name.length === 1 && ['the', 'a', 'an', 'top', 'also', 'in'].includes(name[0].lw)) continue;
    if (name[0].s === toks[sentStart]?.s && ['the', 'top', 'also'].includes(name[0].lw)) name = name.slice(1);
    if (!name.length) continue;
    const possessive = /['’]s$/.test(name[name.length - 1].w);
    const modifier = possessive || (following && following.word && !following.cap && !PREPOSITIONS.has(following.lw) && !COORD.has(following.lw) && !looksPast(following.lw) && !BE.has(following.lw) && !HAVE.has(following.lw) && lastTitle < 0 && name.length === 1);
    if (modifier) continue;
    if (name.length === 1 && /^(US|UK|EU|UN)$/.test(name[0].w) && following && following.word && !following.cap) continue;
    out.push(name.map((p) => p.w).join(' '));
  }
  return out;
}

const textOf = (text: string, toks: Token[], a: number, b: number): string => (b > a ? text.slice(toks[a].s, toks[b - 1].e) : '');

/** Words of [a, b) up to a date, a place phrase, a comma or `max` words. */
function phrase(text: string, toks: Token[], a: number, b: number, dates: RawTime[], max: number, stopAt: number): string | null {
  while (a < b && (inDate(toks[a].s, dates) || (PREPOSITIONS.has(toks[a].lw) && a + 1 < b && inDate(toks[a + 1].s, dates)))) a++;
  let e = a;
  let n = 0;
  while (e < b && n < max) {
    const t = toks[e];
    if (t.s >= stopAt || inDate(t.s, dates) || (!t.word && t.w !== '-' && t.w !== '’' && t.w !== "'")) break;
    e++;
    n++;
  }
  while (e > a && (PREPOSITIONS.has(toks[e - 1].lw) || DETERMINERS.has(toks[e - 1].lw) || COORD.has(toks[e - 1].lw))) e--;
  const s = textOf(text, toks, a, e);
  return s ? s + (e < b && n >= max && toks[e].word ? ' …' : '') : null;
}

/** The first place phrase in [a, b): "in Brussels", "at a base in Kirkuk province", "on Iraqi soil". */
function placeIn(text: string, toks: Token[], a: number, b: number, dates: RawTime[]): { text: string; start: number } | null {
  for (let i = a; i < b - 1; i++) {
    const p = toks[i];
    if (!p.word || !PLACE_PREPS.has(p.lw)) continue;
    let j = i + 1;
    let place = false;
    let n = 0;
    while (j < b && n < 8) {
      const t = toks[j];
      if (!t.word || inDate(t.s, dates) || PLACE_STOP.has(t.lw) || REL.has(t.lw) || COORD.has(t.lw)) break;
      if (!t.cap && (looksPast(t.lw) || (t.lw.endsWith('ing') && t.lw.length > 5) || BE.has(t.lw))) break;
      if (t.cap || PLACE_NOUNS.has(t.lw)) place = true;
      j++;
      n++;
    }
    // A month or weekday is not a place; a leading capital on the preposition itself (sentence start) is fine.
    if (!place || j === i + 1) continue;
    const words = toks.slice(i + 1, j);
    if (words.every((t) => !t.cap && !PLACE_NOUNS.has(t.lw))) continue;
    if (p.lw === 'on' && !words.some((t) => PLACE_NOUNS.has(t.lw))) continue;
    if (words.some((t) => MONTH_NAMES.includes(t.w))) continue;
    while (j > i + 1 && !(toks[j - 1].cap || PLACE_NOUNS.has(toks[j - 1].lw))) j--;
    return { text: textOf(text, toks, i, j), start: p.s };
  }
  return null;
}

interface Clause {
  g: Group;
  /** Token where the clause (and its date scope) starts. */
  from: number;
  subj: [number, number] | null;
  whatOverride: [number, number] | null;
  frameSubject: string | null;
  acc: boolean;
  /** A verb coordinated with the previous one under its subject ("condemned … on Thursday and called …"): it shares that verb's dates. */
  shared?: boolean;
}

/** Every event in a paragraph (offsets relative to it), given the tagger's expressions in it. Depends only on the paragraph text. */
export function extractEvents(text: string, times: RawTime[] = findTimes(text)): RawEvent[] {
  // A dateline ("BAGHDAD, Jan. 10, 2020 (Reuters) -") is not part of any event.
  const dl = DATELINE_PREFIX.exec(text);
  const skip = dl ? dl[0].length : 0;
  const toks = tokenize(text).filter((t) => t.s >= skip);
  const dates = times.filter((d) => d.start >= skip && (d.type === 'DATE' || d.type === 'TIME' || d.spec.k === 'later'));
  const quotes = quoteRanges(text);
  const inQuote = (at: number): Span | null => {
    const i = firstEndingAfter(quotes, at);
    const q = quotes[i];
    return q && at > q.start && at < q.end ? q : null;
  };
  const datesFrom = (from: number, to: number): RawTime[] => {
    const out: RawTime[] = [];
    for (let i = firstEndingAfter(dates, from); i < dates.length && dates[i].start < to; i++) if (dates[i].start >= from) out.push(dates[i]);
    return out;
  };
  const out: RawEvent[] = [];
  let lastFrameSubject: string | null = null;
  for (const [sa, sb] of sentences(toks)) {
    if (sb - sa > MAX_SENTENCE_TOKENS) continue; // not prose a reader could follow; keeps the scan linear
    const groups = dropParticiples(toks, verbGroups(toks, sa, sb), sa);
    const clauses: Clause[] = [];
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      const prev = clauses[clauses.length - 1];
      let a = prev ? prev.g.e : sa;
      // Dates right after the previous verb belong to it ("said on Friday it would ...").
      while (prev && a < g.s && (inDate(toks[a].s, dates) || toks[a].lw === 'also' || (PREPOSITIONS.has(toks[a].lw) && a + 1 < g.s && inDate(toks[a + 1].s, dates)))) a++;
      const c: Clause = { g, from: a, subj: null, whatOverride: null, frameSubject: null, acc: false };
      if (g.inherit) {
        c.subj = prev?.subj ?? null;
        c.from = toks[g.s - 1]?.w === ',' ? g.s - 1 : g.s;
      } else if (!prev) {
        const s = stripIntro(toks, a, g.s, dates);
        c.from = sa;
        c.subj = s < g.s ? [s, g.s] : null;
      } else {
        const b = lastStrong(toks, a, g.s);
        const kind = b >= 0 ? boundaryOf(toks[b], toks, b) : null;
        // The coordinator that opens this clause: the last one before the verb with only its subject between ("and called",
        // "and officials said"), never one inside a noun phrase ("in Kenya and Tanzania on Thursday and called").
        // (After a reporting verb the reported clause starts right after it: "said attacks by both sides this month showed …".)
        const np = prev.g.reporting ? a : subjectStart(toks, a, g.s, dates);
        const coord = b < 0 && np - 1 >= a && boundaryOf(toks[np - 1], toks, np - 1) === 'coord' ? np - 1 : -1;
        if (kind === 'rel') {
          const between = g.s - (b + 1);
          const first = toks[b + 1];
          if (between === 0) {
            c.subj = antecedent(toks, b, a);
            c.from = b;
          } else if (between <= 5 && first && (first.cap || DETERMINERS.has(first.lw) || PRONOUNS.has(first.lw))) {
            c.subj = [b + 1, g.s];
            if (toks[b].lw !== 'that' || !prev.g.reporting) c.whatOverride = antecedent(toks, b, a);
            c.from = b;
          } else {
            c.subj = null;
            c.from = b;
          }
        } else if (kind === 'acc') {
          c.acc = true;
          c.from = b;
          c.subj = [b + 2, g.s];
        } else if (b >= 0) {
          let s = b + 1;
          // After the last comma ("after the strike, officials said"), unless that comma closes an aside.
          for (let i = g.s - 2; i > s; i--)
            if (toks[i].w === ',') {
              if (!COORD.has(toks[i + 1]?.lw ?? '')) s = i + 1;
              break;
            }
          while (s < g.s && (toks[s].w === ',' || toks[s].w === '”' || toks[s].w === '"' || toks[s].lw === 'that')) s++;
          c.from = b;
          c.subj = s < g.s ? [s, g.s] : prev.subj;
        } else if (coord >= 0) {
          c.from = coord;
          c.subj = coord + 1 < g.s ? [coord + 1, g.s] : prev.subj;
          c.shared = coord + 1 === g.s;
        } else {
          // No boundary: the clause starts at its subject, so the previous verb keeps its object and its date
          // ("the FBI arrested him at the airport Thursday morning as he was about to be deported").
          let s = np;
          c.from = np;
          if (g.reporting) {
            // A trailing attribution: "…, officials said."
            for (let i = g.s - 2; i >= a; i--)
              if (toks[i].w === ',') {
                s = c.from = i + 1;
                break;
              }
          }
          while (s < g.s && (toks[s].lw === 'that' || toks[s].w === ',')) s++;
          c.subj = s < g.s ? [s, g.s] : prev.subj;
        }
      }
      if (c.subj && c.subj[1] - c.subj[0] > 40) c.subj = [c.subj[1] - 40, c.subj[1]];
      // A quote's words are never the subject of a verb outside it ("“We'll stay,” she added").
      if (c.subj && !inQuote(toks[g.main].s) && toks.slice(c.subj[0], c.subj[1]).some((t) => QUOTE_MARK.test(t.w) || inQuote(t.s))) c.subj = null;
      clauses.push(c);
    }
    // Frames: which clauses report, and who they report.
    const frameOf = (c: Clause): string | null => frameAt(c)?.text ?? null;
    const frameAt = (c: Clause): { text: string; at: number } | null => {
      if (!c.subj) return null;
      const [hs, he] = subjectHead(toks, c.subj[0], c.subj[1], dates);
      let s = textOf(text, toks, hs, he);
      if (/^(it|they)$/i.test(s) && lastFrameSubject) s = lastFrameSubject;
      return s ? { text: s, at: toks[hs].s } : null;
    };
    const accIdx = clauses.findIndex((c) => c.acc);
    const events: { raw: RawEvent; clause: number }[] = [];
    const frameClauses: number[] = [];
    let hasEvent = false;
    for (let ci = 0; ci < clauses.length; ci++) {
      const c = clauses[ci];
      const g = c.g;
      const end = ci + 1 < clauses.length ? clauses[ci + 1].from : sb;
      let clauseDates = datesFrom(toks[c.from].s, end >= sb ? (toks[sb - 1]?.e ?? text.length) : toks[end].s);
      if (c.shared && !clauseDates.length) clauseDates = datesFrom(toks[clauses[ci - 1].from].s, toks[c.from].s);
      const verbAt = toks[g.main].s;
      const q = inQuote(verbAt);
      // Who reports this clause: a frame earlier in the sentence (same side of any quote), a trailing frame, or "according to".
      let reporter: { text: string; at: number } | null = null;
      for (let k = ci - 1; k >= 0; k--) {
        const f = clauses[k];
        if (f.g.reporting && !!inQuote(toks[f.g.main].s) === !!q) {
          reporter = frameAt(f);
          break;
        }
      }
      if (!reporter && !g.reporting) {
        const f = clauses[clauses.length - 1];
        const before = f.subj ? toks[f.subj[0] - 1] : undefined;
        const trailing = f !== c && f.g.reporting && !f.g.inherit && !inQuote(toks[f.g.main].s) && before && /^[,”"]$/.test(before.w);
        if (trailing) reporter = frameAt(f);
      }
      if (!reporter && accIdx >= 0 && ci < accIdx) reporter = frameAt(clauses[accIdx]);
      const reportedBy = reporter?.text ?? null;
      if (g.reporting) {
        frameClauses.push(ci);
        const name = frameOf(c);
        if (name && !/^(he|she|i|we|you)$/i.test(name)) lastFrameSubject = name;
        continue;
      }
      const isEvent = (g.tense === 'past' || g.tense === 'future') && !g.neg && !g.modal && !g.copula && !g.stative && !g.inherit;
      const wouldOk = !(g.tense === 'future' && toks[g.s].lw === 'would' && !(ci > 0 && clauses[ci - 1].g.reporting));
      // A clause that is not a plain past or future event still makes a row when it has a date of its own
      // ("Unisys is expected to break even in the fourth quarter"); a negated one never does.
      const ownDate = !g.neg && clauseDates.some((d) => !d.comparison);
      if ((!isEvent || !wouldOk) && !ownDate) continue;
      hasEvent = true;
      const raw = makeEvent(text, toks, c, end, clauseDates, dates, q ? 'quote' : reportedBy ? 'claim' : 'narrative', reportedBy, false);
      raw.reporterAt = reporter?.at ?? null;
      events.push({ raw, clause: ci });
    }
    // A frame is an event of its own (someone saying something) when it has a date, a subject, or reports nothing else.
    for (const ci of frameClauses) {
      const c = clauses[ci];
      const next = clauses[ci + 1];
      const end = next && !next.g.reporting ? next.from : ci + 1 < clauses.length ? clauses[ci + 1].from : sb;
      const own = datesFrom(toks[c.from].s, end >= sb ? (toks[sb - 1]?.e ?? text.length) : toks[end].s);
      if (!own.length && hasEvent && !c.subj) continue;
      if (c.g.inherit || c.g.neg || c.g.modal) continue;
      const q = inQuote(toks[c.g.main].s);
      const firstQuote = quotes[firstEndingAfter(quotes, toks[sa].s)];
      const attributesQuote = !!firstQuote && firstQuote.start >= toks[sa].s && firstQuote.start < toks[sb - 1].e && !q;
      // A bare "officials said" whose claim has its own row is read over its own clause only (its actor is its subject, never a name in the claim).
      const bare = !own.length && hasEvent && !(attributesQuote && ci === clauses.length - 1);
      const ev = makeEvent(text, toks, c, bare ? end : sb, own, dates, q ? 'quote' : attributesQuote ? 'quote' : 'narrative', null, true);
      if (attributesQuote && ci === clauses.length - 1) {
        // "“…,” the spokeswoman said": the event is the whole sentence, and what was said is the quote.
        ev.start = toks[sa].s;
        const qr = firstQuote;
        if (!ev.what && qr) ev.what = '“' + shorten(text.slice(qr.start + 1, qr.end - 1).replace(/[”"]$/, ''), 12) + '”';
      } else if (!own.length && hasEvent) ev.end = Math.max(ev.start, toks[c.g.e - 1].e); // "officials said": the saying alone, the claim has its row
      events.push({ raw: ev, clause: ci });
    }
    events.sort((x, y) => x.clause - y.clause);
    for (const e of events) out.push(e.raw);
  }
  return out;
}

/** The first `max` words of a text, with an ellipsis when cut. */
function shorten(s: string, max: number): string {
  const words = s.replace(/[,.;:]+$/, '').trim().split(/\s+/);
  return words.length > max ? words.slice(0, max).join(' ') + ' …' : words.join(' ');
}

function makeEvent(text: string, toks: Token[], c: Clause, end: number, own: RawTime[], dates: RawTime[], source: EventSource, reportedBy: string | null, frame: boolean): RawEvent {
  const g = c.g;
  const startTok = c.subj && c.subj[0] < c.from ? c.subj[0] : c.from;
  let s = toks[startTok].s;
  let e = toks[Math.max(startTok, end - 1)].e;
  // (Marks are looked for inside the event's own span only: a search past it would rescan the paragraph per event.)
  while (e > s && /[\s.,;:!?”"’)]/.test(text[e - 1]) && !(text[e - 1] === '”' && text.slice(s, e - 1).includes('“'))) e--;
  while (s < e && /[\s“"‘(,]/.test(text[s]) && !(text[s] === '“' && text.slice(s, e).includes('”'))) s++;
  const [hs, he] = c.subj ? subjectHead(toks, c.subj[0], c.subj[1], dates) : [0, 0];
  const subjectText = textOf(text, toks, hs, he).replace(/^(the|a|an)\s+/i, '');
  const sentStart = c.from;
  const partySpans: Span[] = [];
  let names = c.subj ? namesIn(toks, hs, he, sentStart) : [];
  if (c.subj) {
    // "Top officials including Gen. X and Y" / "a call between X and Y"
    const incl = toks.slice(he, c.subj[1]).findIndex((t) => t.lw === 'including' || t.lw === 'such');
    if (!names.length && incl >= 0) {
      const from = he + incl + 1;
      const segs: [number, number][] = [];
      let segStart = from;
      for (let i = from; i <= c.subj[1]; i++) {
        if (i === c.subj[1] || toks[i].w === ',') {
          const first = toks[segStart];
          if (segStart < i && first && (first.cap || COORD.has(first.lw))) segs.push([segStart, i]);
          segStart = i + 1;
        }
      }
      for (const [a, b] of segs) {
        partySpans.push({ start: toks[a].s, end: toks[b - 1].e });
        pushAll(names, namesIn(toks, a, b, -1));
      }
    }
  }
  let between = -1;
  for (let i = g.e + 1; i < end; i++) if (toks[i].lw === 'between') ((between = i), (i = end));
  if (between > 0) {
    let j = between + 1;
    while (j < end && toks[j].word && !inDate(toks[j].s, dates)) j++;
    if (j > between + 1) {
      partySpans.push({ start: toks[between + 1].s, end: toks[j - 1].e });
      if (!names.length || !c.subj || names.length === 0) names = [...names, ...namesIn(toks, between + 1, j, -1)];
    }
  }
  // A pronoun subject names whom the pronoun resolves to, or no one: also when words the clause reader did not take for a
  // verb follow it ("I think his tweet was …", "They argue that the EPA overstepped …"), not when coordinated ("she and
  // other parents"); the "there" of "there were" names no one.
  const lead = he > hs ? toks[hs].lw : '';
  const pronoun = c.subj && (PRONOUNS.has(lead) || lead === 'there') && (he - hs === 1 || !COORD.has(toks[hs + 1].lw)) ? lead : null;
  const action = textOf(text, toks, g.s, g.e);
  const where = placeIn(text, toks, c.from < startTok ? c.from : startTok, end, dates);
  let what: string | null;
  if (c.whatOverride) what = textOf(text, toks, c.whatOverride[0], c.whatOverride[1]);
  else what = phrase(text, toks, g.e, end, dates, frame ? 12 : 10, where && where.start > toks[g.e - 1].e ? where.start : Infinity);
  return {
    start: s,
    end: Math.max(s, e),
    subject: c.subj ? { start: toks[hs]?.s ?? 0, end: toks[Math.max(hs, he - 1)]?.e ?? 0 } : null,
    subjectText,
    partySpans,
    names: [...new Set(names)],
    pronoun,
    action,
    what,
    where: where?.text ?? null,
    dates: own.filter((d) => !d.comparison).map((d) => ({ start: d.start, end: d.end })),
    verbAt: toks[g.main].s,
    source,
    reportedBy,
    reporterAt: null,
    frame,
    subordinate: SUB.has(toks[c.from]?.lw ?? '') || SUB.has(toks[c.from + 1]?.lw ?? ''),
    tense: g.neg || g.modal ? null : g.tense === 'past' && g.main > g.s && HAVE.has(toks[g.s].lw.replace(/n[’']t$/, '')) ? 'perfect' : g.tense,
  };
}

/** Whether a name ending at `end` is used as a modifier ("Iraq’s top cleric", "Iraqi lawmakers"), not as an actor. */
export function modifierAt(text: string, end: number): boolean {
  const m = /^(['’]s)?\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  if (m[1]) return true;
  const w = m[2];
  if (/^\p{Lu}/u.test(w)) return false;
  return !(looksPast(w) || PREPOSITIONS.has(w) || COORD.has(w) || BE.has(w) || HAVE.has(w) || FUTURE_MODAL.has(w) || OTHER_MODAL.has(w) || REL.has(w) || PRESENT_VERBS.has(w) || ADVERBS.has(w) || NEG.has(w));
}

/** Whether a name looks like an organisation rather than a person (for pronoun resolution). */
export function looksLikeOrganization(name: string): boolean {
  return name.split(/\s+/).some(isOrgWord) || /^[A-Z]{2,}$/.test(name) || name.split(/\s+/).length < 2;
}

/** Words that start a past-tense irregular verb (re-exported for tests). */
export const irregularPast = IRREGULAR_PAST;
