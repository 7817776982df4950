// The world starter registry: built from the compact tables on first use, so loading the bundle costs nothing.
import type { ActorOffice } from '../../config/styleGuide';
import type { RegistryActor } from '../registry';
import { nameKey } from '../nameVariants';
import { officeText } from '../offices';
import { CAPITALS_NOT_MATCHED, countryRows, otherPlaces, placeExtras, TRANSLITERATED_REGIONS } from './countries';
import { FAMILY_NAME_FIRST, LATIN_SCRIPT, officeRows, peopleExtras } from './offices';
import { armedGroups, internationalBodies, newsAgencies, type OrgRow } from './organizations';

export { WORLD_REGISTRY_AS_OF } from './offices';

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : s + '.');
const withNote = (description: string, note: string | undefined) => (note ? `${sentence(description)} ${note}` : sentence(description));

/** Countries, their capitals and a few other places. */
function places(): RegistryActor[] {
  const extras = placeExtras();
  const out: RegistryActor[] = [];
  const place = (name: string, description: string, fixedSpelling: boolean): RegistryActor => {
    const ex = extras[name] ?? {};
    const a: RegistryActor = { name, kind: 'place', description: withNote(description, ex.note), ...(ex.aliases && { aliases: ex.aliases }), ...(ex.variants && { variants: ex.variants }) };
    if (fixedSpelling) a.fixedSpelling = true;
    return a;
  };
  // Countries' English names are fixed (Sudan is no spelling of Sudden); capitals are where the region transliterates.
  for (const [country, capital, region] of countryRows()) {
    const where = `Country in ${region}`;
    out.push(place(country, !capital ? where : capital === country ? `${where}; its capital has the same name` : `${where}; capital ${capital}`, true));
    if (capital && capital !== country && !CAPITALS_NOT_MATCHED.has(capital)) out.push(place(capital, `Capital of ${country}`, !TRANSLITERATED_REGIONS.has(region)));
  }
  for (const [name, description] of otherPlaces()) out.push(place(name, description, false));
  return out;
}

/** Office-holders, one actor per person, described by the posts they held. */
function people(): RegistryActor[] {
  const offices = new Map<string, ActorOffice[]>();
  for (const [of, rows] of Object.entries(officeRows())) {
    for (const [title, person, from, to] of rows) {
      const list = offices.get(person) ?? [];
      list.push(to === undefined ? { title, of, from } : { title, of, from, to });
      offices.set(person, list);
    }
  }
  const extras = peopleExtras();
  const familyFirst = new Set(FAMILY_NAME_FIRST);
  return [...offices].map(([name, list]) => {
    list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const ex = extras[name] ?? {};
    const second = ex.second ?? (familyFirst.has(name) ? name : undefined);
    const actor: RegistryActor = { name, kind: 'person', description: sentence(list.map(officeText).join('; ')), offices: list };
    if (list.every((o) => LATIN_SCRIPT.has(o.of!))) actor.fixedSpelling = true;
    if (second) actor.second = second;
    if (ex.aliases) actor.aliases = ex.aliases;
    if (ex.variants) actor.variants = ex.variants;
    return actor;
  });
}

const org = ([name, description, aliases, variants]: OrgRow): RegistryActor => ({
  name, kind: 'organization', description: sentence(description), ...(aliases && { aliases }), ...(variants && { variants }),
});

let cache: readonly RegistryActor[] | null = null;

/** The world actors: U.N. member states and capitals, office-holders, international bodies, armed groups, news agencies. */
export function worldActors(): readonly RegistryActor[] {
  if (!cache) cache = [...places(), ...people(), ...[...internationalBodies(), ...armedGroups(), ...newsAgencies()].map(org)];
  return cache;
}

const union = (a: string[] | undefined, b: string[] | undefined) => {
  const out = [...(a ?? [])];
  for (const x of b ?? []) if (!out.includes(x)) out.push(x);
  return out.length ? out : undefined;
};

/** Hand-written actors with the world actors added: one actor per name, the hand-written fields first, offices added. */
export function withWorldActors(base: readonly RegistryActor[]): RegistryActor[] {
  const out = [...base];
  const at = new Map<string, number>();
  out.forEach((a, i) => at.set(nameKey(a.name), i));
  for (const w of worldActors()) {
    const i = at.get(nameKey(w.name));
    if (i === undefined) {
      at.set(nameKey(w.name), out.length);
      out.push(w);
      continue;
    }
    const b = out[i];
    const merged: RegistryActor = { ...w, ...b };
    const aliases = union(b.aliases, w.aliases);
    const variants = union(b.variants, w.variants);
    if (aliases) merged.aliases = aliases;
    if (variants) merged.variants = variants;
    if (!b.offices && w.offices) merged.offices = w.offices;
    out[i] = merged;
  }
  return out;
}
