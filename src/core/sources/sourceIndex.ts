// The index of a desk's source files: word trigrams → positions, built once and updated one file at a time.
import { parseSource, type SourceDoc } from './parse';

/** Most words read from one file (a 4 MB source has far fewer). */
const MAX_FILE_WORDS = 0x800000;
/** Trigrams more frequent than this are not used to find candidates ("one of the"): the rarer ones suffice. */
export const MAX_POSTINGS = 2000;

/** Word trigram key from three word ids (a 32-bit mix; collisions only add candidates the alignment rejects). */
export function trigramKey(a: number, b: number, c: number): number {
  // 30 bits: small integers stay unboxed in V8, so the postings map holds no heap numbers.
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(c + 0x165667b1, 0xc2b2ae35)) & 0x3fffffff;
}

/** Source files and their trigram postings; `setFile`/`removeFile` keep it current, `version` counts the changes. */
export class SourceIndex {
  private readonly vocab = new Map<string, number>();
  private readonly slots: (SourceDoc & { ids: Int32Array } | undefined)[] = [];
  /** Each slot's first position: positions are numbered across files (a file takes its word count), increasing by slot. */
  private bases: number[] = [];
  private nextBase = 0;
  private readonly slotOf = new Map<string, number>();
  private postings = new Map<number, number | number[]>();
  private deadWords = 0;
  private liveWords = 0;
  version = 0;

  /** Number of source files. */
  get size(): number {
    return this.slotOf.size;
  }

  /** The parsed source files. */
  files(): (SourceDoc & { ids: Int32Array })[] {
    return [...this.slotOf.values()].map((s) => this.slots[s]!);
  }

  /** Word id, interning new words (used for sources; `idOf` for quotes). */
  private intern(w: string): number {
    let id = this.vocab.get(w);
    if (id === undefined) this.vocab.set(w, (id = this.vocab.size));
    return id;
  }

  /** Id of a word, or -1 when no source has it. */
  idOf(w: string): number {
    return this.vocab.get(w) ?? -1;
  }

  /** Add or replace one source file (the previous version's postings become dead and are compacted later). */
  setFile(file: string, text: string): void {
    this.removeFile(file, false);
    const doc = parseSource(file, text);
    const n = Math.min(doc.words.length, MAX_FILE_WORDS);
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = this.intern(doc.words[i]);
    // The word strings are dropped once interned: the ids say the same in a fraction of the memory.
    const slot = this.slots.push({ ...doc, words: [], ids }) - 1;
    this.bases.push(this.nextBase);
    this.nextBase += n;
    this.slotOf.set(file, slot);
    this.post(slot, ids);
    this.liveWords += n;
    this.version++;
  }

  /** Forget one source file. */
  removeFile(file: string, bump = true): void {
    const slot = this.slotOf.get(file);
    if (slot === undefined) return;
    const n = this.slots[slot]!.ids.length;
    this.slots[slot] = undefined;
    this.slotOf.delete(file);
    this.deadWords += n;
    this.liveWords -= n;
    if (bump) this.version++;
    if (this.deadWords > Math.max(this.liveWords, 100_000)) this.compact();
  }

  private post(slot: number, ids: Int32Array): void {
    const base = this.bases[slot];
    for (let i = 0; i + 2 < ids.length; i++) {
      const key = trigramKey(ids[i], ids[i + 1], ids[i + 2]);
      const got = this.postings.get(key);
      if (got === undefined) this.postings.set(key, base + i);
      else if (typeof got === 'number') this.postings.set(key, [got, base + i]);
      else if (got.length <= MAX_POSTINGS) got.push(base + i);
    }
  }

  /** Rebuild the postings from the live files only. */
  private compact(): void {
    this.postings = new Map();
    this.deadWords = 0;
    this.nextBase = 0;
    this.bases = this.slots.map((doc) => ((this.nextBase += doc?.ids.length ?? 0), this.nextBase - (doc?.ids.length ?? 0)));
    for (const slot of this.slotOf.values()) this.post(slot, this.slots[slot]!.ids);
  }

  /** Positions (file and word index) where the trigram a b c occurs, unless it is too common to be useful. */
  lookup(a: number, b: number, c: number, each: (doc: SourceDoc & { ids: Int32Array }, word: number) => void): void {
    const got = this.postings.get(trigramKey(a, b, c));
    if (got === undefined) return;
    const list = typeof got === 'number' ? [got] : got;
    if (list.length > MAX_POSTINGS) return;
    for (const p of list) {
      const slot = this.slotAt(p);
      const doc = this.slots[slot];
      if (doc) each(doc, p - this.bases[slot]);
    }
  }

  /** The slot whose positions hold `p` (the last slot starting at or before it). */
  private slotAt(p: number): number {
    let lo = 0;
    let hi = this.bases.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bases[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
