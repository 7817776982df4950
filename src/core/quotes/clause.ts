// The clause a quote sits in: the subject of the nearest finite verb before it in its sentence.
import { speakerAfter, speakerBefore, type SpeakerPhrase, type Token } from './cues';
import { SPEECH_VERBS } from '../lexicon';

/** Auxiliaries and modals that follow a clause's subject ("Trump would denounce", "she has called"). */
export const AUXILIARIES: ReadonlySet<string> = new Set('is was are were has had have would will could can should might may must did does do'.split(' '));
/** Common irregular past tenses ("sent", "took"). */
const IRREGULAR_PAST = new Set(
  'sent made took gave told said wrote went came got put set kept left held brought thought found met ran won lost saw spoke began became stood led heard felt paid meant built struck hit cut let knew grew threw drew chose rose fell broke spent sought fought caught taught sold wore hung shot bit'.split(' '),
);
/** Lowercase words ending like a finite verb that are not verbs. */
const NOT_VERBS = new Set('news series species this thus his its as us was has is does yes less unless always perhaps sometimes'.split(' '));

/** A lowercase word that can be a finite verb after its subject ("jeered", "watches", "would"). */
export function finiteVerb(t: Token): boolean {
  if (t.punct || t.cap) return false;
  if (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower)) return true;
  return t.lower.length > 3 && !NOT_VERBS.has(t.lower) && /(?:[^s]s|ed)$/.test(t.lower);
}

/**
 * The subject of the nearest clause before token `to` (a quote) in tokens [from, to): scanning back, the first
 * finite verb whose subject is a name, a person pronoun or a speaker role ("his friends jeered, "..."",
 * "It is strange that Trump would denounce "..."").
 */
export function clauseSubject(toks: Token[], from: number, to: number, speaks: (sp: SpeakerPhrase) => boolean): SpeakerPhrase | null {
  for (let k = to - 1; k > from; k--) {
    if (toks[k].w === '"') return null; // (another quote's clause)
    if (!finiteVerb(toks[k])) continue;
    const sp = speakerBefore(toks, k, from, true);
    if (sp && sp.end <= toks[k].start && speaks(sp)) return sp;
  }
  return null;
}

/** Words that open a clause of their own inside a sentence ("..., when he said", "although she wrote", "and he called"). */
const CLAUSE_LINKS = new Set('when while whereas although though because as after before since until once unless if where but yet and ;'.split(' '));
/** Subordinating conjunctions that may open a sentence's fronted clause ("When he spoke, she said ..."). */
const SUBORDINATING = 'when while whereas although though because as after before since until once unless if'.split(' ');
/** What opens a fronted clause ended by a comma, for `governingSubject`: the subordinators and the participle `asked`. */
const FRONTED = new Set([...SUBORDINATING, 'asked']);

/** How a clause opens: a comma after a fronted subordinate clause, a relative pronoun as subject ("who said") or
 * object ("which he called"), or a linking word. */
export type ClauseOpening = 'fronted' | 'relative' | 'object' | 'link';

/**
 * The subject of the clause that holds token `to` (a quote) when a linking word opens that clause, or a comma
 * closes a fronted subordinate clause ("When X spoke, Y said "..."", "X won, as Y called it "..."", "Z, who wrote
 * "...""): scanning back, the first finite verb with a speaker subject, kept only if the clause starts there.
 * Returns the subject, the verb's token index, the token that opens the clause and how it opens.
 */
export function governingSubject(toks: Token[], from: number, to: number, speaks: (sp: SpeakerPhrase) => boolean): { sp: SpeakerPhrase; verb: number; link: number; opening: ClauseOpening } | null {
  for (let k = to - 1; k > from; k--) {
    if (toks[k].w === '"') return null;
    if (!finiteVerb(toks[k])) continue;
    const sp = speakerBefore(toks, k, from, true);
    if (!sp || sp.end > toks[k].start || !speaks(sp)) continue;
    let s = k - 1;
    while (s > from && toks[s - 1].start >= sp.start) s--;
    if (/^(?:who|which)$/.test(toks[s].lower) && toks[s].start === sp.start) return { sp, verb: k, link: s, opening: 'relative' };
    const link = s - 1 >= from ? toks[s - 1] : null;
    if (!link) return null;
    if (link.lower === 'and' || link.lower === 'but' || link.lower === 'yet') {
      // (A coordinated clause, not coordinated names: "Cruz and Trump said".)
      if (!(s - 2 >= from && toks[s - 2].w === ',') && !toks.slice(from, s - 1).some(finiteVerb)) return null;
      return { sp, verb: k, link: s - 1, opening: 'link' };
    }
    if (CLAUSE_LINKS.has(link.lower)) return { sp, verb: k, link: s - 1, opening: 'link' };
    if (link.lower === 'which' || link.lower === 'whom') return { sp, verb: k, link: s - 1, opening: 'object' };
    if (link.w === ',' && opensFronted(toks, from, s - 1)) return { sp, verb: k, link: s - 1, opening: 'fronted' };
    // A complement clause ("... made it clear that she has "..."", "... claimed Obama was "..."") is governed by the
    // clause before it: go on scanning from its start.
    if (link.lower === 'that' || SPEECH_VERBS.has(link.lower)) {
      k = s; // (the loop steps back onto the link itself, which may be the governing verb)
      continue;
    }
    return null;
  }
  return null;
}

/** The sentence at `from` opens with a subordinate clause that the comma at `comma` closes ("When he spoke,", "Last
 * month, when ...,", "But after ...,"); "As X put it," is an attribution, not such a clause. */
function opensFronted(toks: Token[], from: number, comma: number): boolean {
  let k = from;
  if (/^(?:but|and|so|yet)$/.test(toks[k]?.lower ?? '')) k++;
  if (!FRONTED.has(toks[k]?.lower ?? '')) {
    // (After a short opening phrase with no verb of saying: not "She said, if elected, she would ...".)
    const c = toks.findIndex((x, i) => i >= k && i < comma && x.w === ',');
    if (c < 0 || c - k > 5 || !FRONTED.has(toks[c + 1]?.lower ?? '') || toks.slice(k, c).some((x) => SPEECH_VERBS.has(x.lower))) return false;
    k = c + 1;
  }
  // (The clause ends at its first or second comma, and holds no reported statement: not "asserted that, X aside,".)
  let commas = 0;
  for (let i = k; i < comma; i++) if (toks[i].w === ',' ? ++commas > 1 : toks[i].lower === 'that') return false;
  if (toks[k].lower !== 'as') return true;
  for (let i = k + 1; i < comma; i++) if (/^puts?$/.test(toks[i].lower) && toks[i + 1].lower === 'it') return false;
  return true;
}

/** Links that start a clause of its own even after a reported statement (", but he ...", ", while she ..."). */
export const CONTRAST_LINKS = new Set('but yet while whereas although though'.split(' '));

/** Subordinators that open a fronted clause for `frontedMain` (FRONTED, `where` and `despite` ("Despite what he wrote ..., X
said"), not the participle `asked`). */
const SUBORDINATORS = new Set([...SUBORDINATING, 'where', 'despite']);
/** Words that may stand before a subordinator at a sentence's start ("Shortly after", "Even before", "But when"). */
const PRE_SUBORDINATOR = /^(?:but|and|so|yet|shortly|even|just|only|long|soon|right|then|now|later|earlier)$/;
/** Words between a main clause's subject and its verb ("he later said", "Rubio said only"). */
const BETWEEN_SUBJECT_AND_VERB = /^(?:also|later|then|again|first|finally|still|just|never|once|instead)$/;

/**
 * A sentence in tokens [from, to) that opens with a fronted subordinate clause ("When X spoke, Y said ...", "In
 * June, after X fell, Y wrote ..."): the comma (or a quote closed by one, per `closesWithComma`) that ends the
 * clause, and the main clause's subject and verb after it. The comma is the first one followed by a speaker
 * phrase and a finite verb, so commas inside the clause ("When X, during a debate in 1973, said ...,") are
 * passed over (`subjectAt(k)` gives a cue's subject found already that starts at token k). Null when the sentence
 * does not open so, or no main clause is found before `to`.
 */
export function frontedMain(
  toks: Token[],
  from: number,
  to: number,
  speaks: (sp: SpeakerPhrase) => boolean,
  closesWithComma: (k: number) => boolean,
  subjectAt: (k: number) => { sp: SpeakerPhrase; verb: number } | null = () => null,
): { sp: SpeakerPhrase; verb: number; comma: number; sub: number } | null {
  let k = from;
  for (let n = 0; n < 2 && k < to && PRE_SUBORDINATOR.test(toks[k].lower); n++) k++; // ("But even as ...")
  if (k < to && !SUBORDINATORS.has(toks[k].lower)) {
    // (After a short opening phrase with no verb of saying: "In June 2009, after ...", "Last month, when ...".)
    let c = k;
    while (c < to && c - k <= 5 && toks[c].w !== ',' && !toks[c].punct && !SPEECH_VERBS.has(toks[c].lower)) c++;
    if (c >= to || toks[c].w !== ',' || c === k) return null;
    k = c + 1;
    if (k < to && PRE_SUBORDINATOR.test(toks[k].lower)) k++;
  }
  if (k >= to || !SUBORDINATORS.has(toks[k].lower)) return null;
  const sub = k;
  // ("As X said, ..." and "As X put it, ..." attribute; they are no clause of their own. "Even as X claimed that
  // ..., Y said" is one.)
  const as = toks[sub].lower === 'as';
  for (let c = sub + 2; c < to && c < sub + 60; c++) {
    const t = toks[c];
    if (/^[.?!;:]$/.test(t.w)) return null;
    if (as && (/^puts?$/.test(t.lower) || (SPEECH_VERBS.has(t.lower) && toks[c + 1]?.w === ','))) return null;
    if (t.w !== ',' && !(t.w === '"' && closesWithComma(c))) continue;
    // (A cue's subject found already, `..., one of the former prosecutors said`.)
    const known = subjectAt(c + 1);
    if (known && known.verb < to) return { sp: known.sp, verb: known.verb, comma: c, sub };
    const sp = speakerAfter(toks, c, to, true);
    if (!sp || !speaks(sp) || /^(?:who|which|that)$/.test(toks[c + 1].lower)) continue;
    let v = c + 1;
    while (v < to && toks[v].start < sp.end) v++;
    while (v < to && (BETWEEN_SUBJECT_AND_VERB.test(toks[v].lower) || (!toks[v].cap && toks[v].lower.length > 4 && toks[v].lower.endsWith('ly')))) v++;
    if (v < to && (finiteVerb(toks[v]) || SPEECH_VERBS.has(toks[v].lower))) return { sp, verb: v, comma: c, sub };
  }
  return null;
}
