// Insert attribution: the house-style edits that attribute a quote, and the speakers to offer for it.
import { formatForFile, parseArticle, type ArticleFormat, type Paragraph } from '../document';
import { planEdits } from '../edits';
import type { AnalysisResult, Quote, Span, TextEdit } from '../types';
import { escapeRegExp } from '../search';
import { nameMentions, tokenize } from './cues';
import { findQuotes } from './finder';

export interface PlanOptions {
  /** Title for a first reference ("Secretary of State" → "Secretary of State Mike Pompeo said"). */
  title?: string;
  /** Whether the speaker is a person (full name first, surname later). Default: guessed from the name. */
  person?: boolean;
  /** How the text is masked; default: from the result's file name. */
  format?: ArticleFormat;
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

/** Whether AP sets a title after the name, between commas: a description ("the city engineer") or a long title. */
export function isLongTitle(title: string): boolean {
  const t = title.trim();
  return /^(?:the|a|an)\s/i.test(t) || /^\p{Ll}/u.test(t) || t.split(/\s+/).length > 3;
}

/**
 * The attribution's words in AP order: `Pompeo said`, `Secretary of State Mike Pompeo said`, and for a long title
 * (given, or typed after the name: "Jane Roe, the city engineer") `said Jane Roe, the city engineer` on first reference.
 */
export function attributionWords(text: string, result: AnalysisResult, before: number, speaker: string, verb: string, opts: PlanOptions = {}): string {
  const comma = speaker.indexOf(',');
  const typedTitle = comma > 0 ? speaker.slice(comma + 1).trim() : '';
  const name = (typedTitle ? speaker.slice(0, comma) : speaker).trim().replace(/\s+/g, ' ');
  const title = opts.title?.trim() || typedTitle || undefined;
  if (!title || !isLongTitle(title)) return `${speakerReference(text, result, before, name, { ...opts, title })} ${verb}`;
  const ref = speakerReference(text, result, before, name, { ...opts, title: undefined });
  if (ref !== name) return `${ref} ${verb}`;
  // `said` goes before a name followed by its long title; a longer verb ("told reporters") follows the title.
  return /\s/.test(verb) ? `${name}, ${title}, ${verb}` : `${verb} ${name}, ${title}`;
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
  const attribution = attributionWords(text, result, quote.start, speaker, v, opts);
  const doc = parseArticle(text, opts.format ?? formatForFile(result.file));
  const para = doc.paragraphs.find((p) => p.start <= quote.start && quote.start < p.end);
  if (!para) return { error: 'The quote is not in the article\'s prose.' };
  const open = text[quote.start];
  const closed = quote.end - quote.start >= 2 && (text[quote.end - 1] === CLOSE_FOR[open] || /["'”’»“]/.test(text[quote.end - 1]));
  const plan = !closed || quote.end > para.end ? planRun(text, para, quote, open, attribution) : planInSentence(doc.prose, para, quote, attribution);
  if ('error' in plan) return plan;
  const edits = planEdits(doc, plan.edits);
  return edits ? { edits } : { error: 'The attribution would change code, a comment or a link; add it by hand.' };
}

/** A closed quote: attribute at the end of its own sentence, after the quote that ends that sentence. */
function planInSentence(prose: string, para: Paragraph, quote: Span, attribution: string): { edits: TextEdit[] } | { error: string } {
  const t = para.text;
  const found = findQuotes(t, para.heading);
  const raw = found.quotes.find((q) => q.start + para.start === quote.start && q.end + para.start === quote.end);
  let end = raw ? raw.sentenceEnd : t.length;
  while (end > 0 && /\s/.test(t[end - 1])) end--;
  // The quote that closes the sentence (this one, or a later one in the same sentence), if any.
  const closing = found.quotes.find((q) => q.start >= quote.start - para.start && (q.end === end || (q.end === end - 1 && t[end - 1] === '.')));
  // `“We will stay,” Then…` or `“We will stay” “Another…`: no words of the quote's sentence follow it, its speaker goes right after.
  const q = quote.end - para.start;
  const next = t.slice(q, q + 8);
  const whole = /[,—–-]\s*["'”’»“]$/.test(t.slice(quote.start - para.start, q)) || raw?.start === raw?.sentenceStart;
  const waits = whole && /^\s*[\p{Lu}]/u.test(next);
  if (waits || /^\s+["“‘'«]/.test(next)) return endingQuote(prose, quote.start, quote.end, attribution);
  if (closing?.closed) return endingQuote(prose, para.start + closing.start, para.start + closing.end, attribution);
  // The quote sits inside a sentence: attribute before the sentence's final punctuation.
  let k = end;
  while (k > 0 && /[)\]’'"”»]/.test(t[k - 1])) k--;
  if (k > 0 && /[.!?]/.test(t[k - 1])) return { edits: [{ start: para.start + k - 1, end: para.start + k - 1, newText: `, ${attribution}` }] };
  if (end <= quote.end - para.start) return { error: 'Could not find the end of the sentence; add the attribution by hand.' };
  return { edits: [{ start: para.start + end, end: para.start + end, newText: `, ${attribution}.` }] };
}

/** A quote ending its sentence: its final period becomes a comma (or a comma is added) and the attribution follows the mark. */
function endingQuote(text: string, start: number, end: number, attribution: string): { edits: TextEdit[] } {
  const close = end - 1;
  let last = close;
  while (last > start + 1 && /\s/.test(text[last - 1])) last--;
  const edits: TextEdit[] = [];
  const mark = text[last - 1];
  if (mark === '.') edits.push({ start: last - 1, end: close, newText: ',' });
  else if (/[,?!—–-]/.test(mark)) {
    if (last < close) edits.push({ start: last, end: close, newText: '' });
  } else edits.push({ start: last, end: close, newText: ',' });
  const outsidePeriod = text[end] === '.';
  edits.push({ start: end, end: outsidePeriod ? end + 1 : end, newText: ` ${attribution}.` });
  return { edits };
}

/** A quote running over paragraphs: attribute after its first sentence, reopening the quote. */
function planRun(text: string, para: Paragraph, quote: Span, open: string, attribution: string): { edits: TextEdit[] } | { error: string } {
  const closeMark = CLOSE_FOR[open];
  if (!closeMark) return { error: 'The quote has no closing mark; add the attribution by hand.' };
  const seg = text.slice(quote.start, Math.min(para.end, quote.end));
  const m = /\.(?=\s+[\p{Lu}"“‘'])/u.exec(seg);
  if (!m) return { error: 'The quote runs on without a closing mark; add the attribution by hand.' };
  const at = quote.start + m.index;
  let spaceEnd = at + 1;
  while (spaceEnd < text.length && (text[spaceEnd] === ' ' || text[spaceEnd] === '\t')) spaceEnd++;
  // `"We will stay. " Then`: the mark after the space closes this quote.
  if (text[spaceEnd] === closeMark && !/[\p{L}\p{N}]/u.test(text[spaceEnd + 1] ?? '')) return endingQuote(text, quote.start, spaceEnd + 1, attribution);
  return { edits: [{ start: at, end: spaceEnd, newText: `,${closeMark} ${attribution}. ${open}` }] };
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
