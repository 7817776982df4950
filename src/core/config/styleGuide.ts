// Load a layered style guide: the embedded default, then `extends`, then the newsroom's .copydesk.yaml.
import type { SeverityOrOff } from '../types';
import { DEFAULT_GUIDE_SOURCE, DEFAULT_GUIDE_YAML } from './defaultGuide';
import schema from '../../../schemas/copydesk.schema.json';
import { clipText, FILE_START, MAX_PROBLEM_MESSAGE, parseYamlFile, type ConfigProblem, type Located, type ParsedYaml } from './validate';

export type { ConfigProblem } from './validate';

export type RuleKind = 'substitute' | 'avoid' | 'consistency';

export interface StyleRuleSpec {
  id: string;
  kind: RuleKind;
  patterns: string[];
  regex?: string;
  /** One replacement per pattern (substitute rules). */
  replacements: string[];
  forms: string[];
  message?: string;
  severity: SeverityOrOff;
  caseSensitive: boolean;
  wholeWord: boolean;
  /** Also match inside direct quotes (default false: quoted words are the speaker's). */
  inQuotes: boolean;
  /** Phrases in which a match is fine (a proper name that keeps its own spelling). */
  unless: string[];
  link?: string;
  /** File the rule was defined in, and its position there (for compile errors). */
  source: string;
  sourceStart: number;
  sourceEnd: number;
  sourceLine: number;
  sourceColumn: number;
  /** Where the `regex:` value is (its compile errors go there). */
  regexAt?: Located;
}

export interface ActorSpec {
  name: string;
  kind: 'person' | 'organization' | 'place';
  variants?: string[];
  /** Other correct names (an English name, an acronym): recognised, never corrected. */
  aliases?: string[];
  title?: string;
  second?: string;
  description?: string;
  affiliation?: string;
  notes?: string;
  /** Posts held, with dates, so a hover can name the office at the article's date. */
  offices?: ActorOffice[];
  /** The name is no transliteration (Shapps, Sudan): a word a vowel or two apart is never taken for it. */
  fixedSpelling?: boolean;
  /** Where the actor was defined. */
  source?: string;
}

/** A post an actor held: `from`/`to` are YYYY, YYYY-MM or YYYY-MM-DD; no `to` while still held. */
export interface ActorOffice {
  title: string;
  /** The country or body the post belongs to (Iran, United Nations). */
  of?: string;
  from: string;
  to?: string;
}

export interface StyleGuide {
  rules: StyleRuleSpec[];
  severities: Record<string, SeverityOrOff>;
  quotes: { cues: string[]; verb: string };
  names: { distinct: string[][]; starterRegistry: boolean; courtesyTitles?: boolean };
  /** Options of the date checks (defaults from the schema). */
  dates: { weekdayWindow: number };
  actors: ActorSpec[];
  /** The quote check's source globs and the guide file they are relative to (the last guide that declares them). */
  sources?: { patterns: string[]; from: string };
}

/** Largest style guide or registry file that is read (1 MiB): a bigger one is refused with a located problem. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** At most this many problems are listed per configuration file; one more says how many were left out. */
export const MAX_PROBLEMS_PER_FILE = 1000;

/** What a reader knows about a path without reading it. */
export interface ConfigFileInfo {
  type: 'file' | 'directory' | 'other';
  /** Size in bytes. */
  size: number;
}

/** Reads files for the loader: the core never touches the file system itself. */
export interface ConfigReader {
  read(path: string): Promise<string | undefined>;
  /**
   * Type and size of a path without reading it (undefined when it does not exist). Readers of a real file system
   * provide it, so a pipe, a device, a folder or a huge file is refused before any read.
   */
  stat?(path: string): Promise<ConfigFileInfo | undefined>;
  /** Resolve `relative` against the folder of `fromFile`. */
  resolve(fromFile: string, relative: string): string;
}

export interface LoadedGuide {
  guide: StyleGuide;
  problems: ConfigProblem[];
  /** Files that were read, in layering order (the embedded default first). */
  sources: string[];
}

/** A guide after validation: entries of top-level lists that failed are `undefined`, so indices match the YAML. */
type RawGuide = {
  extends?: string | (string | undefined)[];
  rules?: (Record<string, unknown> | undefined)[];
  severities?: Record<string, SeverityOrOff>;
  quotes?: { cues?: string[]; verb?: string };
  names?: { distinct?: string[][]; starterRegistry?: boolean; courtesyTitles?: boolean };
  dates?: { weekdayWindow?: number };
  registries?: (string | undefined)[];
  actors?: (ActorSpec | undefined)[];
  sources?: string | (string | undefined)[];
};

/** The schema's `dates.weekdayWindow` (default and bounds): the one source of the option. */
const WEEKDAY_WINDOW = schema.properties.dates.properties.weekdayWindow;

/** An empty guide (no rules at all). */
export function emptyGuide(): StyleGuide {
  return { rules: [], severities: {}, quotes: { cues: [], verb: 'said' }, names: { distinct: [], starterRegistry: true }, dates: { weekdayWindow: WEEKDAY_WINDOW.default }, actors: [] };
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Merge one file's raw rules into the accumulated guide (override by id, through `byId`: linear in the rule count). */
function mergeRules(guide: StyleGuide, byId: Map<string, number>, raw: RawGuide, source: string, parsed: ParsedYaml, problems: ConfigProblem[]): void {
  (raw.rules ?? []).forEach((r, i) => {
    if (!r) return;
    const where = parsed.at(['rules', i]);
    const id = String(r.id);
    const existing = byId.get(id) ?? -1;
    if (!r.kind) {
      if (existing < 0) {
        if (!parsed.damaged(where)) problems.push({ source, message: `Rule '${id}' has no kind and overrides no inherited rule.`, ...where, severity: 'warning' });
        return;
      }
      const base = guide.rules[existing];
      guide.rules[existing] = {
        ...base,
        severity: (r.severity as SeverityOrOff) ?? base.severity,
        message: (r.message as string) ?? base.message,
        link: (r.link as string) ?? base.link,
      };
      return;
    }
    const patterns = asList(r.pattern as string | string[]);
    const replaceList = asList(r.replace as string | string[]);
    const spec: StyleRuleSpec = {
      id,
      kind: r.kind as RuleKind,
      patterns,
      regex: r.regex as string | undefined,
      replacements: patterns.map((_, k) => replaceList[Math.min(k, replaceList.length - 1)] ?? ''),
      forms: (r.forms as string[]) ?? [],
      message: r.message as string | undefined,
      severity: (r.severity as SeverityOrOff) ?? 'warning',
      caseSensitive: r.case === 'sensitive',
      wholeWord: r.wholeWord !== false,
      inQuotes: r.inQuotes === true,
      unless: (r.unless as string[] | undefined) ?? [],
      link: r.link as string | undefined,
      source,
      sourceStart: where.start,
      sourceEnd: where.end,
      sourceLine: where.line,
      sourceColumn: where.column,
      regexAt: r.regex !== undefined ? parsed.at(['rules', i, 'regex']) : undefined,
    };
    const problem = checkRuleShape(spec);
    if (problem) {
      problems.push({ source, message: `Rule '${id}': ${problem}`, ...where, severity: 'error' });
      return;
    }
    if (existing >= 0) guide.rules[existing] = spec;
    else byId.set(id, guide.rules.push(spec) - 1);
  });
}

/** Cross-field checks JSON Schema does not express well. */
function checkRuleShape(spec: StyleRuleSpec): string | null {
  if (spec.kind === 'consistency') return spec.forms.length >= 2 ? null : 'a consistency rule needs `forms` with two or more entries.';
  if (!spec.patterns.length && !spec.regex) return 'needs a `pattern` or a `regex`.';
  if (spec.patterns.length && spec.regex) return 'give either `pattern` or `regex`, not both.';
  if (spec.kind === 'substitute' && !spec.replacements.length && spec.regex === undefined) return 'a substitute rule needs `replace`.';
  return null;
}

/** The embedded guide, parsed once per process (it never changes and has no problems). */
let defaultParsed: ParsedYaml | undefined;

export interface LoadOptions {
  /** Path of the newsroom's guide, or null for the embedded default alone. */
  path: string | null;
  reader: ConfigReader;
}

const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/**
 * Read one configuration file: a regular file of at most MAX_CONFIG_BYTES, checked with the reader's `stat` before
 * reading (so a pipe or a device is never opened for reading). Never throws: a failure is a reason in words.
 */
async function readConfigFile(reader: ConfigReader, path: string): Promise<{ text: string } | { reason: string }> {
  const tooBig = (size: number) => ({ reason: `it is ${formatBytes(size)}, over the ${formatBytes(MAX_CONFIG_BYTES)} limit for configuration files` });
  try {
    if (reader.stat) {
      const info = await reader.stat(path);
      if (!info) return { reason: 'it does not exist' };
      if (info.type === 'directory') return { reason: 'it is a folder, not a file' };
      if (info.type !== 'file') return { reason: 'it is not a regular file (a pipe, a device or a socket)' };
      if (info.size > MAX_CONFIG_BYTES) return tooBig(info.size);
    }
    const text = await reader.read(path);
    if (text === undefined) return { reason: 'it cannot be read' };
    // Each UTF-16 unit takes at least one byte, so a longer text is certainly over the limit.
    if (text.length > MAX_CONFIG_BYTES) return tooBig(text.length);
    return { text };
  } catch (e) {
    return { reason: `reading failed (${(e as Error)?.message ?? String(e)})` };
  }
}

/** Keep at most MAX_PROBLEMS_PER_FILE problems per file (messages cut to MAX_PROBLEM_MESSAGE), plus one that counts the rest. */
function capPerFile(problems: ConfigProblem[]): ConfigProblem[] {
  const count = new Map<string, number>();
  const out: ConfigProblem[] = [];
  for (const p of problems) {
    const n = (count.get(p.source) ?? 0) + 1;
    count.set(p.source, n);
    if (n <= MAX_PROBLEMS_PER_FILE) out.push(p.message.length > MAX_PROBLEM_MESSAGE ? { ...p, message: clipText(p.message) } : p);
  }
  for (const [source, n] of count) {
    if (n > MAX_PROBLEMS_PER_FILE) out.push({ source, message: `${n - MAX_PROBLEMS_PER_FILE} more problems in this file are not listed.`, ...FILE_START, severity: 'error' });
  }
  return out;
}

/**
 * Load the full layered guide. Never throws: every problem is reported with its position. Each file is read
 * at most once per load (a guide that several `extends` branches share is layered once, where first reached).
 */
export async function loadStyleGuide(options: LoadOptions): Promise<LoadedGuide> {
  const problems: ConfigProblem[] = [];
  const guide = emptyGuide();
  const ruleIds = new Map<string, number>();
  const sources: string[] = [];
  const guidesSeen = new Set<string>();
  const registriesSeen = new Set<string>();
  const { reader } = options;
  /** Resolve a file named in `source` at `where` (a reader may refuse the name: reported, undefined). */
  const resolveAt = (source: string, where: Located, name: string, what: string): string | undefined => {
    try {
      return reader.resolve(source, name);
    } catch (e) {
      problems.push({ source, message: `Cannot read the ${what}, ${name}: the path is not valid (${(e as Error)?.message ?? e}).`, ...where, severity: 'error' });
      return undefined;
    }
  };
  /** Read a file named in `source` at `where`; a failure is reported there. */
  const readAt = async (source: string, where: Located, name: string, path: string, what: string): Promise<string | undefined> => {
    const got = await readConfigFile(reader, path);
    if ('text' in got) return got.text;
    problems.push({ source, message: `Cannot read the ${what}, ${name}: ${got.reason}.`, ...where, severity: 'error' });
    return undefined;
  };
  const applyText = async (text: string, source: string, chain: string[]): Promise<void> => {
    guidesSeen.add(source);
    const parsed = source === DEFAULT_GUIDE_SOURCE ? (defaultParsed ??= parseYamlFile(text, source, 'guide', problems)) : parseYamlFile(text, source, 'guide', problems);
    const raw = parsed.value as RawGuide;
    const parents = asList(raw.extends);
    if (chain.length === 1 && source !== DEFAULT_GUIDE_SOURCE && !parents.includes('none')) {
      await applyText(DEFAULT_GUIDE_YAML, DEFAULT_GUIDE_SOURCE, [DEFAULT_GUIDE_SOURCE]);
    }
    if (source !== DEFAULT_GUIDE_SOURCE) {
      for (let i = 0; i < parents.length; i++) {
        const parent = parents[i];
        if (parent === undefined || parent === 'none' || parent === 'default') continue;
        const where = parsed.at(Array.isArray(raw.extends) ? ['extends', i] : ['extends']);
        const path = resolveAt(source, where, parent, 'guide it extends');
        if (path === undefined) continue;
        if (chain.includes(path)) {
          problems.push({ source, message: `'extends' makes a cycle through ${parent}.`, ...where, severity: 'error' });
          continue;
        }
        if (guidesSeen.has(path)) continue;
        const parentText = await readAt(source, where, parent, path, 'guide it extends');
        if (parentText !== undefined) await applyText(parentText, path, [...chain, path]);
      }
    }
    sources.push(source);
    mergeRules(guide, ruleIds, raw, source, parsed, problems);
    Object.assign(guide.severities, raw.severities ?? {});
    for (const cue of raw.quotes?.cues ?? []) guide.quotes.cues.push(cue);
    if (raw.quotes?.verb) guide.quotes.verb = raw.quotes.verb;
    for (const pair of raw.names?.distinct ?? []) guide.names.distinct.push(pair);
    if (typeof raw.names?.starterRegistry === 'boolean') guide.names.starterRegistry = raw.names.starterRegistry;
    if (typeof raw.names?.courtesyTitles === 'boolean') guide.names.courtesyTitles = raw.names.courtesyTitles;
    const window = raw.dates?.weekdayWindow;
    if (Number.isInteger(window) && window! >= WEEKDAY_WINDOW.minimum && window! <= WEEKDAY_WINDOW.maximum) guide.dates.weekdayWindow = window!;
    for (const a of raw.actors ?? []) if (a) guide.actors.push({ ...a, source });
    if (raw.sources !== undefined) guide.sources = { patterns: asList(raw.sources).filter((p): p is string => typeof p === 'string'), from: source };
    const registries = raw.registries ?? [];
    for (let i = 0; i < registries.length; i++) {
      const reg = registries[i];
      if (reg === undefined) continue;
      const where = parsed.at(['registries', i]);
      const path = resolveAt(source, where, reg, 'registry');
      if (path === undefined || registriesSeen.has(path)) continue;
      registriesSeen.add(path);
      const regText = await readAt(source, where, reg, path, 'registry');
      if (regText === undefined) continue;
      sources.push(path);
      const actors = parseYamlFile(regText, path, 'registry', problems).value as (ActorSpec | undefined)[];
      for (const a of actors) if (a) guide.actors.push({ ...a, source: path });
    }
  };
  try {
    const got = options.path ? await readConfigFile(reader, options.path) : undefined;
    if (options.path && got && 'text' in got) await applyText(got.text, options.path, [options.path]);
    else {
      if (options.path && got && 'reason' in got) problems.push({ source: options.path, message: `Cannot read the style guide: ${got.reason}.`, ...FILE_START, severity: 'error' });
      await applyText(DEFAULT_GUIDE_YAML, DEFAULT_GUIDE_SOURCE, [DEFAULT_GUIDE_SOURCE]);
    }
  } catch (e) {
    // Not expected (every step above reports its own failures), but a load must never reject: keep what was layered.
    problems.push({ source: options.path ?? DEFAULT_GUIDE_SOURCE, message: `Loading stopped: ${(e as Error)?.message ?? e}`, ...FILE_START, severity: 'error' });
  }
  return { guide, problems: capPerFile(problems), sources };
}
