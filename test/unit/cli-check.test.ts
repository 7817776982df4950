import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { analyzeText, prepareConfig } from '../../src/core/analyze';
import { emptyGuide } from '../../src/core/config/styleGuide';
import { acrossDeskFindings, crossArticleFindings, type ArticleEntities } from '../../src/core/names/acrossDesk';
import { main } from '../../src/cli/main';
import { MAX_ARTICLE_BYTES } from '../../src/cli/articles';
import { toUri } from '../../src/cli/sarif';

/** Run the CLI in-process; returns exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

const GUIDE = 'version: 1\nrules:\n  - id: slams\n    kind: avoid\n    pattern: slams\n    severity: error\n';

/** A fresh folder with a style guide; removed after the suite. */
function tempDesk(dirs: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-check-'));
  fs.writeFileSync(path.join(dir, '.copydesk.yaml'), GUIDE);
  dirs.push(dir);
  return dir;
}

describe('copydesk check: files it cannot read', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  /** A desk with one good article (an error finding when `slams`), plus whatever `add` puts there. */
  async function checkWith(add: (dir: string) => void, good = 'The minister slams critics.\n') {
    const dir = tempDesk(dirs);
    fs.writeFileSync(path.join(dir, 'good.article'), good);
    add(dir);
    return { dir, ...(await cli('check', dir)) };
  }

  const cases: [string, (dir: string) => void, RegExp][] = [
    ['a binary file', (d) => fs.writeFileSync(path.join(d, 'x.article'), Buffer.from([72, 105, 0, 1, 2])), /binary file/],
    ['a dangling symlink', (d) => fs.symlinkSync(path.join(d, 'nowhere'), path.join(d, 'x.article')), /dangling symlink/],
    ['a symlink to a folder named x.article', (d) => { fs.mkdirSync(path.join(d, 'sub')); fs.symlinkSync(path.join(d, 'sub'), path.join(d, 'x.article')); }, /not a regular file/],
    ['a file over the size limit', (d) => fs.writeFileSync(path.join(d, 'x.article'), 'a'.repeat(MAX_ARTICLE_BYTES + 1)), /larger than 2 MB/],
  ];
  for (const [what, add, reason] of cases) {
    it(`skips ${what} with one line on stderr, exit code from the rest`, async () => {
      const bad = await checkWith(add);
      assert.equal(bad.code, 1, 'the good article has an error finding');
      const lines = bad.err.trim().split('\n');
      assert.equal(lines.length, 1, bad.err);
      assert.match(lines[0], new RegExp(`^copydesk: skipped ${path.join(bad.dir, 'x.article').replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}: ${reason.source}`));
      assert.match(bad.out, /1 article\(s\) checked/);
      const clean = await checkWith(add, 'A quiet day.\n');
      assert.equal(clean.code, 0, 'a skipped file alone does not fail the check');
    });
  }

  it('walks a real folder named x.article', async () => {
    const { code, out, err } = await checkWith((d) => {
      fs.mkdirSync(path.join(d, 'x.article'));
      fs.writeFileSync(path.join(d, 'x.article', 'inner.article'), 'Another quiet day.\n');
    });
    assert.equal(err, '');
    assert.equal(code, 1);
    assert.match(out, /2 article\(s\) checked/);
  });

  it('never opens a FIFO named x.article (no hang)', async function () {
    const { code, err } = await checkWith((d) => {
      try {
        execFileSync('mkfifo', [path.join(d, 'x.article')], { stdio: 'ignore' });
      } catch {
        this.skip();
      }
    });
    assert.equal(code, 1);
    assert.match(err, /skipped .*x\.article: not a regular file/);
    // Named on the command line as well.
    const dir = dirs[dirs.length - 1];
    const named = await cli('check', path.join(dir, 'x.article'), path.join(dir, 'good.article'));
    assert.equal(named.code, 1);
    assert.match(named.err, /not a regular file/);
  });

  it('skips an unreadable file (EACCES) when permissions apply', async function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip(); // root reads anything
    const { code, err } = await checkWith((d) => {
      fs.writeFileSync(path.join(d, 'x.article'), 'Secret.\n');
      fs.chmodSync(path.join(d, 'x.article'), 0o000);
    });
    assert.equal(code, 1);
    assert.match(err, /skipped .*x\.article: unreadable: EACCES/);
  });

  it('analyze still refuses a file it cannot read, with exit 2', async () => {
    const dir = tempDesk(dirs);
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'x.article'));
    const r = await cli('analyze', path.join(dir, 'x.article'));
    assert.equal(r.code, 2);
    assert.match(r.err, /dangling symlink/);
  });
});

describe('copydesk check: the desk index', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  const mention = (text: string, at: number) => ({ start: at, end: at + text.length, text });
  const entity = (texts: string[]) => ({ name: texts[0], kind: 'person' as const, known: false, mentions: texts.map((t, i) => mention(t, i * 50)) });

  it('gives each article the same findings as indexing the others per article', () => {
    const articles: ArticleEntities[] = [
      { file: 'a.md', entities: [entity(['Qasem Haidari', 'Haidari']), entity(['Mark Esper'])] },
      { file: 'b.md', entities: [entity(['Qassem Haidari', 'Qassem Haidari'])] },
      { file: 'c.md', entities: [entity(['Qassem Haidari']), entity(['Marc Esper'])] },
      { file: 'd.md', entities: [entity(['Qasem Haidari']), entity(['Mark Esper', 'Mark Esper'])] },
      { file: 'e.md', entities: [entity(['Qassem Haidari', 'Qasem Haidari'])] },
      { file: 'f.md', entities: [] },
    ];
    const distinct = [['Mark Esper', 'Marc Esper']];
    for (const d of [[], distinct]) {
      const once = acrossDeskFindings(articles, () => d);
      const perArticle = articles.map((a) => crossArticleFindings(a, articles, d));
      assert.deepEqual(once, perArticle);
    }
    assert.ok(acrossDeskFindings(articles).some((fs) => fs.length), 'the desk has findings to compare');
  });

  it('prints the same results, in path order, with and without the worker pool', async () => {
    const dir = tempDesk(dirs);
    const names = ['Salman Muadhidi', 'Salman Moadhidi', 'Salman Moadhidi', 'Qasem Haidari', 'Qassem Haidari', 'Qassem Haidari'];
    names.forEach((n, i) => fs.writeFileSync(path.join(dir, `story-${5 - i}.article`), `Story ${i}\n\n“We will stay,” ${n} said on Friday. The minister slams critics.\n`));
    const one = await cli('check', dir, '--format', 'json', '--jobs', '1');
    const pool = await cli('check', dir, '--format', 'json', '--jobs', '2');
    assert.equal(pool.err, '');
    assert.equal(pool.out, one.out);
    assert.equal(pool.code, one.code);
    const files = (JSON.parse(one.out).results as { file: string; diagnostics: { rule: string }[] }[]);
    assert.deepEqual(files.map((r) => path.basename(r.file)), [0, 1, 2, 3, 4, 5].map((i) => `story-${i}.article`));
    assert.equal(files.flatMap((r) => r.diagnostics).filter((d) => d.rule === 'names/inconsistent-across').length, 2);
  });
});

describe('copydesk check: SARIF and positions', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('percent-encodes artifact URIs (spaces, #, ?, non-ASCII)', async () => {
    const dir = tempDesk(dirs);
    const sub = path.join(dir, 'wire copy #2');
    fs.mkdirSync(sub);
    const file = path.join(sub, 'Zürich?.article');
    fs.writeFileSync(file, 'The minister slams critics.\n');
    const rel = path.relative(process.cwd(), file);
    const relLog = JSON.parse((await cli('check', rel, '--format', 'sarif')).out);
    const uri: string = relLog.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.doesNotMatch(uri, /[ #?\u0080-\uFFFF]/);
    assert.equal(uri.split('/').map(decodeURIComponent).join(path.sep), rel);
    const absLog = JSON.parse((await cli('check', file, '--format', 'sarif')).out);
    const absUri: string = absLog.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.match(absUri, /^file:\/\/.*wire%20copy%20%232\/Z%C3%BCrich%3F\.article$/);
    assert.equal(fileURLToPath(absUri), file);
    assert.equal(toUri('a b/c.md'), 'a%20b/c.md');
  });

  // Lines end at CR, LF, CRLF, U+2028 and U+2029 (Unicode and SARIF); the CLI takes positions from the core only.
  it('counts lines ended by CR alone and by U+2028 in text and SARIF output', async () => {
    const dir = tempDesk(dirs);
    const cr = path.join(dir, 'cr.md');
    const ls = path.join(dir, 'ls.md');
    fs.writeFileSync(cr, 'Headline\r\rThe minister slams critics.\r');
    fs.writeFileSync(ls, 'Headline\u2028\u2028The minister slams critics.\u2028');
    for (const file of [cr, ls]) {
      const text = await cli('check', file);
      assert.match(text.out, new RegExp(`${path.basename(file)}:3:14: error .*\\[style/slams\\]`), text.out);
      const sarif = JSON.parse((await cli('check', file, '--format', 'sarif')).out);
      const region = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'style/slams').locations[0].physicalLocation.region;
      assert.deepEqual([region.startLine, region.startColumn], [3, 14]);
    }
  });
});

describe('copydesk dates', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('refuses an impossible --date with exit 2, naming it', async () => {
    const dir = tempDesk(dirs);
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'A quiet day.\n');
    for (const bad of ['2021-02-29', '2024-13-45', '2024-04-31', '20240101']) {
      const r = await cli('analyze', file, '--date', bad);
      assert.equal(r.code, 2, bad);
      assert.ok(r.err.includes(`'${bad}'`) && r.err.includes('YYYY-MM-DD'), r.err);
    }
    const leap = await cli('analyze', file, '--date', '2024-02-29');
    assert.equal(leap.code, 0);
    assert.equal(JSON.parse(leap.out).date, '2024-02-29');
  });

  it('reports a front-matter date that is not a date, at its value', async () => {
    const dir = tempDesk(dirs);
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, '---\ntitle: Storm\ndate: "2021-02-29"\n---\n\nA quiet day.\n');
    const r = await cli('check', file);
    assert.equal(r.code, 0, 'a warning does not fail the check');
    assert.match(r.out, /a\.md:3:8: warning Front-matter date '2021-02-29' is not a calendar date.*\[article\/date\]/);
    // The core gives it to the editor too, with the span of the value.
    const text = '---\ndate: next Friday\n---\n\nA quiet day.\n';
    const result = analyzeText(text, { file: 'b.md' }, prepareConfig(emptyGuide()));
    const d = result.diagnostics.find((x) => x.rule === 'article/date')!;
    assert.equal(text.slice(d.start, d.end), 'next Friday');
    assert.equal(d.severity, 'warning');
    assert.equal(result.date, null);
    const good = analyzeText('---\ndate: 2024-02-29\n---\n\nA quiet day.\n', { file: 'c.md' }, prepareConfig(emptyGuide()));
    assert.ok(!good.diagnostics.some((x) => x.rule === 'article/date'));
    assert.equal(good.date, '2024-02-29');
  });
});
