// Bench child: time `require` of a production dist/extension.js and its activate() against a stub `vscode` module.
// Run in a fresh process per sample (module caches empty); prints one JSON line.
'use strict';
const Module = require('node:module');

/** A permissive stand-in for any vscode API: every property is another stub, calls and `new` return stubs. */
function stub(name) {
  const cache = new Map();
  const fn = function () {};
  return new Proxy(fn, {
    get(_t, prop) {
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'then') return undefined; // not a thenable: `await stub` must not hang
      if (prop === 'length') return 0;
      if (prop === 'toString' || prop === 'toJSON') return () => name;
      if (cache.has(prop)) return cache.get(prop);
      if (!cache.has(prop)) cache.set(prop, stub(`${name}.${String(prop)}`));
      return cache.get(prop);
    },
    set(_t, prop, value) {
      cache.set(prop, value);
      return true;
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

const base = stub('vscode');
/** Top-level names of the real API (from @types/vscode), so esbuild's namespace import sees them as own keys. */
function apiNames() {
  try {
    const d = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
    return [...new Set([...d.matchAll(/^\s{1,4}export (?:namespace|class|enum|function|const|let) (\w+)/gm)].map((m) => m[1]))];
  } catch {
    return ['window', 'workspace', 'languages', 'commands', 'env', 'Uri', 'Range', 'Position', 'Diagnostic', 'DiagnosticSeverity', 'EventEmitter'];
  }
}
const names = apiNames();
// A set, and descriptors whose value is made on first read: esbuild's namespace import copies every key's descriptor
// once, and a linear search plus a new stub per key made the harness itself a quarter of the "require" time (the real
// `vscode` module is a plain object, whose keys copy in no time).
const nameSet = new Set(names);
const vscode = new Proxy(
  {
    workspace: new Proxy(
      {
        textDocuments: [],
        workspaceFolders: undefined,
        getConfiguration: () => ({ get: () => undefined, has: () => false, inspect: () => undefined, update: async () => {} }),
        isTrusted: true,
      },
      { get: (t, p) => (p in t ? t[p] : base.workspace[p]) },
    ),
    window: new Proxy(
      { activeTextEditor: undefined, visibleTextEditors: [] },
      { get: (t, p) => (p in t ? t[p] : base.window[p]) },
    ),
    env: new Proxy({ uiKind: 1, language: 'en' }, { get: (t, p) => (p in t ? t[p] : base.env[p]) }),
  },
  {
    get: (t, p) => (p in t ? t[p] : base[p]),
    ownKeys: (t) => [...new Set([...Reflect.ownKeys(t), ...names])],
    getOwnPropertyDescriptor: (t, p) => Reflect.getOwnPropertyDescriptor(t, p) ?? (nameSet.has(p) ? { configurable: true, enumerable: true, get: () => base[p] } : undefined),
  },
);

const origLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return origLoad.call(this, request, parent, isMain);
};

const file = process.argv[2];
const t0 = performance.now();
const ext = require(file);
const t1 = performance.now();
const context = {
  subscriptions: [],
  extensionUri: stub('extensionUri'),
  extensionPath: '/ext',
  globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
  workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
  asAbsolutePath: (p) => '/ext/' + p,
  storageUri: undefined,
  globalStorageUri: stub('globalStorageUri'),
  logUri: stub('logUri'),
  extensionMode: 1,
};
let activateError = null;
let t2 = t1;
try {
  ext.activate(context);
  t2 = performance.now();
} catch (e) {
  t2 = performance.now();
  activateError = String(e && e.message ? e.message : e);
}
process.stdout.write(JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, subscriptions: context.subscriptions.length, activateError }) + '\n');
// Activation may start timers or workers; the measurement is done.
process.exit(0);
