// Grouping an article's unknown name spellings: which are transliteration variants of one name, which is preferred.
import type { EntityKind } from '../types';
import { deletionKeys, distinctSurfaceId, oneEditApart, plainSurface, skeletonKey, tokensVariant } from './nameVariants';

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
  /** Titles written right before its mentions (lower case: mayor, sen.). */
  titles: Set<string>;
}

export interface SpellingOptions {
  blocked: ReadonlySet<string>;
  /** Normalised keys never merged, as `a\u0000b`. */
  distinct: ReadonlySet<string>;
  /** Keys of the surnames of full names in the article (a word that is one is its own name, not a slip). */
  surnames?: ReadonlySet<string>;
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
  const pairs = (lists: Iterable<number[]>, test: (a: SpellingForm, b: SpellingForm) => boolean) => {
    for (const list of lists) {
      if (list.length < 2 || list.length > 200) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const a = forms[list[x]];
          const b = forms[list[y]];
          if (a.virtual && b.virtual) continue;
          if (find(list[x]) !== find(list[y]) && test(a, b)) parent[find(list[x])] = find(list[y]);
        }
      }
    }
  };
  pairs(buckets.values(), (a, b) => spellingVariants(a, b, opts));
  pairs(typoBuckets(forms).values(), (a, b) => typoVariants(a, b, opts));
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

/** Candidate buckets for typing slips: a name's other words plus its last word or one of that word's one-letter deletions. */
function typoBuckets(forms: SpellingForm[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const last = f.tokens[f.tokens.length - 1];
    if (!last || last.length < 4 || f.kind === 'place' || f.kind === 'organization') return;
    const head = f.tokens.slice(0, -1).join(' ');
    for (const k of new Set(deletionKeys(last))) {
      const id = head + '|' + k;
      const list = out.get(id);
      if (list) list.push(i);
      else out.set(id, [i]);
    }
  });
  return out;
}

/**
 * Whether two spellings are one name with a typing slip in the surname (Whitfield/Whitfeld, Okonkwo/Okonkow),
 * on the article's own evidence: a full name with the same first name, the surname alone for a person the
 * article names in full (and no one else's surname), or the same title before both. Two known names
 * (Allen/Allan), a plural or possessive `s`, and pairs listed as distinct never count.
 */
export function typoVariants(a: SpellingForm, b: SpellingForm, opts: SpellingOptions): boolean {
  if (a.tokens.length !== b.tokens.length || a.surface === b.surface || a.key === b.key) return false;
  const n = a.tokens.length - 1;
  for (let i = 0; i < n; i++) if (a.tokens[i] !== b.tokens[i]) return false;
  const x = a.tokens[n];
  const y = b.tokens[n];
  const written = (f: SpellingForm) => f.surface.split(' ').pop()!.replace(/[^\p{L}]/gu, '');
  if (Math.max(written(a).length, written(b).length) < 5 || x[0] !== y[0] || !oneEditApart(x, y)) return false; // Maine/Kaine
  if (x + 's' === y || y + 's' === x) return false;
  if (opts.blocked.has(x) && opts.blocked.has(y)) return false;
  if (pairDistinct(a, b, opts)) return false;
  const sameTitle = [...a.titles].some((t) => b.titles.has(t));
  if (n > 0) return a.kind === 'person' || b.kind === 'person' || sameTitle; // same first name, surname one slip apart
  const surname = (f: SpellingForm) => f.virtual || !!opts.surnames?.has(f.key);
  const [full, bare] = a.virtual ? [a, b] : [b, a];
  if (full.virtual) return !surname(bare) && full.owners.some((o) => o.kind === 'person');
  return sameTitle && !surname(a) && !surname(b);
}

/** Whether the guide (or the built-in list) says two spellings are different names. */
function pairDistinct(a: SpellingForm, b: SpellingForm, opts: SpellingOptions): boolean {
  if (opts.distinct.has(a.key + '\u0000' + b.key) || opts.distinct.has(distinctSurfaceId(a.surface) + '\u0000' + distinctSurfaceId(b.surface))) return true;
  // Karen Johnson / Karen Johnston: a listed pair inside longer names.
  if (a.tokens.length === b.tokens.length && a.tokens.some((t, i) => t !== b.tokens[i] && opts.distinct.has(t + '\u0000' + b.tokens[i]))) return true;
  const wa = a.surface.split(' ');
  const wb = b.surface.split(' ');
  return wa.length === wb.length && wa.some((w, i) => w !== wb[i] && opts.distinct.has(distinctSurfaceId(w) + '\u0000' + distinctSurfaceId(wb[i])));
}

/** A new spelling form for a mention. */
export function newForm(text: string, tokens: string[], kind: EntityKind, virtual: boolean): SpellingForm {
  return { text, surface: plainSurface(text), tokens, key: tokens.join(' '), kind, mentions: [], count: 0, first: Number.MAX_SAFE_INTEGER, virtual, owners: [], titles: new Set() };
}
