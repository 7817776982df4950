// Rewrite a phrase taken from the article (a speaker, an event's actor) in the registry's house spelling.
import type { Entity } from '../types';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that puts each known entity's mentions in a phrase into its house spelling ("Grand Ayatollah Ali Al
 * Sistani" -> "Grand Ayatollah Ali al-Sistani"); `text` is the analysed text the mentions' offsets refer to.
 */
export function houseSpeller(entities: readonly Entity[], text: string): (phrase: string) => string {
  const house = new Map<string, string>();
  for (const e of entities) {
    if (!e.known) continue;
    house.set(e.name, e.name);
    for (const m of e.mentions) {
      const written = text.slice(m.start, m.end);
      if (written && !house.has(written)) house.set(written, e.name);
    }
  }
  const variants = [...house.keys()].filter((k) => house.get(k) !== k);
  if (!variants.length) return (phrase) => phrase;
  // Longest first, and the house names themselves, so "Ali al-Sistani" is never rewritten through "Sistani".
  const alternatives = [...house.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu');
  return (phrase) => phrase.replace(pattern, (m) => house.get(m) ?? m);
}
