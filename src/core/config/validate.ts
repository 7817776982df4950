// Parse configuration YAML, validate it against the shipped JSON Schema and map each error to its YAML source position.
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, visit, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import schema from '../../../schemas/copydesk.schema.json';

export interface ConfigProblem {
  /** Path or URI of the file the problem is in. */
  source: string;
  message: string;
  /** 1-based. */
  line: number;
  column: number;
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

/** A place in a configuration file: offsets and the 1-based line and column of `start`. */
export type Located = Pick<ConfigProblem, 'line' | 'column' | 'start' | 'end'>;

/** The top of a file: where problems about the file as a whole go. */
export const FILE_START: Located = { line: 1, column: 1, start: 0, end: 0 };

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** A validator for the part of the shipped schema at `pointer` (`#/definitions/rule`). */
function validatorAt(pointer: string): Validator {
  const v = new Validator({ $ref: `${schema.$id}${pointer}` }, '7', false);
  v.addSchema(schema as unknown as Json);
  return v;
}

/** The schema's validators, compiled on first use (not at activation: compiling them costs ~10 ms). */
const validators = lazy(() => ({
  guide: validatorAt('#'),
  registry: validatorAt('#/definitions/registry'),
  /** Validators for the entries of the guide's top-level lists (rules, actors, …), read off the schema. */
  guideEntries: new Map(
    Object.entries(schema.properties)
      .filter(([, s]) => 'items' in s && (s as Json).type === 'array')
      .map(([key]) => [key, validatorAt(`#/properties/${key}/items`)]),
  ),
  actor: validatorAt('#/definitions/registry/oneOf/0/items'),
}));

/** A value computed once, on the first call. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const WRAPPERS = new Set(['$ref', 'properties', 'items', 'allOf', 'anyOf', 'additionalProperties', 'additionalItems']);

/** Decode a JSON pointer (`#/rules/0/severity`) into path segments. */
function pointerPath(location: string): Path {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(decodeSegment)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The validator percent-encodes pointer segments (`s%C3%A9v`): show keys as written. */
function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Longest message a configuration problem carries; longer ones (a huge key quoted back) are cut with an ellipsis. */
export const MAX_PROBLEM_MESSAGE = 240;

/** Cut a text to `max` characters with an ellipsis, on one line. */
export function clipText(text: string, max = MAX_PROBLEM_MESSAGE): string {
  const line = text.replace(/\s*\n\s*/g, ' ');
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

/** Turn a path into readable text: rules[0].severity. */
function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || 'the file';
}

/** Reduce validator output to one message per deepest failing location (linear in the number of errors). */
function leafErrors(errors: OutputUnit[]): { path: Path; message: string; unknownKey: boolean }[] {
  const byLoc = new Map<string, OutputUnit[]>();
  const ancestors = new Set<string>();
  for (const e of errors) {
    const loc = e.instanceLocation;
    const list = byLoc.get(loc);
    if (list) list.push(e);
    else {
      byLoc.set(loc, [e]);
      for (let i = loc.indexOf('/'); i >= 0; i = loc.indexOf('/', i + 1)) ancestors.add(loc.slice(0, i));
    }
  }
  const out: { path: Path; message: string; unknownKey: boolean }[] = [];
  for (const [loc, all] of byLoc) {
    if (ancestors.has(loc)) continue;
    const list = all.filter((e) => !WRAPPERS.has(e.keyword));
    if (!list.length) continue;
    const path = pointerPath(loc);
    const where = pathText(path);
    const kw = list[0].keyword;
    let message: string;
    if (kw === 'false') message = `Unknown setting '${clipText(String(path[path.length - 1]), 60)}' (ignored).`;
    else if (kw === 'enum' || kw === 'const') message = `${where}: ${list[0].error.replace(/^Instance/, 'value')}`;
    else if (kw === 'oneOf' || kw === 'type') {
      const types = list.filter((e) => e.keyword === 'type').map((e) => /Expected "(\w+)"/.exec(e.error)?.[1]).filter(Boolean);
      message = `${where}: expected ${types.length ? types.join(' or ') : 'a different value'}.`;
    } else if (kw === 'required') message = `${where}: ${list[0].error.replace(/^Instance/, 'entry')}`;
    else message = `${where}: ${list[0].error.replace(/^Instance/, 'value')}`;
    out.push({ path, message, unknownKey: kw === 'false' });
  }
  return out;
}

/** Finds YAML nodes by path in time proportional to the path's length, indexing each mapping's keys on first use. */
export class NodeLocator {
  private readonly keyIndex = new Map<YAMLMap, Map<string, Pair>>();
  constructor(private readonly doc: Document, private readonly lines: LineCounter) {}

  /** The node at `path` (or the deepest node along it; with `preferKey`, the key of the last segment). */
  at(path: Path, preferKey = false): Located {
    let node: unknown = this.doc.contents;
    let range = (node as YamlNode | null)?.range ?? [0, 0];
    for (let depth = 0; depth < path.length && node; depth++) {
      const seg = path[depth];
      if (isMap(node)) {
        const pair = this.pairs(node).get(String(seg));
        if (!pair) break;
        const key = pair.key as YamlNode | null;
        if (key?.range && (preferKey && depth === path.length - 1)) return this.located(key.range);
        node = pair.value;
        const r = (node as YamlNode | null)?.range ?? key?.range;
        if (r) range = r;
      } else if (isSeq(node)) {
        node = node.items[Number(seg)];
        const r = (node as YamlNode | null)?.range;
        if (!r) break;
        range = r;
      } else break;
    }
    return this.located(range);
  }

  private pairs(map: YAMLMap): Map<string, Pair> {
    let index = this.keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && !index.has(key)) index.set(key, pair as Pair);
      }
      this.keyIndex.set(map, index);
    }
    return index;
  }

  private located([start, end]: readonly number[]): Located {
    const pos = this.lines.linePos(start);
    return { line: pos.line, column: pos.col, start, end };
  }
}

/** Delete the offending entry (a whole rule, actor or top-level key), leaving a hole so list indices still match the YAML. */
function dropAt(value: unknown, path: Path, depth: number): void {
  const cut = path.slice(0, Math.min(depth, path.length));
  if (!cut.length) return;
  let parent: unknown = value;
  for (const seg of cut.slice(0, -1)) parent = (parent as Json | null)?.[seg as string];
  const last = cut[cut.length - 1];
  if (Array.isArray(parent)) {
    if (typeof last === 'number') parent[last] = undefined;
  } else if (parent && typeof parent === 'object') delete (parent as Json)[String(last)];
}

/** What a file is: a style guide (a mapping of settings) or an actor registry (a list of actors). */
export type SchemaKind = 'guide' | 'registry';

/** A parsed configuration file: its valid content (dropped entries of top-level lists left as `undefined` holes) and a locator. */
export interface ParsedYaml {
  value: unknown;
  at: NodeLocator['at'];
  /** Whether a syntax error lies inside this place (problems found there follow from it and are not reported). */
  damaged: (where: Located) => boolean;
}

const isMapping = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Describe a value's YAML shape for a message. */
function shapeOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (isMapping(v)) return 'a mapping';
  return typeof v === 'string' ? 'a text' : `a ${typeof v}`;
}

/** The message for a top level of the wrong shape, or null when it can be validated entry by entry. */
function topLevelProblem(value: unknown, kind: SchemaKind): string | null {
  if (kind === 'guide') {
    return isMapping(value) ? null : `A style guide's top level must be a mapping of settings (rules:, severities:, extends:, …), not ${shapeOf(value)}.`;
  }
  if (Array.isArray(value) || (isMapping(value) && 'actors' in value)) return null;
  const found = isMapping(value) ? 'a mapping without an `actors` key' : shapeOf(value);
  return `A registry must be a list of actors (- name: …, kind: …) or a mapping whose one key \`actors\` holds that list, not ${found}.`;
}

/** Deepest nesting a configuration file may use (a guide needs four levels); deeper YAML is refused before parsing. */
export const MAX_YAML_NESTING = 64;

/** Lexer tokens that stand for no source text. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);

/**
 * Offset where the text nests deeper than MAX_YAML_NESTING (flow brackets, or `- `/`? ` indicators on one line), else -1.
 * The YAML parser recurses per level and slows to seconds on a file of brackets: one linear lexer pass guards it.
 */
function tooDeepAt(text: string): number {
  let offset = 0;
  let flow = 0;
  let onLine = 0;
  for (const tok of new Lexer().lex(text)) {
    if (tok === '[' || tok === '{') flow++;
    else if (tok === ']' || tok === '}') flow = Math.max(0, flow - 1);
    else if (tok === '-' || tok === '?') onLine++;
    else if (tok === '\n' || tok === '\r\n') onLine = 0;
    if (flow > MAX_YAML_NESTING || onLine > MAX_YAML_NESTING) return offset;
    if (!CONTROL_TOKENS.has(tok)) offset += tok.length;
  }
  return -1;
}

/**
 * Report keys repeated within one mapping (the parser's own check compares every pair: quadratic in a big map), and
 * remove keys that are lists or mappings (reported once, unless a syntax error explains them): no setting has such a key.
 */
function reportKeys(doc: Document, locate: (range: readonly number[]) => Located, source: string, problems: ConfigProblem[], damaged: (where: Located) => boolean): void {
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      map.items = map.items.filter(({ key }) => {
        if (key === null || isScalar(key)) return true;
        const range = (key as YamlNode).range;
        if (range && !damaged(locate(range))) problems.push({ source, message: 'YAML: a key must be a plain word or text, not a list or a mapping.', ...locate(range), severity: 'error' });
        return false;
      });
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const k = `${typeof key.value}:${String(key.value)}`;
        if (!seen.has(k)) seen.add(k);
        else if (key.range) problems.push({ source, message: 'YAML: Map keys must be unique', ...locate(key.range), severity: 'error' });
      }
    },
  });
}

/** Locates [start, end) in `text`, cut at the end of the start's line (a message underlines one line, not a kilobyte). */
function lineLocator(text: string, lines: LineCounter): (range: readonly number[]) => Located {
  return ([start, end]) => {
    const pos = lines.linePos(start);
    const eol = text.indexOf('\n', start);
    return { line: pos.line, column: pos.col, start, end: Math.max(start, eol < 0 ? end : Math.min(end, eol)) };
  };
}

/** Parser messages that mean an indentation slip (each slip yields several of them on the lines that follow). */
const INDENTATION_SLIP = /compact mappings|Implicit keys need|must start at the same column|without - indicator|implicit map key|followed by map values/;

/**
 * Report the parser's errors readably: one per run of neighbouring lines (the first is the cause, the rest follow from
 * it), an indentation slip said in words. Returns whether a located node overlaps the damage (its own errors are noise).
 */
function reportSyntaxErrors(errors: readonly { message: string; pos: [number, number] }[], locate: (range: readonly number[]) => Located, source: string, problems: ConfigProblem[]): (where: Located) => boolean {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  let run: { first: Located; message: string; lastLine: number } | undefined;
  const flush = () => {
    if (!run) return;
    const next = run.first.line + 1;
    const more = run.lastLine > next ? ` (lines ${next}–${run.lastLine} follow from it)` : run.lastLine === next ? ` (line ${next} follows from it)` : '';
    problems.push({ source, message: clipText(`YAML: ${run.message}${more}`), ...run.first, severity: 'error' });
  };
  for (const err of sorted) {
    const where = locate(err.pos);
    if (run && where.line <= run.lastLine + 1) {
      run.lastLine = Math.max(run.lastLine, where.line);
      continue;
    }
    flush();
    const said = err.message.split('\n')[0];
    const message = INDENTATION_SLIP.test(said) ? `indentation slip: this line does not line up with the entry it belongs to (${said}).` : said;
    run = { first: where, message, lastLine: where.line };
  }
  flush();
  const starts = sorted.map((e) => e.pos[0]);
  return (where) => {
    // Binary search for the first error at or after where.start.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < where.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo] <= where.end;
  };
}

/** A quick over-estimate of tooDeepAt: counts brackets and `-`/`?` per line even inside texts and comments. */
function mayBeTooDeep(text: string): boolean {
  let flow = 0;
  let onLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) flow++;
    else if (c === 0x5d || c === 0x7d) flow = Math.max(0, flow - 1);
    else if (c === 0x2d || c === 0x3f) onLine++;
    else if (c === 0x0a || c === 0x0d) onLine = 0;
    if (flow > MAX_YAML_NESTING || onLine > MAX_YAML_NESTING) return true;
  }
  return false;
}

/** Where the text nests too deeply, as a problem, or null. */
function nestingProblem(text: string, source: string): ConfigProblem | null {
  const deep = mayBeTooDeep(text) ? tooDeepAt(text) : -1;
  if (deep < 0) return null;
  const before = text.slice(0, deep).split(/\r\n|\r|\n/);
  const where = { line: before.length, column: before[before.length - 1].length + 1, start: deep, end: deep + 1 };
  return { source, message: `YAML: nested more than ${MAX_YAML_NESTING} levels deep; not read.`, ...where, severity: 'error' };
}

/** Parse YAML text with positions; report syntax, shape and schema errors; return what is valid. Never throws. */
export function parseYamlFile(text: string, source: string, kind: SchemaKind, problems: ConfigProblem[]): ParsedYaml {
  const empty = kind === 'guide' ? {} : [];
  let at: ParsedYaml['at'] = () => FILE_START;
  let damaged: ParsedYaml['damaged'] = () => false;
  // Each step may meet input the YAML library or the validator cannot take (a stack overflow, an alias bomb):
  // that is a problem at the top of the file, never an exception.
  let step = 'YAML: cannot be parsed: ';
  try {
    const deep = nestingProblem(text, source);
    if (deep) {
      problems.push(deep);
      return { value: empty, at, damaged };
    }
    const lines = new LineCounter();
    // logLevel 'error': never Node's "Keys with collection values will be stringified" warning (such keys are reported).
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    const locator = new NodeLocator(doc, lines);
    at = locator.at.bind(locator);
    const locate = lineLocator(text, lines);
    damaged = reportSyntaxErrors(doc.errors, locate, source, problems);
    reportKeys(doc, locate, source, problems, damaged);
    step = 'YAML: ';
    let value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === undefined || value === null) return { value: empty, at, damaged };
    const shape = topLevelProblem(value, kind);
    if (shape) {
      problems.push({ source, message: shape, ...at([]), severity: 'error' });
      return { value: empty, at, damaged };
    }
    step = 'Cannot be checked against the schema: ';
    validateAgainstSchema(value, at, damaged, source, kind, problems);
    if (kind === 'registry' && isMapping(value)) value = Array.isArray(value.actors) ? value.actors : [];
    return { value, at, damaged };
  } catch (e) {
    problems.push({ source, message: clipText(`${step}${(e as Error)?.message ?? e}`), ...FILE_START, severity: 'error' });
    return { value: empty, at, damaged };
  }
}

/**
 * Validate `value`, report each error at its YAML node (unless a syntax error there explains it), and drop what is
 * invalid from `value` in place: an unknown key alone (a warning: the entry still works), else the whole entry.
 */
function validateAgainstSchema(value: unknown, at: NodeLocator['at'], damaged: ParsedYaml['damaged'], source: string, kind: SchemaKind, problems: ConfigProblem[]): void {
  const errors = validateInParts(value, kind);
  if (!errors.length) return;
  const depth = kind === 'registry' && Array.isArray(value) ? 1 : 2;
  for (const { path, message, unknownKey } of leafErrors(errors)) {
    const where = at(path, unknownKey);
    if (!damaged(where)) problems.push({ source, message: clipText(message), ...where, severity: unknownKey ? 'warning' : 'error' });
    dropAt(value, path, unknownKey ? path.length : depth);
  }
}

/**
 * Validator output for `value`, with each entry of a top-level list validated on its own: the validator gathers a
 * parent's errors by spreading its children's into one call, which overflows the stack for a list of 100k bad entries.
 */
function validateInParts(value: unknown, kind: SchemaKind): OutputUnit[] {
  const lists = new Map<string, Validator>();
  if (kind === 'registry' && Array.isArray(value)) lists.set('', validators().actor);
  else if (kind === 'registry' && Array.isArray((value as Json).actors)) lists.set('actors', validators().actor);
  else if (kind === 'guide') for (const [key, v] of validators().guideEntries) if (Array.isArray((value as Json)[key])) lists.set(key, v);
  const errors: OutputUnit[] = [];
  const collect = (units: OutputUnit[], prefix: string) => {
    for (const u of units) errors.push(prefix ? { ...u, instanceLocation: prefix + u.instanceLocation.slice(1) } : u);
  };
  if (!lists.has('')) {
    const shell = { ...(value as Json) };
    for (const key of lists.keys()) shell[key] = [];
    collect((kind === 'guide' ? validators().guide : validators().registry).validate(shell).errors, '');
  }
  for (const [key, v] of lists) {
    const entries = (key ? (value as Json)[key] : value) as unknown[];
    for (let i = 0; i < entries.length; i++) {
      const result = v.validate(entries[i]);
      if (!result.valid) collect(result.errors, key ? `#/${key}/${i}` : `#/${i}`);
    }
  }
  return errors;
}
