// Builds the Node and browser extension bundles, the CLI and the extension-host test bundle.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
  legalComments: 'none',
};

// The web build defines `self.location` as undefined: @cfworker/json-schema reads it at load time to make a
// base URL, and the web extension host runs from a blob: URL where that throws ("Invalid URL").
const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"', 'self.location': 'undefined' }, mainFields: ['browser', 'module', 'main'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cli-worker.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['src/webview/outline.ts'], outfile: 'dist/webview/outline.js', platform: 'browser', format: 'iife' },
  { ...common, entryPoints: ['test/host/suite/index.ts'], outfile: 'out/test/suite/index.js', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] },
  { ...common, entryPoints: ['test/host/suite/index.web.ts'], outfile: 'out/test/suite/index.web.js', platform: 'browser', format: 'cjs', external: ['vscode'], alias: { assert: './test/host/suite/assert.web.ts' }, mainFields: ['browser', 'module', 'main'] },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching');
} else {
  const started = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`esbuild: built ${builds.map((b) => b.outfile).join(', ')} in ${Date.now() - started} ms`);
}
