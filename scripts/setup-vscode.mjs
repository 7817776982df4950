#!/usr/bin/env node
// Installs a real VS Code (code-server, which is VS Code 1.100.3 on Node 20) into .vscode-test/code-server/.
// Idempotent: a marker file records a completed install of CODE_SERVER_VERSION and makes reruns instant.
// Recipe: shared notes "real-vscode.md". Usage: `node scripts/setup-vscode.mjs` or `import { ensureCodeServer }`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_DIR = path.join(REPO_ROOT, '.vscode-test', 'code-server');
const MARKER = path.join(CODE_SERVER_DIR, '.install-complete.json');
const LOG_FILE = path.join(CODE_SERVER_DIR, 'setup.log');
const BIN = path.join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
// code-server writes a default config file on first use; keep it here rather than in ~/.config/code-server/.
export const CODE_SERVER_CONFIG = path.join(CODE_SERVER_DIR, 'config.yaml');
const DEBIAN_PACKAGES = ['libkrb5-dev', 'ripgrep', 'chromium'];
const NATIVE_MODULES = ['kerberos', 'node-pty', '@vscode/spdlog', '@parcel/watcher', 'native-watchdog', '@vscode/deviceid'];

// Prints one short progress line.
function say(msg) {
  console.log(`[setup-vscode] ${msg}`);
}

// Runs a command, appending its output to setup.log; on failure shows the tail of that output and throws.
function run(cmd, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    fs.appendFileSync(LOG_FILE, `\n$ (cd ${cwd}) ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const collect = (chunk) => {
      fs.appendFileSync(LOG_FILE, chunk);
      tail = (tail + chunk.toString()).slice(-6000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve((Date.now() - started) / 1000);
      console.error(tail.split('\n').slice(-40).join('\n'));
      reject(new Error(`\`${cmd} ${args.join(' ')}\` in ${cwd} failed (${signal ?? `exit ${code}`}); full log: ${LOG_FILE}`));
    });
  });
}

// Runs one named install step and prints how long it took.
async function step(label, cmd, args, opts) {
  say(`${label} ...`);
  const secs = await run(cmd, args, opts);
  say(`${label}: done in ${secs.toFixed(1)}s`);
}

// Returns the Debian packages from DEBIAN_PACKAGES that are not installed (empty when dpkg is unavailable).
function missingDebianPackages() {
  const probe = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...DEBIAN_PACKAGES], { encoding: 'utf8' });
  if (probe.error) return []; // not a Debian machine: rely on the commands checks below
  const installed = new Set(
    probe.stdout.split('\n').filter((l) => l.endsWith(' installed')).map((l) => l.split(' ')[0].replace(/:.*/, '')),
  );
  return DEBIAN_PACKAGES.filter((p) => !installed.has(p));
}

// Installs missing Debian packages with apt-get when root, otherwise stops with a message saying what to install.
export async function ensureDebianPackages() {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `missing system packages: ${missing.join(' ')}\n` +
        `  install them first, e.g.: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  await step('apt-get update', 'apt-get', ['update'], { cwd: REPO_ROOT });
  await step(`apt-get install ${missing.join(' ')}`, 'apt-get', ['install', '-y', ...missing], {
    cwd: REPO_ROOT,
    env: { DEBIAN_FRONTEND: 'noninteractive' },
  });
}

// Returns the path of an executable found on PATH, or null.
function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// Reads the marker of a completed install, or null when there is none (or it is unreadable).
export function readInstallMarker() {
  try {
    return JSON.parse(fs.readFileSync(MARKER, 'utf8'));
  } catch {
    return null;
  }
}

// Runs `code-server --version` and returns its version line, e.g. "4.100.3 <commit> with Code 1.100.3".
export function codeServerVersion(bin = BIN) {
  const r = spawnSync(bin, ['--config', CODE_SERVER_CONFIG, '--version'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${bin} --version failed: ${r.stderr || r.error}`);
  const line = r.stdout.split('\n').find((l) => /^\d+\.\d+\.\d+ \S+ with Code /.test(l));
  if (!line) throw new Error(`cannot read the version from \`${bin} --version\`: ${r.stdout}`);
  return line.trim();
}

// Performs every step of the recipe in a fresh .vscode-test/code-server/ folder.
async function install() {
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  fs.writeFileSync(LOG_FILE, `code-server ${CODE_SERVER_VERSION} setup, ${new Date().toISOString()}\n`);
  // Own package.json so that npm does not walk up and install into the repository itself.
  fs.writeFileSync(
    path.join(CODE_SERVER_DIR, 'package.json'),
    JSON.stringify({ name: 'copydesk-code-server-cache', private: true, description: 'generated by scripts/setup-vscode.mjs' }, null, 2) + '\n',
  );
  const vscodeDir = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
  const npmQuiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  const yes = { npm_config_yes: 'true' };

  await step(`1/8 npm install code-server@${CODE_SERVER_VERSION}`, 'npm',
    ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--save-exact', ...npmQuiet], { cwd: CODE_SERVER_DIR });
  await step('2/8 VS Code dependencies (lib/vscode)', 'npm',
    ['install', '--omit=dev', '--ignore-scripts', ...npmQuiet], { cwd: vscodeDir });

  say('3/8 ripgrep: copying Debian rg into @vscode/ripgrep/bin/rg');
  const rg = which('rg');
  if (!rg) throw new Error('`rg` not found on PATH: install the Debian package ripgrep');
  const rgDest = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  fs.mkdirSync(path.dirname(rgDest), { recursive: true });
  fs.copyFileSync(fs.realpathSync(rg), rgDest);
  fs.chmodSync(rgDest, 0o755);

  await step('4/8 native modules (npm rebuild)', 'npm', ['rebuild', ...NATIVE_MODULES, ...npmQuiet], { cwd: vscodeDir, env: yes });

  say('5/8 links made by the postinstall');
  fs.rmSync(path.join(vscodeDir, 'node_modules.asar'), { force: true });
  fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  fs.rmSync(path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'), { force: true });
  fs.symlinkSync('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  fs.rmSync(path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'), { force: true });
  fs.symlinkSync('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  await step('6/8 built-in extensions dependencies', 'npm', ['install', '--omit=dev', ...npmQuiet], { cwd: path.join(vscodeDir, 'extensions') });
  await step('7/8 argon2 (npm rebuild)', 'npm', ['rebuild', 'argon2', ...npmQuiet], { cwd: CODE_SERVER_DIR, env: yes });

  say('8/8 checking `code-server --version`');
  const version = codeServerVersion(BIN);
  if (!version.startsWith(`${CODE_SERVER_VERSION} `) || !version.includes(`with Code ${VSCODE_VERSION}`)) {
    throw new Error(`unexpected code-server version: "${version}" (wanted ${CODE_SERVER_VERSION} with Code ${VSCODE_VERSION})`);
  }
  fs.writeFileSync(MARKER, JSON.stringify({ codeServer: CODE_SERVER_VERSION, version, completedAt: new Date().toISOString() }, null, 2) + '\n');
  say(`installed: code-server ${version}`);
}

// True when the marker says code-server CODE_SERVER_VERSION was installed completely.
function isInstalled() {
  return readInstallMarker()?.codeServer === CODE_SERVER_VERSION && fs.existsSync(BIN);
}

// Makes sure code-server is installed (installing system packages and code-server when needed); returns its binary path.
export async function ensureCodeServer({ quiet = false } = {}) {
  if (!isInstalled() || missingDebianPackages().length > 0) {
    const release = await acquireLock();
    try {
      await ensureDebianPackages();
      if (!isInstalled()) {
        await installTimed();
        return BIN;
      }
    } finally {
      release();
    }
  }
  if (!quiet) say(`code-server ${readInstallMarker().version} already installed (${path.relative(REPO_ROOT, CODE_SERVER_DIR)})`);
  return BIN;
}

// Takes .vscode-test/code-server.lock (holding our pid) so that two runs never install at once; returns its release.
async function acquireLock() {
  const lock = `${CODE_SERVER_DIR}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let announced = false; ; ) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    if (!lockHolderAlive(lock)) {
      fs.rmSync(lock, { recursive: true, force: true }); // left by a run that was killed
      continue;
    }
    if (!announced) say(`another process is installing code-server; waiting for ${lock} to go away`);
    announced = true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

// True while the process whose pid is recorded in the lock still runs (or the lock is brand new).
function lockHolderAlive(lock) {
  let pid = 0;
  try {
    pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // no pid file yet (being created this instant) or the lock is already gone
  }
  if (!pid) {
    const stat = fs.statSync(lock, { throwIfNoEntry: false });
    return !!stat && Date.now() - stat.mtimeMs < 10_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

// Runs install() and prints how long the whole setup took.
async function installTimed() {
  const started = Date.now();
  say(`installing code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) into ${path.relative(REPO_ROOT, CODE_SERVER_DIR)}/ (~1.5 min, ~300 MB)`);
  await install();
  say(`setup finished in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureCodeServer().then(
    (bin) => console.log(`[setup-vscode] ready: ${path.relative(process.cwd(), bin) || bin}`),
    (err) => {
      console.error(`[setup-vscode] FAILED: ${err.message}`);
      process.exit(1);
    },
  );
}
