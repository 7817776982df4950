import { strict as assert } from 'assert';
import { prepareConfig } from '../../src/core/analyze';
import { loadStyleGuide } from '../../src/core/config/styleGuide';
import { analyzeWith, found, loadGuide, memoryReader } from './helpers';

describe('style guide loading', () => {
  it('layers the newsroom guide over the embedded default', async () => {
    const { guide, problems, sources } = await loadGuide('version: 1\nrules:\n  - id: mine\n    kind: avoid\n    pattern: very unique\n');
    assert.deepEqual(problems, []);
    assert.ok(guide.rules.some((r) => r.id === 'towards'), 'inherited');
    assert.ok(guide.rules.some((r) => r.id === 'mine'));
    assert.deepEqual(sources, ['copydesk:default-style.yaml', '/desk/.copydesk.yaml']);
  });

  it('follows extends and turns inherited rules off by id', async () => {
    const base = 'version: 1\nrules:\n  - id: base-rule\n    kind: avoid\n    pattern: blah\n';
    const { guide, problems } = await loadGuide('extends: ../base.yaml\nrules:\n  - id: towards\n    severity: off\n', { '/base.yaml': base });
    assert.deepEqual(problems, []);
    assert.ok(guide.rules.some((r) => r.id === 'base-rule'));
    assert.equal(guide.rules.find((r) => r.id === 'towards')!.severity, 'off');
  });

  it('starts from nothing with extends: none', async () => {
    const { guide } = await loadGuide('extends: none\nrules: []\n');
    assert.equal(guide.rules.length, 0);
  });

  it('reports schema errors at their line and keeps the valid rules', async () => {
    const yaml = 'version: 1\nrules:\n  - id: good\n    kind: avoid\n    pattern: x\n  - id: bad\n    kind: avoid\n    pattern: y\n    severity: loud\nbogus: 1\n';
    const { guide, problems } = await loadGuide(yaml);
    assert.ok(guide.rules.some((r) => r.id === 'good'));
    assert.ok(!guide.rules.some((r) => r.id === 'bad'));
    const sev = problems.find((p) => /severity/.test(p.message));
    assert.ok(sev, JSON.stringify(problems));
    assert.equal(sev.line, 9);
    assert.equal(sev.column, 15);
    const bogus = problems.find((p) => /bogus/.test(p.message));
    assert.equal(bogus?.line, 10);
  });

  it('reports broken YAML with a position and never throws', async () => {
    const { problems } = await loadGuide('rules:\n  - id: a\n    pattern: [oops\n');
    assert.ok(problems.length > 0);
    assert.ok(problems[0].line >= 3, JSON.stringify(problems[0]));
    for (const junk of ['', '\u0000\u0001', '[1, 2', '- - - -', 'rules: 5', 'a: *b', '\uFEFF: ::', 'rules:\n  - 7\n']) {
      await loadGuide(junk);
    }
  });

  it('reports extends cycles and missing files', async () => {
    const { problems } = await loadGuide('extends: ./.copydesk.yaml\n');
    assert.ok(problems.some((p) => /cycle/.test(p.message)));
    const missing = await loadGuide('extends: ./nope.yaml\n');
    assert.ok(missing.problems.some((p) => /nope\.yaml/.test(p.message)));
  });
});

describe('style rules', () => {
  it('substitutes with case kept and a preferred fix', async () => {
    const text = 'Towards dawn they moved towards the city. TOWARDS!';
    const r = await analyzeWith(text);
    assert.deepEqual(found(r, text), ['style/towards:Towards', 'style/towards:towards', 'style/towards:TOWARDS']);
    assert.deepEqual(r.diagnostics.map((d) => d.fixes[0].edits[0].newText), ['Toward', 'toward', 'TOWARD']);
    assert.equal(r.diagnostics[0].fixes[0].preferred, true);
  });

  it('matches whole words only by default, across line breaks for phrases', async () => {
    const text = 'Autowards is not a word; per\ncent is two.';
    const r = await analyzeWith(text, undefined, 'a.md');
    assert.deepEqual(found(r, text), ['style/per-cent:per\ncent']);
  });

  it('avoid rules fill {match} and carry the link', async () => {
    const yaml = 'rules:\n  - id: slams\n    kind: avoid\n    pattern: slams\n    message: "Headlinese: {match}"\n    link: https://example.org/slams\n    severity: error\n';
    const text = 'Minister slams critics.';
    const r = await analyzeWith(text, yaml);
    const d = r.diagnostics.find((x) => x.rule === 'style/slams')!;
    assert.equal(d.message, 'Headlinese: slams');
    assert.equal(d.link, 'https://example.org/slams');
    assert.equal(d.severity, 'error');
  });

  it('case-sensitive consistency flags the less used form only when both appear', async () => {
    const one = await analyzeWith('It is OK. It is OK again.');
    assert.deepEqual(one.diagnostics, []);
    const text = 'It is OK.\n\nIt is okay.\n\nStill OK.';
    const r = await analyzeWith(text);
    assert.deepEqual(found(r, text), ['style/okay:okay']);
    assert.equal(r.diagnostics[0].fixes[0].edits[0].newText, 'OK');
    assert.deepEqual(found(await analyzeWith('The ok thing.'), 'The ok thing.'), []);
  });

  it('severities: off and ignore comments silence rules', async () => {
    const text = 'Towards.\n\n<!-- copydesk-disable-next-line style/towards -->\nTowards again.';
    const r = await analyzeWith(text, 'severities:\n  style/per-cent: off\n');
    assert.equal(r.diagnostics.length, 1);
    const off = await analyzeWith('Towards.', 'severities:\n  style/towards: off\n');
    assert.equal(off.diagnostics.length, 0);
  });

  it('runs regex rules on a linear-time engine: (a+)+$ on a 50,000-character line returns', async () => {
    const yaml = 'rules:\n  - id: evil\n    kind: avoid\n    regex: "(a+)+$"\n    wholeWord: false\n';
    const text = 'a'.repeat(50000) + 'b';
    const r = await analyzeWith(text, yaml, 'x.txt');
    assert.deepEqual(r.diagnostics.filter((d) => d.rule === 'style/evil'), []);
    const hit = await analyzeWith('a'.repeat(50000), yaml, 'x.txt');
    assert.equal(hit.diagnostics.filter((d) => d.rule === 'style/evil').length, 1);
  });

  it('refuses regexes RE2 cannot run, with a clear message, and keeps the other rules', async () => {
    const files = { '/g.yaml': 'rules:\n  - id: backref\n    kind: avoid\n    regex: "(a)\\\\1"\n  - id: fine\n    kind: avoid\n    pattern: fine\n' };
    const loaded = await loadStyleGuide({ path: '/g.yaml', reader: memoryReader(files) });
    const prepared = prepareConfig(loaded.guide);
    assert.equal(prepared.problems.length, 1);
    assert.match(prepared.problems[0].message, /linear-time engine/);
    assert.equal(prepared.problems[0].line, 4, 'located at the regex: value');
    assert.ok(prepared.rules.some((r) => r.spec.id === 'fine'));
  });
});

describe('style rules and direct quotes', () => {
  it('leave a speaker\'s quoted words alone unless the rule says inQuotes', async () => {
    const text = '“We moved towards peace,” the minister said. Talks moved towards a deal.';
    const r = await analyzeWith(text);
    assert.deepEqual(found(r, text), ['style/towards:towards']);
    assert.equal(r.diagnostics[0].start, text.lastIndexOf('towards'));
    const all = await analyzeWith(text, 'rules:\n  - id: towards\n    kind: substitute\n    pattern: towards\n    replace: toward\n    inQuotes: true\n');
    assert.equal(all.diagnostics.filter((d) => d.rule === 'style/towards').length, 2);
  });

  it('do not count quoted forms for consistency', async () => {
    const text = '“It is okay,” Mary Jones said.\n\nThe plan is OK.';
    assert.deepEqual(found(await analyzeWith(text), text), []);
  });
});

describe('rule exceptions', () => {
  it('skip a match inside an `unless` phrase (a proper name keeps its spelling)', async () => {
    const text = "Britain's Ministry of Defence said the US Defence Secretary would visit.";
    assert.deepEqual(found(await analyzeWith(text), text), ['style/defence:Defence']);
    const r = await analyzeWith(text);
    assert.equal(r.diagnostics[0].start, text.lastIndexOf('Defence'));
  });
});
