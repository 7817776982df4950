// Source files (statements, transcripts, notes) read as word tokens with where each word is: offset, line, time code, speaker.
import { computeLineStarts, lineColumn } from '../document';
import { SPEAKER_LABEL } from '../lexicon';

export type SourceFormat = 'text' | 'captions' | 'html';

/** One source file's words, column-wise: normalised word, UTF-16 offsets in the file, and runs of time codes and speakers. */
export interface SourceDoc {
  file: string;
  /** The file as read; `view` is what the words are read from (HTML: tags blanked, entities decoded), `origin` maps back. */
  text: string;
  view: string;
  origin: (viewOffset: number) => number;
  /** Normalised words (the index keeps word ids instead and empties this list). */
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** Runs: from word index `from`, the cue time code (captions) and the speaker label (`POMPEO`, `Q`), else null. */
  times: { from: number; value: string | null }[];
  speakers: { from: number; value: string | null }[];
  lineStarts: number[];
}

/** A word or a quoting convention inside a quote or a source. */
export const WORD = /\[[^\]\n]*\]|\.(?:\s?\.){2}|…|[\p{L}\p{N}]+(?:['’\u02BC][\p{L}\p{N}]+)*/gu;

/** The comparable form of a word: lower case, one apostrophe, no diacritics. */
export function normWord(w: string): string {
  const lower = w.toLowerCase().replace(/[’\u02BC]/g, "'");
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The format of a source file by its name. */
export function sourceFormat(file: string): SourceFormat {
  if (/\.(vtt|srt)$/i.test(file)) return 'captions';
  if (/\.html?$/i.test(file)) return 'html';
  return 'text';
}

/** A speaker label opening a line: Q or A, or a name in capitals (`POMPEO:`, `MR. POMPEO:`), then a colon. */
const LABEL = new RegExp(String.raw`^[ \t]*(?:\*\*|>>\s*)?(${SPEAKER_LABEL})(?:\*\*)?:(?:\*\*)?[ \t]`, 'u');
/** A WebVTT voice tag `<v Mike Pompeo>`. */
const VOICE = /<v(?:\.[^ >]*)?\s+([^>]+)>/;
const TIMING = /^\s*(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s+-->/;
const SKIP_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)\b/;

/** Parse a source file into words with positions. HTML is read as text (tags, scripts and styles blank). */
export function parseSource(file: string, text: string): SourceDoc {
  const format = sourceFormat(file);
  const { view, origin } = format === 'html' ? readHtml(text) : { view: text, origin: (i: number) => i };
  const doc: SourceDoc = { file, text, view, origin, words: [], starts: new Int32Array(0), ends: new Int32Array(0), times: [], speakers: [], lineStarts: computeLineStarts(text) };
  const starts: number[] = [];
  const ends: number[] = [];
  let time: string | null = null;
  let speaker: string | null = null;
  let skipping = false;
  const setRun = (runs: { from: number; value: string | null }[], value: string | null) => {
    const last = runs[runs.length - 1];
    if (!last || last.value !== value) runs.push({ from: doc.words.length, value });
  };
  const lineRe = /[^\n]*(?:\n|$)/g;
  for (let m = lineRe.exec(view); m && m[0]; m = lineRe.exec(view)) {
    let line = m[0];
    let at = m.index;
    if (format === 'captions') {
      const trimmed = line.trim();
      if (!trimmed) {
        skipping = false;
        continue;
      }
      if (skipping || SKIP_BLOCK.test(trimmed)) {
        skipping = true;
        continue;
      }
      if (TIMING.test(line)) {
        time = line.trim().split(/\s+/)[0].replace(',', '.');
        continue;
      }
      if (/^\d+$/.test(trimmed)) continue; // an SRT cue number
      const voice = VOICE.exec(line);
      if (voice) speaker = voice[1].trim();
    }
    const label = LABEL.exec(line);
    if (label) {
      speaker = label[1].replace(/[.'’-]+$/, '');
      at += label[0].length;
      line = line.slice(label[0].length);
    }
    setRun(doc.times, time);
    setRun(doc.speakers, speaker);
    for (const w of line.matchAll(WORD)) {
      if (w[0][0] === '[' || w[0][0] === '.' || w[0] === '…') continue;
      // Caption markup (`<i>`, `<v Name>`) is not words.
      if (format === 'captions' && isInsideTag(line, w.index!)) continue;
      doc.words.push(normWord(w[0]));
      starts.push(at + w.index!);
      ends.push(at + w.index! + w[0].length);
    }
  }
  doc.starts = Int32Array.from(starts);
  doc.ends = Int32Array.from(ends);
  return doc;
}

/** Whether offset `i` of a caption line is inside a `<...>` tag. */
function isInsideTag(line: string, i: number): boolean {
  const open = line.lastIndexOf('<', i);
  return open >= 0 && line.lastIndexOf('>', i) < open;
}

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', quot: '"', apos: "'", mdash: '—', ndash: '–', hellip: '…', lt: '<', gt: '>' };

/** HTML read as text: tags, comments, scripts and styles blank (block ends break lines), entities decoded; offsets map back. */
function readHtml(html: string): { view: string; origin: (i: number) => number } {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const blanked = html
    .replace(/<(script|style)\b[^]*?<\/\1\s*>|<!--[^]*?-->/gi, blank)
    .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|blockquote)\b[^>]*>/gi, (s) => (s.includes('\n') ? blank(s) : '\n' + ' '.repeat(s.length - 1)))
    .replace(/<[^>]*>/g, blank);
  // Decoding shortens the text: `shifts` holds (view offset, original - view) from each entity on.
  const shifts: number[][] = [];
  let delta = 0;
  const view = blanked.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string, at: number) => {
    const lower = name.toLowerCase();
    const c = lower[0] === '#' ? String.fromCodePoint(lower[1] === 'x' ? parseInt(lower.slice(2), 16) : +lower.slice(1)) : ENTITIES[lower] ?? ' ';
    delta += m.length - c.length;
    shifts.push([at + c.length - (delta - (m.length - c.length)), delta]);
    return c;
  });
  return {
    view,
    origin: (i) => {
      let d = 0;
      for (const [from, by] of shifts) if (from <= i) d = by;
      return i + d;
    },
  };
}

/** The value of a run list at word `i`. */
export function runAt(runs: { from: number; value: string | null }[], i: number): string | null {
  let lo = 0;
  let hi = runs.length - 1;
  let found: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].from <= i) {
      found = runs[mid].value;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** 1-based line of a view offset in a source. */
export function sourceLine(doc: SourceDoc, offset: number): number {
  return lineColumn(doc.lineStarts, doc.origin(offset)).line;
}

/** The source's words i..j-1 as written, separators kept except line breaks and caption timings (one space instead). */
export function sourceWords(doc: SourceDoc, i: number, j: number): string {
  let out = '';
  for (let k = i; k < j; k++) {
    if (k > i) {
      const sep = doc.view.slice(doc.ends[k - 1], doc.starts[k]);
      out += /[\n<>]/.test(sep) || sep.length > 10 ? sep.split(/[\n<]/)[0].replace(/\s+$/, '') + ' ' : sep;
    }
    out += doc.view.slice(doc.starts[k], doc.ends[k]);
  }
  return out;
}
