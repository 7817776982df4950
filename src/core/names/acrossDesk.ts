// Across the desk: a name spelled one way in this article and another way in the folder's other articles.
import type { Entity, Finding } from '../types';
import { newForm, spellingVariants, type SpellingForm } from './cluster';
import { distinctPairSet, nameTokens, skeletonKey } from './nameVariants';
import { blockedNames } from './registry';

export interface ArticleEntities {
  file: string;
  entities: Entity[];
}

/** The spellings of the other articles on the desk: built once, reused for every edit of the current article. */
export interface DeskSpellings {
  /** Other articles' spellings by skeleton key, with the files using each. */
  elsewhere: Map<string, { form: SpellingForm; files: Set<string> }[]>;
  /** Mentions per spelling in the other articles. */
  counts: Map<string, number>;
}

/** Index the spellings of every article except `exceptFile`. */
export function deskSpellings(others: ArticleEntities[], exceptFile: string): DeskSpellings {
  const elsewhere: DeskSpellings['elsewhere'] = new Map();
  const counts = new Map<string, number>();
  for (const other of others) {
    if (!other || other.file === exceptFile) continue;
    for (const e of other.entities ?? []) {
      for (const m of e.mentions ?? []) {
        const f = formFor(m.text);
        if (!f) continue;
        counts.set(f.surface, (counts.get(f.surface) ?? 0) + 1);
        const sk = skeletonKey(f.tokens);
        let list = elsewhere.get(sk);
        if (!list) elsewhere.set(sk, (list = []));
        let slot = list.find((x) => x.form.surface === f.surface);
        if (!slot) list.push((slot = { form: f, files: new Set() }));
        slot.files.add(other.file);
      }
    }
  }
  return { elsewhere, counts };
}

/** `names/inconsistent-across` (info) for spellings here that other articles write another way. */
export function crossArticleFindings(current: ArticleEntities, others: ArticleEntities[], distinct: readonly string[][] = []): Finding[] {
  return findingsAgainstDesk(current, deskSpellings(others, current.file), distinct);
}

/** The same findings against a prepared index of the other articles. */
export function findingsAgainstDesk(current: ArticleEntities, desk: DeskSpellings, distinct: readonly string[][] = []): Finding[] {
  const opts = { blocked: blockedNames(), distinct: distinctPairSet(distinct) };
  // Mentions per spelling across the whole desk (this article included): the desk's majority spelling stays quiet.
  const deskCount = new Map(desk.counts);
  for (const e of current.entities ?? []) for (const m of e.mentions ?? []) {
    const f = formFor(m.text);
    if (f) deskCount.set(f.surface, (deskCount.get(f.surface) ?? 0) + 1);
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const e of current.entities ?? []) {
    if (e.known) continue; // the registry decides known names (names/house-spelling)
    for (const m of e.mentions ?? []) {
      const f = formFor(m.text);
      if (!f || seen.has(f.surface)) continue;
      seen.add(f.surface);
      const candidates = (desk.elsewhere.get(skeletonKey(f.tokens)) ?? []).filter(
        (x) => x.form.surface.toLowerCase() !== f.surface.toLowerCase() && spellingVariants(f, x.form, opts),
      );
      if (!candidates.length) continue;
      candidates.sort((a, b) => b.files.size - a.files.size || a.form.surface.localeCompare(b.form.surface));
      const best = candidates[0];
      if ((deskCount.get(best.form.surface) ?? 0) < (deskCount.get(f.surface) ?? 0)) continue; // this article has the desk's spelling
      const files = [...best.files].sort();
      const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
      findings.push({
        rule: 'names/inconsistent-across',
        severity: 'info',
        start: m.start,
        end: m.end,
        message: `'${m.text}' is spelled '${best.form.text}' in ${shown}.`,
        fixes: [{ title: `Change to '${best.form.text}'`, edits: [{ start: m.start, end: m.end, newText: best.form.text }] }],
      });
    }
  }
  return findings;
}

function formFor(text: string): SpellingForm | null {
  if (typeof text !== 'string' || !text.trim()) return null;
  const tokens = nameTokens(text);
  if (!tokens.length || text === text.toUpperCase()) return null;
  const f = newForm(text, tokens, 'other', false);
  return f;
}
