// Grouping an article's unknown name spellings: which are transliteration variants of one name, which is preferred.
import type { EntityKind } from '../types';
import { distinctSurfaceId, plainSurface, skeletonKey, tokensVariant } from './nameVariants';

/** One spelling of an unknown name in the article, with its mentions. */
export interface SpellingForm {
  /** As written (first occurrence). */
  text: string;
  /** Apostrophes, hyphens and spaces normalised: two forms with equal `surface` are one spelling. */
  surface: string;
  tokens: string[];
  key: string;
  kind: EntityKind;
  mentions: { start: number; end: number; text: string; sentenceStart: boolean }[];
  /** Mentions counted for preference (a virtual surname counts its full name's mentions). */
  count: number;
  first: number;
  /** A surname derived from a full name: a target for corrections, never flagged itself. */
  virtual: boolean;
  /** The full-name forms a virtual surname came from. */
  owners: SpellingForm[];
}

export interface SpellingOptions {
  blocked: ReadonlySet<string>;
  /** Normalised keys never merged, as `a\u0000b`. */
  distinct: ReadonlySet<string>;
}

/**
 * Whether two spellings are variants of one name: equal transliteration keys with a real difference in
 * writing, or vowel-change transliterations. Capitals that only start a sentence, all-caps, and pairs
 * listed as distinct never count.
 */
export function spellingVariants(a: SpellingForm, b: SpellingForm, opts: SpellingOptions): boolean {
  if (a.surface === b.surface) return false;
  if (pairDistinct(a, b, opts)) return false;
  if (a.key === b.key) return !caseOnly(a, b);
  return tokensVariant(a.tokens, b.tokens, opts.blocked);
}

/** Two spellings differing only by a capital that opens a sentence, or by all-caps. */
function caseOnly(a: SpellingForm, b: SpellingForm): boolean {
  if (a.surface.toLowerCase() !== b.surface.toLowerCase()) return false;
  if (a.surface === a.surface.toUpperCase() || b.surface === b.surface.toUpperCase()) return true;
  const startsOnly = (f: SpellingForm) => f.mentions.length > 0 && f.mentions.every((m) => m.sentenceStart);
  if (a.surface.slice(1) === b.surface.slice(1)) return startsOnly(a) || startsOnly(b);
  return false;
}

export interface VariantGroup {
  preferred: SpellingForm;
  others: SpellingForm[];
}

/** Cluster spellings into groups of variants; the preferred one is used most, then first. */
export function variantGroups(forms: SpellingForm[], opts: SpellingOptions): VariantGroup[] {
  const parent = forms.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const buckets = new Map<string, number[]>();
  forms.forEach((f, i) => {
    if (f.key.replace(/ /g, '').length < 4) return; // Ky., Al: too short to tell spellings apart
    const sk = skeletonKey(f.tokens);
    const list = buckets.get(sk);
    if (list) list.push(i);
    else buckets.set(sk, [i]);
  });
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > 200) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = forms[list[x]];
        const b = forms[list[y]];
        if (a.virtual && b.virtual) continue;
        if (spellingVariants(a, b, opts)) parent[find(list[x])] = find(list[y]);
      }
    }
  }
  const groups = new Map<number, SpellingForm[]>();
  forms.forEach((f, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(f);
    else groups.set(r, [f]);
  });
  const out: VariantGroup[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    // One spelling may stand as a form and as a virtual surname: count them together.
    const total = new Map<string, { count: number; first: number }>();
    for (const f of g) {
      const t = total.get(f.surface) ?? { count: 0, first: Number.MAX_SAFE_INTEGER };
      t.count += f.count;
      t.first = Math.min(t.first, f.first);
      total.set(f.surface, t);
    }
    const score = (f: SpellingForm) => total.get(f.surface)!;
    const sorted = [...g].sort((p, q) => score(q).count - score(p).count || score(p).first - score(q).first || Number(p.virtual) - Number(q.virtual));
    const preferred = sorted[0];
    const others = sorted.filter((f) => f.surface !== preferred.surface && !f.virtual && f.mentions.length && !pairDistinct(f, preferred, opts));
    if (others.length) out.push({ preferred, others });
  }
  return out;
}

/** Whether the guide (or the built-in list) says two spellings are different names. */
function pairDistinct(a: SpellingForm, b: SpellingForm, opts: SpellingOptions): boolean {
  return opts.distinct.has(a.key + '\u0000' + b.key) || opts.distinct.has(distinctSurfaceId(a.surface) + '\u0000' + distinctSurfaceId(b.surface));
}

/** A new spelling form for a mention. */
export function newForm(text: string, tokens: string[], kind: EntityKind, virtual: boolean): SpellingForm {
  return { text, surface: plainSurface(text), tokens, key: tokens.join(' '), kind, mentions: [], count: 0, first: Number.MAX_SAFE_INTEGER, virtual, owners: [] };
}
