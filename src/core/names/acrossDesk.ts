// Across the desk: a name spelled one way in this article and another way in the folder's other articles.
import type { Entity, Finding } from '../types';
import { newForm, spellingVariants, type SpellingForm } from './cluster';
import { distinctPairSet, nameTokens, skeletonKey } from './nameVariants';
import { blockedNames } from './registry';

export interface ArticleEntities {
  file: string;
  entities: Entity[];
}

/** `names/inconsistent-across` (info) for spellings here that other articles write another way. */
export function crossArticleFindings(current: ArticleEntities, others: ArticleEntities[], distinct: readonly string[][] = []): Finding[] {
  const opts = { blocked: blockedNames(), distinct: distinctPairSet(distinct) };
  // Other articles' spellings by skeleton, with the files using each.
  const elsewhere = new Map<string, { form: SpellingForm; files: Set<string> }[]>();
  // Mentions per spelling across the whole desk (this article included): the desk's majority spelling stays quiet.
  const deskCount = new Map<string, number>();
  const count = (a: ArticleEntities) => {
    for (const e of a.entities ?? []) for (const m of e.mentions ?? []) {
      const f = formFor(m.text);
      if (f) deskCount.set(f.surface, (deskCount.get(f.surface) ?? 0) + 1);
    }
  };
  count(current);
  for (const other of others) {
    if (!other || other.file === current.file) continue;
    count(other);
    for (const e of other.entities ?? []) {
      for (const m of e.mentions ?? []) {
        const f = formFor(m.text);
        if (!f) continue;
        const sk = skeletonKey(f.tokens);
        let list = elsewhere.get(sk);
        if (!list) elsewhere.set(sk, (list = []));
        let slot = list.find((x) => x.form.surface === f.surface);
        if (!slot) list.push((slot = { form: f, files: new Set() }));
        slot.files.add(other.file);
      }
    }
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const e of current.entities ?? []) {
    if (e.known) continue; // the registry decides known names (names/house-spelling)
    for (const m of e.mentions ?? []) {
      const f = formFor(m.text);
      if (!f || seen.has(f.surface)) continue;
      seen.add(f.surface);
      const candidates = (elsewhere.get(skeletonKey(f.tokens)) ?? []).filter(
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
