import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { prepareConfig } from '../../src/core/analyze';
import {
  loadStyleGuide,
  MAX_CONFIG_BYTES,
  MAX_PROBLEMS_PER_FILE,
  type ConfigFileInfo,
  type ConfigProblem,
  type ConfigReader,
  type LoadedGuide,
} from '../../src/core/config/styleGuide';
import { memoryReader } from './helpers';

type FakeFile = string | { info: ConfigFileInfo; text?: string } | Error;

/** A reader over fake files that counts reads and stats; a file may be a text, a non-regular entry, or a reader failure. */
function fakeReader(files: Record<string, FakeFile>) {
  const reads = new Map<string, number>();
  const base = memoryReader({});
  const reader: ConfigReader = {
    read: async (p) => {
      reads.set(p, (reads.get(p) ?? 0) + 1);
      const f = files[p];
      if (f instanceof Error) throw f;
      return typeof f === 'string' ? f : f?.text;
    },
    stat: async (p) => {
      const f = files[p];
      if (f === undefined) return undefined;
      if (f instanceof Error) throw f;
      return typeof f === 'string' ? { type: 'file', size: Buffer.byteLength(f) } : f.info;
    },
    resolve: base.resolve,
  };
  return { reader, reads };
}

const load = (files: Record<string, FakeFile>, root = '/d/g.yaml') => loadStyleGuide({ path: root, reader: fakeReader(files).reader });

/** The problems reported in `source`, as `line:column message`. */
const at = (loaded: LoadedGuide, source: string) => loaded.problems.filter((p) => p.source === source).map((p) => `${p.line}:${p.column} ${p.message}`);

/** Assert one problem in `source` at `line` whose message matches `re`. */
function assertProblem(problems: ConfigProblem[], source: string, line: number, re: RegExp): void {
  const hit = problems.find((p) => p.source === source && re.test(p.message));
  assert.ok(hit, `no problem matching ${re} in ${source}; got ${JSON.stringify(problems.map((p) => `${p.source}:${p.line} ${p.message}`))}`);
  assert.equal(hit.line, line, `${hit.message} on line ${hit.line}, expected ${line}`);
  assert.ok(hit.start >= 0 && hit.end >= hit.start);
}

describe('configuration robustness: registries', () => {
  const guide = "rules:\n  - id: x\n    kind: avoid\n    pattern: xyzzy\nregistries:\n  - people.yaml\nactors:\n  - name: Ali Sistani\n    kind: person\n";

  for (const [what, text] of [
    ['an empty mapping', '{}\n'],
    ['a mapping of names', 'Mike Pompeo:\n  kind: person\n'],
    ['a number', '5\n'],
    ['a text', 'Mike Pompeo\n'],
  ]) {
    it(`reports a registry that is ${what} at its top, and keeps the rest of the guide`, async () => {
      const loaded = await load({ '/d/g.yaml': guide, '/d/people.yaml': text });
      assertProblem(loaded.problems, '/d/people.yaml', 1, /A registry must be a list of actors/);
      assert.deepEqual(loaded.guide.actors.map((a) => a.name), ['Ali Sistani']);
      assert.ok(loaded.guide.rules.some((r) => r.id === 'x'));
      assert.doesNotThrow(() => prepareConfig(loaded.guide));
    });
  }

  it('accepts an empty registry file, a list, and a mapping with `actors`', async () => {
    for (const text of ['', '- name: Mike Pompeo\n  kind: person\n', 'actors:\n  - name: Mike Pompeo\n    kind: person\n']) {
      const loaded = await load({ '/d/g.yaml': guide, '/d/people.yaml': text });
      assert.deepEqual(at(loaded, '/d/people.yaml'), [], text);
    }
  });

  it('locates each bad actor on its own line and keeps the good ones, in both registry shapes', async () => {
    const list = '- name: A One\n  kind: person\n- name: B Two\n  kind: robot\n- 7\n- name: C Three\n  kind: place\n  colour: red\n- name: D Four\n  kind: organization\n';
    for (const [text, shift] of [[list, 0], ['actors:\n' + list.replace(/^/gm, '  '), 1]] as const) {
      const loaded = await load({ '/d/g.yaml': guide, '/d/people.yaml': text });
      assertProblem(loaded.problems, '/d/people.yaml', 4 + shift, /kind/);
      assertProblem(loaded.problems, '/d/people.yaml', 5 + shift, /expected object/);
      assertProblem(loaded.problems, '/d/people.yaml', 8 + shift, /Unknown setting 'colour'/);
      // An unknown property is reported and ignored; the actor itself is kept.
      assert.deepEqual(loaded.guide.actors.map((a) => a.name), ['Ali Sistani', 'A One', 'C Three', 'D Four']);
    }
  });

  it('reads a registry listed twice (or by two guides) once', async () => {
    const { reader, reads } = fakeReader({
      '/d/g.yaml': 'extends: b.yaml\nregistries: [people.yaml, ./people.yaml]\n',
      '/d/b.yaml': 'registries: [people.yaml]\n',
      '/d/people.yaml': '- name: Mike Pompeo\n  kind: person\n',
    });
    const loaded = await loadStyleGuide({ path: '/d/g.yaml', reader });
    assert.equal(reads.get('/d/people.yaml'), 1);
    assert.equal(loaded.guide.actors.length, 1);
  });
});

describe('configuration robustness: guide shapes', () => {
  it('reports a guide whose top level is a list, a number or a text; an empty guide is fine', async () => {
    for (const text of ['- rules\n', '42\n', 'just words\n']) {
      const loaded = await load({ '/d/g.yaml': text });
      assertProblem(loaded.problems, '/d/g.yaml', 1, /top level must be a mapping/);
      assert.ok(loaded.guide.rules.some((r) => r.id === 'towards'), 'the embedded guide still applies');
    }
    for (const text of ['', '~\n', '# only a comment\n']) assert.deepEqual((await load({ '/d/g.yaml': text })).problems, []);
  });

  it('reports a wrong type for each key on that key, and loads the rest', async () => {
    const bad: Record<string, string> = {
      version: '2',
      extends: '5',
      rules: '{ a: 1 }',
      severities: '[off]',
      quotes: 'loud',
      names: '[]',
      registries: 'people.yaml',
      actors: '{ name: X }',
    };
    for (const [key, value] of Object.entries(bad)) {
      const text = `rules:\n  - id: keep\n    kind: avoid\n    pattern: xyzzy\n`.replace(key === 'rules' ? /^[\s\S]*$/ : /^$/, '') + `${key}: ${value}\n`;
      const loaded = await load({ '/d/g.yaml': text });
      const line = text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;
      const mine = loaded.problems.filter((p) => p.source === '/d/g.yaml');
      assert.equal(mine.length, 1, `${key}: ${JSON.stringify(mine)}`);
      assert.equal(mine[0].line, line, `${key}: ${mine[0].message}`);
      if (key !== 'rules') assert.ok(loaded.guide.rules.some((r) => r.id === 'keep'), key);
    }
  });

  it('reports wrong types inside settings on their own line', async () => {
    const text = 'quotes:\n  cues: [says, 3]\nnames:\n  distinct: [[Iran]]\n  starterRegistry: maybe\nseverities:\n  style/towards: loud\n';
    const loaded = await load({ '/d/g.yaml': text });
    assertProblem(loaded.problems, '/d/g.yaml', 2, /quotes\.cues\[1\]: expected string/);
    assertProblem(loaded.problems, '/d/g.yaml', 4, /names\.distinct\[0\]/);
    assertProblem(loaded.problems, '/d/g.yaml', 5, /starterRegistry: expected boolean/);
    assertProblem(loaded.problems, '/d/g.yaml', 7, /style\/towards/);
  });

  it('keeps the position of each rule after an invalid rule before it', async () => {
    const text = 'rules:\n  - id: bad\n    kind: nope\n    pattern: a\n  - id: good\n    kind: avoid\n    pattern: xyzzy\n';
    const loaded = await load({ '/d/g.yaml': text });
    assertProblem(loaded.problems, '/d/g.yaml', 3, /kind/);
    const good = loaded.guide.rules.find((r) => r.id === 'good')!;
    assert.deepEqual([good.sourceLine, good.sourceColumn], [5, 5]);
  });

  it('refuses YAML nested too deeply before parsing it, at the level that is too deep', async () => {
    for (const text of ['['.repeat(MAX_CONFIG_BYTES), 'rules:\n' + '- '.repeat(400_000), `severities: ${'{a: '.repeat(100)}`]) {
      const loaded = await load({ '/d/g.yaml': text });
      assert.equal(loaded.problems.length, 1);
      assert.match(loaded.problems[0].message, /nested more than 64 levels/);
      assert.equal(text.slice(loaded.problems[0].start - 1, loaded.problems[0].start + 1).length, 2);
      assert.equal(loaded.problems[0].line, text.startsWith('rules') ? 2 : 1);
    }
    const brackets = ['rules:'];
    for (let i = 0; i < 100; i++) brackets.push(`  - id: b${i}`, '    kind: avoid', `    regex: "\\\\[{x${i}"  # [{ ---------------------------------------------------------------------`);
    const fine = await load({ '/d/g.yaml': brackets.join('\n') + '\n' });
    assert.deepEqual(fine.problems, [], 'brackets and dashes inside texts and comments are not nesting');
    assert.equal(fine.guide.rules.filter((r) => r.regex === '\\[{x7').length, 1);
  });

  it('survives YAML that is not YAML, and reports repeated keys of a big mapping', async () => {
    for (const text of ['a: [}\n', '\u0000\uffff: *x\n', '&a [*a]\n', 'rules:\n  - x: 1\n   y: 2\n']) {
      const loaded = await load({ '/d/g.yaml': text });
      assert.ok(loaded.problems.some((p) => p.source === '/d/g.yaml'), JSON.stringify(text.slice(0, 10)));
    }
    const keys = Array.from({ length: 20_000 }, (_, i) => `  style/r${i % 19_999}: off`);
    const loaded = await load({ '/d/g.yaml': `severities:\n${keys.join('\n')}\n` });
    assert.deepEqual(loaded.problems.map((p) => [p.line, p.column, p.message]), [[20_001, 3, 'YAML: Map keys must be unique']]);
  });
});

describe('configuration robustness: files that are not small regular files', () => {
  const big = { info: { type: 'file', size: MAX_CONFIG_BYTES + 1 } as ConfigFileInfo, text: 'x'.repeat(10) };
  const fifo = { info: { type: 'other', size: 0 } as ConfigFileInfo };
  const dir = { info: { type: 'directory', size: 4096 } as ConfigFileInfo };

  it('refuses an oversize, non-regular or failing file without reading it, at the line that names it', async () => {
    const guide = 'extends: [big.yaml, fifo.yaml, dir.yaml, gone.yaml, broken.yaml]\nregistries:\n  - fifo.yaml\n  - big.yaml\n';
    const { reader, reads } = fakeReader({ '/d/g.yaml': guide, '/d/big.yaml': big, '/d/fifo.yaml': fifo, '/d/dir.yaml': dir, '/d/broken.yaml': new Error('EIO') });
    const loaded = await loadStyleGuide({ path: '/d/g.yaml', reader });
    assertProblem(loaded.problems, '/d/g.yaml', 1, /big\.yaml: it is 1\.0 MB, over the 1\.0 MB limit/);
    assertProblem(loaded.problems, '/d/g.yaml', 1, /fifo\.yaml: it is not a regular file/);
    assertProblem(loaded.problems, '/d/g.yaml', 1, /dir\.yaml: it is a folder/);
    assertProblem(loaded.problems, '/d/g.yaml', 1, /gone\.yaml: it does not exist/);
    assertProblem(loaded.problems, '/d/g.yaml', 1, /broken\.yaml: reading failed \(EIO\)/);
    assertProblem(loaded.problems, '/d/g.yaml', 3, /registry, fifo\.yaml: it is not a regular file/);
    assertProblem(loaded.problems, '/d/g.yaml', 4, /registry, big\.yaml: it is 1\.0 MB/);
    const cols = loaded.problems.filter((p) => p.line === 1).map((p) => p.column);
    assert.deepEqual(cols, [11, 21, 32, 42, 53], 'each extends entry is located at its own column');
    assert.deepEqual([...reads.keys()], ['/d/g.yaml'], 'only the guide itself is read');
    assert.ok(loaded.guide.rules.some((r) => r.id === 'towards'));
  });

  it('refuses the guide itself when it is too large or not a file, and falls back to the embedded guide', async () => {
    for (const f of [big, fifo, dir]) {
      const loaded = await load({ '/d/g.yaml': f });
      assertProblem(loaded.problems, '/d/g.yaml', 1, /Cannot read the style guide: it/);
      assert.ok(loaded.guide.rules.some((r) => r.id === 'towards'));
    }
  });

  it('checks the size of the text when the reader cannot stat', async () => {
    const files = { '/d/g.yaml': 'extends: huge.yaml\n', '/d/huge.yaml': `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n` };
    const loaded = await loadStyleGuide({ path: '/d/g.yaml', reader: memoryReader(files) });
    assertProblem(loaded.problems, '/d/g.yaml', 1, /huge\.yaml: it is 1\.0 MB, over the 1\.0 MB limit/);
  });

  it('never throws when the reader does', async () => {
    const throwing: ConfigReader = {
      read: async () => {
        throw new Error('disk on fire');
      },
      resolve: () => {
        throw new TypeError('bad URI');
      },
    };
    const root = await loadStyleGuide({ path: '/d/g.yaml', reader: throwing });
    assertProblem(root.problems, '/d/g.yaml', 1, /disk on fire/);
    const reader: ConfigReader = { ...memoryReader({ '/d/g.yaml': 'extends:\n  - base.yaml\n' }), resolve: throwing.resolve };
    const child = await loadStyleGuide({ path: '/d/g.yaml', reader });
    assertProblem(child.problems, '/d/g.yaml', 2, /base\.yaml: the path is not valid \(bad URI\)/);
  });
});

describe('configuration robustness: extends', () => {
  /** Levels 0..depth-1 of two guides each extending both guides of the next level: 2^depth paths, 2·depth files. */
  function diamond(depth: number): Record<string, string> {
    const files: Record<string, string> = { '/d/g.yaml': 'extends: [l0a.yaml, l0b.yaml]\n' };
    for (let k = 0; k < depth; k++) {
      for (const side of ['a', 'b']) {
        const parents = k + 1 < depth ? `extends: [l${k + 1}a.yaml, l${k + 1}b.yaml]\n` : '';
        files[`/d/l${k}${side}.yaml`] = `${parents}rules:\n  - id: r${k}${side}\n    kind: avoid\n    pattern: w${k}${side}\n`;
      }
    }
    return files;
  }

  it('loads each file of a diamond 20 levels deep once, deepest layers first', async () => {
    const { reader, reads } = fakeReader(diamond(20));
    const loaded = await loadStyleGuide({ path: '/d/g.yaml', reader });
    assert.deepEqual(loaded.problems, []);
    assert.equal(reads.size, 41);
    assert.ok([...reads.values()].every((n) => n === 1));
    const ids = loaded.guide.rules.map((r) => r.id).filter((id) => /^r\d/.test(id));
    assert.equal(ids.length, 40);
    assert.deepEqual(ids.slice(0, 3), ['r19a', 'r19b', 'r18a']);
    assert.equal(new Set(loaded.sources).size, loaded.sources.length, 'no layer twice');
  });

  it('reports a cycle at the extends entry that closes it', async () => {
    const loaded = await load({
      '/d/g.yaml': 'extends: a.yaml\n',
      '/d/a.yaml': 'rules: []\nextends:\n  - b.yaml\n',
      '/d/b.yaml': '# b\nextends: [a.yaml]\n',
    });
    assertProblem(loaded.problems, '/d/b.yaml', 2, /'extends' makes a cycle through a\.yaml/);
    assert.equal(loaded.problems.find((p) => /cycle/.test(p.message))!.column, 11);
    assert.deepEqual(loaded.sources, ['copydesk:default-style.yaml', '/d/b.yaml', '/d/a.yaml', '/d/g.yaml']);
  });
});

describe('configuration robustness: huge guides', () => {
  it('loads 10,000 rules with overrides by id, and caps 10,000 bad entries at a listed number of problems', async () => {
    const good = ['rules:'];
    for (let i = 0; i < 10_000; i++) good.push(`  - id: r${i % 9_000}`, '    kind: avoid', `    pattern: w${i}`);
    const loaded = await load({ '/d/g.yaml': good.join('\n') + '\n' });
    assert.deepEqual(loaded.problems, []);
    const mine = loaded.guide.rules.filter((r) => /^r\d/.test(r.id));
    assert.equal(mine.length, 9_000);
    assert.deepEqual(mine[0].patterns, ['w9000'], 'a later rule with the same id replaces the earlier one in place');
    assert.equal(mine[0].sourceLine, 2 + 9_000 * 3);

    const bad = ['rules:'];
    for (let i = 0; i < 10_000; i++) bad.push(`  - id: b${i}`, '    kind: nope', `    pattern: w${i}`);
    const worse = await load({ '/d/g.yaml': bad.join('\n') + '\n' });
    assert.equal(worse.problems.length, MAX_PROBLEMS_PER_FILE + 1);
    assert.equal(worse.problems[999].line, 3 + 999 * 3);
    assert.match(worse.problems[MAX_PROBLEMS_PER_FILE].message, /9000 more problems/);
  });
});

describe('configuration robustness: the CLI reader', function () {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'));
    fs.mkdirSync(path.join(dir, 'people'));
    fs.writeFileSync(path.join(dir, 'story.md'), 'The minister spoke on Friday.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a FIFO, a folder and an oversize file with located problems, without hanging', async function () {
    if (process.platform === 'win32') this.skip();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    fs.writeFileSync(path.join(dir, 'big.yaml'), `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    fs.writeFileSync(path.join(dir, 'map.yaml'), 'Mike Pompeo:\n  kind: person\n');
    fs.writeFileSync(path.join(dir, '.copydesk.yaml'), 'extends: [pipe.yaml, big.yaml]\nregistries:\n  - people\n  - map.yaml\n');
    let out = '';
    const code = await main(['check', path.join(dir, 'story.md')], (s) => (out += s + '\n'), () => undefined);
    const guide = path.join(dir, '.copydesk.yaml');
    assert.equal(code, 1);
    assert.match(out, new RegExp(`${guide.replace(/[.\\]/g, '\\$&')}:1:11: error Cannot read the guide it extends, pipe\\.yaml: it is not a regular file`));
    assert.match(out, /:1:22: error Cannot read the guide it extends, big\.yaml: it is 1\.0 MB, over the 1\.0 MB limit/);
    assert.match(out, /:3:5: error Cannot read the registry, people: it is a folder/);
    assert.match(out, /map\.yaml:1:1: error A registry must be a list of actors/);
  });
});
