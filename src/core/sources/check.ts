// The quote check: each direct quote held against the desk's sources; findings, fixes and each quote's `source`.
import { withExtraFindings } from '../analyze';
import type { StyleGuide } from '../config/styleGuide';
import type { ArticleFormat } from '../document';
import { nameTokens } from '../names/nameVariants';
import type { AnalysisResult, Finding, Quote, QuoteSource, TextEdit } from '../types';
import { alignedSpeaker, alignedTime, alignQuote, isPlausible, MIN_QUOTE_WORDS, quoteTokens, wordDiff, type Alignment, type QuoteToken } from './match';
import { sourceLine, sourceWords } from './parse';
import type { SourceIndex } from './sourceIndex';

export const ALTERED = 'quotes/altered';
export const NOT_IN_SOURCE = 'quotes/not-in-source';
export const SPEAKER_MISMATCH = 'quotes/speaker-mismatch';

/** Words of a transcript label that are titles, not the name (`MR. POMPEO`, `SECRETARY POMPEO`). */
const LABEL_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gen', 'secretary', 'president', 'minister', 'prime', 'ambassador', 'spokeswoman', 'spokesman', 'the']);

/** A quote, or a quote split by its attribution, as one unit of checking. */
interface Unit {
  parts: number[];
  tokens: QuoteToken[];
}

/** Group quotes: a quote followed, across only its attribution, by a continuation ("...," he said, "...") is one unit. */
function units(quotes: Quote[], text: string): Unit[] {
  const out: Unit[] = [];
  quotes.forEach((q, i) => {
    const tokens = quoteTokens(q.text, q.start);
    const prev = out[out.length - 1];
    const p = prev && quotes[prev.parts[prev.parts.length - 1]];
    const between = p ? text.slice(p.end, q.start) : '';
    const cue = p?.cue ?? q.cue;
    if (p && cue && cue.start >= p.end && cue.end <= q.start && between.length <= 80 && !/\n\s*\n/.test(between)) {
      prev.parts.push(i);
      prev.tokens.push(...tokens);
    } else out.push({ parts: [i], tokens });
  });
  return out;
}

/** Where a match is, in words: `statement.md, line 4` or `briefing.vtt, 00:01:02.500`. */
export function whereText(s: QuoteSource): string {
  const name = s.file.slice(s.file.lastIndexOf('/') + 1);
  return s.time ? `${name}, ${s.time}` : `${name}, line ${s.line}`;
}

/** Whether a transcript label and the article's speaker name one person (one's words all in the other's, titles aside). */
export function labelMatchesSpeaker(label: string, speaker: string): boolean {
  const words = nameTokens(label).filter((w) => !LABEL_TITLES.has(w));
  const name = nameTokens(speaker);
  const within = (a: string[], b: string[]) => a.length > 0 && a.every((w) => b.includes(w));
  return within(words, name) || within(name, words);
}

/** Check every quote against the sources: each quote's `source` (null: in none) and the findings. */
export function checkQuotes(quotes: Quote[], text: string, index: SourceIndex, declared: boolean): { sources: (QuoteSource | null | undefined)[]; findings: Finding[] } {
  const sources: (QuoteSource | null | undefined)[] = quotes.map(() => undefined);
  const findings: Finding[] = [];
  if (!index.size) return { sources, findings };
  const spell = (t: QuoteToken) => text.slice(t.start, t.end);
  for (const unit of units(quotes, text)) {
    const words = unit.tokens.filter((t) => t.kind === 'word').length;
    if (words < MIN_QUOTE_WORDS) continue;
    // A split quote that the sources hold only in parts is checked part by part.
    let aligned = alignQuote(unit.tokens, index);
    if (unit.parts.length > 1 && (!aligned || aligned.cost > 0)) {
      for (const i of unit.parts) checkUnit({ parts: [i], tokens: quoteTokens(quotes[i].text, quotes[i].start) });
      continue;
    }
    checkUnit(unit, aligned);
  }
  return { sources, findings };

  function checkUnit(unit: Unit, aligned: Alignment | null = alignQuote(unit.tokens, index)): void {
    const words = unit.tokens.filter((t) => t.kind === 'word').length;
    if (words < MIN_QUOTE_WORDS) return;
    const first = quotes[unit.parts[0]];
    if (!aligned || !isPlausible(aligned, words)) {
      for (const i of unit.parts) sources[i] = null;
      if (declared) {
        findings.push({ rule: NOT_IN_SOURCE, severity: 'info', start: first.start, end: first.end, message: `No source file holds this quote (${index.size} checked).`, fixes: [] });
      }
      return;
    }
    const doc = aligned.doc;
    const start = doc.starts[aligned.from];
    const source: QuoteSource = {
      file: doc.file,
      start: doc.origin(start),
      end: doc.origin(doc.ends[Math.max(aligned.from, aligned.to - 1)]),
      line: sourceLine(doc, start),
      time: alignedTime(aligned),
      speaker: alignedSpeaker(aligned),
      verbatim: aligned.cost === 0,
    };
    if (!source.verbatim) source.diff = wordDiff(aligned, unit.tokens, spell);
    for (const i of unit.parts) sources[i] = source;
    if (!source.verbatim) {
      const edits = restoringEdits(aligned, unit.tokens);
      for (const i of unit.parts) {
        const q = quotes[i];
        const mine = edits.filter((e) => e.start >= q.start && e.end <= q.end);
        if (!mine.length) continue;
        findings.push({
          rule: ALTERED,
          severity: 'warning',
          start: q.start,
          end: q.end,
          message: `This quote differs from the source (${whereText(source)}): ${diffSummary(source.diff!)}.`,
          fixes: [{ title: `Restore the source's words (${whereText(source)})`, edits: mine, preferred: true }],
        });
      }
    }
    const name = first.speaker?.name;
    const label = source.speaker;
    if (label && label !== 'A' && name && (label === 'Q' || !labelMatchesSpeaker(label, name))) {
      const who = label === 'Q' ? 'the interviewer (Q)' : label;
      findings.push({ rule: SPEAKER_MISMATCH, severity: 'warning', ...spanOf(first.speaker!), message: `The transcript (${whereText(source)}) gives these words to ${who}, not ${name}.`, fixes: [] });
    }
  }
}

const spanOf = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });

/** A short account of a diff: `"are" instead of "were"; "very" added; "and" left out`, at most three. */
function diffSummary(diff: { op: string; text: string }[]): string {
  const out: string[] = [];
  for (let i = 0; i < diff.length; i++) {
    const d = diff[i];
    const next = diff[i + 1];
    if (d.op === 'added' && next?.op === 'dropped') {
      out.push(`“${d.text}” instead of “${next.text}”`);
      i++;
    } else if (d.op === 'dropped' && next?.op === 'added') {
      out.push(`“${next.text}” instead of “${d.text}”`);
      i++;
    } else if (d.op === 'added') out.push(`“${d.text}” is not in the source`);
    else if (d.op === 'dropped') out.push(`“${d.text}” left out`);
  }
  return out.length > 3 ? `${out.slice(0, 3).join('; ')} (and ${out.length - 3} more)` : out.join('; ');
}

/** Edits on the article that put the source's words back where the quote differs (conventions left as they are). */
function restoringEdits(a: Alignment, tokens: QuoteToken[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let lastQuote = -1;
  for (let k = 0; k < a.ops.length; ) {
    const o = a.ops[k];
    if (o.q >= 0 && (o.s >= 0 || tokens[o.q].kind === 'gap')) {
      lastQuote = o.q;
      k++;
      continue;
    }
    const qs: number[] = [];
    const ss: number[] = [];
    for (; k < a.ops.length && !(a.ops[k].q >= 0 && (a.ops[k].s >= 0 || tokens[a.ops[k].q].kind === 'gap')); k++) {
      if (a.ops[k].q >= 0) qs.push(a.ops[k].q);
      else ss.push(a.ops[k].s);
    }
    const words = ss.length ? sourceWords(a.doc, ss[0], ss[ss.length - 1] + 1) : '';
    const next = qs.length ? qs[qs.length - 1] + 1 : lastQuote + 1;
    if (qs.length) {
      const from = tokens[qs[0]].start;
      const to = tokens[qs[qs.length - 1]].end;
      if (words) edits.push({ start: from, end: to, newText: words });
      else if (next < tokens.length) edits.push({ start: from, end: tokens[next].start, newText: '' });
      else if (lastQuote >= 0) edits.push({ start: tokens[lastQuote].end, end: to, newText: '' });
      lastQuote = qs[qs.length - 1];
    } else if (lastQuote >= 0) edits.push({ start: tokens[lastQuote].end, end: tokens[lastQuote].end, newText: ' ' + words });
    else edits.push({ start: tokens[0].start, end: tokens[0].start, newText: words + ' ' });
  }
  return edits;
}

/** Add the quote check to an analysis: `source` on each quote and the findings (with the guide's overrides). */
export function withQuoteSources(result: AnalysisResult, text: string, format: ArticleFormat, guide: StyleGuide, index: SourceIndex | undefined, declared: boolean): AnalysisResult {
  if (!index || !index.size) return result;
  const { sources, findings } = checkQuotes(result.quotes, text, index, declared);
  const quotes = result.quotes.map((q, i) => (sources[i] === undefined ? q : { ...q, source: sources[i] }));
  return withExtraFindings({ ...result, quotes }, findings, text, format, guide);
}

/** Hover Markdown for the quote at an offset that has a source: where it is, and the word diff when it differs. */
export function quoteSourceHover(result: AnalysisResult, offset: number, escape: (s: string) => string): { markdown: string; start: number; end: number } | null {
  const q = result.quotes.find((x) => x.start <= offset && offset < x.end && x.source !== undefined);
  if (!q) return null;
  const s = q.source;
  if (!s) return { markdown: '**Quote check:** no source file holds this quote.', start: q.start, end: q.end };
  const who = s.speaker ? ` (${escape(s.speaker)})` : '';
  if (s.verbatim) return { markdown: `**Quote check:** word for word in ${escape(whereText(s))}${who}.`, start: q.start, end: q.end };
  const diff = (s.diff ?? []).map((d) => (d.op === 'same' ? escape(d.text) : d.op === 'added' ? `**${escape(d.text)}**` : `~~${escape(d.text)}~~`)).join(' ');
  return { markdown: `**Quote check:** differs from ${escape(whereText(s))}${who}.\n\n${diff}\n\n~~struck~~: the source's words; **bold**: the quote's.`, start: q.start, end: q.end };
}
