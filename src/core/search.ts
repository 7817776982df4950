// Small shared helpers for the core: one binary search for every sorted list, one regex escape, a token's first
// character read without a regex where it is ASCII.

/** A literal string as a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first index whose item is not `before` (items ordered so that `before` holds for a prefix). */
export function firstIndexWhereNot<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Append `items` to `target` one by one: `target.push(...items)` overflows the stack past ~100k items. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** Spans sorted by start with the running maximum of their ends: "does any span hold [start, end)" in one binary search. */
export interface SpanCover {
  starts: number[];
  maxEnd: number[];
}

/** Index spans (any order, overlaps allowed) for `covers`. */
export function spanCover(spans: readonly { start: number; end: number }[]): SpanCover {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const s of sorted) maxEnd.push((max = Math.max(max, s.end)));
  return { starts: sorted.map((s) => s.start), maxEnd };
}

/** Whether some indexed span starts at or before `start` and ends at or after `end`. */
export function covers(index: SpanCover | null | undefined, start: number, end: number): boolean {
  if (!index) return false;
  const i = firstIndexWhereNot(index.starts, (s) => s <= start);
  return i > 0 && index.maxEnd[i - 1] >= end;
}

const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const CAPITAL_START = /^\p{Lu}/u;

/** Whether an ASCII character code is a digit or a Latin letter (the letters, marks and digits of ASCII). */
export function isAsciiAlnum(c: number): boolean {
  const lower = c | 32;
  return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122);
}

/** Whether a token opens with a letter, mark or digit (ASCII by character code: tokenizers call this per token). */
export function opensWithWordChar(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? isAsciiAlnum(c) : WORD_START.test(w);
}

/** Whether a token opens with a capital letter (ASCII by character code). */
export function opensWithCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL_START.test(w);
}
