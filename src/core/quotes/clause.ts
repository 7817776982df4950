// The clause a quote sits in: the subject of the nearest finite verb before it in its sentence.
import { speakerBefore, type SpeakerPhrase, type Token } from './cues';

/** Auxiliaries and modals that follow a clause's subject ("Trump would denounce", "she has called"). */
const AUXILIARIES = new Set('is was are were has had have would will could can should might may must did does do'.split(' '));
/** Common irregular past tenses ("sent", "took"). */
const IRREGULAR_PAST = new Set(
  'sent made took gave told said wrote went came got put set kept left held brought thought found met ran won lost saw spoke began became stood led heard felt paid meant built struck hit cut let knew grew threw drew chose rose fell broke spent sought fought caught taught sold wore hung shot bit'.split(' '),
);
/** Lowercase words ending like a finite verb that are not verbs. */
const NOT_VERBS = new Set('news series species this thus his its as us was has is does yes less unless always perhaps sometimes'.split(' '));

/** A lowercase word that can be a finite verb after its subject ("jeered", "watches", "would"). */
function finiteVerb(t: Token): boolean {
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
