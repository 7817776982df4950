// Load a layered style guide: the embedded default, then `extends`, then the newsroom's .copydesk.yaml.
import { LineCounter, parseDocument } from 'yaml';
import type { SeverityOrOff } from '../types';
import { DEFAULT_GUIDE_SOURCE, DEFAULT_GUIDE_YAML } from './defaultGuide';
import { validateAgainstSchema, type ConfigProblem } from './validate';

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
  /** Where the actor was defined. */
  source?: string;
}

export interface StyleGuide {
  rules: StyleRuleSpec[];
  severities: Record<string, SeverityOrOff>;
  quotes: { cues: string[]; verb: string };
  names: { distinct: string[][]; starterRegistry: boolean };
  actors: ActorSpec[];
}

/** Reads files for the loader: the core never touches the file system itself. */
export interface ConfigReader {
  read(path: string): Promise<string | undefined>;
  /** Resolve `relative` against the folder of `fromFile`. */
  resolve(fromFile: string, relative: string): string;
}

export interface LoadedGuide {
  guide: StyleGuide;
  problems: ConfigProblem[];
  /** Files that were read, in layering order (the embedded default first). */
  sources: string[];
}

type RawGuide = {
  extends?: string | string[];
  rules?: Record<string, unknown>[];
  severities?: Record<string, SeverityOrOff>;
  quotes?: { cues?: string[]; verb?: string };
  names?: { distinct?: string[][]; starterRegistry?: boolean };
  registries?: string[];
  actors?: ActorSpec[];
};

/** An empty guide (no rules at all). */
export function emptyGuide(): StyleGuide {
  return { rules: [], severities: {}, quotes: { cues: [], verb: 'said' }, names: { distinct: [], starterRegistry: true }, actors: [] };
}

/** Parse YAML text with positions; report syntax errors and schema errors; return what is valid. */
export function parseYamlFile(text: string, source: string, kind: 'guide' | 'actors', problems: ConfigProblem[]): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    const pos = lines.linePos(start);
    problems.push({ source, message: `YAML: ${err.message.split('\n')[0]}`, line: pos.line, column: pos.col, start, end, severity: 'error' });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push({ source, message: `YAML: ${(e as Error).message}`, line: 1, column: 1, start: 0, end: 0, severity: 'error' });
    value = undefined;
  }
  if (value === undefined || value === null) return { value: kind === 'guide' ? {} : [], doc, lines };
  if (kind === 'actors' && value && typeof value === 'object' && !Array.isArray(value) && 'actors' in value) {
    value = (value as { actors: unknown }).actors;
  }
  return { value: validateAgainstSchema(value, doc, lines, source, kind, problems), doc, lines };
}

interface ParsedYaml {
  value: unknown;
  doc: ReturnType<typeof parseDocument>;
  lines: LineCounter;
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Merge one file's raw rules into the accumulated guide (override by id). */
function mergeRules(guide: StyleGuide, raw: RawGuide, source: string, { doc, lines }: ParsedYaml, problems: ConfigProblem[]): void {
  const posOf = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  (raw.rules ?? []).forEach((r, i) => {
    const node = doc.getIn(['rules', i], true) as { range?: [number, number, number] } | undefined;
    const [sourceStart, sourceEnd] = node?.range ?? [0, 0];
    const id = String(r.id);
    const existing = guide.rules.findIndex((x) => x.id === id);
    if (!r.kind) {
      if (existing < 0) {
        problems.push({ source, message: `Rule '${id}' has no kind and overrides no inherited rule.`, ...posOf(sourceStart), start: sourceStart, end: sourceEnd, severity: 'warning' });
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
      sourceStart,
      sourceEnd,
      sourceLine: posOf(sourceStart).line,
      sourceColumn: posOf(sourceStart).column,
    };
    const problem = checkRuleShape(spec);
    if (problem) {
      problems.push({ source, message: `Rule '${id}': ${problem}`, ...posOf(sourceStart), start: sourceStart, end: sourceEnd, severity: 'error' });
      return;
    }
    if (existing >= 0) guide.rules[existing] = spec;
    else guide.rules.push(spec);
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

/** Load the full layered guide. Never throws: every problem is reported with its position. */
export async function loadStyleGuide(options: LoadOptions): Promise<LoadedGuide> {
  const problems: ConfigProblem[] = [];
  const guide = emptyGuide();
  const sources: string[] = [];
  const applyText = async (text: string, source: string, chain: string[]): Promise<void> => {
    const parsed = source === DEFAULT_GUIDE_SOURCE ? (defaultParsed ??= parseYamlFile(text, source, 'guide', problems)) : parseYamlFile(text, source, 'guide', problems);
    const raw = parsed.value as RawGuide;
    const parents = asList(raw.extends);
    if (chain.length === 1 && source !== DEFAULT_GUIDE_SOURCE && !parents.includes('none')) {
      await applyText(DEFAULT_GUIDE_YAML, DEFAULT_GUIDE_SOURCE, [DEFAULT_GUIDE_SOURCE]);
    }
    sources.push(source);
    if (source !== DEFAULT_GUIDE_SOURCE) {
      for (const parent of parents) {
        if (parent === 'none' || parent === 'default') continue;
        const parentPath = options.reader.resolve(source, parent);
        if (chain.includes(parentPath)) {
          problems.push({ source, message: `'extends' makes a cycle through ${parent}.`, line: 1, column: 1, start: 0, end: 0, severity: 'error' });
          continue;
        }
        const parentText = await options.reader.read(parentPath);
        if (parentText === undefined) {
          problems.push({ source, message: `Cannot read the guide it extends: ${parent}.`, line: 1, column: 1, start: 0, end: 0, severity: 'error' });
          continue;
        }
        await applyText(parentText, parentPath, [...chain, parentPath]);
      }
    }
    mergeRules(guide, raw, source, parsed, problems);
    Object.assign(guide.severities, raw.severities ?? {});
    if (raw.quotes?.cues) guide.quotes.cues.push(...raw.quotes.cues);
    if (raw.quotes?.verb) guide.quotes.verb = raw.quotes.verb;
    if (raw.names?.distinct) guide.names.distinct.push(...raw.names.distinct);
    if (typeof raw.names?.starterRegistry === 'boolean') guide.names.starterRegistry = raw.names.starterRegistry;
    for (const a of raw.actors ?? []) guide.actors.push({ ...a, source });
    for (const reg of raw.registries ?? []) {
      const regPath = options.reader.resolve(source, reg);
      const regText = await options.reader.read(regPath);
      if (regText === undefined) {
        problems.push({ source, message: `Cannot read the registry: ${reg}.`, line: 1, column: 1, start: 0, end: 0, severity: 'error' });
        continue;
      }
      sources.push(regPath);
      const { value: actors } = parseYamlFile(regText, regPath, 'actors', problems);
      for (const a of actors as ActorSpec[]) guide.actors.push({ ...a, source: regPath });
    }
  };
  const text = options.path ? await options.reader.read(options.path) : undefined;
  if (options.path && text === undefined) {
    problems.push({ source: options.path, message: 'Cannot read the style guide.', line: 1, column: 1, start: 0, end: 0, severity: 'error' });
  }
  if (options.path && text !== undefined) await applyText(text, options.path, [options.path]);
  else await applyText(DEFAULT_GUIDE_YAML, DEFAULT_GUIDE_SOURCE, [DEFAULT_GUIDE_SOURCE]);
  return { guide, problems, sources };
}
