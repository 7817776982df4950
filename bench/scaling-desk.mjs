// Scaling row for a desk: `copydesk check DIR` (the production CLI, spawned) on 50 to 2,000 synthetic articles of
// ~5 KB each, so building the cross-article index once and the worker pool are measured end to end.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scalingRow } from './scaling.mjs';

const SIZES = [50, 100, 250, 500, 1000, 2000];
const ARTICLE_BYTES = 5000;

// Invented people, places and organisations; a few people have a second spelling that some articles use.
const PEOPLE = [
  ['Amira Haddad'], ['Tomasz Wielgosz'], ['Keisha Okafor'], ['Rafael Quintero', 'Raphael Quintero'],
  ['Ingrid Solberg'], ['Yusuf Karimov', 'Yousuf Karimov'], ['Mei-Lin Zhou'], ['Dmitri Orlov', 'Dmitry Orlov'],
  ['Fatima Benali'], ['Oskar Lindqvist'], ['Priya Raghunathan'], ['Hamid Nazari', 'Hamed Nazari'],
  ['Lucia Ferreira'], ['Samuel Mensah'], ['Anja Kovačić'], ['Tariq Al-Mansour', 'Tariq al-Mansour'],
  ['Elena Petrescu'], ['Kwame Asante'], ['Hiroshi Tanabe'], ['Nadia Rahimi'],
];
const TITLES = ['Mayor', 'Minister', 'Senator', 'Dr.', 'Judge', 'Commissioner', 'Governor'];
const PLACES = ['Port Alder', 'Kessington', 'Valmora', 'North Ridge', 'Caldera Bay', 'Lindenfeld', 'Santa Brisa', 'Oakhaven'];
const ORGS = ['the Harbour Authority', 'the Regional Water Board', 'the Ministry of Transport', 'Caldera Steelworks', 'the Teachers Union', 'the city council'];
const TOPICS = ['a new bridge', 'the water tariff', 'school closures', 'the port expansion', 'flood defences', 'a hospital merger', 'bus fares', 'the steelworks pension fund'];
const VERBS = ['said', 'told reporters', 'said in a statement', 'added', 'argued', 'warned'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small seeded generator, so every run writes the same desk. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** One news-like article of about ARTICLE_BYTES, varied by its index. */
export function syntheticArticle(i) {
  const r = rng(i * 7919 + 17);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const cast = Array.from({ length: 3 }, () => {
    const forms = pick(PEOPLE);
    return { name: forms.length > 1 && r() < 0.3 ? forms[1] : forms[0], title: pick(TITLES) };
  });
  const place = pick(PLACES);
  const topic = pick(TOPICS);
  const paras = [`# ${place} weighs ${topic}`, `${place.toUpperCase()}, ${pick(MONTHS)} ${1 + Math.floor(r() * 28)} — ${cast[0].title} ${cast[0].name} on ${pick(DAYS)} set out plans for ${topic}, a step ${pick(ORGS)} had sought for ${2 + Math.floor(r() * 9)} years.`];
  let n = 0;
  while (paras.join('\n\n').length < ARTICLE_BYTES) {
    const who = cast[n % cast.length];
    const surname = who.name.split(' ').pop();
    const k = Math.floor(r() * 5);
    if (k === 0) paras.push(`“We cannot wait another winter for ${topic},” ${who.name} ${pick(VERBS)}. “People in ${place} have been patient, and patience is not a plan.”`);
    else if (k === 1) paras.push(`${surname} met officials from ${pick(ORGS)} on ${pick(DAYS)}. The talks lasted ${2 + Math.floor(r() * 6)} hours, according to two people familiar with them, and ended without a joint statement.`);
    else if (k === 2) paras.push(`Critics were unconvinced. “This is the third promise in ${1 + Math.floor(r() * 5)} years,” said ${pick(cast).name}, who has followed ${topic} closely. “I will believe it when I see the diggers.”`);
    else if (k === 3) paras.push(`The plan would cost about ${10 + Math.floor(r() * 90)} million, ${pick(ORGS)} estimated in ${pick(MONTHS)}. ${who.title} ${surname} said the money would come from the ${place} budget and from federal grants.`);
    else paras.push(`In ${pick(PLACES)}, residents said ${topic} had dominated meetings since ${pick(MONTHS)}. ${who.name} is expected to present the final proposal on ${pick(DAYS)}, before a vote later in the month.`);
    n++;
  }
  return paras.join('\n\n') + '\n';
}

/** Write a desk of `count` articles into `dir` (emptied first). */
export function writeDesk(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `story-${String(i).padStart(4, '0')}.article`), syntheticArticle(i));
}

/** The production CLI from run.mjs's temporary build; else the project's usual build (`node esbuild.mjs`). */
function cliPath(ROOT, tmp) {
  const built = join(tmp, 'dist/cli.js');
  if (existsSync(built)) return built;
  execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(ROOT, 'dist/cli.js');
}

/** CPU time (user + sys, ms) of the children this process has waited for, from /proc/self/stat (Linux), else null. */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((+f[13] + +f[14]) * 1000) / CLK_TCK();
  } catch {
    return null;
  }
}
let clkTck;
const CLK_TCK = () => (clkTck ??= +execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);

/**
 * Time for `copydesk check` over desks of 50 to 2,000 articles: wall time (the faster of two runs), and the CPU time
 * of all its threads (a second row, steady on a busy machine where wall time is not).
 */
export async function rows({ ROOT, tmp, progress }) {
  const cli = cliPath(ROOT, tmp);
  const dir = join(tmp, 'desk');
  const cpu = new Map();
  const row = await scalingRow('copydesk check on a desk of ~5 KB articles (wall)', 'articles', SIZES, (size) => {
    writeDesk(dir, size);
    const runs = [0, 1].map(() => {
      const cpu0 = childrenCpuMs();
      const start = performance.now();
      const run = spawnSync(process.execPath, [cli, 'check', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const ms = performance.now() - start;
      const cpuMs = cpu0 === null ? null : childrenCpuMs() - cpu0;
      if (run.status !== 0 && run.status !== 1) throw new Error(`copydesk check failed (${run.status}): ${run.stderr}`);
      const summary = /(\d+) article\(s\) checked, (\d+) finding/.exec(run.stdout);
      progress?.(`  desk of ${size}: ${(ms / 1000).toFixed(2)} s wall, ${cpuMs === null ? '?' : (cpuMs / 1000).toFixed(2)} s CPU (${summary ? `${summary[1]} checked, ${summary[2]} findings` : 'no summary'})`);
      return { ms, cpuMs };
    });
    cpu.set(size, Math.min(...runs.map((r) => r.cpuMs ?? Infinity)));
    return Math.min(...runs.map((r) => r.ms));
  });
  rmSync(dir, { recursive: true, force: true });
  if (![...cpu.values()].every(Number.isFinite)) return [row];
  return [row, await scalingRow('copydesk check on a desk of ~5 KB articles (CPU, all threads)', 'articles', SIZES, (size) => cpu.get(size))];
}

/** Acceptance: the largest desk within 20 s. */
export function checks(rows) {
  const largest = rows[0]?.points.find((p) => p.size === 2000);
  return [{ what: 'Desk of 2,000 articles checked in ≤ 20 s', ok: !!largest && largest.ms <= 20_000 }];
}
