// Scaling rows for `npm run bench`: time against input size, with the log-log slope and the worst doubling ratio,
// so "grows linearly" is a measured claim (doubling the input at most 2.2× the time).
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';

/**
 * CPU time of the calling thread in ms: the time the analysis itself occupies the thread that runs it, neither the
 * turns other processes take on a busy machine (which wall time counts) nor the garbage collector's helper threads
 * that run beside it (which the process's CPU time adds on top). Linux reads /proc/thread-self/schedstat (ns);
 * elsewhere this falls back to the process's CPU time.
 *
 * The kernel adds a running thread's time to that counter only at a scheduler tick (every 4 ms here) or when the
 * thread leaves the CPU, so a plain read is up to a tick stale: a 5 ms analysis read as 4 or 8 ms, and the least of
 * several runs picked the stalest. The thread first sleeps for a millisecond (it leaves the CPU, and the kernel
 * brings its counter up to date), so the read is exact to microseconds; the sleep is wall time, not CPU time.
 */
const pause = new Int32Array(new SharedArrayBuffer(4));
export function threadCpuMs() {
  try {
    Atomics.wait(pause, 0, 0, 1);
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}

/** Median wall time of `fn` over `runs` runs (after one warm-up), in ms. */
export function medianMs(fn, runs = 3) {
  fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(t.length / 2)];
}

/** Least-squares slope of log(time) against log(size): 1 is linear, 2 quadratic. */
export function logSlope(points) {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den ? num / den : 0;
}

/**
 * One scaling row: `measure(size)` returns the time in ms for an input of that size (it builds the input itself,
 * outside the timed part). Reports each point, the slope, and the largest time ratio per doubling of size (`worstDoubling`).
 */
export async function scalingRow(name, unit, sizes, measure) {
  const points = [];
  for (const size of sizes) points.push({ size, ms: await measure(size) });
  return { name, unit, points, slope: logSlope(points), worstDoubling: worstDoubling(points), linear: worstDoubling(points) <= 2.2 };
}

/**
 * The largest time ratio between two points whose sizes differ by a factor of two (within 5%): "doubling the input"
 * read literally. Where no two sizes double, consecutive points are compared per doubling (ratio^(1/doublings)),
 * which amplifies one noisy point on steps under 2×, hence the exact pairs where there are any.
 */
export function worstDoubling(points) {
  const ratio = (a, b) => b.ms / Math.max(a.ms, 0.01);
  let worst = 0;
  let pairs = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const k = points[j].size / points[i].size;
      if (k >= 1.9 && k <= 2.1) (worst = Math.max(worst, ratio(points[i], points[j]))), pairs++;
    }
  }
  if (pairs) return worst;
  for (let i = 1; i < points.length; i++) worst = Math.max(worst, ratio(points[i - 1], points[i]) ** (1 / Math.log2(points[i].size / points[i - 1].size)));
  return worst;
}

/** The scaling rows as text lines. */
export function renderScaling(rows) {
  const out = ['Scaling (time against input size; slope of log time on log size, 1 = linear; worst doubling = time ratio per doubling of the input, target ≤ 2.2×)'];
  for (const r of rows) {
    const pts = r.points.map((p) => `${p.size} ${r.unit}: ${p.ms.toFixed(1)} ms`).join(', ');
    out.push(`- ${r.name}: slope ${r.slope.toFixed(2)}, worst doubling ${r.worstDoubling.toFixed(2)}× ${r.linear ? 'PASS' : 'FAIL'} — ${pts}`);
  }
  return out;
}
