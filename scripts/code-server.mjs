// Shared helpers: start code-server (real VS Code) on loopback, stop it with its whole process group,
// and launch Debian's headless Chromium through playwright-core. Used by run-host-tests.mjs and start.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { CODE_SERVER_CONFIG } from './setup-vscode.mjs';

export const HOST = '127.0.0.1';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Resolves to a free TCP port on the loopback interface (asks the kernel via listen(0)).
export function findFreePort(host = HOST) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Resolves to true when `port` can be bound on `host` right now.
export function isPortFree(port, host = HOST) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

// Resolves to the HTTP status of a GET to `url`, or 0 when nothing answers.
function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

// Resolves once `ms` milliseconds have passed (used only between readiness polls).
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

// Sends `signal` to every process in process group `pgid`; returns false when the group is gone.
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts code-server bound to 127.0.0.1 and resolves once it answers HTTP.
 * Options: bin (code-server binary), target (folder or file to open, optional), port (default: a free one),
 * userDataDir, extensionsDir, extraArgs, logFile (code-server's output goes there), echo (also print output),
 * readyTimeoutMs. Resolves to { port, url, child, output(), kill() }.
 */
export async function startCodeServer({
  bin,
  target,
  port,
  userDataDir,
  extensionsDir,
  extraArgs = [],
  logFile,
  echo = false,
  readyTimeoutMs = 60_000,
}) {
  port = port ?? (await findFreePort());
  const args = [
    '--config', CODE_SERVER_CONFIG,
    '--bind-addr', `${HOST}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...extraArgs,
    ...(target ? [target] : []),
  ];
  // detached: code-server becomes the leader of a new process group, so kill() reaches all its children
  // (extension host, pty host, file watcher) with one signal.
  // code-server lets $PORT override --bind-addr: drop it (start.mjs reads PORT itself).
  const { PORT: _ignored, ...env } = process.env;
  const child = spawn(bin, args, { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = logFile ? fs.createWriteStream(logFile) : null;
  let tail = '';
  const onData = (chunk) => {
    log?.write(chunk);
    tail = (tail + chunk.toString()).slice(-20_000);
    if (echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  const exitedPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));

  // Last resort: if this Node process exits without calling kill(), take the group down with it.
  const onProcessExit = () => signalGroup(child.pid, 'SIGKILL');
  process.on('exit', onProcessExit);

  let killed = false;
  // Stops code-server and every process of its group: SIGTERM, then SIGKILL after a grace period.
  async function kill() {
    if (killed) return;
    killed = true;
    process.off('exit', onProcessExit);
    signalGroup(child.pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    // Poll until the leader has exited and no process of the group remains (signal 0 only checks).
    while (Date.now() < deadline && (exited === null || signalGroup(child.pid, 0))) await delay(100);
    signalGroup(child.pid, 'SIGKILL');
    await Promise.race([exitedPromise, delay(2000)]);
    await new Promise((r) => (log ? log.end(r) : r()));
  }

  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) {
      await kill();
      throw new Error(`code-server exited early (${exited.signal ?? `exit ${exited.code}`}):\n${tail}`);
    }
    if ((await httpStatus(`${url}/healthz`)) === 200) break;
    if (Date.now() > deadline) {
      await kill();
      throw new Error(`code-server did not answer on ${url} within ${readyTimeoutMs} ms:\n${tail}`);
    }
    await delay(200);
  }
  return { port, url, child, output: () => tail, kill };
}

// Launches headless Chromium (Debian's, or CHROMIUM_PATH) with playwright-core and the flags this machine needs.
export async function launchChromium({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install the Debian package chromium or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath, headless, args: CHROMIUM_ARGS });
}

// Turns an absolute local path into the vscode-remote:// URI the workbench at `port` uses for it.
export function remoteUri(port, absPath) {
  return `vscode-remote://${HOST}:${port}${absPath.split('/').map(encodeURIComponent).join('/')}`;
}

// Builds the workbench URL that opens `folder` with the given payload entries ([key, value] pairs).
export function workbenchUrl(url, { folder, payload = [] }) {
  // Percent-encode, but leave / : , readable (all are allowed in a query string).
  const enc = (v) => encodeURIComponent(v).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
  const params = [];
  if (folder) params.push(`folder=${enc(folder)}`);
  if (payload.length) params.push(`payload=${enc(JSON.stringify(payload))}`);
  return `${url}/?${params.join('&')}`;
}
