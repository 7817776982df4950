// `npm test`: type-check, build, run the unit tier (mocha), the host tiers (real VS Code, Node and web worker
// extension hosts) and the end-to-end tier (packaged .vsix driven through the workbench UI), print the totals.
import { spawn } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();

/** Run a command, streaming its output, and return { code, output }. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Counts from mocha's "N passing / N failing / N pending" lines, or a plain "N passed, N failed" line. */
function counts(output) {
  const n = (re) => [...output.matchAll(re)].reduce((a, m) => a + Number(m[1]), 0);
  const mocha = { passed: n(/^\s*(\d+) passing/gm), failed: n(/^\s*(\d+) failing/gm), skipped: n(/^\s*(\d+) pending/gm) };
  if (mocha.passed || mocha.failed) return mocha;
  const plain = [...output.matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed/gm)].pop();
  return plain ? { passed: Number(plain[1]), failed: Number(plain[2]), skipped: 0 } : mocha;
}

const steps = [];
const tc = await run('npx', ['tsc', '--noEmit', '-p', '.']);
if (tc.code !== 0) { console.error('Type-check failed.'); process.exit(1); }
const build = await run('node', ['esbuild.mjs']);
if (build.code !== 0) { console.error('Build failed.'); process.exit(1); }

console.log('\n=== Unit tier (mocha, core) ===');
const unit = await run('npx', ['mocha']);
steps.push({ name: 'unit', ...counts(unit.output), code: unit.code });

const skipHost = process.env.COPYDESK_SKIP_HOST === '1';
if (!skipHost) {
  const tiers = [
    ['host (VS Code 1.100.3, Node extension host)', ['scripts/run-host-tests.mjs']],
    ['host (VS Code 1.100.3, web worker extension host)', ['scripts/run-host-tests.mjs', '--web', '--tests', 'out/test/suite/index.web']],
    ['end-to-end (packaged .vsix, real workbench UI)', ['scripts/e2e.mjs']],
  ];
  for (const [name, args] of tiers) {
    console.log(`\n=== ${name} ===`);
    const host = await run('node', args);
    const c = counts(host.output);
    steps.push({ name, ...c, code: host.code, failed: c.failed || (host.code !== 0 && c.failed === 0 ? 1 : c.failed) });
  }
}

console.log('\n=== Totals ===');
for (const s of steps) console.log(`${s.name}: ${s.passed} passed, ${s.failed} failed${s.code !== 0 ? ` (exit ${s.code})` : ''}`);
const passed = steps.reduce((a, s) => a + s.passed, 0);
const failed = steps.reduce((a, s) => a + s.failed, 0);
const skipped = steps.reduce((a, s) => a + s.skipped, 0);
if (skipHost) console.log('host tier skipped (COPYDESK_SKIP_HOST=1)');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(steps.some((s) => s.code !== 0) || failed > 0 ? 1 : 0);
