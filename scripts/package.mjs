#!/usr/bin/env node
// `npm run package`: production build (minified, no sourcemaps), then `vsce package` into copydesk-<version>.vsix.
// esbuild bundles every dependency, so vsce runs with --no-dependencies (no npm walk, no network).
// Options: --out PATH (default: <repo>/<name>-<version>.vsix), --skip-build (package whatever dist/ holds).
// Fails when the package is 2 MB or larger. Importable: `import { packageExtension } from './package.mjs'`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MAX_VSIX_BYTES = 2 * 1024 * 1024;
// Files the package must hold, whatever .vscodeignore says (checked after packaging).
// (vsce stores README.md and CHANGELOG.md as readme.md and changelog.md, LICENSE as LICENSE.txt.)
const REQUIRED = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/web/extension.js', 'extension/dist/webview/outline.js', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt'];

// Prints one progress line.
function say(msg) {
  console.log(`[package] ${msg}`);
}

// Runs a command in the repository (quiet: output shown only when it fails); throws when it fails.
function run(cmd, args, quiet = false) {
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8', env: { ...process.env, VSCE_TELEMETRY: 'off' } });
  if (r.status !== 0) {
    if (quiet) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed (${r.signal ?? `exit ${r.status}`})`);
  }
}

// Returns the path of vsce's entry script from node_modules (so `npx` never reaches for the network).
function vsceBin() {
  const bin = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!fs.existsSync(bin)) throw new Error('@vscode/vsce is not installed: run `npm ci` first');
  return bin;
}

// Lists the entries of a .vsix (a zip) with Python's zipfile when available, else returns null.
function zipEntries(file) {
  const r = spawnSync('python3', ['-c', 'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', file], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : null;
}

const IMAGE_TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

/** Writes out/package/README.md: README.md with each relative image inlined as a data: URI; returns its path. */
export function inlineReadmeImages() {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const inlined = readme.replace(/(!\[[^\]]*\]\()(?!https?:|data:)([^)\s]+)(\))/g, (_, open, rel, close) => {
    const file = path.join(REPO_ROOT, rel);
    const type = IMAGE_TYPES[path.extname(rel).toLowerCase()];
    if (!type || !fs.existsSync(file)) throw new Error(`README.md links ${rel}, which is not a PNG, JPEG or GIF file in the repository`);
    return `${open}data:${type};base64,${fs.readFileSync(file).toString('base64')}${close}`;
  });
  const out = path.join(REPO_ROOT, 'out', 'package', 'README.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, inlined);
  return out;
}

/** Builds for production and packages the extension (quiet: only failures print tool output); resolves to { file, bytes, entries }. */
export async function packageExtension({ out, skipBuild = false, quiet = false } = {}) {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const file = path.resolve(out ?? path.join(REPO_ROOT, `${manifest.name}-${manifest.version}.vsix`));
  if (!skipBuild) {
    say('production build (node esbuild.mjs --production)');
    run(process.execPath, ['esbuild.mjs', '--production'], quiet);
  }
  const leftoverMaps = ['dist/extension.js.map', 'dist/web/extension.js.map'].filter((p) => fs.existsSync(path.join(REPO_ROOT, p)));
  if (leftoverMaps.length && !quiet) say(`note: ${leftoverMaps.join(', ')} from an earlier dev build stay out of the package (.vscodeignore)`);

  const args = [vsceBin(), 'package', '--no-dependencies', '--out', file];
  // Without a repository URL vsce cannot turn the README's relative links into absolute ones and refuses to
  // package: keep them relative instead (they resolve only where the README sits next to docs/, e.g. on the forge).
  // The installed extension's details page (a webview with `img-src https: data:` and no base URL) cannot load the
  // README's relative images from the extension's folder either: the packaged README carries them as data: URIs.
  if (!manifest.repository) args.push('--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', path.relative(REPO_ROOT, inlineReadmeImages()));
  fs.rmSync(file, { force: true });
  say(`vsce package -> ${path.relative(process.cwd(), file) || file}`);
  run(process.execPath, args, quiet);

  const bytes = fs.statSync(file).size;
  const entries = zipEntries(file);
  if (entries) {
    const lower = new Set(entries.map((e) => e.toLowerCase()));
    // The walkthrough's images (package.json `walkthroughs[].steps[].media.image`) must be in the package.
    const images = (manifest.contributes?.walkthroughs ?? []).flatMap((w) => w.steps.map((st) => st.media?.image).filter(Boolean)).map((p) => `extension/${p}`);
    const missing = [...REQUIRED, ...images].filter((e) => !lower.has(e.toLowerCase()));
    if (missing.length) throw new Error(`the package lacks ${missing.join(', ')}`);
    const unwanted = entries.filter((e) => /\.map$|^extension\/(src|test|out|scripts|node_modules|samples)\//.test(e));
    if (unwanted.length) throw new Error(`the package holds files a user does not need: ${unwanted.join(', ')}`);
  }
  if (bytes >= MAX_VSIX_BYTES) throw new Error(`${path.basename(file)} is ${(bytes / 1024 / 1024).toFixed(2)} MB: the limit is 2 MB`);
  say(`${path.basename(file)}: ${(bytes / 1024).toFixed(1)} KB${entries ? `, ${entries.length} entries` : ''}`);
  return { file, bytes, entries };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'skip-build': { type: 'boolean', default: false } } });
  packageExtension({ out: values.out, skipBuild: values['skip-build'] }).catch((err) => {
    console.error(`[package] FAILED: ${err.message}`);
    process.exit(1);
  });
}
