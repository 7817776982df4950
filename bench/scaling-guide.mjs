// Scaling rows for huge style guides: load (from real files) + prepare + analyse the sample with a guide of N rules,
// and with a guide of N bad entries (schema-error reporting), each of which must grow linearly.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { scalingRow } from './scaling.mjs';

const SIZES = [625, 1250, 2500, 5000, 10000];
const OPTIONS = { file: 'iraq-us-withdrawal.md', date: '2020-01-10' };

/** A file-system reader like the CLI's: type and size before reading, so the loader's limits apply. */
const reader = {
  read: async (p) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
  stat: async (p) => {
    try {
      const st = statSync(p);
      return { type: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other', size: st.size };
    } catch {
      return undefined;
    }
  },
  resolve: (from, rel) => resolve(dirname(from), rel),
};

/** A word no article contains, distinct per i (letters only, so it is a valid literal pattern). */
const word = (i) => 'zq' + i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));

/** A guide of n rules: substitutes, avoids and consistency pairs, with every tenth overriding an earlier one by id. */
export function guideOf(n) {
  const out = ['rules:'];
  for (let i = 0; i < n; i++) {
    const id = i % 10 === 9 ? `r${i - 5}` : `r${i}`;
    if (i % 3 === 0) out.push(`  - id: ${id}`, '    kind: substitute', `    pattern: ${word(i)}`, `    replace: ${word(i + n)}`);
    else if (i % 3 === 1) out.push(`  - id: ${id}`, '    kind: avoid', `    pattern: [${word(i)}, ${word(i)} ${word(i + 1)}]`, '    severity: info');
    else out.push(`  - id: ${id}`, '    kind: consistency', `    forms: [${word(i)}, ${word(i + n)}]`);
  }
  return out.join('\n') + '\n';
}

/** A guide of n bad entries of several kinds (wrong type, unknown key, bad enum, missing id). */
export function badGuideOf(n) {
  const out = ['rules:'];
  for (let i = 0; i < n; i++) {
    const k = i % 4;
    if (k === 0) out.push('  - 5');
    else if (k === 1) out.push(`  - id: b${i}`, '    kind: substitute', `    pattern: ${word(i)}`, '    replace: x', '    colour: red');
    else if (k === 2) out.push(`  - id: b${i}`, '    kind: nope', `    pattern: ${word(i)}`);
    else out.push(`  - kind: avoid`, `    pattern: ${word(i)}`);
  }
  return out.join('\n') + '\n';
}

/**
 * Least CPU time (user + system, in ms) of `runs` runs of an async function after one warm-up. CPU time, not wall
 * time, and the least of several runs: the work is single-threaded and synchronous under the promise, and on a busy
 * machine other processes only ever add to it.
 */
async function leastCpuMs(fn, runs = 5) {
  await fn();
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const s = process.cpuUsage();
    await fn();
    const d = process.cpuUsage(s);
    least = Math.min(least, (d.user + d.system) / 1000);
  }
  return least;
}

/** Scaling rows: guide of N rules, guide of N bad entries. Each size is first checked to load what it claims. */
export async function rows({ core, ROOT, tmp, progress }) {
  const sample = readFileSync(join(ROOT, 'samples/iraq-us-withdrawal.md'), 'utf8');
  const row = (name, make, expect) =>
    scalingRow(name, 'rules', SIZES, async (n) => {
      const file = join(tmp, `guide-${n}.yaml`);
      writeFileSync(file, make(n));
      progress?.(`scaling-guide: ${name} ${n}`);
      const probe = await core.loadStyleGuide({ path: file, reader });
      if (!expect(probe, n)) throw new Error(`scaling-guide: the guide of ${n} did not load as intended (${probe.guide.rules.length} rules, ${probe.problems.length} problems)`);
      return leastCpuMs(async () => {
        const { guide } = await core.loadStyleGuide({ path: file, reader });
        new core.Analyzer(core.prepareConfig(guide)).analyze(sample, OPTIONS);
      });
    });
  // 9 in 10 rules are new ids (every tenth overrides an earlier one). A bad guide reports a problem per entry and adds
  // no rule, except the entries whose only fault is an unknown property (`colour`): those rules are kept, the property reported.
  const loadedAll = ({ guide, problems }, n) => !problems.length && guide.rules.filter((r) => /^r\d/.test(r.id)).length === n - Math.floor(n / 10);
  const reportedAll = ({ guide, problems }, n) =>
    problems.length > 600 && guide.rules.filter((r) => /^b\d/.test(r.id)).every((r) => Number(r.id.slice(1)) % 4 === 1);
  return [
    await row('style guide of N rules: load + prepare + analyse the sample (least CPU time of 5)', guideOf, loadedAll),
    await row('style guide of N bad entries: load + prepare + analyse (least CPU time of 5)', badGuideOf, reportedAll),
  ];
}
