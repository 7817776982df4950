// `copydesk check` and `copydesk analyze` with a desk's quote sources: findings (text and SARIF), each quote's source.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

/** Run the CLI, collecting stdout and stderr. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

describe('copydesk CLI: quote sources', () => {
  let desk: string;
  before(() => {
    desk = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-sources-'));
    fs.mkdirSync(path.join(desk, 'notes'));
    fs.writeFileSync(path.join(desk, '.copydesk.yaml'), 'version: 1\nsources: [notes]\n');
    // Written for this test.
    fs.writeFileSync(path.join(desk, 'notes', 'interview.vtt'), 'WEBVTT\n\n00:01:00.000 --> 00:01:04.000\n<v Ana Ruiz>The harbour will stay open all winter,\n\n00:01:04.000 --> 00:01:08.000\nwhatever the ministry decides next week.\n');
    fs.writeFileSync(path.join(desk, 'story.md'), 'Harbour master Ana Ruiz spoke on Monday.\n\n“The harbour will stay open all year, whatever the ministry decides next week,” Ruiz said.\n\n“We have never closed the harbour in forty years,” Ruiz said.\n');
  });
  after(() => fs.rmSync(desk, { recursive: true, force: true }));

  it('check reports altered and not-in-source quotes, in text and SARIF, and does not check the sources as articles', async () => {
    const text = await run(['check', desk]);
    assert.match(text.out, /story\.md:3:1: warning This quote differs from the source \(interview\.vtt, 00:01:00\.000\): “year” instead of “winter”\. \[quotes\/altered\]/);
    assert.match(text.out, /story\.md:5:1: info No source file holds this quote \(1 checked\)\. \[quotes\/not-in-source\]/);
    assert.match(text.out, /1 article\(s\) checked/);
    const sarif = JSON.parse((await run(['check', desk, '--format', 'sarif'])).out);
    const rules = sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId);
    assert.ok(rules.includes('quotes/altered') && rules.includes('quotes/not-in-source'), rules.join());
  });

  it('analyze gives each quote its source: file, range, time code, speaker, and the diff', async () => {
    const result = JSON.parse((await run(['analyze', path.join(desk, 'story.md')])).out);
    const [altered, missing] = result.quotes;
    assert.equal(altered.source.file, path.join(desk, 'notes', 'interview.vtt'));
    assert.equal(altered.source.time, '00:01:00.000');
    assert.equal(altered.source.speaker, 'Ana Ruiz');
    assert.equal(altered.source.verbatim, false);
    assert.deepEqual(altered.source.diff.filter((d: { op: string }) => d.op !== 'same'), [{ op: 'dropped', text: 'winter' }, { op: 'added', text: 'year' }]);
    const vtt = fs.readFileSync(altered.source.file, 'utf8');
    assert.match(vtt.slice(altered.source.start, altered.source.end), /^The harbour will stay open all winter,[^]*next week$/);
    assert.equal(missing.source, null);
  });
});
