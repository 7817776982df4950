#!/usr/bin/env node
// `npm start`: builds the extension, then serves a real VS Code (code-server) on 127.0.0.1 with Copydesk
// installed from this checkout and the sample article open. Stays up until Ctrl-C.
// Env: PORT (default 8080; a free port is used when it is taken).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { ensureCodeServer, REPO_ROOT } from './setup-vscode.mjs';
import { findFreePort, isPortFree, remoteUri, startCodeServer, workbenchUrl } from './code-server.mjs';

const START_DIR = path.join(REPO_ROOT, '.vscode-test', 'start');
const USER_DATA_DIR = path.join(START_DIR, 'user-data');
const EXTENSIONS_DIR = path.join(START_DIR, 'extensions');
const LOG_FILE = path.join(START_DIR, 'code-server.log');
const SAMPLES_DIR = path.join(REPO_ROOT, 'samples');
const SAMPLE_FILE = path.join(SAMPLES_DIR, 'iraq-us-withdrawal.md');

// Prints one line of this script's output.
function say(msg) {
  console.log(`[start] ${msg}`);
}

// Runs `npm run build` (node esbuild.mjs); exits when it fails, only warns when there is no build script yet.
function build() {
  ensureDeps();
  if (!fs.existsSync(path.join(REPO_ROOT, 'esbuild.mjs'))) {
    say('WARNING: esbuild.mjs not found, skipping the build (the extension will run whatever is in dist/)');
    return;
  }
  say('npm run build ...');
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('[start] build failed');
    process.exit(r.status || 1);
  }
}

// Installs this checkout as an extension: a fresh extensions folder holding a symlink publisher.name-version -> repo.
function installDevExtension() {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const main = manifest.main && path.join(REPO_ROOT, manifest.main);
  if (main && !fs.existsSync(main)) say(`WARNING: ${manifest.main} does not exist: the extension will fail to activate`);
  fs.rmSync(EXTENSIONS_DIR, { recursive: true, force: true }); // removes the old link, never the repo it points to
  fs.mkdirSync(EXTENSIONS_DIR, { recursive: true });
  const name = `${manifest.publisher}.${manifest.name}-${manifest.version}`;
  fs.symlinkSync(REPO_ROOT, path.join(EXTENSIONS_DIR, name), 'dir');
  return `${manifest.publisher}.${manifest.name} ${manifest.version}`;
}

// Writes default user settings (no welcome page, no update checks) unless the user already has a settings file.
function writeDefaultSettings() {
  const file = path.join(USER_DATA_DIR, 'User', 'settings.json');
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
  };
  fs.writeFileSync(file, JSON.stringify(settings, null, 2) + '\n');
}

// Picks PORT (or 8080) when it is free on 127.0.0.1, otherwise any free port.
async function choosePort() {
  const wanted = Number(process.env.PORT || 8080);
  if (await isPortFree(wanted)) return wanted;
  const port = await findFreePort();
  say(`port ${wanted} is busy, using ${port} instead`);
  return port;
}

// Builds, starts code-server, prints the address, and waits for Ctrl-C.
async function main() {
  build();
  const bin = await ensureCodeServer();
  fs.mkdirSync(START_DIR, { recursive: true });
  const ext = installDevExtension();
  writeDefaultSettings();

  const folder = fs.existsSync(SAMPLES_DIR) ? SAMPLES_DIR : REPO_ROOT;
  if (folder !== SAMPLES_DIR) say('WARNING: samples/ not found, opening the repository folder instead');
  const port = await choosePort();
  const server = await startCodeServer({
    bin,
    port,
    target: folder,
    userDataDir: USER_DATA_DIR,
    extensionsDir: EXTENSIONS_DIR,
    logFile: LOG_FILE,
  });
  const payload = fs.existsSync(SAMPLE_FILE) ? [['openFile', remoteUri(port, SAMPLE_FILE)]] : [];
  const address = workbenchUrl(server.url, { folder, payload });

  console.log('');
  console.log('  Copydesk is running in VS Code (code-server) with extension ' + ext);
  console.log('');
  console.log(`  Open in your browser:  ${address}`);
  console.log(`  (or simply ${server.url}/ )`);
  console.log('');
  console.log(`  code-server log: ${path.relative(REPO_ROOT, LOG_FILE)}   Stop with Ctrl-C.`);
  console.log('');

  let stopping = false;
  // Stops code-server (whole process group) and exits.
  const stop = async (why, code = 0) => {
    if (stopping) return;
    stopping = true;
    say(`${why}: stopping code-server`);
    await server.kill();
    process.exit(code);
  };
  process.on('SIGINT', () => stop('Ctrl-C'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server.child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(server.output().split('\n').slice(-30).join('\n'));
    stop(`code-server exited by itself (${signal ?? `exit ${code}`})`, 1);
  });
}

main().catch((err) => {
  console.error(`[start] ERROR: ${err.message}`);
  process.exit(1);
});
