import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

/** Run the CLI in-process; returns exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

describe('copydesk CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
    fs.writeFileSync(path.join(dir, '.copydesk.yaml'), 'version: 1\nrules:\n  - id: slams\n    kind: avoid\n    pattern: slams\n    severity: error\n');
    fs.writeFileSync(path.join(dir, 'one.md'), '---\ndate: 2020-01-10\n---\n\nThe minister slams critics. Salman Muadhidi spoke on Friday.\n');
    fs.writeFileSync(path.join(dir, 'two.md'), 'Salman Moadhidi spoke in Baghdad. Later, Salman Moadhidi left.\n');
    fs.writeFileSync(path.join(dir, 'notes.bin'), Buffer.from([0, 1, 2]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('analyze prints one JSON object in the contract, with the front-matter date', async () => {
    const { code, out } = await cli('analyze', path.join(dir, 'one.md'));
    assert.equal(code, 0);
    const r = JSON.parse(out);
    assert.deepEqual(Object.keys(r), ['file', 'date', 'quotes', 'unlistedQuotes', 'entities', 'events', 'times', 'diagnostics']);
    assert.equal(r.date, '2020-01-10');
    const d = r.diagnostics.find((x: { rule: string }) => x.rule === 'style/slams');
    assert.deepEqual([d.line, d.column, d.severity], [5, 14, 'error']);
    assert.equal((await cli('analyze', path.join(dir, 'one.md'), '--date', '2021-02-03')).out.includes('"date": "2021-02-03"'), true);
  });

  it('check exits 1 on an error-severity finding and prints SARIF 2.1.0', async () => {
    const { code, out } = await cli('check', dir, '--format', 'sarif');
    assert.equal(code, 1);
    const log = JSON.parse(out);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].tool.driver.name, 'Copydesk');
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'style/slams');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0].physicalLocation.region.startLine, 5);
    assert.ok(log.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'style/slams'));
  });

  it('check reports a name spelled differently across the folder', async () => {
    const { out } = await cli('check', dir, '--format', 'json');
    const results = JSON.parse(out).results as { file: string; diagnostics: { rule: string; message: string }[] }[];
    const one = results.find((r) => r.file.endsWith('one.md'))!;
    const across = one.diagnostics.filter((d) => d.rule === 'names/inconsistent-across');
    assert.equal(across.length, 1, JSON.stringify(one.diagnostics));
    assert.match(across[0].message, /Salman Moadhidi/);
    const two = results.find((r) => r.file.endsWith('two.md'))!;
    assert.equal(two.diagnostics.filter((d) => d.rule === 'names/inconsistent-across').length, 0, 'the desk majority spelling stays quiet');
    assert.ok(!results.some((r) => r.file.endsWith('notes.bin')), 'binary files are not articles');
  });

  it('gives clear usage errors with exit code 2', async () => {
    assert.equal((await cli('frobnicate', 'x')).code, 2);
    const missing = await cli('check', path.join(dir, 'nope'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /No such file/);
    assert.match((await cli('analyze', 'a.md', '--date', 'Friday')).err, /YYYY-MM-DD/);
    const bin = await cli('analyze', path.join(dir, 'notes.bin'));
    assert.equal(bin.code, 2);
    assert.match(bin.err, /binary/);
  });
});
