// Style-guide problems a person can read: keys as written and located at the key, one error per slip, short messages.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { prepareConfig } from '../../src/core/analyze';
import { loadStyleGuide, type ConfigProblem } from '../../src/core/config/styleGuide';
import { MAX_PROBLEM_MESSAGE } from '../../src/core/config/validate';
import { memoryReader } from './helpers';

const GUIDE = '/d/.copydesk.yaml';

/** Load one guide text; its own problems (load and compile) and the ids of its own rules. */
async function load(text: string): Promise<{ problems: ConfigProblem[]; ids: string[] }> {
  const loaded = await loadStyleGuide({ path: GUIDE, reader: memoryReader({ [GUIDE]: text }) });
  const config = prepareConfig(loaded.guide);
  return {
    problems: [...loaded.problems, ...config.problems].filter((p) => p.source === GUIDE),
    ids: loaded.guide.rules.filter((r) => r.source === GUIDE).map((r) => r.id),
  };
}

/** The text a problem underlines. */
const under = (text: string, p: ConfigProblem) => text.slice(p.start, p.end);

/** A guide of `n` well-formed substitute rules. */
const rules = (n: number) =>
  'version: 1\nrules:\n' +
  Array.from({ length: n }, (_, i) => `  - id: rule-${i}\n    kind: substitute\n    pattern: old${i}\n    replace: new${i}\n    message: "Use {replace} rather than {match}."\n`).join('');

describe('style-guide problems, readable and located', () => {
  it('shows unknown keys with accents and spaces as written, located at the key', async () => {
    const text = 'version: 1\nsévérités:\n  style/towards: off\nmy key: 3\n';
    const { problems } = await load(text);
    assert.equal(problems.length, 2, JSON.stringify(problems));
    const [accents, spaced] = problems;
    assert.match(accents.message, /'sévérités'/);
    assert.deepEqual([accents.line, accents.column, under(text, accents)], [2, 1, 'sévérités']);
    assert.match(spaced.message, /'my key'/);
    assert.deepEqual([spaced.line, spaced.column, under(text, spaced)], [4, 1, 'my key']);
    for (const p of problems) assert.doesNotMatch(p.message, /%[0-9A-F]{2}/);
  });

  for (const [what, edit, line] of [
    ['a rule item indented one space less', (t: string) => t.replace('  - id: rule-3', ' - id: rule-3'), 18],
    ['a key indented one space less', (t: string) => t.replace('    kind: substitute\n    pattern: old2', '   kind: substitute\n    pattern: old2'), 14],
    ['a key indented two spaces less', (t: string) => t.replace('    replace: new1', '  replace: new1'), 11],
    ['the first rule flush with `rules:`', (t: string) => t.replace('rules:\n  - id: rule-0', 'rules:\n- id: rule-0'), 3],
  ] as const) {
    it(`reports ${what} under rules: as a few short errors, the first at the slip`, async () => {
      const text = edit(rules(8));
      const { problems } = await load(text);
      assert.ok(problems.length >= 1 && problems.length <= 3, `${problems.length} problems: ${problems.map((p) => p.message).join(' / ')}`);
      assert.equal(problems[0].line, line, problems[0].message);
      assert.match(problems[0].message, /indentation/);
      for (const p of problems) {
        assert.ok(p.message.length <= MAX_PROBLEM_MESSAGE, `message of ${p.message.length} characters`);
        assert.ok(!under(text, p).includes('\n'), 'a problem underlines at most one line');
        assert.doesNotMatch(p.message, /%[0-9A-F]{2}/);
      }
    });
  }

  it('locates a bad regex at the `regex:` value, not the rule', async () => {
    const text = 'version: 1\nrules:\n  - id: backref\n    kind: avoid\n    message: Repeated word.\n    regex: "(\\\\w+) \\\\1"\n';
    const { problems, ids } = await load(text);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0].message, /Rule 'backref': the regex cannot be used/);
    assert.deepEqual([problems[0].line, problems[0].column, under(text, problems[0])], [6, 12, '"(\\\\w+) \\\\1"']);
    assert.deepEqual(ids, ['backref'], 'the rule is kept (it is simply not run)');
  });

  it('keeps a rule with one unknown property and reports the property as a warning', async () => {
    const text = 'version: 1\nrules:\n  - id: keep-me\n    kind: avoid\n    pattern: slams\n    colour: red\n';
    const { problems, ids } = await load(text);
    assert.deepEqual(ids, ['keep-me']);
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0].line, problems[0].column, under(text, problems[0]), problems[0].severity], [6, 5, 'colour', 'warning']);
    assert.match(problems[0].message, /Unknown setting 'colour'/);
  });

  it('reports a key that is a list once, at the key, keeping the rule', async () => {
    const text = 'version: 1\nrules:\n  - id: keep-me\n    kind: avoid\n    pattern: slams\n    ? [a, b]\n    : c\n';
    const { problems, ids } = await load(text);
    assert.deepEqual(ids, ['keep-me']);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.deepEqual([problems[0].line, under(text, problems[0])], [6, '[a, b]']);
  });

  it('never lets the YAML library print "Keys with collection values will be stringified" (CLI)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-guide-'));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      fs.writeFileSync(path.join(dir, '.copydesk.yaml'), rules(4).replace('  - id: rule-2', ' - id: rule-2') + '  - id: x\n    kind: avoid\n    pattern: y\n    ? {a: 1}\n    : z\n');
      fs.writeFileSync(path.join(dir, 'story.md'), 'The minister spoke.\n');
      let err = '';
      await main(['check', path.join(dir, 'story.md')], () => {}, (s) => (err += s + '\n'));
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(warnings, []);
      assert.doesNotMatch(err, /stringified/);
    } finally {
      process.off('warning', onWarning);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
