// Attribution: per paragraph, the cue and speaker phrase of each quote; per article, inheritance and pronouns.
import type { Entity, Span } from '../types';
import { findCues, isRole, SPEECH_NOUNS, nameMentions, speakerAfter, speakerBefore, tokenize, CUE_WORDS, PERSON_PRONOUNS, PERSON_TITLES, type CueHit, type SpeakerPhrase, type Token } from './cues';
import { findQuotes, type PairList, type RawQuote } from './finder';
import { firstIndexWhereNot } from '../search';
import { BE_BEFORE, CORE_FUNCTION_WORDS, INDEFINITES, PREPOSITIONS_OR_PARTICLES, SPEECH_VERBS, WEEKDAY_WORDS, words } from '../lexicon';
import { clauseSubject, finiteVerb, frontedMain, governingSubject, AUXILIARIES, CONTRAST_LINKS } from './clause';

/** A quote's cue and speaker as found in its own paragraph (paragraph-relative). */
export interface LocalAttribution {
  cue: Span;
  speaker: SpeakerPhrase;
  /** The speaker is a transcript label inside the quote ("PENCE: ..."): a new turn, never a continuation. */
  label?: boolean;
}

/** Everything the quotes pass computes for one paragraph (paragraph-relative, cacheable). */
export interface ParagraphQuotes {
  quotes: RawQuote[];
  local: (LocalAttribution | null)[];
  /** Cues with a speaker anywhere in the paragraph (indirect speech included), in text order. */
  cues: LocalAttribution[];
  /** Person-like name phrases (fallback when the names pass gives no entities). */
  names: SpeakerPhrase[];
  /** The paragraph's prose outside quotes ends with a colon (`... said:`). */
  endsWithColon: boolean;
  /** That final colon, when there is one. */
  colon: Span | null;
  /** Over a bound (found as spans only): every quote of the paragraph, compact; `quotes` holds only the first and the last. */
  all?: PairList;
}

/** Cue words for a config: the built-in list plus the house's own. */
export function cueSet(extra: string[]): Set<string> {
  const s = new Set(CUE_WORDS);
  for (const c of extra) if (c.trim()) s.add(c.trim().toLowerCase());
  return s;
}

/** Tokens outside the quotes, with a barrier token where each quote stands. */
function outsideTokens(t: string, quotes: RawQuote[]): Token[] {
  const toks: Token[] = [];
  let pos = 0;
  for (const q of quotes) {
    if (q.start > pos) for (const x of tokenize(t.slice(pos, q.start), pos)) toks.push(x); // (no spread: 100k+ tokens)
    toks.push({ start: q.start, end: q.end, w: '"', lower: '"', cap: false, punct: true });
    pos = Math.max(pos, q.end);
  }
  if (pos < t.length) for (const x of tokenize(t.slice(pos), pos)) toks.push(x);
  return toks;
}

/** The subject phrase at the start of a sentence (after an introductory phrase ending with a comma). */
function sentenceSubject(toks: Token[], from: number, to: number): SpeakerPhrase | null {
  from = afterDateline(toks, from, to);
  // A sentence opening with a preposition ("With Democratic leaders worried, Obama ...") or a participle or
  // adverb ("Using a crude expression, he ...", "Hastily politicizing ..., Trump") has its subject after the comma.
  const intro = opensWithIntro(toks, from, to);
  const direct = intro ? null : speakerAfter(toks, from - 1, to, true);
  // A phrase closed by a comma opens the sentence ("Earlier this week, Todd ...", "In Salem, N.H., Trump ..."):
  // the subject comes after it.
  if (direct && !opensSentence(toks, direct, from, to)) return direct;
  // After up to three introductory phrases ("On July 6, 2015, Sanders ...").
  let commas = 0;
  for (let k = from; k < to && k < from + (intro ? 32 : 16); k++) {
    // (In an introductory phrase a quote may hold the comma: `After saying it was "so swollen," she was ...`.)
    if (toks[k].w !== ',' && !(intro && toks[k].w === '"')) {
      if (toks[k].punct) return null;
      continue;
    }
    const sp = speakerAfter(toks, k, to, true);
    if (sp && !opensSentence(toks, sp, k, to, intro)) return sp;
    if (++commas >= 3) return null;
  }
  return null;
}

/** A phrase closed by a comma and followed by a name or pronoun is an introduction, not the subject. */
function opensSentence(toks: Token[], sp: Span, from: number, to: number, intro = false): boolean {
  let k = from;
  while (k < to && toks[k].start < sp.end) k++;
  while (k < to && /^(?:later|earlier|ago|afterward|afterwards)$/.test(toks[k].lower)) k++; // "Hours later, Trump ..."
  const next = toks[k + 1];
  // (Inside an introductory phrase a place or date runs on: "At an event in Ames, Iowa, on Sunday, she ...".)
  return k + 1 < to && toks[k].w === ',' && !next.punct && (next.cap || /^(?:he|she|they|we|i)$/.test(next.lower) || (intro && INTRO_PREPOSITIONS.has(next.lower)));
}

/** The sentence opens with a preposition, participle or adverb: its subject follows a comma. */
function opensWithIntro(toks: Token[], from: number, to: number): boolean {
  return from < to && (INTRO_PREPOSITIONS.has(toks[from].lower) || introducingWord(toks[from], toks[from + 1]));
}

/** A capitalised participle or adverb opening a sentence before a lowercase word ("Using a ...", "Hastily politicizing"). */
function introducingWord(t: Token, next: Token | undefined): boolean {
  return t.cap && t.lower.length > 4 && /(?:ing|ly)$/.test(t.lower) && !!next && !next.punct && !next.cap && !CUE_SET.has(next.lower);
}
const CUE_SET = new Set(CUE_WORDS);

/** The token after a dateline opening a paragraph (`WASHINGTON —`, `Washington (AFP) –`, `PHILADELPHIA, July 25 (UPI) —`). */
function afterDateline(toks: Token[], from: number, to: number): number {
  if (from !== 0) return from;
  for (let k = from; k < to && k < from + 10; k++) {
    const t = toks[k];
    if (/^[—–―]$/.test(t.w)) return k > from ? k + 1 : from;
    if (!t.cap && !t.punct && !/^\d/.test(t.w)) return from;
  }
  return from;
}

const INTRO_PREPOSITIONS = new Set('with without in on at after before during following despite amid among under for from since by as unlike like'.split(' '));

/** `PENCE:` or `MR. SMITH:` opening a quote: one to three words in capitals and a colon. */
const TRANSCRIPT_LABEL = /^\s*((?:\p{Lu}[\p{Lu}.'’-]+)(?: \p{Lu}[\p{Lu}.'’-]*){0,2}):\s/u;
/** Capitalised labels that name no speaker. */
const NOT_SPEAKER_LABELS = new Set('update updated breaking note editor’s note editor\'s note correction warning caution disclaimer warning spoiler alert source sources photo video watch read more related fact check'.split(' '));

/** Past participles of naming and saying that take a `by` agent. */
const PASSIVE_CUES = /^(?:called|labeled|labelled|dubbed|described|known|branded|termed|uttered|coined|nicknamed|deemed|characterized)$/;
const POSSESSIVE_PRONOUN = /^(?:his|her|their)$/;
/** Words that may follow an aside's cue before its closing comma (`, he said Tuesday,`, `, she added later,`). */
const TIME_AFTER_CUE: ReadonlySet<string> = new Set([...WEEKDAY_WORDS, ...words('today yesterday later then again too also')]);

const CLAUSE_OPENERS = new Set('and but while whereas although though because since if when as after before until so yet or'.split(' '));

/** A cue (token index a) introduces a quote (token index b): only a comma, colon, dash or `that` between
 * them, or a short adverbial closed by a comma or colon ("saying during the debate last week, "..."). */
function introduces(toks: Token[], a: number, b: number): boolean {
  if (b - a > 9) return false;
  // Also an object before a short quote: `called it "..."`, `called a "rant"`.
  let plain = true;
  for (let k = a; k < b; k++) if (!/^(?:[,:—–―]|that|it|them|him|her|a|an|the|this)$/.test(toks[k].lower)) plain = false;
  if (plain) return true;
  if (b - 1 < a || !/^[,:]$/.test(toks[b - 1].w)) return false;
  for (let k = a; k < b - 1; k++) if (/^[.;:"—–―]$/.test(toks[k].w)) return false;
  return true;
}

const RELATIVE_SPEAKER = /^(?:who|which|that)$/i;

/**
 * The subject a participle takes before the sentence's own: the subject of an absolute `with` phrase ("..., with
 * Trump reportedly yelling"), or the speaker of a cue just before it ("X said, adding").
 */
function participleSubject(toks: Token[], from: number, h: CueHit, prev: CueHit[]): SpeakerPhrase | null {
  const k = h.index;
  if (!/ing$/.test(toks[k].lower)) return null;
  const p = prev[prev.length - 1];
  if (p && p.index < k && p.index >= from && !/['’]s?$/.test(toks[firstIndexWhereNot(toks, (x) => x.end < p.speaker!.end)].w) && toks.slice(p.index + 1, k).every((x) => x.punct || /^(?:and|then|before|after)$/.test(x.lower))) return p.speaker;
  // ("..., with X tweeting that ... and asking, "..."": a participle coordinated with an earlier one shares its subject.)
  if (p && p.index < k && p.index >= from && /ing$/.test(toks[p.index].lower) && toks[k - 1]?.lower === 'and' && !toks.slice(p.index + 1, k).some((x) => /^[.;:?!]$/.test(x.w))) return p.speaker;
  if (k - 1 < from || toks[k - 1].punct) return null;
  const sp = speakerBefore(toks, k, from, false);
  if (!sp || sp.kind === 'pronoun') return null;
  const b = firstIndexWhereNot(toks, (x) => x.start < sp.start) - 1;
  if (b >= from && toks[b].lower === 'with') return sp;
  // (The subject may be coordinated or partitive: "with many marchers and spectators chanting", "with one of her ads asking".)
  for (let w = b; w >= from && w > b - 4; w--) {
    if (toks[w].punct || (!toks[w].cap && finiteVerb(toks[w]))) return null;
    if (toks[w].lower === 'with') return w + 1 < k ? { ...sp, start: toks[w + 1].start } : null;
  }
  return null;
}

/** The `according to` cue with a speaker in [from, to), if any (hits in text order). */
function accordingIn(hits: CueHit[], t: string, from: number, to: number): CueHit | null {
  for (let i = firstIndexWhereNot(hits, (h) => h.start < from); i < hits.length && hits[i].start < to; i++) if (/^according\b/i.test(t.slice(hits[i].start, hits[i].end))) return hits[i];
  return null;
}

/** A quote's words without its marks; a mark printed as two apostrophes (`''Yes,'' he said`) is two characters. */
function quoteInner(t: string, q: { start: number; end: number; closed: boolean }): string {
  const two = (at: number) => t[at] === "'" && t[at + 1] === "'";
  return t.slice(q.start + (two(q.start) ? 2 : 1), q.closed ? q.end - (two(q.end - 2) ? 2 : 1) : q.end);
}

/** A closing `..., CNN reported.` / `..., reports the Post.` cue in [from, to): the whole sentence is told on its word. */
function reportedIn(hits: CueHit[], toks: Token[], t: string, from: number, to: number, tokenAt: (o: number) => number): CueHit | null {
  for (let i = firstIndexWhereNot(hits, (h) => h.start < from); i < hits.length && hits[i].start < to; i++) {
    const h = hits[i];
    if (!/^report(?:s|ed)$/i.test(t.slice(h.start, h.end))) continue;
    const a = tokenAt(Math.min(h.start, h.speaker!.start)) - 1;
    const e = tokenAt(Math.max(h.end, h.speaker!.end));
    if (a >= 0 && toks[a].w === ',' && (e >= toks.length || /^[.!?]$/.test(toks[e].w) || toks[e].start >= to)) return h;
  }
  return null;
}

/** First index whose value is >= x in an ascending array. */
function lowerBound(a: number[], x: number): number {
  return firstIndexWhereNot(a, (v) => v < x);
}

/** A role phrase that names a speaker ("the statement", "a spokesman"), not "it" or a bare noun. */
function isPlainRole(sp: SpeakerPhrase, t: string): boolean {
  const s = t.slice(sp.start, sp.end);
  // Its head must name someone who can speak: "The plan was "a disaster"" has no speaker.
  const head = /[\p{L}\p{N}'’-]+$/u.exec(s)?.[0].toLowerCase() ?? '';
  const named = /\p{Lu}/u.test(s.replace(/^(?:the|a|an|my|his|her|their|its|our|one|some|several|many|two|three)\s/i, ''));
  if (!isRole(head) && !named && !/^\d+ percent$/.test(s)) return false;
  return /^(?:the|a|an|my|his|her|their|its|our|one|some|several|many|two|three)\s/i.test(s) || /s$/.test(s) || /\p{Lu}/u.test(s);
}

/** Find quotes and their local attribution in one paragraph. */
export function analyzeParagraph(t: string, heading: boolean, cues: Set<string>): ParagraphQuotes {
  const { quotes, sentences } = findQuotes(t, heading);
  const toks = outsideTokens(t, quotes);
  const hits = findCues(toks, 0, toks.length, cues);
  const tokenAt = (offset: number) => firstIndexWhereNot(toks, (tok) => tok.start < offset);
  const sentenceOf = (offset: number) => sentences[Math.max(0, lowerBound(sentences, offset + 1) - 1)];
  // A cue before `to` followed by a that- or wh-clause or a pronoun subject ("said that ...", "asked Trump how ...",
  // "says she hopes ..."): what was said runs on.
  const reportsContent = (from: number, to: number) => {
    let k = to - 1;
    while (k >= from && !(!toks[k].cap && cues.has(toks[k].lower))) k--;
    for (let j = k + 1; k >= from && j < to; j++) if (/^(?:that|how|why|what|whether)$/.test(toks[j].lower) || (j === k + 1 && /^(?:he|she|they|we|i)$/.test(toks[j].lower))) return true;
    return false;
  };
  // The clause that holds a quote, when it has its own subject: fronted ("When X spoke, Y said"), after a contrast
  // (", but he"), or linked after a clause that says nothing ("X won, as Y called it"). After a verb of saying the
  // linked clause is part of what was said ("X says he left because Y "..."" is X's).
  // (Also the clause a participle hangs on: "when protesters interrupted her, shouting".)
  const ownClause = (from: number, to: number) => {
    const gov = governingSubject(toks, from, to, speaks);
    if (!gov || gov.opening === 'fronted') return gov;
    // ("..., which he called "a cartel"": the relative clause's speaker, whoever reported the sentence.)
    if (gov.opening === 'object') return cues.has(toks[gov.verb].lower) ? gov : null;
    // (A comma sets the clause off from what was said when a contrast or a person opens it: ", but he", ", when she".)
    if (gov.opening === 'link' && toks[gov.link - 1]?.w === ',' && ((CONTRAST_LINKS.has(toks[gov.link].lower) || (gov.sp.person && gov.sp.kind !== 'role')) && !reportsContent(from, gov.link))) return gov;
    for (let k = from; k < gov.link; k++) if (!toks[k].cap && cues.has(toks[k].lower)) return null;
    return gov;
  };
  const speaks = (x: SpeakerPhrase) => (x.kind === 'pronoun' ? !/^(?:it|you)$/i.test(t.slice(x.start, x.end)) : x.kind === 'name' || isPlainRole(x, t));
  // Participles take the subject of their sentence.
  const withSpeaker: CueHit[] = [];
  for (const h of hits) {
    // An indefinite alone as the subject ("Some chanted", "Yet another said", "Others called it"): it is the source.
    if (!h.speaker && !h.participle && !h.inverted) {
      let j = h.index - 1;
      while (j >= 0 && /^(?:also|later|then|quickly|simply|again)$/.test(toks[j].lower)) j--;
      if (j >= 0 && INDEFINITES.has(toks[j].lower) && (j === 0 || toks[j - 1].punct || /^(?:yet|and|but|while|whereas)$/.test(toks[j - 1].lower))) h.speaker = { start: toks[j].start, end: toks[j].end, kind: 'role', person: false, core: null };
    }
    if (!h.speaker && h.participle) {
      const s = sentenceOf(h.start);
      const from = tokenAt(s);
      // (An infinitive takes the subject of the participle it completes: "with Reyes taking to Twitter to call".)
      let carrier = h;
      if (toks[h.index - 1]?.lower === 'to')
        for (let j = h.index - 2; j >= from && j >= h.index - 6 && !toks[j].punct; j--)
          if (!toks[j].cap && /ing$/.test(toks[j].lower)) {
            carrier = { ...h, index: j };
            break;
          }
      h.speaker = participleSubject(toks, from, carrier, withSpeaker) ?? ownClause(from, h.index)?.sp ?? sentenceSubject(toks, from, h.index);
      // A participle opening the sentence ("After saying ..., she was"; "Speaking to reporters, Smith said")
      // takes the subject that follows.
      // (So does a cue inside an opening phrase: "Using a crude phrase to describe them, he said ...".)
      if (!h.speaker && (h.index - from <= 1 || opensWithIntro(toks, from, h.index))) {
        const ns = lowerBound(sentences, h.end);
        h.speaker = sentenceSubject(toks, from, tokenAt(ns < sentences.length ? sentences[ns] : t.length));
      }
    }
    if (h.speaker) withSpeaker.push(h);
  }
  const hitStarts = withSpeaker.map((h) => h.start);
  const asLocal = (h: CueHit): LocalAttribution => ({ cue: { start: h.start, end: h.end }, speaker: h.speaker! });
  // The subject of the sentence or clause a quote sits in, when no cue attributes it.
  const subjectBefore = (q: RawQuote): LocalAttribution | null => {
    if (!(q.sentenceStart < q.start && !/^[\s(\[]*$/.test(t.slice(q.sentenceStart, q.start)))) return null;
    const from = tokenAt(q.sentenceStart);
    const to = tokenAt(q.start);
    let sp = sentenceSubject(toks, from, to);
    const gov = ownClause(from, to);
    if (gov && (!sp || gov.sp.start > sp.end)) sp = gov.sp;
    // (Else the subject of the clause the quote sits in: `It is strange that Trump would denounce "..."`.)
    if (!sp || !speaks(sp)) sp = clauseSubject(toks, from, to, speaks);
    if (!sp || sp.end > q.start || (sp.kind === 'role' && !isPlainRole(sp, t))) return null;
    const verb = toks.slice(tokenAt(sp.end), Math.min(to, tokenAt(sp.end) + 8)).find((x) => !x.punct);
    return { cue: verb ? { start: verb.start, end: verb.end } : { start: sp.end, end: sp.end }, speaker: sp };
  };
  /** The subject of a cue found already that starts at token k, with the cue's token index. */
  const subjectAt = (k: number) => {
    if (k >= toks.length) return null;
    const at = toks[k].start;
    // (Hits are in text order of their cues; a subject precedes its cue by a few tokens.)
    for (let i = lowerBound(hitStarts, at); i < withSpeaker.length && withSpeaker[i].start - at < 200; i++) {
      const h = withSpeaker[i];
      if (h.speaker!.start === at && !h.inverted) return { sp: h.speaker!, verb: h.index };
    }
    return null;
  };
  // A quote mark token (a quote's stand-in) whose quote ends with a comma closes a clause as a comma would.
  const closesWithComma = (k: number) => toks[k].w === '"' && /,\s*['"\u201C\u201D\u2019]{0,2}$/.test(t.slice(toks[k].start, toks[k].end));
  /** The attribution a fronted subordinate clause decides for quote `q` given the cue picked so far (undefined: none). */
  const frontedClause = (q: RawQuote, pick: CueHit | null): LocalAttribution | null | undefined => {
    if (!pick) return undefined;
    const from = tokenAt(q.sentenceStart);
    const qk = tokenAt(q.start);
    if (pick.end <= q.start && pick.speaker!.end <= q.start) {
      const main = frontedMain(toks, from, qk, speaks, closesWithComma, subjectAt);
      if (main && Math.max(pick.start, pick.speaker!.start) < toks[main.comma].start) return { cue: { start: toks[main.verb].start, end: toks[main.verb].end }, speaker: main.sp };
      return undefined;
    }
    if (pick.start < q.end || qk - 1 < from) return undefined;
    const main = frontedMain(toks, from, tokenAt(q.sentenceEnd), speaks, closesWithComma, subjectAt);
    if (!main || toks[main.comma].start < q.start || Math.min(pick.start, pick.speaker!.start) < toks[main.comma].end) return undefined;
    const sub = toks[main.sub].start;
    const head = lowerBound(hitStarts, sub);
    // (Only a cue of the clause's own keeps it: "Since that ruling, X has ..." is a phrase, not a clause.)
    if (!(head < withSpeaker.length && withSpeaker[head].end <= q.start && withSpeaker[head].speaker!.start > sub)) return undefined;
    // (A quote right after a comma opens the main clause itself, `When it was over, "We won," Lind said.`, unless
    // the clause's cue hands it over: `When someone shouted, "Cruz," Beck joked`.)
    if (/^[,:]$/.test(toks[qk - 1].w) && !(tokenAt(withSpeaker[head].end) === qk - 1)) return undefined;
    return asLocal(withSpeaker[head]);
  };
  /** The relative pronoun subject of a cue that directly introduces quote `q` (`..., which notes, "..."`), if any. */
  const relativeIntro = (q: RawQuote): LocalAttribution | null => {
    let k = tokenAt(q.start) - 1;
    const from = tokenAt(q.sentenceStart);
    while (k >= from && /^[,:]$/.test(toks[k].w)) k--;
    if (k - 1 < from || toks[k].cap || !cues.has(toks[k].lower)) return null;
    let r = k - 1;
    while (r > from && !toks[r].cap && toks[r].lower.length > 4 && toks[r].lower.endsWith('ly')) r--; // ("who responds enthusiastically")
    if (r - 1 < from || !RELATIVE_SPEAKER.test(toks[r].w)) return null;
    // (After a verb, `that` opens what was said: "he said that added ..." is no relative.)
    const before = toks[r - 1];
    if (before.w !== ',' && (before.punct || cues.has(before.lower))) return null;
    return { cue: { start: toks[k].start, end: toks[k].end }, speaker: { start: toks[r].start, end: toks[r].end, kind: 'role', person: toks[r].lower === 'who', core: null } };
  };
  /** "Graham, who says ..., tweeted that "..."": a relative clause closed by a comma before the quote's own verb
   * hands the quote back to its antecedent (the subject of that verb). */
  const closedRelative = (q: RawQuote, a: LocalAttribution | null): LocalAttribution | null => {
    if (!a || a.speaker.end > q.start || a.cue.end > q.start || !RELATIVE_SPEAKER.test(t.slice(a.speaker.start, a.speaker.end))) return a;
    const r = tokenAt(a.speaker.start);
    const qk = tokenAt(q.start);
    for (let k = tokenAt(a.cue.end); k + 1 < qk; k++) {
      if (toks[k].w === '"' || /^[.;:?!]$/.test(toks[k].w)) return a;
      if (toks[k].w !== ',' || !finiteVerb(toks[k + 1])) continue;
      const ante = r - 1 >= 0 ? speakerBefore(toks, toks[r - 1].w === ',' ? r - 1 : r, tokenAt(q.sentenceStart), false) : null;
      return ante && ante.kind !== 'pronoun' && speaks(ante) ? { cue: { start: toks[k + 1].start, end: toks[k + 1].end }, speaker: ante } : a;
    }
    return a;
  };
  /**
   * `"...," Lind barked.`, `"...?" an angry Ortiz retaliated`, `"...," she went on`: a subject and a verb right after a
   * quote closed by a comma (or ? !) attribute it whatever the verb (the cue vocabulary is open), when the clause ends
   * there (a sentence end, a comma, `and`, a preposition).
   */
  const openTail = (q: RawQuote, tailEnd: number): CueHit | null => {
    if (!q.closed) return null;
    const hi = tokenAt(tailEnd);
    let k = tokenAt(q.end);
    if (k < hi && toks[k].w === ',') k++;
    // (Inverted: `"...!" beamed Donald Hartley of Madison, who ...`, `"...?" reacted Lind.`)
    if (k < hi && !toks[k].cap && /ed$/.test(toks[k].lower) && finiteVerb(toks[k])) {
      const inv = speakerAfter(toks, k, hi);
      const n = inv ? tokenAt(inv.end) : hi;
      if (inv && inv.kind === 'name' && inv.start === toks[k + 1].start && (n >= toks.length || toks[n].start >= tailEnd || /^[,.?!;:]$/.test(toks[n].w) || toks[n].lower === 'of')) return { start: toks[k].start, end: toks[k].end, index: k, speaker: inv, inverted: true };
    }
    const sp = speakerAfter(toks, k - 1, hi, true);
    if (!sp || sp.start !== toks[k]?.start || !(sp.kind === 'name' || sp.kind === 'pronoun' ? speaks(sp) : isPlainRole(sp, t))) return null;
    const v = tokenAt(sp.end);
    // (Not an auxiliary: `"...," he was told` is no attribution by the subject.)
    if (v >= hi || !finiteVerb(toks[v]) || AUXILIARIES.has(toks[v].lower)) return null;
    let e = v + 1;
    if (e < toks.length && /^(?:on|back|up|in|out)$/.test(toks[e].lower)) e++;
    const next = toks[e];
    if (next && next.start < tailEnd && !(/^[,.?!;:"—–―]$/.test(next.w) || next.lower === 'and' || INTRO_PREPOSITIONS.has(next.lower) || /^(?:of|about)$/.test(next.lower))) return null;
    return { start: toks[v].start, end: toks[v].end, index: v, speaker: sp, inverted: false };
  };
  /** The last cue before quote `q` in its sentence that stands between commas as an aside (`, he said,`, `, as she put it,`). */
  const asideBefore = (q: RawQuote): CueHit | null => {
    const from = tokenAt(q.sentenceStart);
    const qk = tokenAt(q.start);
    for (let i = lowerBound(hitStarts, q.start) - 1; i >= 0 && withSpeaker[i].start >= q.sentenceStart; i--) {
      const h = withSpeaker[i];
      if (h.participle || h.speaker!.end > q.start || /^(?:per|according)\b/i.test(t.slice(h.start, h.end))) continue;
      let a = tokenAt(Math.min(h.start, h.speaker!.start)) - 1;
      if (a >= from && toks[a].lower === 'as') a--;
      let e = tokenAt(Math.max(h.end, h.speaker!.end));
      while (e < qk && !toks[e].cap && !toks[e].punct && (toks[e].lower.endsWith('ly') || TIME_AFTER_CUE.has(toks[e].lower))) e++;
      // (Not right before the quote: `X said, "..."` introduces it and needs no aside rule.)
      if (a >= from && toks[a].w === ',' && e < qk - 1 && toks[e].w === ',') return h;
      return null;
    }
    return null;
  };
  /** `his claim that ... "..."`: the possessive pronoun of a noun of speech whose content holds quote `q`. */
  const possessiveNoun = (q: RawQuote): LocalAttribution | null => {
    const qk = tokenAt(q.start);
    const from = tokenAt(q.sentenceStart);
    for (let n = qk - 1; n > from && n >= qk - 16; n--) {
      const x = toks[n];
      // (A noun of speech may share its form with a cue verb: "his warning", "their chants".)
      const noun = !x.cap && (SPEECH_NOUNS.has(x.lower) || /^(?:calls?|chants?)$/.test(x.lower)) && toks.slice(Math.max(from, n - 3), n).some((y) => POSSESSIVE_PRONOUN.test(y.lower));
      if (x.w === '"' || /^[.;:?!]$/.test(x.w) || (!noun && n < qk - 1 && !x.cap && cues.has(x.lower))) return null;
      if (!noun) continue;
      let o = n - 1;
      while (o > from && o >= n - 3 && !toks[o].punct && !POSSESSIVE_PRONOUN.test(toks[o].lower) && !cues.has(toks[o].lower) && !CORE_FUNCTION_WORDS.has(toks[o].lower)) o--;
      // (Only where no verb takes the phrase as its object: `over her claim`, `after his comment`, not `repeated his
      // claim`, `said his words`, whose subject is the source.)
      // (Or the sentence's subject: "But their chants of "..." were cut short".)
      if (!POSSESSIVE_PRONOUN.test(toks[o].lower) || (o - 1 >= from && !/^(?:over|after|before|between|about|amid|despite|following|of|and|,|including|particularly|especially|but|yet)$/.test(toks[o - 1].lower))) return null;
      // (What follows the noun: a that-clause, after a short phrase (`her assertion during the debate that`), or a
      // complement right before the quote (`his promise to be "neutral"`, `her comment:`).)
      let m = n + 1;
      while (m < qk && m <= n + 5 && toks[m].lower !== 'that' && !toks[m].punct) m++;
      const ok = (m < qk && toks[m].lower === 'that') || qk - n <= 4;
      if (!ok) return null;
      return { cue: { start: x.start, end: x.end }, speaker: { start: toks[o].start, end: toks[o].end, kind: 'pronoun', person: /^(?:his|her)$/.test(toks[o].lower), core: null } };
    }
    return null;
  };
  /** The `by` agent of a passive verb of saying next to quote `q`, if any. */
  const passiveAgent = (q: RawQuote): LocalAttribution | null => {
    if (!q.closed) return null;
    const qk = tokenAt(q.start);
    const from = tokenAt(q.sentenceStart);
    const hi = tokenAt(q.sentenceEnd);
    const participle = (x: Token) => !x.cap && PASSIVE_CUES.test(x.lower);
    let verb = -1;
    for (let k = qk - 1; k >= from && k >= qk - 4; k--) {
      if (toks[k].punct) break;
      if (participle(toks[k])) {
        verb = k;
        break;
      }
    }
    let k = qk + 1;
    if (k < hi && toks[k].w === ',') k++;
    for (; k < hi && k <= qk + 6 && toks[k].lower !== 'by'; k++) {
      if (toks[k].punct && toks[k].w !== ',') return null;
      if (verb < 0 && participle(toks[k]) && k > qk + 1 && BE_BEFORE.has(toks[k - 1].lower)) verb = k;
    }
    if (verb < 0 || k >= hi || toks[k].lower !== 'by') return null;
    // (The verb must be passive: after a form of `be`, or a participle after a noun, not "Trump called it "..." by phone".)
    if (verb < qk && verb - 1 >= from && (CLAUSE_OPENERS.has(toks[verb - 1].lower) || /^(?:he|she|they|i|we|who)$/.test(toks[verb - 1].lower) || (toks[verb - 1].cap && !BE_BEFORE.has(toks[verb - 1].lower)))) return null;
    const sp = speakerAfter(toks, k, hi);
    return sp && sp.start === toks[k + 1].start && (sp.kind === 'name' || isPlainRole(sp, t) || /s$/.test(t.slice(sp.start, sp.end))) ? { cue: { start: toks[verb].start, end: toks[verb].end }, speaker: sp } : null;
  };
  /** Cue `b`'s clause is the complement of cue `a`'s verb of saying (`X said (that) Y would continue "..."`). */
  const complementOf = (a: CueHit, b: CueHit) => {
    if (a.inverted || a.participle || toks[b.index].lower.endsWith('ing') || !SPEECH_VERBS.has(toks[a.index].lower)) return false;
    const e = tokenAt(Math.max(a.end, a.speaker!.end));
    const s = tokenAt(Math.min(b.start, b.speaker!.start));
    if (s < e || s - e > 12) return false;
    for (let k = e; k < s; k++) if (toks[k].punct || CLAUSE_OPENERS.has(toks[k].lower)) return false;
    return true;
  };
  /** "X released a video that said "..."", "X hoisted a sign that read "..."": a relative `that`/`which` whose antecedent is
   * the object of a verb with a speaking subject hands the quote to that subject (the object is X's medium). A
   * preposition's object keeps the relative ("under a headline that said", "by a message that said"). */
  const objectRelative = (q: RawQuote, a: LocalAttribution | null): LocalAttribution | null => {
    if (!a || a.speaker.end > q.start || !/^(?:that|which)$/i.test(t.slice(a.speaker.start, a.speaker.end))) return a;
    const r = tokenAt(a.speaker.start);
    const from = tokenAt(q.sentenceStart);
    for (let j = r - 1; j >= from && j >= r - 7; j--) {
      const x = toks[j];
      if (x.punct || x.cap || PREPOSITIONS_OR_PARTICLES.has(x.lower)) return a;
      if (!(finiteVerb(x) || (j < r - 1 && x.lower.length > 4 && x.lower.endsWith('ing')))) continue;
      if (j === r - 1) return a; // (`... said that ...`: no object between)
      return verbSubject(j, from) ?? a;
    }
    return a;
  };
  /** The speaking subject of the verb at token v (not a relative pronoun), as the attribution of what its object says. */
  const verbSubject = (v: number, from: number): LocalAttribution | null => {
    const sp = speakerBefore(toks, v, from, true);
    return sp && sp.end <= toks[v].start && speaks(sp) && !RELATIVE_SPEAKER.test(t.slice(sp.start, sp.end)) ? { cue: { start: toks[v].start, end: toks[v].end }, speaker: sp } : null;
  };
  /** "Hollande denounced Lind's remarks as "..."", "she did contradict Ortiz's comments that "..."": a noun of speech
   * whose possessive phrase is the object of a verb with a speaking subject gives the quote to that subject (the
   * subject characterises what the other said). A phrase elsewhere keeps its owner ("Lind's claim that "..."", "an
   * issue out of Lind's claim that "..."). */
  const objectPossessive = (q: RawQuote, a: LocalAttribution | null): LocalAttribution | null => {
    if (!a || a.speaker.end > q.start || a.cue.start < a.speaker.end || a.speaker.kind === 'pronoun' || !/['’]s?$/.test(t.slice(a.speaker.start, a.speaker.end))) return a;
    const from = tokenAt(q.sentenceStart);
    let p = tokenAt(a.speaker.start) - 1;
    while (p > from && !toks[p].cap && toks[p].lower.length > 4 && toks[p].lower.endsWith('ly')) p--;
    if (p < from) return a;
    const x = toks[p];
    if (x.punct || x.cap || CORE_FUNCTION_WORDS.has(x.lower) || PREPOSITIONS_OR_PARTICLES.has(x.lower) || (cues.has(x.lower) && !finiteVerb(x))) return a;
    const prev = p - 1 >= from ? toks[p - 1].lower : '';
    let v = p;
    if (prev === 'to') {
      v = p - 2;
      if (v < from || !finiteVerb(toks[v])) return a;
    } else if (!finiteVerb(x) && !AUXILIARIES.has(prev)) return a;
    return verbSubject(v, from) ?? a;
  };
  const local = quotes.map((q, qi) => objectPossessive(q, objectRelative(q, closedRelative(q, attribute(q, qi)))));
  function attribute(q: RawQuote, qi: number): LocalAttribution | null {
    // A transcript quote names its speaker in capitals: "PENCE: Well, look ..."
    const label = TRANSCRIPT_LABEL.exec(t.slice(q.start + 1, Math.min(q.end, q.start + 60)));
    if (label && !NOT_SPEAKER_LABELS.has(label[1].toLowerCase())) {
      const start = q.start + 1 + label.index + (label[0].length - label[0].trimStart().length);
      const sp: SpeakerPhrase = { start, end: start + label[1].length, kind: 'name', person: true, core: label[1] };
      return { cue: { start: sp.end, end: sp.end + 1 }, speaker: sp, label: true };
    }
    const nextQuote = qi + 1 < quotes.length ? quotes[qi + 1].start : t.length;
    const ns = lowerBound(sentences, q.end);
    const nextSentence = ns < sentences.length ? sentences[ns] : t.length;
    const tailEnd = Math.min(nextQuote, nextSentence);
    const ti = lowerBound(hitStarts, q.end);
    const tail = ti < withSpeaker.length && withSpeaker[ti].start < tailEnd && tokenAt(withSpeaker[ti].start) - tokenAt(q.end) <= 14 ? [withSpeaker[ti]] : [];
    // The head cue: the main clause's (the sentence's first) cue before the quote — "X said Y called it "..."" is
    // X's — unless a later cue with a named speaker introduces the quote directly ("..., Trump boasted, "...").
    let hi = lowerBound(hitStarts, q.sentenceStart);
    const ni = lowerBound(hitStarts, q.start) - 1;
    // A coordinated main clause ("X said ..., but he said the footage "...") starts over.
    for (let c = ni; c > hi && c > ni - 8; c--) {
      const b = tokenAt(Math.min(withSpeaker[c].start, withSpeaker[c].speaker!.start)) - 1;
      // (So does an absolute clause set off by a comma: "..., with Senator X telling reporters he viewed ...".)
      if (b >= 0 && (/^(?:but|and|yet|;|although|though|while|whereas)$/.test(toks[b].lower) || (toks[b].lower === 'with' && toks[b - 1]?.w === ','))) {
        hi = c;
        break;
      }
    }
    let head = hi < withSpeaker.length && withSpeaker[hi].end <= q.start ? [withSpeaker[hi]] : [];
    // ("According to X, Y said "..."" is X's: the sentence is told on X's word.)
    const according = head.length > 0 && /^according\b/i.test(t.slice(head[0].start, head[0].end));
    if (head.length && !according && ni > hi && withSpeaker[ni].end <= q.start && (withSpeaker[ni].speaker!.kind !== 'pronoun' || (/^[,:]$/.test(toks[tokenAt(q.start) - 1]?.w ?? '') && tokenAt(withSpeaker[ni].end) === tokenAt(q.start) - 1)) && introduces(toks, tokenAt(withSpeaker[ni].end), tokenAt(q.start)) && !complementOf(head[0], withSpeaker[ni]))
      head = [withSpeaker[ni]];
    // A quote inside a relative clause (`..., said Weaver, who added that there are "..."`) is the relative's.
    if (ni >= 0 && ni < withSpeaker.length && withSpeaker[ni].start >= q.sentenceStart && withSpeaker[ni].end <= q.start && RELATIVE_SPEAKER.test(t.slice(withSpeaker[ni].speaker!.start, withSpeaker[ni].speaker!.end)))
      head = [withSpeaker[ni]];
    const headIntroduces = head.length > 0 && introduces(toks, tokenAt(head[0].end), tokenAt(q.start));
    const inner = quoteInner(t, q);
    const commaEnd = /[,?!—–-]\s*$/.test(inner) || t[q.end] === ',';
    const tailFirst = !q.partial || commaEnd;
    const fromTail = tail.length ? tail[0] : commaEnd ? openTail(q, tailEnd) : null;
    const fromHead = head.length ? head[0] : null; // the main clause's cue: "X said Y called it ..." is X's
    // A cue after a conjunction opens a new clause ("...," but he said; "...," while 73 percent said): it
    // attributes the quote only when nothing before the quote does.
    const newClause = fromTail !== null && toks.slice(tokenAt(q.end), tokenAt(Math.min(fromTail.start, fromTail.speaker!.start))).some((x) => CLAUSE_OPENERS.has(x.lower));
    // A partial quote its head cue introduces (`what she called a "rant," a series of ...`) is the head's,
    // whatever follows its comma.
    // (Unless the tail closes the sentence right after the quote's comma: `Nothing he said "will ...," the senator said.`)
    const tailCloses = fromTail !== null && !newClause && commaEnd && tokenAt(Math.min(fromTail.start, fromTail.speaker!.start)) - tokenAt(q.end) <= 2 && /^\s*[.!?]/.test(t.slice(fromTail.end, fromTail.end + 2));
    const pick = tailFirst && !(newClause && fromHead) && !(q.partial && headIntroduces && !tailCloses) ? (fromTail ?? fromHead) : (fromHead ?? fromTail);
    // A sentence told on someone's word ("..., Smith said, according to the Post.", "..., CNN reported.") is that source's.
    const on = accordingIn(withSpeaker, t, q.sentenceStart, Math.min(q.sentenceEnd, nextQuote)) ?? reportedIn(withSpeaker, toks, t, q.end, Math.min(q.sentenceEnd, nextQuote), tokenAt);
    if (on) return asLocal(on);
    // A relative clause that hands over the quote (`a sign that read "..."`, `the report, which notes, "..."`,
    // `Ortiz, who responded: "..."`): the relative pronoun is the source, whatever its antecedent.
    const rel = relativeIntro(q);
    if (rel) return rel;
    // A passive verb of saying with its agent (`called "strategic ambiguity" by X`, `"tax reform" was uttered once, by X`,
    // `labeled as a "witch hunt" by Democrats`): the agent is the source.
    const agent = passiveAgent(q);
    if (agent) return agent;
    // A possessive pronoun before a noun of speech that introduces the quote (`her assertion that "..."`, `his warning
    // that the city would go to the "back of the queue"`, `his promise to be "neutral"`): the pronoun is the source.
    const owner = possessiveNoun(q);
    if (owner) return owner;
    // A parenthetical attribution set off by commas before the quote (`..., he said, Congress can pass a "..."`, `the
    // result, as he later explained, was an "..."`) is the sentence's, whatever clause or cue comes first.
    if (!pick || (pick.end <= q.start && pick.speaker!.end <= q.start)) {
      const aside = asideBefore(q);
      if (aside) return asLocal(aside);
    }
    // A cue before the quote in an earlier clause ("When X spoke, Y said "..."", "X won, as Y called it "..."")
    // yields to the subject of the clause that holds the quote.
    if (pick && pick.end <= q.start && pick.speaker!.end <= q.start) {
      const gov = ownClause(tokenAt(q.sentenceStart), tokenAt(q.start));
      if (gov && gov.sp.start > Math.max(pick.end, pick.speaker!.end)) return { cue: { start: toks[gov.verb].start, end: toks[gov.verb].end }, speaker: gov.sp };
    }
    // A sentence that opens with a subordinate clause ("When X spoke, Y replied that ... "..."", "After X argued ...,
    // Y said only that ..."): a cue or subject inside that clause yields to the main clause's subject after its comma;
    // a quote inside the clause (`After X said that ... "...," Y said:`) keeps the clause's speaker, not the main one.
    const fronted = frontedClause(q, pick);
    if (fronted !== undefined) return fronted;
    // (A cue opening a new clause with its own object after the quote, `X stood by his "...," but Y rejected that`,
    // yields to the subject of the quote's own clause.)
    const k0 = tokenAt(q.end);
    const tailGoesOn = (h: CueHit) => {
      const x = toks[tokenAt(Math.max(h.end, h.speaker!.end))];
      return !!x && !x.punct && !x.cap && !INTRO_PREPOSITIONS.has(x.lower) && !/^(?:to|of|last|this|earlier|later|when|while|before)$/.test(x.lower);
    };
    if (pick && pick === fromTail && !fromHead && [toks[k0], toks[k0 + 1]].some((x) => x && x.start < fromTail.start && CLAUSE_OPENERS.has(x.lower)) && tailGoesOn(fromTail)) {
      const own = subjectBefore(q);
      if (own) return own;
    }
    if (pick) return asLocal(pick);
    // "“...” ― Jane Doe": a dash and a name after the quote.
    const k = tokenAt(q.end);
    if (q.closed && k < toks.length && /^[―—–]$/.test(toks[k].w) && toks[k].start < tailEnd) {
      const sp = speakerAfter(toks, k, toks.length);
      if (sp && (sp.kind === 'name' || sp.person)) return { cue: { start: toks[k].start, end: toks[k].end }, speaker: sp };
    }
    // `Republican pollster Daron Shaw: "..."`, `More from Jones: "..."`: the name a colon hands the quote to.
    const ck = tokenAt(q.start) - 1;
    if (ck > 0 && toks[ck].w === ':' && toks[ck].start >= q.sentenceStart) {
      const from = tokenAt(q.sentenceStart);
      let sp = speakerBefore(toks, ck, from, false);
      // A phrase after a verb or a preposition is its object (`She addressed the supporters again:`, `celebrated
      // the attacks on Twitter:`): the sentence's subject introduces the quote (`More from Jones:` is Jones's).
      const pre = sp ? tokenAt(sp.start) - 1 : -1;
      if (sp && pre >= from && !toks[pre].punct && !toks[pre].cap && !/^(?:from|by)$/.test(toks[pre].lower)) {
        const subj = sentenceSubject(toks, from, ck);
        if (subj && subj.end <= toks[pre].start && !/\s[-—–―]\s/.test(t.slice(subj.end, sp.start)) && (subj.kind !== 'role' || isPlainRole(subj, t))) sp = subj;
      }
      if (sp && (sp.kind === 'name' || sp.kind === 'pronoun' || (sp.kind === 'role' && isPlainRole(sp, t)))) return { cue: { start: toks[ck].start, end: toks[ck].end }, speaker: sp };
    }
    // A quote inside a sentence (or introduced by a colon) without a cue: the sentence's subject.
    const own = subjectBefore(q);
    const main = own && own.speaker.end <= q.start ? frontedMain(toks, tokenAt(q.sentenceStart), tokenAt(q.start), speaks, closesWithComma, subjectAt) : null;
    if (main && own!.speaker.start < toks[main.comma].start) return { cue: { start: toks[main.verb].start, end: toks[main.verb].end }, speaker: main.sp };
    return own;
  }
  const last = toks[toks.length - 1];
  const endsWithColon = !!last && last.w === ':';
  return { quotes, local, cues: withSpeaker.map(asLocal), names: nameMentions(toks), endsWithColon, colon: endsWithColon ? { start: last.start, end: last.end } : null };
}

/** A person or organisation the article names, for pronoun resolution and full names. */
export interface NameRef extends Span {
  /** The phrase's core name (no title), or null for a role phrase ("the Iraqi leader"). */
  core: string | null;
  person: boolean;
}

/** Article-wide name index: mentions in text order and full names by surname. */
export class NameIndex {
  private refs: NameRef[] = [];
  private fullBySurname = new Map<string, string>();
  constructor(private entities: Entity[]) {
    for (const e of entities) {
      if (e.kind !== 'person' && e.kind !== 'organization') continue;
      for (const m of e.mentions) this.refs.push({ start: m.start, end: m.end, core: stripTitles(e.name), person: e.kind === 'person' });
      if (e.kind === 'person') this.learn(stripTitles(e.name));
    }
  }

  /** Record a name phrase seen in the article. */
  add(ref: NameRef): void {
    if (!this.entities.length || !this.coveredByEntity(ref)) this.refs.push(ref);
    if (ref.core && ref.person) this.learn(ref.core);
  }

  private learn(name: string): void {
    const parts = name.split(/\s+/);
    const key = surnameKey(parts[parts.length - 1]);
    const prev = this.fullBySurname.get(key);
    if (parts.length > 1 && (!prev || prev.split(/\s+/).length < parts.length)) this.fullBySurname.set(key, name);
  }

  private entitySpans: Span[] | null = null;

  /** Whether an entity mention from the names pass already covers a span. */
  private coveredByEntity(ref: Span): boolean {
    if (!this.entitySpans) this.entitySpans = this.refs.slice().sort((a, b) => a.start - b.start);
    const a = this.entitySpans;
    const lo = firstIndexWhereNot(a, (s) => s.start <= ref.start);
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (a[i].end >= ref.end) return true;
    return false;
  }

  /** Sort mentions once all are added. */
  finish(): void {
    this.refs.sort((a, b) => a.start - b.start);
  }

  /** The full name a core name stands for (the longest name in the article with its surname). */
  fullName(core: string, span?: Span): string {
    if (span && this.entities.length) {
      // The entity whose mention ends where the phrase ends (its head), people first.
      let best: Entity | null = null;
      let score = -1;
      let bestOrder = Infinity;
      // Mentions sorted by start: only those starting within the longest mention's length before span.end can overlap.
      const idx = this.mentionIndex();
      const lo = firstIndexWhereNot(idx.spans, (s) => s.start < span.end);
      for (let i = lo - 1; i >= 0 && idx.spans[i].start > span.start - idx.maxLen; i--) {
        const m = idx.spans[i];
        if (!(m.start < span.end && span.start < m.end)) continue;
        const sc = (m.end === span.end ? 2 : 0) + (m.e.kind === 'person' ? 1 : 0);
        // Same winner as the scan in entity order: higher score, then earlier in (entity, mention) order.
        if (sc > score || (sc === score && m.order < bestOrder)) (best = m.e), (score = sc), (bestOrder = m.order);
      }
      if (best && score >= 2) core = stripTitles(best.name);
    }
    const parts = core.split(/\s+/);
    const full = this.fullBySurname.get(surnameKey(parts[parts.length - 1]));
    return full && full.split(/\s+/).length >= parts.length ? full : core;
  }

  private mentions: { spans: { start: number; end: number; e: Entity; order: number }[]; maxLen: number } | null = null;

  /** Entity mentions sorted by start (built on first use). */
  private mentionIndex() {
    if (!this.mentions) {
      const spans: { start: number; end: number; e: Entity; order: number }[] = [];
      let order = 0;
      let maxLen = 1;
      for (const e of this.entities) {
        for (const m of e.mentions) {
          spans.push({ start: m.start, end: m.end, e, order: order++ });
          maxLen = Math.max(maxLen, m.end - m.start + 1);
        }
      }
      spans.sort((a, b) => a.start - b.start || a.order - b.order);
      this.mentions = { spans, maxLen };
    }
    return this.mentions;
  }

  /** Whether a core name is known as a person. */
  isPerson(core: string): boolean {
    const parts = core.split(/\s+/);
    return this.fullBySurname.has(surnameKey(parts[parts.length - 1]));
  }

  /** The nearest person (or, for `they`/`it`, anyone) named before `offset`. */
  antecedent(offset: number, person: boolean): NameRef | null {
    const lo = firstIndexWhereNot(this.refs, (r) => r.start < offset);
    for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) {
      const r = this.refs[i];
      if (r.end > offset) continue;
      if (!person || r.person || (r.core && this.isPerson(r.core))) return r;
    }
    return null;
  }
}

/** A name without leading titles ("Mufti Saleh" → "Saleh"). */
function stripTitles(name: string): string {
  const parts = name.split(/\s+/);
  while (parts.length > 1 && PERSON_TITLES.has(parts[0].toLowerCase().replace(/\.$/, ''))) parts.shift();
  return parts.join(' ');
}

function surnameKey(w: string): string {
  return w
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^(?:al|el)[-\s]/, '');
}

export { PERSON_PRONOUNS };
