// Hover cards for actors: untrusted registry and article text rendered as escaped Markdown.
import type { PreparedConfig } from '../pass';
import type { Entity, TextSpan } from '../types';
import { findActor, namesIndex, type RegistryActor } from './registry';

/** Escape text for Markdown: every ASCII punctuation mark backslash-escaped, line breaks and controls made spaces. */
export function escapeMarkdown(text: unknown): string {
  const s = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  return s
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (c) => '\\' + c)
    .replace(/ {2,}/g, ' ');
}

const KIND_LABEL: Record<string, string> = { person: 'person', organization: 'organization', place: 'place', other: 'name' };

/** Markdown for the hover card of a registry actor or an article entity, with its mention count in this article. */
export function hoverCardMarkdown(subject: RegistryActor | Entity, mentionCountInArticle: number): string {
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
  }
  const n = Math.max(0, Math.floor(Number(mentionCountInArticle) || 0));
  lines.push(`Mentioned ${n} ${n === 1 ? 'time' : 'times'} in this article.`);
  return lines.join('\n\n');
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
export function hoverCardAt(config: PreparedConfig, result: { entities: Entity[] }, offset: number): { markdown: string; range: TextSpan } | null {
  const hit = actorAt(config, result, offset);
  if (!hit) return null;
  return { markdown: hoverCardMarkdown(hit.actor ?? hit.entity, hit.entity.mentions.length), range: hit.mention };
}
