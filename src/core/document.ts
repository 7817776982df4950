// The article as the passes see it: prose masked from non-prose, split into paragraphs, with offsets kept.
import { covers, firstIndexWhereNot, spanCover, type SpanCover } from './search';
import type { Span } from './types';

export type ArticleFormat = 'markdown' | 'plain';

export interface Paragraph extends Span {
  index: number;
  /** Masked prose of the paragraph: same length as `end - start`, non-prose replaced by spaces. */
  text: string;
  /** A Markdown heading or the article's first line in plain text. */
  heading: boolean;
}

/** A region where some rules (or all, when `rules` is null) are switched off by an ignore comment. */
export interface Suppression extends Span {
  rules: string[] | null;
}

export interface ArticleDocument {
  text: string;
  format: ArticleFormat;
  /** The text with front matter, code, HTML comments and URLs blanked (same length, line breaks kept). */
  prose: string;
  /** The blanked (hidden) ranges of `prose`, sorted and disjoint: edits must leave these characters as they are. */
  hidden: Span[];
  paragraphs: Paragraph[];
  frontMatter: Record<string, string> | null;
  /** Span of the front matter block, if any. */
  frontMatterSpan: Span | null;
  suppressions: Suppression[];
  lineStarts: number[];
}

/** Whether text looks like a binary file (a NUL in its first 8 KB): such files are never analysed. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

/** The format a file name implies: Markdown for .md/.markdown, plain text otherwise. */
export function formatForFile(fileName: string): ArticleFormat {
  return /\.(md|markdown|mdx)$/i.test(fileName) ? 'markdown' : 'plain';
}

/** Ranges to blank, collected over one masking stage and applied to a string at once (linear, same length). */
class Blanks {
  private ranges: [number, number][] = [];
  private blanked: Span[] = [];

  /** Blank [start, end) at the next `apply` (clamped to the text; overlaps are fine). */
  add(start: number, end: number): void {
    this.ranges.push([start, end]);
  }

  /** `text` with the collected ranges replaced by spaces, line breaks kept; empties the collection. */
  apply(text: string): string {
    if (!this.ranges.length) return text;
    const ranges = this.ranges.sort((a, b) => a[0] - b[0]);
    this.ranges = [];
    const parts: string[] = [];
    let pos = 0;
    for (const [a, b] of ranges) {
      const start = Math.max(a, pos, 0);
      const end = Math.min(b, text.length);
      if (end <= start) continue;
      parts.push(text.slice(pos, start), blankRun(text.slice(start, end)));
      this.blanked.push({ start, end });
      pos = end;
    }
    parts.push(text.slice(pos));
    return parts.join('');
  }

  /** Every range blanked so far, sorted, touching ranges merged. */
  spans(): Span[] {
    const out: Span[] = [];
    for (const r of this.blanked.sort((a, b) => a.start - b.start)) {
      const last = out[out.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else out.push({ ...r });
    }
    return out;
  }
}

/** Spaces for a run of text, keeping its line breaks. */
function blankRun(run: string): string {
  return LINE_BREAK_CHAR.test(run) ? run.replace(/[^\r\n\u2028\u2029]/g, ' ') : ' '.repeat(run.length);
}

/** A line break (Unicode and SARIF): CRLF (one break), LF, CR, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
const LINE_BREAK_CHAR = /[\n\r\u2028\u2029]/;

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*(?:\r\n|[\n\r\u2028\u2029])([\s\S]*?)(?:^|\r\n|[\n\r\u2028\u2029])(?:---|\.\.\.)[ \t]*(?:\r\n|[\n\r\u2028\u2029]|$)/;

/** Parse simple `key: value` front matter (enough for title and date; the YAML is not otherwise interpreted). */
function parseFrontMatter(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of body.split(LINE_BREAK)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

const DIRECTIVE = /^\s*copydesk-(disable-next-line|disable|enable)\b\s*([\s\S]*?)\s*$/;

/** Build the article document: mask non-prose, find ignore comments and paragraphs. */
export function parseArticle(text: string, format: ArticleFormat): ArticleDocument {
  const blanks = new Blanks();
  let frontMatter: Record<string, string> | null = null;
  let frontMatterSpan: Span | null = null;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    frontMatter = parseFrontMatter(fm[1]);
    frontMatterSpan = { start: 0, end: fm[0].length };
    blanks.add(0, fm[0].length);
  }
  const lineStarts = computeLineStarts(text);
  const suppressions: Suppression[] = [];
  let prose: string;
  if (format === 'markdown') prose = maskMarkdown(text, blanks, lineStarts, frontMatterSpan?.end ?? 0, suppressions);
  else {
    addUrls(text, blanks);
    prose = blanks.apply(text);
  }
  const paragraphs = splitParagraphs(prose, format, lineStarts);
  return { text, format, prose, hidden: blanks.spans(), paragraphs, frontMatter, frontMatterSpan, suppressions, lineStarts };
}

const LINE_BREAK_AT_END = /(?:\r\n|[\n\r\u2028\u2029])$/;

/** Offsets at which each line starts: after each LF, CR, CRLF (counted once), U+2028 and U+2029. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and UTF-16 column of an offset. */
export function lineColumn(lineStarts: number[], offset: number): { line: number; column: number } {
  const line = Math.max(0, firstIndexWhereNot(lineStarts, (start) => start <= offset) - 1);
  return { line: line + 1, column: offset - lineStarts[line] + 1 };
}

const URL_RE = /\bhttps?:\/\/[^\s<>()"'\u201C\u201D]+/g;

/** Collect the bare URLs of `text` for blanking. */
function addUrls(text: string, blanks: Blanks): void {
  for (const m of text.matchAll(URL_RE)) blanks.add(m.index!, m.index! + m[0].length);
}

/** Blank the Markdown constructs that are not prose (on top of `blanks` already collected), record ignore comments; returns the prose. */
function maskMarkdown(text: string, blanks: Blanks, lineStarts: number[], from: number, out: Suppression[]): string {
  // Fenced code blocks and indented code, line by line.
  let fence: string | null = null;
  let prevBlank = true;
  for (let li = 0; li < lineStarts.length; li++) {
    const ls = lineStarts[li];
    const le = li + 1 < lineStarts.length ? lineStarts[li + 1] : text.length;
    if (le <= from) continue;
    const line = text.slice(ls, le).replace(LINE_BREAK_AT_END, '');
    if (fence) {
      blanks.add(ls, le);
      if (new RegExp('^\\s{0,3}' + fence[0] + '{' + fence.length + ',}\\s*$').test(line)) fence = null;
      continue;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1];
      blanks.add(ls, le);
      prevBlank = false;
      continue;
    }
    const isBlank = line.trim() === '';
    if (!isBlank && prevBlank && /^( {4}|\t)/.test(line)) {
      blanks.add(ls, le);
      continue; // stays "after blank" so following indented lines are code too
    }
    // Blockquote markers and reference-style link definitions.
    const bq = /^\s{0,3}(>\s?)+/.exec(line);
    if (bq) blanks.add(ls, ls + bq[0].length);
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) blanks.add(ls, le);
    prevBlank = isBlank;
  }
  const src = blanks.apply(text);
  // HTML comments (with directives), inline code, link targets, autolinks, tags and bare URLs.
  const open = new OpenDisables();
  for (const m of src.matchAll(/<!--([\s\S]*?)(?:-->|$)/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    recordDirective(m[1], start, end, text, lineStarts, out, open);
    blanks.add(start, end);
  }
  const masked1 = blanks.apply(src);
  for (const m of masked1.matchAll(/(`+)[\s\S]*?\1/g)) blanks.add(m.index!, m.index! + m[0].length);
  const masked2 = blanks.apply(masked1);
  for (const m of masked2.matchAll(/\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(\s+"[^"]*")?\)/g)) {
    blanks.add(m.index! + 1, m.index! + m[0].length);
  }
  for (const m of masked2.matchAll(/<(?:https?:\/\/|mailto:)[^>\s]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g)) {
    blanks.add(m.index!, m.index! + m[0].length);
  }
  const masked3 = blanks.apply(masked2);
  addUrls(masked3, blanks);
  closeOpenDisables(out, text.length);
  return blanks.apply(masked3);
}

/** Turn one HTML comment into a suppression if it is a copydesk directive. */
function recordDirective(body: string, start: number, end: number, text: string, lineStarts: number[], out: Suppression[], open: OpenDisables): void {
  const d = DIRECTIVE.exec(body);
  if (!d) return;
  const rules = d[2].split(/[\s,]+/).filter(Boolean);
  if (d[1] === 'disable-next-line') {
    const { line } = lineColumn(lineStarts, end);
    const nextStart = lineStarts[line] ?? text.length; // lineStarts[line] is the next line (0-based index = line)
    const nextEnd = lineStarts[line + 1] ?? text.length;
    out.push({ start: nextStart, end: nextEnd, rules: rules.length ? rules : null });
  } else if (d[1] === 'disable') {
    const s: Suppression = { start: end, end: -1, rules: rules.length ? rules : null };
    out.push(s);
    open.add(s);
  } else {
    open.close(rules, start);
  }
}

/** The `copydesk-disable` regions not yet closed, indexed by rule name so each `enable` touches only what it closes. */
class OpenDisables {
  private all = new Set<Suppression>();
  private byRule = new Map<string, Set<Suppression>>();

  add(s: Suppression): void {
    this.all.add(s);
    for (const r of s.rules ?? []) {
      const set = this.byRule.get(r);
      if (set) set.add(s);
      else this.byRule.set(r, new Set([s]));
    }
  }

  /** Close at `at` every open region an `enable` for `rules` ends (all of them when `rules` is empty). */
  close(rules: string[], at: number): void {
    const closing = rules.length ? rules.flatMap((r) => [...(this.byRule.get(r) ?? [])]) : [...this.all];
    for (const s of closing) {
      if (!this.all.delete(s)) continue;
      s.end = at;
      for (const r of s.rules ?? []) this.byRule.get(r)?.delete(s);
    }
  }
}

function closeOpenDisables(out: Suppression[], length: number): void {
  for (const s of out) if (s.end === -1) s.end = length;
}

const suppressionIndexes = new WeakMap<Suppression[], { all: SpanCover | null; byRule: Map<string, SpanCover> }>();

/** The suppressions grouped by the rule names they list (null: all rules), each group indexed once for `covers`. */
function suppressionIndex(list: Suppression[]) {
  let index = suppressionIndexes.get(list);
  if (!index) {
    const groups = new Map<string | null, Suppression[]>();
    for (const s of list) {
      for (const key of s.rules ? new Set(s.rules) : [null]) {
        const g = groups.get(key);
        if (g) g.push(s);
        else groups.set(key, [s]);
      }
    }
    const all = groups.get(null);
    groups.delete(null);
    index = { all: all ? spanCover(all) : null, byRule: new Map([...groups].map(([k, g]) => [k as string, spanCover(g)])) };
    suppressionIndexes.set(list, index);
  }
  return index;
}

/** Whether a finding for `rule` at [start, end) is switched off by an ignore comment (binary searches, not a scan). */
export function isSuppressed(doc: ArticleDocument, rule: string, start: number, end: number): boolean {
  if (!doc.suppressions.length) return false;
  const index = suppressionIndex(doc.suppressions);
  if (covers(index.all, start, end)) return true;
  // `style/towards`, `towards` and `style` all name the rule `style/towards`.
  const family = rule.split('/')[0];
  const bare = rule.slice(family.length + 1);
  for (const key of new Set([rule, bare, family])) if (key && covers(index.byRule.get(key), start, end)) return true;
  return false;
}

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s/;

/** Split masked prose into trimmed paragraphs: by line in plain text, by blank line in Markdown. */
function splitParagraphs(prose: string, format: ArticleFormat, lineStarts: number[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const push = (start: number, end: number, heading: boolean) => {
    while (start < end && isSpace(prose.charCodeAt(start))) start++;
    while (end > start && isSpace(prose.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end, text: prose.slice(start, end), heading });
  };
  let blockStart = -1;
  for (let li = 0; li < lineStarts.length; li++) {
    const ls = lineStarts[li];
    const le = li + 1 < lineStarts.length ? lineStarts[li + 1] : prose.length;
    const line = prose.slice(ls, le);
    const blankLine = line.trim() === '';
    if (format === 'plain') {
      if (!blankLine) push(ls, le, false);
      continue;
    }
    const startsOwn = HEADING.test(line) || LIST_ITEM.test(line);
    if (blankLine || startsOwn) {
      if (blockStart >= 0) push(blockStart, ls, false);
      blockStart = -1;
    }
    if (blankLine) continue;
    if (HEADING.test(line)) {
      push(ls, le, true);
      continue;
    }
    if (blockStart < 0) blockStart = ls;
  }
  if (blockStart >= 0) push(blockStart, prose.length, false);
  return paragraphs;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}
