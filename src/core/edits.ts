// Edits on the original text: every fix and command edit is planned here, so it changes prose characters only.
import { parseArticle, type ArticleDocument } from './document';
import { firstIndexWhereNot } from './search';
import type { Fix, Span, TextEdit } from './types';

/** The smallest edit turning `from` into `to`: common prefix and suffix trimmed (offsets relative to `from`, surrogate pairs whole). */
export function minimalEdit(from: string, to: string): TextEdit {
  let p = 0;
  const max = Math.min(from.length, to.length);
  while (p < max && from[p] === to[p]) p++;
  let s = 0;
  while (s < max - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
  if (p > 0 && isHigh(from.charCodeAt(p - 1))) p--;
  if (s > 0 && isLow(from.charCodeAt(from.length - s))) s--;
  return { start: p, end: from.length - s, newText: to.slice(p, to.length - s) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Hidden spans meeting [start, end): overlapping a range, or holding an insertion point strictly inside. */
function hiddenMeeting(hidden: Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  for (let i = firstIndexWhereNot(hidden, (h) => h.end <= start); i < hidden.length && hidden[i].start < end; i++) out.push(hidden[i]);
  if (start === end) return out.filter((h) => h.start < start);
  return out;
}

/** Hidden spans that start or end exactly at one of the edit's ends. */
function hiddenAdjoining(hidden: Span[], e: TextEdit): Span[] {
  const out: Span[] = [];
  for (let i = firstIndexWhereNot(hidden, (h) => h.end < e.start); i < hidden.length && hidden[i].start <= e.end; i++) {
    if (hidden[i].end === e.start || hidden[i].start === e.end) out.push(hidden[i]);
  }
  return out;
}

const MARKUP = /[<>`[\]()\r\n]|:\/\//;
/** A run that masks the same whatever touches it: a comment, tag, autolink, inline code or link target. */
const SELF_DELIMITED = /^[<`(][^]*[>`)]$/;

/** Whether edits could change how the text around them is masked: markup or line breaks written or removed, or a URL-like run touched. */
function mayChangeMasking(doc: ArticleDocument, edits: TextEdit[]): boolean {
  return edits.some(
    (e) => MARKUP.test(e.newText) || MARKUP.test(doc.text.slice(e.start, e.end)) || hiddenAdjoining(doc.hidden, e).some((h) => !SELF_DELIMITED.test(doc.text.slice(h.start, h.end))),
  );
}

interface Token extends Span {
  gap: boolean;
}

/** Alternating whitespace gaps and words of `s` (offsets from `base`); always starts and ends with a (maybe empty) gap. */
function tokens(s: string, base: number): Token[] {
  const out: Token[] = [];
  const re = /\s*/y;
  let i = 0;
  while (true) {
    re.lastIndex = i;
    re.exec(s);
    out.push({ start: base + i, end: base + re.lastIndex, gap: true });
    i = re.lastIndex;
    if (i >= s.length) return out;
    let j = i;
    while (j < s.length && !/\s/.test(s[j])) j++;
    out.push({ start: base + i, end: base + j, gap: false });
    i = j;
  }
}

/** The prose (non-hidden) pieces of [start, end). */
function prosePieces(hidden: Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  let pos = start;
  for (const h of hiddenMeeting(hidden, start, end)) {
    if (h.start > pos) out.push({ start: pos, end: h.start });
    pos = Math.max(pos, h.end);
  }
  if (pos < end) out.push({ start: pos, end });
  return out;
}

/** Split an edit whose range holds hidden runs into edits of the prose around them, or null when it cannot be. */
function splitAroundHidden(doc: ArticleDocument, edit: TextEdit): TextEdit[] | null {
  const { prose, hidden } = doc;
  const old = tokens(prose.slice(edit.start, edit.end), edit.start);
  const neu = tokens(edit.newText, 0);
  const edits: TextEdit[] = [];
  if (old.length === neu.length) {
    // Same word structure: word for word, whitespace kept around hidden runs (deleted where the words join).
    old.forEach((t, k) => {
      const want = edit.newText.slice(neu[k].start, neu[k].end);
      const anchored = hiddenMeeting(hidden, t.start, t.end).length > 0;
      if (!anchored) {
        if (doc.text.slice(t.start, t.end) !== want) edits.push({ start: t.start, end: t.end, newText: want });
      } else if (!want) {
        for (const p of prosePieces(hidden, t.start, t.end)) edits.push({ ...p, newText: '' });
      }
    });
    return edits;
  }
  // Words joined or split: the changed part must be whitespace around hidden runs, replaced by at most one word.
  const m = minimalEdit(prose.slice(edit.start, edit.end), edit.newText);
  const start = edit.start + m.start;
  const end = edit.start + m.end;
  if (!hiddenMeeting(hidden, start, end).length) return [{ start, end, newText: m.newText }];
  const pieces = prosePieces(hidden, start, end);
  if (/\s/.test(m.newText) || pieces.some((p) => /\S/.test(prose.slice(p.start, p.end)))) return null;
  if (m.newText) {
    if (hiddenMeeting(hidden, start, start).length) return null;
    edits.push({ start, end: start, newText: m.newText });
  }
  for (const p of pieces) {
    if (p.start === start && edits.length) edits[0].end = p.end;
    else edits.push({ ...p, newText: '' });
  }
  return edits;
}

/** The hidden runs' contents of a piece of text, as the parser masks it. */
function hiddenContents(text: string, format: ArticleDocument['format']): string[] {
  return parseArticle(text, format).hidden.map((h) => text.slice(h.start, h.end));
}

/** Whether applying `edits` (sorted, disjoint) leaves the masking around them as it was: checked on a window of the text. */
function keepsMasking(doc: ArticleDocument, edits: TextEdit[]): boolean {
  const { text, hidden } = doc;
  const lo = edits[0].start;
  const hi = edits[edits.length - 1].end;
  // The edits' lines, at most 64 characters either side, widened to whole hidden runs.
  const line = firstIndexWhereNot(doc.lineStarts, (s) => s <= lo) - 1;
  let from = Math.max(lo - 64, doc.lineStarts[line] ?? 0);
  const next = doc.lineStarts[firstIndexWhereNot(doc.lineStarts, (s) => s <= hi)];
  let to = Math.min(text.length, hi + 64, next === undefined ? text.length : next - 1);
  for (const h of hiddenMeeting(hidden, from, from)) from = h.start;
  for (const h of hiddenMeeting(hidden, to, to)) to = h.end;
  const before = text.slice(from, to);
  const after = applyEdits(before, edits.map((e) => ({ start: e.start - from, end: e.end - from, newText: e.newText })));
  const a = hiddenContents(before, doc.format);
  const b = hiddenContents(after, doc.format);
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** An edit planned on the original text: unchanged when it touches only prose, split around hidden runs, or null. */
export function planEdit(doc: ArticleDocument, edit: TextEdit): TextEdit[] | null {
  if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= doc.text.length)) return null;
  const touches = hiddenMeeting(doc.hidden, edit.start, edit.end).length > 0;
  if (touches && edit.start === edit.end) return null;
  const edits = touches ? splitAroundHidden(doc, edit) : [edit];
  if (!edits || !edits.length) return edits;
  return mayChangeMasking(doc, edits) && !keepsMasking(doc, edits) ? null : edits;
}

/** Several edits planned together (sorted, none overlapping), or null when any cannot be made on prose alone. */
export function planEdits(doc: ArticleDocument, edits: TextEdit[]): TextEdit[] | null {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const planned = planEdit(doc, e);
    if (!planned) return null;
    for (const p of planned) out.push(p);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < out.length; i++) if (out[i].start < out[i - 1].end) return null;
  return out;
}

/** A fix as it may be offered: its edits planned on prose only, or null when it would change hidden text or nothing. */
export function planFix(doc: ArticleDocument, fix: Fix): Fix | null {
  const edits = planEdits(doc, fix.edits);
  if (!edits || !edits.length) return null;
  return edits.length === fix.edits.length && edits.every((e, i) => e === fix.edits[i]) ? fix : { ...fix, edits };
}

/** Apply edits (disjoint) to a text, the way an editor applies one workspace edit. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Fix-all: every finding's preferred fix whose edits meet no edit already taken (earlier findings win), as one edit list. */
export function fixAllEdits(findings: readonly { fixes: readonly Fix[] }[]): TextEdit[] {
  const taken: TextEdit[] = []; // sorted by start, disjoint, no two at the same start
  // Where e would go in `taken`: findings come in text order, so usually at the end.
  const slot = (e: TextEdit) => (!taken.length || taken[taken.length - 1].start < e.start ? taken.length : firstIndexWhereNot(taken, (x) => x.start < e.start));
  const clashes = (e: TextEdit) => {
    const i = slot(e);
    const before = taken[i - 1];
    const after = taken[i];
    return (before !== undefined && before.end > e.start) || (after !== undefined && (after.start === e.start || after.start < e.end));
  };
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix || fix.edits.some(clashes)) continue;
    for (const e of fix.edits) {
      const i = slot(e);
      if (i === taken.length) taken.push(e);
      else taken.splice(i, 0, e);
    }
  }
  return taken;
}
