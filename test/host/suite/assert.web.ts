// The subset of Node's `assert` the host suites use, for the web worker extension host (no Node built-ins there).
// esbuild aliases `assert` to this file in the web test bundle only (out/test/suite/index.web.js).

/** Thrown by every failed check, like Node's AssertionError. */
export class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown, readonly operator?: string) {
    super(message);
  }
}

/** A short printable form of a value for failure messages. */
function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 400 ? `${v.slice(0, 400)}…` : v);
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 400 ? `${s.slice(0, 400)}…` : s;
  } catch {
    return String(v);
  }
}

/** Throws `message` (or an Error given as the message) when a check fails. */
function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown, operator?: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected, operator);
}

/** Asserts that `value` is truthy. */
export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true, '==');
}

/** Asserts loose equality (`==`), as Node's legacy assert.equal. */
export function equal(actual: unknown, expected: unknown, message?: string | Error): void {
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (actual !== actual && expected !== expected))) fail(message, `${show(actual)} == ${show(expected)}`, actual, expected, '==');
}

/** Asserts loose inequality (`!=`). */
export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  // eslint-disable-next-line eqeqeq
  if (actual == expected) fail(message, `${show(actual)} != ${show(expected)}`, actual, expected, '!=');
}

/** Asserts strict equality (Object.is). */
export function strictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!Object.is(actual, expected)) fail(message, `Expected values to be strictly equal: ${show(actual)} !== ${show(expected)}`, actual, expected, 'strictEqual');
}

/** Structural equality of plain data (arrays, plain objects, primitives); `loose` compares primitives with `==`. */
function deepEq(a: unknown, b: unknown, loose: boolean, seen = new Map<object, object>()): boolean {
  // eslint-disable-next-line eqeqeq
  if (loose ? a == b || (a !== a && b !== b) : Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (!loose && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEq((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], loose, seen));
}

/** Asserts structural equality (legacy, loose). */
export function deepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!deepEq(actual, expected, true)) fail(message, `Expected values to be loosely deep-equal:\n${show(actual)}\nshould loosely deep-equal\n${show(expected)}`, actual, expected, 'deepEqual');
}

/** Asserts strict structural equality. */
export function deepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!deepEq(actual, expected, false)) fail(message, `Expected values to be strictly deep-equal:\n${show(actual)}\n${show(expected)}`, actual, expected, 'deepStrictEqual');
}

/** Asserts that a string matches a regular expression. */
export function match(actual: string, regexp: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || !regexp.test(actual)) fail(message, `The input did not match the regular expression ${regexp}. Input: ${show(actual)}`, actual, regexp, 'match');
}

/** Asserts that a string does not match a regular expression. */
export function doesNotMatch(actual: string, regexp: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || regexp.test(actual)) fail(message, `The input was expected to not match ${regexp}. Input: ${show(actual)}`, actual, regexp, 'doesNotMatch');
}

/** Asserts that `fn` throws (optionally an error whose message matches `expected`). */
export function throws(fn: () => unknown, expected?: RegExp, message?: string | Error): void {
  try {
    fn();
  } catch (e) {
    if (expected && !expected.test(String((e as Error)?.message ?? e))) fail(message, `The error did not match ${expected}: ${String(e)}`);
    return;
  }
  fail(message, 'Missing expected exception.');
}

/** Asserts that the promise (or async function) rejects. */
export async function rejects(p: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp, message?: string | Error): Promise<void> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (expected && !expected.test(String((e as Error)?.message ?? e))) fail(message, `The rejection did not match ${expected}: ${String(e)}`);
    return;
  }
  fail(message, 'Missing expected rejection.');
}

/** The strict variants under Node's names (`import { strict as assert } from 'assert'`). */
export const strict = Object.assign((value: unknown, message?: string | Error) => ok(value, message), {
  ok,
  equal: strictEqual,
  notEqual: (a: unknown, b: unknown, m?: string | Error) => {
    if (Object.is(a, b)) fail(m, `Expected "actual" to be strictly unequal to: ${show(b)}`, a, b, 'notStrictEqual');
  },
  deepEqual: deepStrictEqual,
  strictEqual,
  deepStrictEqual,
  match,
  doesNotMatch,
  throws,
  rejects,
  AssertionError,
});
