// Across the desk: a name spelled one way in this article and another way in the folder's other articles.
import type { Entity, Finding } from '../types';
import { newForm, spellingVariants, type SpellingForm } from './cluster';
import { distinctPairSet, looksTransliterated, nameTokens, skeletonKey } from './nameVariants';
import { blockedNames } from './registry';
import { KNOWN_DISTINCT } from './distinctPairs';

export interface ArticleEntities {
  file: string;
  entities: Entity[];
}

/** One spelling on the desk: the files using it, and the form to suggest (first seen, and first seen in another file). */
interface Slot {
  form: SpellingForm;
  formFile: string;
  /** The first form seen in a file other than `formFile`, suggested to `formFile` itself. */
  alt?: SpellingForm;
  files: Set<string>;
  sorted?: string[];
}

/** The spellings of the articles on the desk: built once, then asked about any one article (its own use left out). */
export interface DeskSpellings {
  /** Spellings by skeleton key. */
  elsewhere: Map<string, Slot[]>;
  /** Mentions per spelling on the indexed desk. */
  counts: Map<string, number>;
  /** Mentions per spelling in each indexed file. */
  own: Map<string, Map<string, number>>;
}

/** Index the spellings of every article (except `exceptFile`): linear in the desk's mentions. */
export function deskSpellings(articles: ArticleEntities[], exceptFile?: string): DeskSpellings {
  const desk: DeskSpellings = { elsewhere: new Map(), counts: new Map(), own: new Map() };
  for (const a of articles) {
    if (!a || a.file === exceptFile) continue;
    let own = desk.own.get(a.file);
    if (!own) desk.own.set(a.file, (own = new Map()));
    for (const e of a.entities ?? []) {
      for (const m of e.mentions ?? []) {
        const f = formFor(m.text);
        if (!f) continue;
        desk.counts.set(f.surface, (desk.counts.get(f.surface) ?? 0) + 1);
        own.set(f.surface, (own.get(f.surface) ?? 0) + 1);
        const sk = skeletonKey(f.tokens);
        let list = desk.elsewhere.get(sk);
        if (!list) desk.elsewhere.set(sk, (list = []));
        let slot = list.find((x) => x.form.surface === f.surface);
        if (!slot) list.push((slot = { form: f, formFile: a.file, files: new Set() }));
        else if (!slot.alt && a.file !== slot.formFile) slot.alt = f;
        slot.files.add(a.file);
        slot.sorted = undefined;
      }
    }
  }
  return desk;
}

/** `names/inconsistent-across` (info) for spellings here that other articles write another way. */
export function crossArticleFindings(current: ArticleEntities, others: ArticleEntities[], distinct: readonly string[][] = []): Finding[] {
  return findingsAgainstDesk(current, deskSpellings(others, current.file), distinct);
}

/** Each article's across-desk findings, with the desk indexed once (linear in the desk's mentions). */
export function acrossDeskFindings(articles: ArticleEntities[], distinctFor: (index: number) => readonly string[][] = () => []): Finding[][] {
  const desk = deskSpellings(articles);
  return articles.map((a, i) => findingsAgainstDesk(a, desk, distinctFor(i)));
}

/** The same findings against a prepared index; the current article's own use of a spelling is left out of it. */
export function findingsAgainstDesk(current: ArticleEntities, desk: DeskSpellings, distinct: readonly string[][] = []): Finding[] {
  const opts = { blocked: blockedNames(), distinct: distinctPairSet([...KNOWN_DISTINCT, ...distinct]) };
  const own = desk.own.get(current.file);
  const othersCount = (surface: string) => (desk.counts.get(surface) ?? 0) - (own?.get(surface) ?? 0);
  const otherFiles = (slot: Slot) => slot.files.size - (slot.files.has(current.file) ? 1 : 0);
  // Mentions per spelling across the whole desk (this article included): the desk's majority spelling stays quiet.
  const here = new Map<string, number>();
  for (const e of current.entities ?? []) for (const m of e.mentions ?? []) {
    const f = formFor(m.text);
    if (f) here.set(f.surface, (here.get(f.surface) ?? 0) + 1);
  }
  const deskCount = (surface: string) => othersCount(surface) + (here.get(surface) ?? 0);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const e of current.entities ?? []) {
    if (e.known) continue; // the registry decides known names (names/house-spelling)
    for (const m of e.mentions ?? []) {
      const f = formFor(m.text);
      if (!f || seen.has(f.surface)) continue;
      seen.add(f.surface);
      // One plain word across stories (Sims/Symms, Star/Starr, Courier/Carrier) is as likely another name: only transliterations count.
      if (f.tokens.length === 1 && !looksTransliterated(f.tokens[0])) continue;
      const candidates = (desk.elsewhere.get(skeletonKey(f.tokens)) ?? []).filter(
        (x) => otherFiles(x) > 0 && x.form.surface.toLowerCase() !== f.surface.toLowerCase() && spellingVariants(f, x.form, opts),
      );
      if (!candidates.length) continue;
      candidates.sort((a, b) => otherFiles(b) - otherFiles(a) || a.form.surface.localeCompare(b.form.surface));
      const best = candidates[0];
      if (deskCount(best.form.surface) < deskCount(f.surface)) continue; // this article has the desk's spelling
      const text = (best.formFile === current.file ? best.alt! : best.form).text;
      const files = (best.sorted ??= [...best.files].sort());
      const shownFiles: string[] = [];
      for (let i = 0; i < files.length && shownFiles.length < 3; i++) if (files[i] !== current.file) shownFiles.push(files[i]);
      const more = otherFiles(best) - shownFiles.length;
      const shown = shownFiles.join(', ') + (more > 0 ? ` and ${more} more` : '');
      findings.push({
        rule: 'names/inconsistent-across',
        severity: 'info',
        start: m.start,
        end: m.end,
        message: `'${m.text}' is spelled '${text}' in ${shown}.`,
        fixes: [{ title: `Change to '${text}'`, edits: [{ start: m.start, end: m.end, newText: text }] }],
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
