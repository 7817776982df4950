// The tense that governs a temporal expression, read from nearby auxiliaries and verb forms (news prose).
import { firstIndexWhereNot } from '../search';

export type Tense = 'past' | 'present' | 'future' | null;

const FUTURE_WORDS = new Set(['will', "'ll", '’ll', 'shall', 'would', 'won’t', "won't", 'wo']);
const FUTURE_BEFORE_TO = new Set(['going', 'plans', 'plan', 'planned', 'planning', 'expected', 'expects', 'set', 'due', 'scheduled', 'intends', 'intend', 'aims', 'is', 'are', 'supposed', 'likely', 'poised', 'ready']);
/** Past forms of verbs of planning: with an object before the date ("planned a rally on Saturday"), the date lies ahead of the plan. */
const PLANNED = new Set(['planned', 'scheduled', 'rescheduled', 'arranged', 'slated']);
/** Words that open a planning verb's object ("planned a rally", "scheduled their vote", "arranged another meeting"). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'another', 'its', 'their', 'his', 'her', 'our', 'new', 'two', 'three']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'still', 'this', 'that']);
/** Modals that put a dated clause ahead ("can meet Tuesday", "may close in January"). */
const MODALS = new Set(['can', 'may', 'might', 'must', 'should']);
/** Auxiliaries that make a participle passive or non-finite ("is expected in May", "to be published"), not a past tense. */
const PASSIVE_AUX = new Set(['is', 'are', 'am', 'be', 'being']);
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
export function tenseAround(text: string, start: number, end: number, reach = 400, all?: readonly TenseWord[]): Tense {
  const lo = Math.max(0, start - reach);
  const hi = Math.min(text.length, end + reach);
  // With the text's words read once (`textWords`), the window is a range of them; else only the window is read.
  const before = all ? wordsWithin(all, lo, start) : words(text, lo, start);
  const after = all ? wordsWithin(all, end, hi) : words(text, end, hi);
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

export interface TenseWord {
  w: string;
  start: number;
  end: number;
  next: string;
  commaAfter: boolean;
  sentenceEnd: boolean;
}

/** Every word of a text (a paragraph), for reading the tense of several expressions in it with one pass. */
export function textWords(text: string): TenseWord[] {
  return words(text, 0, text.length);
}

/** The words lying wholly inside [from, to) of a list in text order. */
function wordsWithin(all: readonly TenseWord[], from: number, to: number): TenseWord[] {
  const a = firstIndexWhereNot(all, (w) => w.start < from);
  let j = a;
  while (j < all.length && all[j].end <= to) j++;
  return all.slice(a, j);
}

// What follows a word (sticky, read at the word's end): a clause break (within two spaces), a sentence end.
const COMMA_AFTER = /\s{0,2}[,;:—–(]/y;
const SENTENCE_END_AFTER = /[.!?]["”’)]?(?:\s|$)/y;
const NOT_SENTENCE_END = /^(Gen|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Lt|Col|Sen|Rep|Gov|[A-Z])$/;

function words(text: string, from: number, to: number): TenseWord[] {
  const out: TenseWord[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) {
    const w = m[0];
    const e = m.index + w.length;
    COMMA_AFTER.lastIndex = e;
    SENTENCE_END_AFTER.lastIndex = e;
    out.push({ w, start: from + m.index, end: from + e, next: '', commaAfter: COMMA_AFTER.test(slice), sentenceEnd: SENTENCE_END_AFTER.test(slice) && !NOT_SENTENCE_END.test(w) });
  }
  for (let i = 0; i + 1 < out.length; i++) out[i].next = out[i + 1].w.toLowerCase();
  return out;
}

function scan(list: TenseWord[], backwards: boolean): Tense | undefined {
  let n = 0;
  for (let i = 0; i < list.length && n < MAX_SCAN; i++, n++) {
    const raw = list[i].w;
    if (/^\p{Lu}/u.test(raw)) continue; // names and titles say nothing about tense
    const w = raw.toLowerCase();
    const next = backwards ? (i > 0 ? list[i - 1].w.toLowerCase() : '') : list[i].next;
    if (FUTURE_WORDS.has(w) || MODALS.has(w)) return 'future';
    // "had been due to expire Friday": a plan in the past perfect is past.
    if (FUTURE_BEFORE_TO.has(w) && next === 'to') return [list[i + (backwards ? 1 : -1)]?.w, list[i + (backwards ? 2 : -2)]?.w].includes('had') ? 'past' : 'future';
    // "planned a rally on Saturday", "has scheduled a briefing Thursday": ahead of the plan, unless "had planned".
    if (backwards && PLANNED.has(w) && OBJECT_OPENERS.has(next) && list[i + 1]?.w.toLowerCase() !== 'had') return 'future';
    // "the planned merger", "a still unspecified date": an -ed word after a determiner is an adjective.
    const prev = backwards ? list[i + 1]?.w : list[i - 1]?.w;
    if (!PAST_WORDS.has(w) && prev && DETERMINERS.has(prev.toLowerCase())) continue;
    if (PAST_WORDS.has(w) || looksPast(w)) {
      // "will be held", "would have gone": a future auxiliary just before the participle decides.
      const before = backwards ? [list[i + 1]?.w, list[i + 2]?.w] : [list[i - 1]?.w, list[i - 2]?.w];
      if (before.some((b) => b && FUTURE_WORDS.has(b.toLowerCase()))) return 'future';
      if (!PAST_WORDS.has(w) && before[0] && PASSIVE_AUX.has(before[0].toLowerCase())) return 'present';
      if (!backwards && FUTURE_WORDS.has(w)) return 'future';
      return 'past';
    }
    if (PRESENT_WORDS.has(w)) return 'present';
  }
  return undefined;
}
