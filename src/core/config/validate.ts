// Validate parsed YAML against the shipped JSON Schema and map each error to the YAML source position.
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { isMap, LineCounter, type Document, type Node as YamlNode } from 'yaml';
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

type Json = Record<string, unknown>;

const guideValidator = new Validator(schema as unknown as Json, '7', false);
const actorListValidator = new Validator(
  { type: 'array', items: { $ref: '#/definitions/actor' }, definitions: (schema as unknown as Json).definitions } as Json,
  '7',
  false,
);

const WRAPPERS = new Set(['$ref', 'properties', 'items', 'allOf', 'anyOf', 'additionalProperties', 'additionalItems']);

/** Decode a JSON pointer (`#/rules/0/severity`) into path segments. */
function pointerPath(location: string): (string | number)[] {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Turn a path into readable text: rules[0].severity. */
function pathText(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || 'the file';
}

/** Reduce validator output to one message per deepest failing location. */
function leafErrors(errors: OutputUnit[]): { path: (string | number)[]; message: string; unknownKey: boolean }[] {
  const byLoc = new Map<string, OutputUnit[]>();
  for (const e of errors) {
    const list = byLoc.get(e.instanceLocation) ?? [];
    list.push(e);
    byLoc.set(e.instanceLocation, list);
  }
  const locs = [...byLoc.keys()];
  const out: { path: (string | number)[]; message: string; unknownKey: boolean }[] = [];
  for (const loc of locs) {
    if (locs.some((other) => other !== loc && other.startsWith(loc + '/'))) continue;
    const list = byLoc.get(loc)!.filter((e) => !WRAPPERS.has(e.keyword));
    if (!list.length) continue;
    const path = pointerPath(loc);
    const where = pathText(path);
    const kw = list[0].keyword;
    let message: string;
    if (kw === 'false') message = `Unknown setting '${path[path.length - 1]}'.`;
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

/** Source range of the YAML node at `path` (or of its key, for unknown properties). */
function rangeOf(doc: Document, path: (string | number)[], preferKey: boolean): [number, number] {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
    if (node && node.range) {
      if (preferKey && depth === path.length && depth > 0) {
        const parent = doc.getIn(path.slice(0, depth - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[depth - 1]);
          const key = pair?.key as YamlNode | undefined;
          if (key?.range) return [key.range[0], key.range[1]];
        }
      }
      return [node.range[0], node.range[1]];
    }
  }
  return [0, 0];
}

/** Delete the offending entry (a whole rule, actor or top-level key) so the rest keeps working. */
function dropAt(value: Json, path: (string | number)[]): void {
  const cut = path.slice(0, Math.min(2, path.length));
  if (!cut.length) return;
  let parent: unknown = value;
  for (const seg of cut.slice(0, -1)) parent = (parent as Json)?.[seg as string];
  const last = cut[cut.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
  else if (parent && typeof parent === 'object') delete (parent as Json)[last as string];
}

/** Remove holes left by dropAt. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) (value as Json)[k] = compact((value as Json)[k]);
  }
  return value;
}

export type SchemaKind = 'guide' | 'actors';

/** Validate `value` (from `doc`), report problems with positions, and return the value minus invalid entries. */
export function validateAgainstSchema(
  value: unknown,
  doc: Document,
  lines: LineCounter,
  source: string,
  kind: SchemaKind,
  problems: ConfigProblem[],
): unknown {
  const validator = kind === 'guide' ? guideValidator : actorListValidator;
  const result = validator.validate(value);
  if (result.valid) return value;
  const leaves = leafErrors(result.errors);
  for (const { path, message, unknownKey } of leaves) {
    const [start, end] = rangeOf(doc, path, unknownKey);
    const pos = lines.linePos(start);
    problems.push({ source, message, line: pos.line, column: pos.col, start, end, severity: 'error' });
  }
  if (!value || typeof value !== 'object') return kind === 'guide' ? {} : [];
  if (kind === 'actors') {
    for (const { path } of leaves) if (typeof path[0] === 'number' && Array.isArray(value)) value[path[0]] = undefined;
    return compact(value);
  }
  for (const { path } of leaves) dropAt(value as Json, path);
  return compact(value);
}
