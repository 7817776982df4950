// AP reference rules: a known person's full name on first reference, courtesy titles, formal titles' capitals.
import type { Entity, Finding, Span } from '../types';
import type { Paragraph } from '../document';
import { overProseBound } from '../pass';
import type { FormRole, NamesIndex } from './registry';
import { DEMONYMS, TITLES } from './lexicon';
import { officesOn } from './offices';
import { titleFirstReferences } from './titleReference';

export const FIRST_REFERENCE = 'names/first-reference';
export const COURTESY_TITLE = 'names/courtesy-title';
export const TITLE_CASE = 'names/title-case';

/** A mention the registry resolved to one actor. */
export interface KnownMention extends Span {
  text: string;
  tokens: string[];
  actor: number;
  role: FormRole | null;
}

export interface ReferenceInput {
  /** The prose view of the article (non-prose blanked, offsets kept). */
  prose: string;
  paragraphs: readonly Paragraph[];
  known: readonly KnownMention[];
  /** Every name mention's text and words, known or not (for people who share a surname). */
  names: readonly (Span & { tokens: string[] })[];
  entities: readonly Entity[];
  index: NamesIndex;
  /** The desk writes Mr./Ms. on second reference (the opposite check). */
  courtesyTitles: boolean;
  /** The article's date (YYYY-MM-DD) for dated offices, or null. */
  date?: string | null;
}

/** All findings of the three reference rules. */
export function referenceFindings(input: ReferenceInput): Finding[] {
  const skip = skippedSpans(input.prose, input.paragraphs);
  const titled = titleFirstReferences({ prose: input.prose, known: input.known, actors: input.index.actors, date: input.date ?? null, inSkip: (at) => inside(skip, at) });
  return [...titled.findings, ...firstReference(input, skip, titled.actors), ...courtesyTitles(input, skip), ...titleCase(input.prose, skip)];
}

/** Headlines and direct quotations, where the reference rules do not apply, as sorted spans. */
export function skippedSpans(prose: string, paragraphs: readonly Paragraph[]): (Span & { headline?: boolean })[] {
  const out: (Span & { headline?: boolean })[] = [];
  // Section labels near the top (ABSTRACT., FULL TEXT.): everything before the last one is headline and summary.
  let front = -1;
  for (const p of paragraphs.slice(0, 8)) if (/^[A-Z][A-Z ]{2,20}[.:]?$/.test(p.text.trim())) front = p.index;
  let deck: false | 'run-on' | 'under' = false;
  for (const p of paragraphs) {
    const lines = p.text.trim().split('\n');
    const short = lines.length <= 2 && lines.every((l) => l.length < 160);
    const oneShortLine = lines.length === 1 && lines[0].length < 120 && paragraphs.length >= 3;
    const headline: boolean =
      /^\s{0,3}#/.test(p.text) || p.index <= front || (short && ((p.index === 0 && paragraphs.length >= 2) || deck === 'run-on' || (deck === 'under' && oneShortLine)));
    // A headline runs on into a deck: after `;`, `:` or a dash, or one short line right under the first one.
    deck = !headline ? false : /[;:\u2014]$/.test(p.text.trim()) ? 'run-on' : p.index === 0 ? 'under' : false;
    if (headline) {
      out.push({ start: p.start, end: p.end, headline: true });
      continue;
    }
    if (/^\s*(?:Q|A)\s*:/.test(p.text) || overProseBound(p.text)) {
      // An interview transcript (the answers are quotes), or a paragraph too long to be prose, whose names go unchecked.
      out.push({ start: p.start, end: p.end });
      continue;
    }
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = prose[i];
      const two = c === "'" && prose[i + 1] === "'"; // ''quoted'' in some wire copy
      if (c === '\u201C' || ((c === '"' || two) && open < 0)) {
        if (open < 0) open = i;
      } else if ((c === '\u201D' || c === '"' || two) && open >= 0) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
      if (two) i++;
    }
    if (open >= 0) out.push({ start: open, end: p.end }); // a quote running on into the next paragraph
  }
  // Embedded posts and block quotations written as tags (<tweet ...>...</tweet>, <blockquote>) are quoted too.
  for (const m of prose.matchAll(/<(tweet|blockquote|q)\b[^>]{0,400}>[\s\S]{0,4000}?<\/\1>/gi)) out.push({ start: m.index!, end: m.index! + m[0].length });
  out.sort((a, b) => a.start - b.start);
  const merged: (Span & { headline?: boolean })[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) (last.end = Math.max(last.end, s.end)), (last.headline = last.headline || s.headline);
    else merged.push(s); // (spans made here: extended in place, no copy)
  }
  return merged;
}

/** Whether `at` falls in one of the sorted, disjoint spans (binary search). */
function inside<T extends Span>(spans: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else if (spans[mid].start > at) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

/** The capitalised title word written right before `at` (`Mayor`, `Sen.`, `Mr.`), lower case without its period, or null. */
export function titleWordBefore(prose: string, at: number): string | null {
  const m = /(\p{L}+)\.?\s+$/u.exec(prose.slice(Math.max(0, at - 30), at));
  if (!m || !/^\p{Lu}/u.test(m[1])) return null;
  const w = m[1].toLowerCase();
  return TITLES.has(w) ? w : null;
}

/** Words used after a surname to name a thing of the person's (`the Trump campaign`), not the person. */
const ATTRIBUTIVE = /^(?:\s+(?:campaigns?|administrations?|supporters?|family|era|presidency|team|voters?|camp|aides?|allies|rall(?:y|ies)|foundation|organization|polic(?:y|ies)|doctrine|government|years|White House|brand|loyalists|backers|world|agenda|plans?|deal|effect|factor|wing|machine|nomination|victory|candidacy|cabinet|transition|name|ads?|advisers?|officials?|appointees?|staffers?|spokes(?:man|woman)|voters|fans|critics|presidential)\b|\s+(?:vs?\.|versus)\s)/i;

/** `names/first-reference`: a registry person first named by surname alone; the fix writes the full name (title kept). */
function firstReference(input: ReferenceInput, skip: (Span & { headline?: boolean })[], titled: Set<number>): Finding[] {
  const { prose, known, index } = input;
  const out: Finding[] = [];
  const seen = new Set<number>();
  const sorted = [...known].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    if (seen.has(m.actor)) continue;
    const skipped = inside(skip, m.start);
    // A full name inside a quote introduces the person too; a headline does not.
    if (skipped && (skipped.headline || m.role === 'second' || m.role === 'surname')) continue;
    seen.add(m.actor);
    if (skipped || titled.has(m.actor)) continue; // first named by title alone: that finding covers it
    const actor = index.actors[m.actor];
    if (!actor || actor.kind !== 'person' || (m.role !== 'second' && m.role !== 'surname')) continue;
    const words = actor.name.trim().split(/\s+/);
    if (words.length < 2) continue;
    // Another person of that surname in the story (Melania Trump, Bill Clinton): the bare surname may be theirs.
    const last = m.tokens[m.tokens.length - 1];
    const family = input.names.some((n) => n.tokens.length >= 2 && n.tokens[n.tokens.length - 1] === last && !index.byKey.get(n.tokens.join(' '))?.some((f) => f.actor === m.actor));
    if (family || ATTRIBUTIVE.test(prose.slice(m.end, m.end + 24)) || /\b(?:the|a|an|former|vs?\.|versus)\s+$/i.test(prose.slice(Math.max(0, m.start - 9), m.start))) continue;
    const before = prose.slice(Math.max(0, m.start - 40), m.start);
    if (/\p{L}[\p{L}'’-]*\s+(?:\p{Lu}\.\s*)+$|\p{L}$/u.test(before) || before.toLowerCase().endsWith(words[0].toLowerCase() + ' ')) continue; // Donald J. Trump: named in full
    if (m.text === m.text.toUpperCase()) continue; // an all-caps heading
    if (/^:/.test(prose.slice(m.end, m.end + 1)) && /(?:^|\n)\s*$/.test(before)) continue; // a subhead label (Trump: ...)
    if (/^,\s+([\p{L}'’-]+)/u.exec(prose.slice(m.end, m.end + 40))?.[1] === words[0]) continue; // inverted: Trump, Donald J.
    const hasTitle = titleWordBefore(prose, m.start) !== null;
    const title = actor.title ?? (input.date ? officesOn(actor, input.date)[0]?.title : undefined);
    const fixes = [{ title: `Change to '${actor.name}'`, preferred: true, edits: [{ start: m.start, end: m.end, newText: actor.name }] }];
    if (!hasTitle && title) fixes.push({ title: `Change to '${title} ${actor.name}'`, preferred: false, edits: [{ start: m.start, end: m.end, newText: `${title} ${actor.name}` }] });
    out.push({
      rule: FIRST_REFERENCE,
      severity: 'warning',
      start: m.start,
      end: m.end,
      message: `First reference to ${actor.name}: use the full name${title && !hasTitle ? ` (and title: ${title} ${actor.name})` : ''}, then '${m.text}'.`,
      fixes,
    });
  }
  return out;
}

const COURTESY = /\b(Mr|Mrs|Ms|Messrs)\.?[ \u00A0]+(?=\p{Lu}\p{Ll})/gu;

/** `names/courtesy-title`: AP drops Mr./Mrs./Ms.; a desk with `courtesyTitles: true` gets the opposite check. */
function courtesyTitles(input: ReferenceInput, skip: Span[]): Finding[] {
  const { prose } = input;
  const out: Finding[] = [];
  if (!input.courtesyTitles) {
    for (const m of prose.matchAll(COURTESY)) {
      const at = m.index!;
      if (inside(skip, at) || /\p{L}$/u.test(prose.slice(Math.max(0, at - 1), at))) continue;
      out.push({
        rule: COURTESY_TITLE,
        severity: 'info',
        start: at,
        end: at + m[1].length + (prose[at + m[1].length] === '.' ? 1 : 0),
        message: `House style (AP) drops courtesy titles: write the name without '${m[1]}.'.`,
        fixes: [{ title: `Remove '${m[1]}.'`, preferred: true, edits: [{ start: at, end: at + m[0].length, newText: '' }] }],
      });
    }
    return out;
  }
  // Desk style with courtesy titles: a person named in full, then by surname alone without one.
  for (const e of input.entities) {
    if (e.kind !== 'person' || e.mentions.length < 2 || !/\s/.test(e.mentions[0].text)) continue;
    for (const m of e.mentions.slice(1)) {
      if (/\s/.test(m.text) || inside(skip, m.start)) continue;
      if (titleWordBefore(prose, m.start) !== null) continue;
      const add = (t: string) => ({ title: `Write '${t} ${m.text}'`, preferred: false, edits: [{ start: m.start, end: m.start, newText: `${t} ` }] });
      out.push({
        rule: COURTESY_TITLE,
        severity: 'info',
        start: m.start,
        end: m.end,
        message: `House style uses a courtesy title on second reference: Mr., Mrs. or Ms. ${m.text}.`,
        fixes: [add('Mr.'), add('Ms.')],
      });
    }
  }
  return out;
}

/** Formal titles AP capitalises only right before a name (longest first). */
const FORMAL_TITLES = /\b(vice president|president-elect|president|secretary of (?:state|defense|the treasury|homeland security)|(?:defense|foreign|interior|treasury) secretary|attorney general|prime minister|foreign minister|defense minister|chief justice|chancellor|senator|governor|mayor)\b/gi;
/** Words after which a title before a name is a formal title (`former President ...`, `said Secretary ...`). */
const LEAD_IN = new Set('the a an and or but by with of to from as for at in on said says told met called including between like when while that former late then ex also both'.split(' '));

/** Country adjectives that may stand before a formal title (U.S. Secretary of State ...); religions and parties describe, they do not title. */
const NATIONAL = new Set([...DEMONYMS, 'u.s', 'u.n']);
const DESCRIPTIVE = new Set(['muslim', 'muslims', 'christian', 'christians', 'jewish', 'shiite', 'shiites', 'sunni', 'sunnis', 'shia', 'democratic', 'republican', 'democrat', 'democrats', 'republicans', 'conservative', 'liberal', 'western', 'eastern', 'northern', 'southern']);

/** Titles AP abbreviates before a name (Sen., Gov.): only their capital elsewhere is checked. */
const ABBREVIATED = new Set(['senator', 'governor']);

/** `names/title-case`: a formal title capitalised right before a name, lower case elsewhere. */
function titleCase(prose: string, skip: Span[]): Finding[] {
  const out: Finding[] = [];
  for (const m of prose.matchAll(FORMAL_TITLES)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (inside(skip, at)) continue;
    const capital = /^\p{Lu}/u.test(m[0]);
    const words = m[0].split(/[\s-]+/);
    if (capital && !words.every((w) => w === 'of' || w === 'the' || w === 'elect' || /^\p{Lu}/u.test(w))) continue; // mixed: leave it
    const after = prose.slice(end, end + 40);
    const beforeName = /^(?:[ \u00A0]+\([^)]{0,30}\)|\))?[ \u00A0]+(?:[\p{Lu}][\p{L}'’.-]*|al-\p{Lu})/u.test(after) && !/^[ \u00A0]+(?:The|And|Of|In|On|For|To|A|An|But|Or)\b/.test(after);
    const prev = prose.slice(Math.max(0, at - 40), at);
    const sentenceStart = at === 0 || /(?:^|[.!?:;"\u201C\u2014(]\s*|\n\s*)$/.test(prev);
    const prevWord = /([\p{L}.'’-]+)\s+$/u.exec(prev)?.[1] ?? '';
    let fix: string | null = null;
    if (capital && !beforeName && !sentenceStart) {
      if (/^\p{Lu}/u.test(prevWord) && !/^(?:The|A|An)$/.test(prevWord)) continue; // part of a capitalised name: Office of the President? White House Press Secretary
      if (/^[’']s\s+Day\b/.test(after) || /\bOffice of the\s+$/.test(prev)) continue;
      fix = m[0].toLowerCase();
    } else if (!capital && beforeName && !ABBREVIATED.has(m[0].toLowerCase())) {
      // `Judicial Watch president Tom Fitton` is a job description: only after a function word, `former` or a country's adjective.
      const p = prevWord.toLowerCase().replace(/\.$/, '');
      if (prevWord && !LEAD_IN.has(p) && !(NATIONAL.has(p) && !DESCRIPTIVE.has(p))) continue;
      fix = m[0].replace(/\b\p{Ll}/gu, (c, o: number) => (/^(?:of|the|elect)\b/.test(m[0].slice(o)) ? c : c.toUpperCase()));
    }
    if (!fix || fix === m[0]) continue;
    out.push({
      rule: TITLE_CASE,
      severity: 'info',
      start: at,
      end,
      message: capital ? `Lower-case '${fix}' when it does not come right before a name.` : `Capitalise '${fix}' right before a name.`,
      fixes: [{ title: `Change to '${fix}'`, preferred: true, edits: [{ start: at, end, newText: fix }] }],
    });
  }
  return out;
}
