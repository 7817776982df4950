// The actor registry index: starter and newsroom actors merged, every accepted form and variant keyed for lookup.
import type { ActorSpec } from '../config/styleGuide';
import type { PreparedConfig } from '../pass';
import { ARABIC_PERSIAN_NAMES, FIXED_VOWEL_NAMES, WESTERN_FIRST_NAMES } from './lexicon';
import { distinctPairSet, nameKey, nameTokens, normToken, skeleton, skeletonKey, tokensVariant } from './nameVariants';
import { STARTER_ACTORS, STARTER_REGISTRY_SOURCE } from './starterRegistry';
import { withWorldActors } from './world';
import { KNOWN_DISTINCT } from './distinctPairs';

/** An actor as the registry holds it; `aliases` are other correct names (an English name, an acronym), never corrected. */
export interface RegistryActor extends ActorSpec {
  aliases?: string[];
}

/** How a form relates to its actor: accepted (name, alias, second reference, surname) or a variant to correct. */
export type FormRole = 'name' | 'alias' | 'second' | 'surname' | 'variant';

export interface RegistryForm {
  actor: number;
  form: string;
  tokens: string[];
  role: FormRole;
  /** The accepted spelling a variant corrects to (the form itself when accepted). */
  fixTo: string;
}

export interface NamesIndex {
  actors: RegistryActor[];
  /** Normalised key → forms with that key. */
  byKey: Map<string, RegistryForm[]>;
  /** Skeleton key → accepted forms (for vowel-change transliterations). */
  bySkeleton: Map<string, RegistryForm[]>;
  /** Longest form, in text words. */
  maxWords: number;
  /** First normalised word, and its skeleton, of every form: a phrase starting otherwise cannot match. */
  firstTokens: Set<string>;
  /** Normalised Western names whose vowels never vary. */
  blocked: ReadonlySet<string>;
  /** Normalised keys of names never to be merged, as `a\u0000b` (both orders). */
  distinct: Set<string>;
  /** Actor index by house-spelling key. */
  byName: Map<string, number>;
}

export interface NamesOptions {
  /** Include the embedded starter registry (default true). */
  starterRegistry?: boolean;
  /** Include the newsroom's actors from the guide (default true). */
  newsroomRegistry?: boolean;
  /** With the starter registry, include its world part: countries, capitals, office-holders, bodies (default true). */
  worldRegistry?: boolean;
}

let starterWithWorld: readonly RegistryActor[] | null = null;
/** The embedded starter actors, with the world registry (built on first use) unless left out. */
export function starterActors(world = true): readonly RegistryActor[] {
  if (!world) return STARTER_ACTORS;
  return (starterWithWorld ??= withWorldActors(STARTER_ACTORS));
}

let blockedCache: ReadonlySet<string> | null = null;
/** Normalised Western first names and surnames whose vowels are not transliteration choices. */
export function blockedNames(): ReadonlySet<string> {
  if (!blockedCache) {
    const s = new Set<string>();
    for (const w of FIXED_VOWEL_NAMES) s.add(normToken(w));
    for (const w of WESTERN_FIRST_NAMES) if (!ARABIC_PERSIAN_NAMES.has(w)) s.add(normToken(w));
    blockedCache = s;
  }
  return blockedCache;
}

const wordCount = (s: string) => s.split(/[\s]+/).filter(Boolean).length;

/** Build the index: starter actors, then the newsroom's (overriding the starter by name). */
export function buildNamesIndex(guideActors: readonly ActorSpec[], distinctPairs: readonly string[][], options: NamesOptions = {}): NamesIndex {
  const merged = new Map<string, RegistryActor>();
  const add = (a: RegistryActor) => {
    if (!a || typeof a.name !== 'string' || !a.name.trim()) return;
    const key = nameKey(a.name);
    if (!key) return;
    merged.delete(key); // re-insert so the newer definition's order wins
    merged.set(key, a);
  };
  if (options.starterRegistry !== false) for (const a of starterActors(options.worldRegistry !== false)) add({ ...a, source: STARTER_REGISTRY_SOURCE });
  if (options.newsroomRegistry !== false) for (const a of guideActors) add(a as RegistryActor);
  const actors = [...merged.values()];
  const index: NamesIndex = {
    actors,
    byKey: new Map(),
    bySkeleton: new Map(),
    maxWords: 1,
    firstTokens: new Set(),
    blocked: blockedNames(),
    distinct: new Set(),
    byName: new Map(),
  };
  const memo = new Map<string, string[]>();
  const toks = (f: string) => {
    let t = memo.get(f);
    if (!t) memo.set(f, (t = nameTokens(f)));
    return t;
  };
  // (actor, form) pairs already indexed: a form many actors share must not cost a scan of its list per actor.
  const placed = new Set<string>();
  const put = (actor: number, form: string, role: FormRole, fixTo: string) => {
    if (typeof form !== 'string') return;
    const tokens = toks(form);
    if (!tokens.length) return;
    const key = tokens.join(' ');
    const entry: RegistryForm = { actor, form, tokens, role, fixTo };
    index.firstTokens.add(tokens[0]);
    index.firstTokens.add(skeleton(tokens[0]));
    const once = `${actor}\u0000${form}`;
    if (placed.has(once)) return;
    placed.add(once);
    const list = index.byKey.get(key);
    if (list) list.push(entry);
    else index.byKey.set(key, [entry]);
    // An acronym is its letters exactly: ASEAN is no vowel-spelling of Asian.
    if (role !== 'variant' && actors[actor].fixedSpelling !== true && !/^(?:\p{Lu}\.?){2,}$/u.test(form)) {
      const sk = skeletonKey(tokens);
      const sl = index.bySkeleton.get(sk);
      if (sl) sl.push(entry);
      else index.bySkeleton.set(sk, [entry]);
    }
    index.maxWords = Math.max(index.maxWords, wordCount(form) + 2);
  };
  actors.forEach((a, i) => {
    index.byName.set(nameKey(a.name), i);
    put(i, a.name, 'name', a.name);
    const accepted = [a.name, ...(Array.isArray(a.aliases) ? a.aliases : [])];
    for (const alias of accepted.slice(1)) put(i, alias, 'alias', alias);
    if (typeof a.second === 'string' && a.second.trim()) {
      put(i, a.second, 'second', a.second);
      // al-Sistani on second reference: Sistani is the same spelling.
      const bare = /^(?:al|el)[-\s\u2010\u2011]+(.+)$/i.exec(a.second.trim());
      if (bare) put(i, bare[1], 'second', bare[1]);
    } else if (a.kind === 'person') {
      const words = a.name.trim().split(/\s+/);
      if (words.length >= 2) {
        const last = words[words.length - 1];
        put(i, last, 'surname', last);
        const bare = /^(?:al|el)[-\u2010\u2011](.+)$/i.exec(last);
        if (bare) put(i, bare[1], 'surname', bare[1]);
      }
    }
    for (const v of Array.isArray(a.variants) ? a.variants : []) {
      if (typeof v !== 'string') continue;
      const vt = toks(v);
      const target = accepted.find((f) => typeof f === 'string' && tokensVariant(toks(f), vt)) ?? a.name;
      put(i, v, 'variant', target);
    }
  });
  index.distinct = distinctPairSet([...KNOWN_DISTINCT, ...distinctPairs]);
  return index;
}

const PASS_ID = 'names';

/** The names index for a prepared config, built once on first use. */
export function namesIndex(config: PreparedConfig): NamesIndex {
  let index = config.extras.get(PASS_ID) as NamesIndex | undefined;
  if (!index) {
    index = buildNamesIndex(config.guide.actors ?? [], config.guide.names?.distinct ?? [], { starterRegistry: config.guide.names?.starterRegistry !== false });
    config.extras.set(PASS_ID, index);
  }
  return index;
}

/** Choose which registries a prepared config uses (e.g. none, for registry-free checking); call before analysing. */
export function configureNames(config: PreparedConfig, options: NamesOptions): NamesIndex {
  const index = buildNamesIndex(config.guide.actors ?? [], config.guide.names?.distinct ?? [], options);
  config.extras.set(PASS_ID, index);
  return index;
}

/** The actor with this house spelling (or any accepted form), if the registry knows it. */
export function findActor(index: NamesIndex, name: string): RegistryActor | undefined {
  const i = index.byName.get(nameKey(name));
  if (i !== undefined) return index.actors[i];
  const forms = index.byKey.get(nameKey(name))?.filter((f) => f.role !== 'variant');
  if (forms && forms.length && forms.every((f) => f.actor === forms[0].actor)) return index.actors[forms[0].actor];
  return undefined;
}
