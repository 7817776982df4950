// Interview transcripts ("Q: ...", "A: ...", "TAPPER: ...", "FALLIN: ..."): the turns are the speakers' own words,
// like direct quotes, so style rules leave them alone.
import type { Paragraph } from '../document';
import type { Span } from '../types';
import { SPEAKER_LABEL } from '../lexicon';

/** A speaker label opening a paragraph: Q or A, or a name in capitals of up to four words, then a colon. */
const LABEL = new RegExp(String.raw`^\s*(?:${SPEAKER_LABEL}):\s`, 'u');

/**
 * The spans of an article's transcript turns: labelled paragraphs, when the article has at least three of them
 * with two different labels, plus unlabelled paragraphs that continue a turn (between two labelled ones).
 */
export function transcriptTurns(paragraphs: Paragraph[]): Span[] {
  const labels = paragraphs.map((p) => LABEL.exec(p.text)?.[0].trim() ?? null);
  const labelled = labels.filter((l) => l !== null);
  if (labelled.length < 3 || new Set(labelled).size < 2) return [];
  const first = labels.findIndex((l) => l !== null);
  const last = labels.length - 1 - [...labels].reverse().findIndex((l) => l !== null);
  return paragraphs.slice(first, last + 1).filter((p) => !p.heading).map((p) => ({ start: p.start, end: p.end }));
}
