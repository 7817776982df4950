#!/usr/bin/env node
// `npm run test:e2e`: end-to-end tests of the packaged extension, driven as an editor would use it.
// Builds for production, packages the .vsix, installs it into a fresh extensions folder of code-server
// (VS Code 1.100.3), opens a temporary copy of samples/ and, in headless Chromium (playwright-core), uses the
// real workbench: Problems panel, hover, command palette, quick pick, light bulb, the events-outline webview,
// save, the Welcome page's walkthrough. The steps live in test/e2e/steps.mjs; they share one window, except that a
// step marked `alone` gets a fresh window of its own (new copy of samples/, new user data: a first run).
// Prints "N passed, N failed"; exit 1 when any step failed.
//
// Options:
//   --vsix PATH            test this package instead of building and packaging one
//   --update-screenshots   copy the README screenshots of passing steps into docs/screenshots/
//                          (always written to out/e2e/screenshots/; docs/ only gets missing ones otherwise)
//   --only a,b,...         run only these steps (ids a..l; the others are reported as skipped)
//   --verbose              echo code-server's output and the page's console errors
//   --keep                 keep the temporary folder (workspace, logs) for inspection
// Env: COPYDESK_E2E_TIMEOUT_MS (whole run, default 900000), COPYDESK_E2E_STEP_TIMEOUT_MS (per step, default 90000),
//      COPYDESK_E2E_SETTINGS (JSON merged into the user settings, for experiments), COPYDESK_E2E_TRACE=1 (screenshots
//      after each action of a step, out/e2e/trace-*.png).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CODE_SERVER_CONFIG, ensureCodeServer, readInstallMarker, REPO_ROOT } from './setup-vscode.mjs';
import { launchChromium, startCodeServer, workbenchUrl } from './code-server.mjs';
import { packageExtension } from './package.mjs';
import { createSteps, SCREENSHOTS } from '../test/e2e/steps.mjs';
import { Workbench } from '../test/e2e/workbench.mjs';

const { values: opts } = parseArgs({
  options: {
    vsix: { type: 'string' },
    'update-screenshots': { type: 'boolean', default: false },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const TIMEOUT_MS = Number(process.env.COPYDESK_E2E_TIMEOUT_MS ?? 900_000);
const STEP_TIMEOUT_MS = Number(process.env.COPYDESK_E2E_STEP_TIMEOUT_MS ?? 90_000);
const OUT_DIR = path.join(REPO_ROOT, 'out', 'e2e');
const SHOTS_DIR = path.join(OUT_DIR, 'screenshots');
const DOCS_SHOTS_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');
const SAMPLES = path.join(REPO_ROOT, 'samples');

// Prints one line of the runner's own output.
function say(msg) {
  console.log(`[e2e] ${msg}`);
}

// VS Code user settings for the run: a quiet, predictable workbench (no welcome page, tips, update checks).
function userSettings() {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.enableExperiments': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false,
    'editor.minimap.enabled': false,
    // VS Code for the Web (code-server included) saves after a delay by default; desktop VS Code does not.
    // Off, so that "save" means Ctrl+S, as on the desktop (step f tests copydesk.run = onSave).
    'files.autoSave': 'off',
    'window.commandCenter': true,
  };
}

// Installs the .vsix into `extensionsDir` with code-server's own CLI, as a user would; throws when it fails.
function installVsix(bin, vsix, userDataDir, extensionsDir) {
  const r = spawnSync(bin, ['--config', CODE_SERVER_CONFIG, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`--install-extension failed (${r.error?.message ?? `exit ${r.status}`}):\n${out}`);
  const installed = fs.readdirSync(extensionsDir).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
  say(`installed ${path.basename(vsix)} -> ${installed.join(', ')}`);
}

// Resolves with `promise`, or rejects after `ms` with a message naming `what`.
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms))),
  ]);
}

// Writes `src` to `dest` as a compressed (palette) PNG with pngquant when it is installed, else copies it; true if compressed.
function compressPng(src, dest) {
  const r = spawnSync('pngquant', ['--quality', '70-95', '--strip', '--speed', '1', '--force', '--output', dest, src], { encoding: 'utf8' });
  if (r.status === 0) return true;
  fs.copyFileSync(src, dest);
  return false;
}

// Copies the README screenshots of passing steps to docs/screenshots/ (all with --update-screenshots, else missing ones).
function publishScreenshots(results) {
  const passed = new Set(results.filter((r) => r.status === 'passed').map((r) => r.id));
  fs.mkdirSync(DOCS_SHOTS_DIR, { recursive: true });
  for (const [file, stepId] of Object.entries(SCREENSHOTS)) {
    const src = path.join(SHOTS_DIR, file);
    const dest = path.join(DOCS_SHOTS_DIR, file);
    if (!passed.has(stepId) || !fs.existsSync(src)) continue;
    if (opts['update-screenshots'] || !fs.existsSync(dest)) {
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      say(`screenshot for the docs: ${path.relative(REPO_ROOT, dest)}${compressPng(src, dest) ? ' (compressed)' : ''}`);
    }
  }
}

// Opens a fresh window named `label`: a copy of samples/ and a new user-data folder (settings, editor state), code-server
// on a free port over the shared extensions folder, a new browser context; registers it in `windows` (for cleanup).
async function openWindow({ bin, browser, tmp, label, extensionsDir, settings, windows }) {
  const dir = path.join(tmp, label);
  const workspace = path.join(dir, 'samples');
  const userDataDir = path.join(dir, 'user-data');
  fs.cpSync(SAMPLES, workspace, { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
  const win = { label, server: null, context: null, page: null, wb: null };
  windows.push(win);
  // Closes the browser context and stops code-server; safe to call twice.
  win.close = async () => {
    await win.context?.close().catch(() => {});
    await win.server?.kill();
  };
  win.server = await startCodeServer({ bin, userDataDir, extensionsDir, logFile: path.join(dir, 'code-server.log'), echo: opts.verbose });
  say(`${label} window: code-server on ${win.server.url}, workspace ${workspace}`);
  win.context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = (win.page = await win.context.newPage());
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (err) => opts.verbose && console.error(`[page error] ${err.message}`));
  page.on('console', (msg) => opts.verbose && msg.type() === 'error' && console.error(`[page console] ${msg.text()}`));
  win.wb = new Workbench(page, { workspace, shotsDir: SHOTS_DIR });
  await page.goto(workbenchUrl(win.server.url, { folder: workspace }), { waitUntil: 'domcontentloaded', timeout: 120_000 }); // slow on a loaded machine
  await win.wb.ready();
  return win;
}

// Runs `step` in `win` under the step timeout, prints and records its result; after a failure, saves a screenshot.
async function runStep(step, win, results) {
  const t0 = Date.now();
  try {
    await withTimeout(step.run(), STEP_TIMEOUT_MS, `step ${step.id}`);
    results.push({ id: step.id, title: step.title, status: 'passed', ms: Date.now() - t0 });
    console.log(`  ✓ ${step.id}) ${step.title} (${Date.now() - t0} ms)`);
  } catch (err) {
    results.push({ id: step.id, title: step.title, status: 'failed', ms: Date.now() - t0, error: err });
    console.log(`  ✗ ${step.id}) ${step.title} (${Date.now() - t0} ms)`);
    console.log(`      ${String(err?.message ?? err).split('\n').join('\n      ')}`);
    const shot = path.join(OUT_DIR, `failure-${step.id}.png`);
    await win.page.screenshot({ path: shot }).then(() => console.log(`      screenshot: ${path.relative(REPO_ROOT, shot)}`), () => {});
    await win.wb.reset().catch(() => {});
  }
}

// Runs the whole end-to-end suite once; resolves to the process exit code.
async function main() {
  const started = Date.now();
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(SHOTS_DIR, 'layout'), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
  const extensionsDir = path.join(tmp, 'extensions');

  const windows = [];
  let browser = null;
  let cleaned = false;
  // Saves each window's code-server log to out/e2e/ (code-server-LABEL.log), for a failed run.
  const saveLogs = () => windows.forEach((w) => w.server && fs.writeFileSync(path.join(OUT_DIR, `code-server-${w.label}.log`), w.server.output()));
  // Closes every window (browser contexts, code-servers), the browser, and removes the temp folder; safe to call twice.
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const w of windows) await w.close();
    await browser?.close().catch(() => {});
    if (opts.keep) say(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = (sig) => {
    say(`${sig}: stopping`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const overall = setTimeout(() => {
    console.error(`[e2e] ERROR: the whole run timed out after ${TIMEOUT_MS} ms (COPYDESK_E2E_TIMEOUT_MS)`);
    console.log('0 passed, 1 failed');
    cleanup().finally(() => process.exit(1));
  }, TIMEOUT_MS);

  const results = [];
  try {
    let vsix = opts.vsix && path.resolve(opts.vsix);
    if (!vsix) {
      const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
      ({ file: vsix } = await packageExtension({ out: path.join(tmp, `${manifest.name}-${manifest.version}.vsix`), quiet: true }));
    }
    if (!fs.existsSync(vsix)) throw new Error(`no such package: ${vsix}`);
    const bin = await ensureCodeServer({ quiet: true });
    say(`VS Code ${readInstallMarker()?.version?.replace(/^.* with Code /, '') ?? '?'} (code-server)`);
    fs.mkdirSync(extensionsDir, { recursive: true });
    installVsix(bin, vsix, path.join(tmp, 'install-user-data'), extensionsDir);
    const extraSettings = process.env.COPYDESK_E2E_SETTINGS ? JSON.parse(process.env.COPYDESK_E2E_SETTINGS) : {};
    browser = await launchChromium();
    const open = (label, settings = {}) => openWindow({ bin, browser, tmp, label, extensionsDir, windows, settings: { ...userSettings(), ...settings, ...extraSettings } });

    const only = opts.only ? new Set(opts.only.split(',').map((s) => s.trim())) : null;
    const plan = createSteps({}); // ids, titles and options only: each window binds its own steps
    const chosen = plan.filter((s) => !only || only.has(s.id));
    for (const s of plan.filter((s) => !chosen.includes(s))) results.push({ id: s.id, title: s.title, status: 'skipped' });
    // The steps that share one window, in order; then each `alone` step in a fresh window of its own (first-run state).
    const shared = chosen.filter((s) => !s.alone);
    if (shared.length) {
      const win = await open('main');
      const bound = new Map(createSteps(win.wb).map((s) => [s.id, s]));
      for (const s of shared) await runStep(bound.get(s.id), win, results);
      await win.close();
    }
    for (const s of chosen.filter((s) => s.alone)) {
      const win = await open(`step-${s.id}`, s.settings);
      await runStep(createSteps(win.wb).find((x) => x.id === s.id), win, results);
      await win.close();
    }
    publishScreenshots(results);
  } catch (err) {
    console.error(`[e2e] ERROR: ${err.stack || err.message}`);
    results.push({ id: 'setup', title: 'setup', status: 'failed', error: err });
  } finally {
    clearTimeout(overall);
    if (results.some((r) => r.status === 'failed')) saveLogs();
    await cleanup();
  }

  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  const skipped = results.filter((r) => r.status === 'skipped').length;
  say(`finished in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[e2e] ERROR: ${err.stack || err.message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
