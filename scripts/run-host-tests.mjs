#!/usr/bin/env node
// Runs the extension-host test suite (out/test/suite/index, built by `npm run build`) inside a real VS Code:
// code-server 4.100.3 (VS Code 1.100.3) driven by headless Chromium. `npm run test:host [-- --web]`.
//
// Options (flags, or env):
//   --web                 run in the web worker extension host (the extension's `browser` entry), as on vscode.dev
//   --extension PATH      extension folder             (COPYDESK_HOST_EXTENSION, default: the repo root)
//   --tests PATH          tests module, without ".js"  (COPYDESK_HOST_TESTS, default: <repo>/out/test/suite/index)
//   --workspace PATH      folder copied and opened     (COPYDESK_HOST_WORKSPACE, default: test/fixtures/workspace)
//   --verbose             also print code-server's output and the page's console errors
//   COPYDESK_HOST_TIMEOUT_MS  overall timeout (default 600000 = 10 min)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util, { parseArgs } from 'node:util';
import { ensureCodeServer, readInstallMarker, REPO_ROOT } from './setup-vscode.mjs';
import { launchChromium, remoteUri, startCodeServer, workbenchUrl } from './code-server.mjs';

const { values: opts } = parseArgs({
  options: {
    web: { type: 'boolean', default: false },
    extension: { type: 'string' },
    tests: { type: 'string' },
    workspace: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const extensionPath = path.resolve(opts.extension ?? process.env.COPYDESK_HOST_EXTENSION ?? REPO_ROOT);
const testsPath = path.resolve(opts.tests ?? process.env.COPYDESK_HOST_TESTS ?? path.join(REPO_ROOT, 'out', 'test', 'suite', 'index'));
const workspaceSrc = path.resolve(opts.workspace ?? process.env.COPYDESK_HOST_WORKSPACE ?? path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'));
const timeoutMs = Number(process.env.COPYDESK_HOST_TIMEOUT_MS ?? 600_000);
const FAILURE_SCREENSHOT = path.join(REPO_ROOT, 'out', 'host-test-failure.png');
const FAILURE_LOGS = path.join(REPO_ROOT, 'out', 'host-test-logs');

// Prints one line of this runner's own (as opposed to the tests') output.
function say(msg) {
  console.log(`[test:host] ${msg}`);
}

// Turns one codeAutomationLog call's argument array into a line, as console.log would (mocha uses "%d passing").
function formatLog(args) {
  return util.format(...(Array.isArray(args) ? args : [args]));
}

// Shortens the workbench's extension-gallery errors (this machine has no network for them; they are harmless).
function shortenNoise(line) {
  return /ENOTFOUND (open-vsx\.org|marketplace)/.test(line) && !opts.verbose
    ? `${line.split('\n')[0]} (extension gallery unreachable: harmless)`
    : line;
}

// Writes the VS Code user settings for the test window: no welcome page, no update or gallery checks;
// with --web, also forces the extension into the web worker extension host (see the note in main()).
function writeUserSettings(userDataDir) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const settings = {
    ...(opts.web ? { 'remote.extensionKind': { [extensionId()]: ['web'] } } : {}),
    'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
  };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

// Returns the extension's identifier, publisher.name, from its package.json.
function extensionId() {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  return `${manifest.publisher}.${manifest.name}`;
}

// Checks that the extension and its built tests module exist before anything is started.
function checkInputs() {
  if (!fs.existsSync(path.join(extensionPath, 'package.json'))) {
    throw new Error(`no package.json in the extension folder ${extensionPath}`);
  }
  const isFile = (p) => fs.existsSync(p) && fs.statSync(p).isFile();
  if (![`${testsPath}.js`, testsPath, path.join(testsPath, 'index.js')].some(isFile)) {
    throw new Error(`tests module not found: ${testsPath}(.js) — run \`npm run build\` first`);
  }
  if (!fs.existsSync(workspaceSrc)) throw new Error(`workspace folder not found: ${workspaceSrc}`);
}

// Runs the suite once; resolves to the process exit code.
async function main() {
  const started = Date.now();
  checkInputs();
  // Clear the previous run's failure artifacts so they are never mistaken for this run's.
  fs.rmSync(FAILURE_SCREENSHOT, { force: true });
  fs.rmSync(FAILURE_LOGS, { recursive: true, force: true });
  const bin = await ensureCodeServer({ quiet: true });
  const version = readInstallMarker()?.version ?? '?'; // "4.100.3 <commit> with Code 1.100.3"
  say(`VS Code ${version.replace(/^.* with Code /, '')} (code-server ${version.split(' ')[0]})`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-host-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(workspaceSrc, workspace, { recursive: true });
  fs.mkdirSync(path.join(tmp, 'extensions'));
  writeUserSettings(path.join(tmp, 'user-data'));
  say(`extension: ${extensionPath}`);
  say(`tests:     ${testsPath}${opts.web ? ' (web worker extension host)' : ''}`);
  say(`workspace: ${workspace} (copy of ${path.relative(REPO_ROOT, workspaceSrc) || workspaceSrc})`);

  let server = null;
  let browser = null;
  let page = null;
  let timer = null;
  let exitCode = 1;
  // Stops everything this run started and removes the temp folder; safe to call twice.
  const cleanup = async () => {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    browser = null;
    await server?.kill();
    server = null;
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = (sig) => {
    say(`${sig}: stopping`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    server = await startCodeServer({
      bin,
      userDataDir: path.join(tmp, 'user-data'),
      extensionsDir: path.join(tmp, 'extensions'),
      logFile: path.join(tmp, 'code-server.log'),
      echo: opts.verbose,
    });
    say(`code-server listening on ${server.url}`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

    let settle;
    const finished = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = shortenNoise(formatLog(args));
      if (type === 'error') console.error(line);
      else console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => settle({ code: Number(code) || 0, logs }));
    page.on('pageerror', (err) => opts.verbose && console.error(`[page error] ${err.message}`));
    page.on('console', (msg) => opts.verbose && msg.type() === 'error' && console.error(`[page console] ${msg.text()}`));
    page.on('crash', () => settle({ crashed: true }));
    timer = setTimeout(() => settle({ timeout: true }), timeoutMs);

    const payload = [
      ['extensionDevelopmentPath', remoteUri(server.port, extensionPath)],
      ['extensionTestsPath', remoteUri(server.port, testsPath)],
    ];
    // Web mode. The payload entry below is what VS Code's own web test runner sends, but in the 1.100.3 web
    // workbench it has no effect (the browser environment service exposes it under another name), so an
    // extension with both `main` and `browser` would still run in the Node extension host. The user setting
    // `remote.extensionKind: {id: ["web"]}` written by writeUserSettings() is what moves it, and the tests
    // module with it when it lies inside the extension folder, into the web worker extension host.
    if (opts.web) payload.push(['extensionDevelopmentKind', 'web']);
    await page.goto(workbenchUrl(server.url, { folder: workspace, payload }), { waitUntil: 'domcontentloaded' });

    const result = await finished;
    if (result.timeout) {
      console.error(`[test:host] ERROR: timed out after ${timeoutMs} ms without the tests finishing ` +
        `(set COPYDESK_HOST_TIMEOUT_MS to change; rerun with --verbose for code-server's output)`);
      exitCode = 1;
    } else if (result.crashed) {
      console.error('[test:host] ERROR: the browser page crashed');
      exitCode = 1;
    } else {
      exitCode = result.code;
    }
    if (exitCode !== 0) await saveFailure(page, result.logs, server?.output(), tmp);
  } catch (err) {
    console.error(`[test:host] ERROR: ${err.stack || err.message}`);
    exitCode = 1;
    await saveFailure(page, [], server?.output(), tmp);
  } finally {
    await cleanup();
  }
  say(`${exitCode === 0 ? 'PASSED' : `FAILED (exit ${exitCode})`} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return exitCode;
}

// Saves what helps to understand a failure: a screenshot (out/host-test-failure.png) and, in out/host-test-logs/,
// the browser-side logs handed to codeAutomationExit, the server-side logs (remote extension host: activation
// errors land there) and code-server's own output.
async function saveFailure(page, logs, serverOutput, tmp) {
  fs.mkdirSync(path.dirname(FAILURE_SCREENSHOT), { recursive: true });
  if (page) {
    await page.screenshot({ path: FAILURE_SCREENSHOT }).then(
      () => say(`screenshot saved: ${path.relative(REPO_ROOT, FAILURE_SCREENSHOT)}`),
      (e) => say(`could not take a screenshot: ${e.message}`),
    );
  }
  fs.rmSync(FAILURE_LOGS, { recursive: true, force: true });
  fs.mkdirSync(FAILURE_LOGS, { recursive: true });
  for (const { relativePath, contents } of Array.isArray(logs) ? logs : []) {
    const file = path.join(FAILURE_LOGS, 'browser', relativePath.replace(/\.\.(\/|$)/g, ''));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  }
  const serverLogs = path.join(tmp, 'user-data', 'logs');
  if (fs.existsSync(serverLogs)) fs.cpSync(serverLogs, path.join(FAILURE_LOGS, 'server'), { recursive: true });
  fs.writeFileSync(path.join(FAILURE_LOGS, 'code-server.log'), serverOutput ?? '');
  say(`logs saved: ${path.relative(REPO_ROOT, FAILURE_LOGS)}/`);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[test:host] ERROR: ${err.message}`);
    process.exit(1);
  },
);
