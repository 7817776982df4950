// Hover cards for actors: untrusted registry and article text rendered as escaped Markdown.
import type { PreparedConfig } from '../pass';
import type { Entity, TextSpan } from '../types';
import { findActor, namesIndex, type RegistryActor } from './registry';
import { actorOffices, holdersOn, officeText, officesOn } from './offices';
import { STARTER_REGISTRY_SOURCE } from './starterRegistry';
import { WORLD_REGISTRY_AS_OF } from './world/offices';

/** Escape text for Markdown: every ASCII punctuation mark backslash-escaped, line breaks and controls made spaces. */
export function escapeMarkdown(text: unknown): string {
  const s = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  return s
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (c) => '\\' + c)
    .replace(/ {2,}/g, ' ');
}

const KIND_LABEL: Record<string, string> = { person: 'person', organization: 'organization', place: 'place', other: 'name' };

/** What a card may add about the article's date: the date, and the registry's actors (for a country's office-holders). */
export interface CardContext {
  date?: string | null;
  actors?: readonly RegistryActor[];
}

/** Markdown for the hover card of a registry actor or an article entity, with its mention count in this article. */
export function hoverCardMarkdown(subject: RegistryActor | Entity, mentionCountInArticle: number, context: CardContext = {}): string {
  const isEntity = 'mentions' in subject && Array.isArray((subject as Entity).mentions);
  const a = subject as RegistryActor;
  const lines: string[] = [];
  const kind = KIND_LABEL[String(subject.kind)] ?? 'name';
  lines.push(`**${escapeMarkdown(subject.name)}** · ${escapeMarkdown(kind)}${isEntity && !(subject as Entity).known ? ' · not in the registry' : ''}`);
  if (!isEntity) {
    if (a.title) lines.push(`*${escapeMarkdown(a.title)}*`);
    if (a.description) lines.push(escapeMarkdown(a.description));
    if (a.affiliation) lines.push(`Affiliation: ${escapeMarkdown(a.affiliation)}`);
    const house = [`House spelling: ${escapeMarkdown(a.name)}`];
    if (a.second) house.push(`second reference: ${escapeMarkdown(a.second)}`);
    lines.push(house.join(' · '));
    const aliases = (Array.isArray(a.aliases) ? a.aliases : []).filter((x) => typeof x === 'string');
    if (aliases.length) lines.push(`Also correct: ${aliases.map(escapeMarkdown).join(', ')}`);
    const variants = (Array.isArray(a.variants) ? a.variants : []).filter((x) => typeof x === 'string');
    if (variants.length) lines.push(`Known variants (corrected): ${variants.map(escapeMarkdown).join(', ')}`);
    if (a.notes) lines.push(`Style: ${escapeMarkdown(a.notes)}`);
    const dated = datedOfficeLine(a, context);
    if (dated) lines.push(dated);
  }
  const n = Math.max(0, Math.floor(Number(mentionCountInArticle) || 0));
  lines.push(`Mentioned ${n} ${n === 1 ? 'time' : 'times'} in this article.`);
  return lines.join('\n\n');
}

/** The card line on offices: held on the article's date (a person), or who held the posts then (a country, a body). */
export function datedOfficeLine(actor: RegistryActor, context: CardContext): string | null {
  const date = typeof context.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(context.date) ? context.date : null;
  const checked = (open: boolean) => (open && actor.source === STARTER_REGISTRY_SOURCE && date && date.slice(0, 7) > WORLD_REGISTRY_AS_OF ? ` (registry checked to ${WORLD_REGISTRY_AS_OF})` : '');
  if (!date) {
    const all = actorOffices(actor);
    return all.length && !actor.description ? `Offices: ${escapeMarkdown(all.map(officeText).join('; '))}` : null;
  }
  if (actorOffices(actor).length) {
    const held = officesOn(actor, date);
    if (!held.length) return `On ${date}: none of the posts the registry lists.`;
    return `On ${date}: ${escapeMarkdown(held.map(officeText).join('; '))}${checked(held.some((o) => o.to === undefined))}`;
  }
  if (actor.kind === 'person' || !context.actors) return null;
  const holders = holdersOn(context.actors, actor.name, date);
  if (!holders.length) return null;
  const text = holders.map(({ actor: p, office }) => `${office.title} ${p.name}`).join('; ');
  return `On ${date}: ${escapeMarkdown(text)}${checked(holders.some((h) => h.office.to === undefined))}`;
}

export interface ActorHit {
  /** The registry actor, or null for a name the registry does not know. */
  actor: RegistryActor | null;
  entity: Entity;
  mention: TextSpan;
}

/** The entity (and registry actor, if known) mentioned at an offset of the analysed text, or null. */
export function actorAt(config: PreparedConfig, result: { entities: Entity[] }, offset: number): ActorHit | null {
  let hit: { entity: Entity; mention: TextSpan } | null = null;
  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      if (offset >= mention.start && offset < mention.end) {
        hit = { entity, mention };
        break;
      }
      if (!hit && offset === mention.end) hit = { entity, mention }; // cursor right after the name
    }
    if (hit && offset < hit.mention.end) break;
  }
  if (!hit) return null;
  const actor = hit.entity.known ? findActor(namesIndex(config), hit.entity.name) ?? null : null;
  return { actor, ...hit };
}

/** The hover card for whatever name is at an offset, or null when there is none. */
export function hoverCardAt(config: PreparedConfig, result: { entities: Entity[]; date?: string | null }, offset: number): { markdown: string; range: TextSpan } | null {
  const hit = actorAt(config, result, offset);
  if (!hit) return null;
  const context: CardContext = { date: result.date, actors: namesIndex(config).actors };
  return { markdown: hoverCardMarkdown(hit.actor ?? hit.entity, hit.entity.mentions.length, context), range: hit.mention };
}
