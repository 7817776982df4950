// `names/first-reference`, title form: a known person's first reference is a title without the name
// (`the secretary of state said ...` before the story names Mike Pompeo) → the title, AP-capitalised, and the full name.
import type { Finding, Span } from '../types';
import type { RegistryActor } from './registry';
import { actorOffices, officesOn } from './offices';

/** Specific offices a title alone can stand for (longest first); `the minister`, `officials` are not among them. */
const OFFICE_TITLES =
  /\b(vice[ -]president|president|secretary of state|secretary of defen[cs]e|defen[cs]e secretary|prime minister|foreign minister|defen[cs]e minister|foreign secretary|chancellor|house speaker|speaker of the house|secretary[ -]general|supreme leader|crown prince)\b/gi;

/** A title's comparison key: `Secretary of Defense`, `defence secretary` → `defense secretary`. */
export function officeKey(title: string): string {
  const t = title.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:acting|palestinian|u\.n\.|nato) /, '').replace(/ ayatollah$/, '');
  return t
    .replace(/defence/, 'defense')
    .replace(/^secretary of defense$/, 'defense secretary')
    .replace(/^speaker of the house$/, 'house speaker')
    .replace(/^vice-president$/, 'vice president')
    .replace(/^secretary general$/, 'secretary-general');
}

/** Offices only the United States has: a title alone names them without a country. */
const US_ONLY = new Set(['secretary of state', 'defense secretary', 'house speaker', 'vice president']);

/** Country and body words that may qualify a title (`Iranian foreign minister`, `Iran's`, `U.N.`), to the registry's `of`. */
const QUALIFIERS: Record<string, string> = {
  'u.s.': 'United States', american: 'United States', british: 'Britain', "britain's": 'Britain', french: 'France', german: 'Germany',
  italian: 'Italy', canadian: 'Canada', japanese: 'Japan', chinese: 'China', russian: 'Russia', indian: 'India', australian: 'Australia',
  brazilian: 'Brazil', argentine: 'Argentina', mexican: 'Mexico', 'south african': 'South Africa', 'south korean': 'South Korea',
  indonesian: 'Indonesia', turkish: 'Turkey', saudi: 'Saudi Arabia', emirati: 'United Arab Emirates', qatari: 'Qatar', kuwaiti: 'Kuwait',
  bahraini: 'Bahrain', omani: 'Oman', jordanian: 'Jordan', egyptian: 'Egypt', iranian: 'Iran', iraqi: 'Iraq', israeli: 'Israel',
  syrian: 'Syria', lebanese: 'Lebanon', yemeni: 'Yemen', libyan: 'Libya', tunisian: 'Tunisia', algerian: 'Algeria', moroccan: 'Morocco',
  palestinian: 'Palestinian Authority', polish: 'Poland', ukrainian: 'Ukraine', 'north korean': 'North Korea', pakistani: 'Pakistan',
  afghan: 'Afghanistan', venezuelan: 'Venezuela', belarusian: 'Belarus', hungarian: 'Hungary', dutch: 'Netherlands',
  'u.n.': 'United Nations', un: 'United Nations', nato: 'NATO',
};
const COUNTRIES = new Set(Object.values(QUALIFIERS));

/** The country or body a qualifier names (`Iranian`, `Iran's`, `U.S.`), or undefined. */
function qualifierOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  return QUALIFIERS[w] ?? [...COUNTRIES].find((c) => c.toLowerCase() === w);
}

/** An office an actor holds (or held): its title key and country. */
interface Held {
  key: string;
  of?: string;
}

/** What an actor held on the article's date: dated offices when both are known, else the registry's `title`. */
function heldAt(actor: RegistryActor, date: string | null, ever = false): Held[] {
  const offices = actorOffices(actor);
  if (date && offices.length) return officesOn(actor, date).map((o) => ({ key: officeKey(o.title), of: o.of }));
  if (!actor.title) return [];
  const key = officeKey(actor.title);
  // No article date, and the registry dates this office: the title may not have been held then (Trump in 2015).
  if (!ever && offices.some((o) => officeKey(o.title) === key)) return [];
  const ofs = new Set(offices.filter((o) => officeKey(o.title) === key).map((o) => o.of));
  const prefix = /^palestinian /i.test(actor.title) ? 'Palestinian Authority' : /^u\.n\. /i.test(actor.title) ? 'United Nations' : /^nato /i.test(actor.title) ? 'NATO' : undefined;
  return [{ key, of: prefix ?? (ofs.size === 1 ? [...ofs][0] : undefined) }];
}

/** Every office an actor ever held, by the registry (for ambiguity: two people who could be `the secretary of state`). */
function everHeld(actor: RegistryActor): Held[] {
  const out: Held[] = actorOffices(actor).map((o) => ({ key: officeKey(o.title), of: o.of }));
  return actor.title ? [...out, ...heldAt(actor, null, true)] : out;
}

/** Whether an office answers a title written with (or without) a country. */
function answers(h: Held, key: string, country: string | undefined): boolean {
  if (h.key !== key) return false;
  if (country) return h.of === country;
  return h.of === 'United States' || (h.of === undefined && US_ONLY.has(key));
}

/** A title as AP writes it right before a name: `Secretary of State`, `Vice President`, `Secretary-General`. */
export function capitaliseTitle(title: string): string {
  return title.replace(/\p{L}+/gu, (w, at: number) => (at > 0 && /^(?:of|the)$/i.test(w) ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()));
}

export interface TitleReferenceInput {
  prose: string;
  /** Mentions resolved to one registry actor. */
  known: readonly (Span & { actor: number })[];
  actors: readonly RegistryActor[];
  date: string | null;
  /** Where the rule does not look (quotes, headlines); `headline` marks headline spans. */
  inSkip: (at: number) => (Span & { headline?: boolean }) | undefined;
}

/** Title-without-name first references of registry people named later; also returns the actors they cover. */
export function titleFirstReferences(input: TitleReferenceInput): { findings: Finding[]; actors: Set<number> } {
  const { prose, known, actors, date } = input;
  const findings: Finding[] = [];
  const covered = new Set<number>();
  const persons = new Map<number, number>(); // person actor → offset of its first mention outside headlines
  for (const m of known) {
    if (actors[m.actor]?.kind !== 'person' || input.inSkip(m.start)?.headline) continue;
    if (!persons.has(m.actor) || m.start < persons.get(m.actor)!) persons.set(m.actor, m.start);
  }
  if (!persons.size) return { findings, actors: covered };
  const knownAt = new Map<number, number>();
  for (const m of known) knownAt.set(m.start, m.actor);
  // Titles written before a name (`President Obama`): whom each title key is worn by in this story.
  const wornBy = new Map<string, Set<number>>();
  const phrases: { start: number; end: number; key: string; country?: string; written: string; qualifier: string }[] = [];
  for (const m of prose.matchAll(OFFICE_TITLES)) {
    const at = m.index!;
    const end = at + m[0].length;
    const key = officeKey(m[0]);
    const after = prose.slice(end, end + 40);
    const named = /^[ \u00A0]+(\p{Lu})/u.exec(after);
    if (named) {
      const set = wornBy.get(key) ?? new Set<number>();
      set.add(knownAt.get(end + named[0].length - 1) ?? -1);
      wornBy.set(key, set);
      continue;
    }
    // Not a title alone: `president-elect`, `president of the company`, an appositive name (`the president, Barack Obama`).
    if (/^(?:-|\s+(?:of|for)\b|,?\s*(?:\(|\u2014|--)?\s*\p{Lu}\p{Ll})/u.test(after) || input.inSkip(at)) continue;
    const before = /(?:(?<the>\b[Tt]he)[ \u00A0]+)?(?:(?<![\p{L}.])(?<qual>U\.S\.|U\.N\.|[\p{Lu}][\p{L}]+(?:[’']s)?)[ \u00A0]+)?(?:(?<acting>[Aa]cting)[ \u00A0]+)?$/u.exec(prose.slice(Math.max(0, at - 40), at))!;
    const { the, qual, acting } = before.groups ?? {};
    const country = qual ? qualifierOf(qual) : undefined;
    if (qual && !country) continue; // `Trump's secretary of state`, `Deputy Secretary of State`: not the office-holder named here
    const possessive = !!qual && /[’']s$/.test(qual);
    const capital = /^\p{Lu}/u.test(m[0]);
    if (!the && !possessive && !(capital && (qual || /(?:^|[.!?]["\u201D]?\s+|\n\s*)$/.test(prose.slice(Math.max(0, at - 4), at))))) continue;
    const start = at - before[0].length + (the ? before[0].indexOf(the) : 0);
    phrases.push({ start, end, key, country, written: `${acting ? acting + ' ' : ''}${m[0]}`, qualifier: qual ?? '' });
  }
  for (const p of phrases) {
    const later = [...persons].filter(([, first]) => first > p.end);
    const match = later.filter(([a]) => !covered.has(a) && heldAt(actors[a], date).some((h) => answers(h, p.key, p.country)));
    if (match.length !== 1) continue;
    const [a] = match[0];
    // Another named person who held that office, or someone else titled so in the story: the title alone is ambiguous.
    const rivals = [...persons.keys()].some((b) => b !== a && everHeld(actors[b]).some((h) => answers(h, p.key, p.country)));
    if (rivals || [...(wornBy.get(p.key) ?? [])].some((b) => b !== a)) continue;
    covered.add(a);
    const actor = actors[a];
    const fix = `${p.qualifier ? p.qualifier + ' ' : ''}${capitaliseTitle(p.written)} ${actor.name}`;
    findings.push({
      rule: 'names/first-reference',
      severity: 'warning',
      start: p.start,
      end: p.end,
      message: `First reference to ${actor.name} is the title alone: name the person (${fix}), then use the title or surname.`,
      fixes: [{ title: `Change to '${fix}'`, preferred: true, edits: [{ start: p.start, end: p.end, newText: fix }] }],
    });
  }
  return { findings, actors: covered };
}
