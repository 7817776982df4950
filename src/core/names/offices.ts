// Dated offices: which posts an actor held on a date, and who held a country's or body's posts then.
import type { ActorOffice } from '../config/styleGuide';
import type { RegistryActor } from './registry';

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Whether a value is a YYYY, YYYY-MM or YYYY-MM-DD office date. */
export function isOfficeDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value);
}

/** The well-formed offices of an actor (registry data is untrusted: anything else is skipped). */
export function actorOffices(actor: { offices?: unknown }): ActorOffice[] {
  if (!Array.isArray(actor.offices)) return [];
  return actor.offices.filter(
    (o): o is ActorOffice => !!o && typeof o === 'object' && typeof o.title === 'string' && isOfficeDate(o.from) && (o.to === undefined || isOfficeDate(o.to)),
  );
}

/** Whether an office was held on a date (YYYY-MM-DD), each end compared at the precision it is given in. */
export function heldOn(office: ActorOffice, date: string): boolean {
  if (date.slice(0, office.from.length) < office.from) return false;
  return office.to === undefined || date.slice(0, office.to.length) <= office.to;
}

/** The offices an actor held on a date. */
export function officesOn(actor: { offices?: unknown }, date: string): ActorOffice[] {
  return actorOffices(actor).filter((o) => heldOn(o, date));
}

const THE = /^(?:United|International|European|World|African|Arab|Palestinian|Netherlands|Philippines|Bahamas|Czech|Democratic|Maldives|Marshall|Solomon|Central African)\b/;

/** "Foreign Minister of Iran, 2013–2021" / "President of the United States, since 2025". */
export function officeText(office: ActorOffice): string {
  const of = office.of ? ` of ${THE.test(office.of) ? 'the ' : ''}${office.of}` : '';
  const from = office.from.slice(0, 4);
  const to = office.to?.slice(0, 4);
  const span = to === undefined ? `since ${from}` : to === from ? from : `${from}–${to}`;
  return `${office.title}${of}, ${span}`;
}

/** Who held the posts of a country or body on a date: [person, office] pairs in registry order. */
export function holdersOn(actors: readonly RegistryActor[], of: string, date: string): { actor: RegistryActor; office: ActorOffice }[] {
  const out: { actor: RegistryActor; office: ActorOffice }[] = [];
  for (const actor of actors) for (const office of actorOffices(actor)) if (office.of === of && heldOn(office, date)) out.push({ actor, office });
  return out;
}
