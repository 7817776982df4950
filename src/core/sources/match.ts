// Aligning a quote with the sources at word level, with the conventions of quoting: `...` omits, `[...]` is the editor's.
import { normWord, runAt, WORD, type SourceDoc } from './parse';
import type { SourceIndex } from './sourceIndex';

/** A quote's word (or an ellipsis / bracket) with its offsets in the article. */
export interface QuoteToken {
  kind: 'word' | 'gap';
  norm: string;
  start: number;
  end: number;
}

/** One step of a word diff: words both have, words the quote added (or changed to), words of the source it dropped. */
export interface DiffPart {
  op: 'same' | 'added' | 'dropped';
  text: string;
}

/** A quote's best alignment in the sources. */
export interface Alignment {
  doc: SourceDoc & { ids: Int32Array };
  /** Source word range [from, to). */
  from: number;
  to: number;
  cost: number;
  same: number;
  /** Word-level operations, quote order: q = quote token index (-1 for a dropped source word), s = source word (-1 for an added one). */
  ops: { q: number; s: number }[];
}

/** Quotes with fewer words than this are not checked: a word or two in quote marks is usually a term, not a quotation. */
export const MIN_QUOTE_WORDS = 3;
/** Longest stretch of source words an ellipsis or a bracket may stand for. */
export const MAX_GAP_WORDS = 300;
const CANDIDATES = 4;

/** Words, ellipses and brackets of a quote's text, offsets shifted by `base`. */
export function quoteTokens(text: string, base: number): QuoteToken[] {
  const out: QuoteToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const gap = m[0][0] === '[' || m[0][0] === '.' || m[0] === '…';
    if (gap && out[out.length - 1]?.kind === 'gap') continue;
    out.push({ kind: gap ? 'gap' : 'word', norm: gap ? '' : normWord(m[0]), start: base + m.index!, end: base + m.index! + m[0].length });
  }
  return out;
}

/** The best alignment of the quote's tokens in the indexed sources, or null when no trigram of it occurs anywhere. */
export function alignQuote(tokens: QuoteToken[], index: SourceIndex): Alignment | null {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length < MIN_QUOTE_WORDS) return null;
  const ids = tokens.map((t) => (t.kind === 'word' ? index.idOf(t.norm) : -2));
  // Vote for where the quote's first word would sit in each source, from every trigram of consecutive words.
  const votes = new Map<SourceDoc & { ids: Int32Array }, Map<number, number>>();
  let wordsBefore = 0;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].kind === 'word') wordsBefore++;
    if (ids[i] < 0 || ids[i + 1] < 0 || ids[i + 2] < 0) continue;
    index.lookup(ids[i], ids[i + 1], ids[i + 2], (doc, w) => {
      let m = votes.get(doc);
      if (!m) votes.set(doc, (m = new Map()));
      const anchor = w - (wordsBefore - 1);
      m.set(anchor, (m.get(anchor) ?? 0) + 1);
    });
  }
  const ranked: { doc: SourceDoc & { ids: Int32Array }; anchor: number; n: number }[] = [];
  for (const [doc, m] of votes) for (const [anchor, n] of m) ranked.push({ doc, anchor, n });
  ranked.sort((a, b) => b.n - a.n);
  const gaps = tokens.length - words.length;
  let best: Alignment | null = null;
  for (const c of ranked.slice(0, CANDIDATES)) {
    const slack = 8 + words.length + gaps * MAX_GAP_WORDS;
    const from = Math.max(0, c.anchor - slack);
    const to = Math.min(c.doc.ids.length, c.anchor + words.length + slack);
    let a = alignIn(tokens, ids, c.doc, from, to, false);
    a = withMovedWords(a, tokens, ids) ?? a;
    if (!best || a.cost < best.cost || (a.cost === best.cost && a.same > best.same)) best = a;
  }
  return best;
}

/**
 * Semi-global word alignment (Levenshtein over words, free start and end in the source): every quote word is used,
 * a gap token (ellipsis, bracket) skips any number of source words for free.
 */
function alignIn(tokens: QuoteToken[], ids: number[], doc: SourceDoc & { ids: Int32Array }, from: number, to: number, whole: boolean): Alignment {
  const n = tokens.length;
  const m = to - from;
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W);
  // back: 0 start, 1 diagonal (same/changed), 2 quote word added, 3 source word dropped, 4 gap skip (to gapFrom)
  const back = new Int8Array((n + 1) * W);
  if (whole) for (let j = 1; j <= m; j++) (cost[j] = j), (back[j] = 3);
  const gapFrom = new Int32Array((n + 1) * W);
  for (let i = 0; i < n; i++) {
    const row = i * W;
    const next = row + W;
    if (tokens[i].kind === 'gap') {
      let bestJ = 0;
      for (let j = 0; j <= m; j++) {
        if (cost[row + j] <= cost[row + bestJ]) bestJ = j;
        cost[next + j] = cost[row + bestJ];
        back[next + j] = 4;
        gapFrom[next + j] = bestJ;
      }
      continue;
    }
    for (let j = 0; j <= m; j++) {
      // A word the quote adds costs a little more than one it changes, so ties go to the alignment that keeps more words.
      let c = cost[row + j] + ADDED;
      let b = 2;
      if (j > 0) {
        const diag = cost[row + j - 1] + (doc.ids[from + j - 1] === ids[i] ? 0 : 1);
        if (diag < c) (c = diag), (b = 1);
        const drop = cost[next + j - 1] + 1;
        if (drop < c) (c = drop), (b = 3);
      }
      cost[next + j] = c;
      back[next + j] = b;
    }
  }
  let end = whole ? m : 0;
  if (!whole) for (let j = 1; j <= m; j++) if (cost[n * W + j] < cost[n * W + end]) end = j;
  const ops: { q: number; s: number }[] = [];
  let i = n;
  let j = end;
  let same = 0;
  while (i > 0 || (whole && j > 0)) {
    const b = back[i * W + j];
    if (b === 1) {
      const s = from + j - 1;
      if (doc.ids[s] === ids[i - 1]) {
        ops.push({ q: i - 1, s });
        same++;
      } else ops.push({ q: i - 1, s: -1 }, { q: -1, s });
      j--;
      i--;
    } else if (b === 2) ops.push({ q: --i, s: -1 });
    else if (b === 3 || i === 0) ops.push({ q: -1, s: from + --j });
    else {
      ops.push({ q: --i, s: -1 });
      j = gapFrom[(i + 1) * W + j];
    }
  }
  ops.reverse();
  return { doc, from: from + j, to: from + end, cost: cost[n * W + end], same, ops };
}

const ADDED = 1.01;

/**
 * Words the quote moved (its added words stand just outside the aligned source words, "leaves without water our
 * farmers"): realign over the span that holds them, every source word in it counting, so the diff and the fix see the move.
 */
function withMovedWords(a: Alignment, tokens: QuoteToken[], ids: number[]): Alignment | null {
  const added = new Set(a.ops.filter((o) => o.q >= 0 && o.s < 0 && tokens[o.q].kind === 'word').map((o) => ids[o.q]));
  if (!added.size || a.cost === 0) return null;
  const reach = added.size + 2;
  let from = a.from;
  let to = a.to;
  for (let k = a.to; k < Math.min(a.doc.ids.length, a.to + reach); k++) if (added.has(a.doc.ids[k])) to = k + 1;
  for (let k = a.from - 1; k >= Math.max(0, a.from - reach); k--) if (added.has(a.doc.ids[k])) from = k;
  if (from === a.from && to === a.to) return null;
  const moved = alignIn(tokens, ids, a.doc, from, to, true);
  return moved.cost <= a.cost + (to - a.to) + (a.from - from) ? moved : null;
}

/** Whether an alignment is the quote's source at all: most of its words are there. */
export function isPlausible(a: Alignment, quoteWords: number): boolean {
  return a.same >= MIN_QUOTE_WORDS && a.same * 2 >= quoteWords && a.cost * 2 <= quoteWords;
}

/** The word diff of an alignment: quote words in article spelling, source words in the source's. */
export function wordDiff(a: Alignment, tokens: QuoteToken[], quoteText: (t: QuoteToken) => string): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ' ' + text;
    else out.push({ op, text });
  };
  for (const o of a.ops) {
    if (o.q >= 0 && tokens[o.q].kind === 'gap') push('same', quoteText(tokens[o.q]));
    else if (o.q >= 0 && o.s >= 0) push('same', quoteText(tokens[o.q]));
    else if (o.q >= 0) push('added', quoteText(tokens[o.q]));
    else push('dropped', a.doc.view.slice(a.doc.starts[o.s], a.doc.ends[o.s]));
  }
  return out;
}

/** The speaker label a transcript gives the aligned words (at the first word both share), or null. */
export function alignedSpeaker(a: Alignment): string | null {
  const s = a.ops.find((o) => o.q >= 0 && o.s >= 0)?.s ?? a.from;
  return runAt(a.doc.speakers, s);
}

/** The cue time code at the start of the aligned words, or null. */
export function alignedTime(a: Alignment): string | null {
  return runAt(a.doc.times, a.from);
}
