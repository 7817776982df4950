// Insert attribution: the house-style edits that attribute a quote, and the speakers to offer for it.
import type { AnalysisResult, Quote, Span, TextEdit } from '../types';
import { escapeRegExp } from '../search';
import { nameMentions, tokenize } from './cues';

export interface PlanOptions {
  /** Title for a first reference ("Secretary of State" → "Secretary of State Mike Pompeo said"). */
  title?: string;
  /** Whether the speaker is a person (full name first, surname later). Default: guessed from the name. */
  person?: boolean;
}

const CLOSE_FOR: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '„': '“' };
const GENERIC = /^(?:the|a|an|officials?|police|authorities|he|she|they|it|we|i)\b/i;

/** The words to write for the speaker: full name (and title) on first reference, surname later. */
export function speakerReference(text: string, result: AnalysisResult, before: number, speaker: string, opts: PlanOptions = {}): string {
  const name = speaker.trim().replace(/\s+/g, ' ');
  const words = name.split(' ');
  const entity = result.entities.find((e) => e.name === name);
  const person = opts.person ?? (entity ? entity.kind === 'person' : words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:al|el|bin|de|van|von|da|di|la|le)(?:-|$)/i.test(w)) && !GENERIC.test(name));
  if (!person) return name;
  const surname = words[words.length - 1];
  const seen = entity
    ? entity.mentions.some((m) => m.start < before)
    : new RegExp('(?:^|[^\\p{L}\\p{N}])' + escapeRegExp(surname) + '(?![\\p{L}\\p{N}])', 'u').test(text.slice(0, Math.max(0, before)));
  if (seen) return surname;
  return opts.title ? `${opts.title.trim()} ${name}` : name;
}


/** Edits that attribute `quote` to `speaker` in house style (`"... today," Pompeo said.`), or why not. */
export function planAttribution(
  text: string,
  result: AnalysisResult,
  quote: Span,
  speaker: string,
  verb: string,
  opts: PlanOptions = {},
): { edits: TextEdit[] } | { error: string } {
  if (!speaker.trim()) return { error: 'No speaker given.' };
  if (quote.start < 0 || quote.end > text.length || quote.end <= quote.start) return { error: 'The quote is not in this text.' };
  const v = (verb.trim() || 'said').replace(/\s+/g, ' ');
  const ref = speakerReference(text, result, quote.start, speaker, opts);
  const attribution = `${ref} ${v}`;
  const open = text[quote.start];
  const closeMark = text[quote.end - 1];
  const closed = quote.end - quote.start >= 2 && (closeMark === CLOSE_FOR[open] || /["'”’»“]/.test(closeMark));
  if (!closed || text.slice(quote.start, quote.end).includes('\n')) return planRun(text, quote, open, attribution);
  const close = quote.end - 1;
  const last = text[close - 1];
  const lineEnd = endOfLine(text, quote.end);
  const rest = text.slice(quote.end, lineEnd);
  const edits: TextEdit[] = [];
  if (/^\s*$/.test(rest) || /^\.\s*$/.test(rest) || /^\.\s+\S/.test(rest)) {
    // The quote ends its sentence (period inside, or outside: `"...".`).
    const outsidePeriod = rest.startsWith('.');
    if (last === '.') edits.push({ start: close - 1, end: close, newText: ',' });
    else if (!/[,?!—–-]/.test(last)) edits.push({ start: close, end: close, newText: ',' });
    if (outsidePeriod) edits.push({ start: quote.end, end: quote.end + 1, newText: ` ${attribution}.` });
    else edits.push({ start: quote.end, end: quote.end, newText: ` ${attribution}.` });
    return { edits };
  }
  // The quote sits inside a sentence: attribute at the end of that sentence.
  const m = /[.!?](?=["'”’)\]]*(?:\s|$))/.exec(rest);
  if (!m) return { error: 'Could not find the end of the sentence; add the attribution by hand.' };
  const at = quote.end + m.index;
  edits.push({ start: at, end: at, newText: `, ${attribution}` });
  return { edits };
}

/** A quote running over paragraphs: attribute after its first sentence, reopening the quote. */
function planRun(text: string, quote: Span, open: string, attribution: string): { edits: TextEdit[] } | { error: string } {
  const closeMark = CLOSE_FOR[open];
  if (!closeMark) return { error: 'The quote has no closing mark; add the attribution by hand.' };
  const lineEnd = endOfLine(text, quote.start);
  const seg = text.slice(quote.start, Math.min(lineEnd, quote.end));
  const m = /\.(?=\s+[\p{Lu}"“‘'])/u.exec(seg);
  if (!m) return { error: 'The quote runs on without a closing mark; add the attribution by hand.' };
  const at = quote.start + m.index;
  let spaceEnd = at + 1;
  while (spaceEnd < text.length && (text[spaceEnd] === ' ' || text[spaceEnd] === '\t')) spaceEnd++;
  return { edits: [{ start: at, end: spaceEnd, newText: `,${closeMark} ${attribution}. ${open}` }] };
}

function endOfLine(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const e = n < 0 ? text.length : n;
  return e > from && text[e - 1] === '\r' ? e - 1 : e;
}

export interface SpeakerCandidate {
  /** What the quick pick shows. */
  label: string;
  /** The name to insert. */
  name: string;
  /** Kind and how often the article names it. */
  detail: string;
}

/** The article's people and organisations, nearest to `offset` first (entities, else names found in `text`). */
export function speakerCandidates(result: AnalysisResult, offset: number, text?: string): SpeakerCandidate[] {
  const found = new Map<string, { kind: string; distance: number; count: number }>();
  const note = (name: string, kind: string, span: Span) => {
    const d = Math.min(Math.abs(span.start - offset), Math.abs(span.end - offset));
    const prev = found.get(name);
    if (prev) {
      prev.count++;
      prev.distance = Math.min(prev.distance, d);
    } else found.set(name, { kind, distance: d, count: 1 });
  };
  for (const e of result.entities) {
    if (e.kind !== 'person' && e.kind !== 'organization') continue;
    for (const m of e.mentions) note(e.name, e.kind, m);
  }
  if (!found.size) {
    for (const q of result.quotes) {
      const s = q.speaker;
      if (s && s.name) note(s.name, 'speaker', s);
    }
    if (text) {
      const fulls: string[] = [];
      let pos = 0;
      for (const line of text.split('\n')) {
        for (const n of nameMentions(tokenize(line, pos))) {
          if (!n.core) continue;
          const parts = n.core.split(' ');
          const full = fulls.find((f) => f.endsWith(' ' + parts[parts.length - 1])) ?? n.core;
          if (full === n.core && parts.length > 1) fulls.push(full);
          note(full, 'person', n);
        }
        pos += line.length + 1;
      }
    }
  }
  return [...found.entries()]
    .sort((a, b) => a[1].distance - b[1].distance || b[1].count - a[1].count)
    .map(([name, v]) => ({ label: name, name, detail: `${v.kind}, named ${v.count} time${v.count === 1 ? '' : 's'}` }));
}

/** The quote at or around an offset (for the command at the cursor). */
export function quoteAt(result: AnalysisResult, offset: number): Quote | null {
  return result.quotes.find((q) => q.start <= offset && offset <= q.end) ?? null;
}
