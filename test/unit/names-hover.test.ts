import { strict as assert } from 'assert';
import { loadStyleGuide, type StyleGuide } from '../../src/core/config/styleGuide';
import { prepareConfig, Analyzer } from '../../src/core/analyze';
import { actorAt, escapeMarkdown, hoverCardAt, hoverCardMarkdown } from '../../src/core/names/hoverCard';
import { crossArticleFindings } from '../../src/core/names/acrossDesk';
import { configureNames, findActor, namesIndex } from '../../src/core/names/registry';
import { STARTER_ACTORS } from '../../src/core/names/starterRegistry';

const reader = { read: async () => undefined, resolve: (_a: string, b: string) => b };
let guide: StyleGuide;
before(async () => {
  guide = (await loadStyleGuide({ path: null, reader })).guide;
});

describe('names: starter registry', () => {
  it('has at least 60 actors of every kind, with unique house spellings', () => {
    assert.ok(STARTER_ACTORS.length >= 60);
    for (const k of ['person', 'organization', 'place']) assert.ok(STARTER_ACTORS.some((a) => a.kind === k));
    assert.equal(new Set(STARTER_ACTORS.map((a) => a.name)).size, STARTER_ACTORS.length);
  });

  it('never lists a variant that is another actor’s accepted name', () => {
    const accepted = new Set(STARTER_ACTORS.flatMap((a) => [a.name, ...(a.aliases ?? [])]));
    for (const a of STARTER_ACTORS) for (const v of a.variants ?? []) assert.ok(!accepted.has(v), v);
  });
});

describe('names: escapeMarkdown', () => {
  it('escapes every Markdown and HTML construct', () => {
    const evil = '<img src=x onerror=alert(1)> [link](command:workbench.action.quit) **b** `c` # h\n> q ![i](x) https://x.y &amp; _u_ | t |';
    const out = escapeMarkdown(evil);
    assert.ok(!/(^|[^\\])[<>[\]()`*_#!|&]/.test(out), out);
    assert.ok(!out.includes('\n'));
    // Unescaping gives back the text (newline made a space).
    assert.equal(out.replace(/\\(.)/g, '$1'), evil.replace('\n', ' '));
  });

  it('handles non-strings', () => {
    assert.equal(escapeMarkdown(undefined), '');
    assert.equal(escapeMarkdown(42), '42');
  });
});

describe('names: hover cards', () => {
  it('shows the actor card on a second reference', () => {
    const config = prepareConfig(guide);
    const text = 'Secretary of State Mike Pompeo spoke. Pompeo’s aides left.';
    const result = new Analyzer(config).analyze(text, { file: 'a.txt' });
    const hit = actorAt(config, result, text.indexOf('Pompeo’s') + 2);
    assert.ok(hit && hit.actor);
    assert.equal(hit.actor!.name, 'Mike Pompeo');
    assert.equal(text.slice(hit.mention.start, hit.mention.end), 'Pompeo');
    const md = hoverCardMarkdown(hit.actor!, hit.entity.mentions.length);
    assert.match(md, /Secretary of State/);
    assert.match(md, /Mentioned 2 times in this article/);
    assert.equal(actorAt(config, result, text.indexOf('aides')), null);
  });

  it('finds the actor on a variant', () => {
    const config = prepareConfig(guide);
    const text = 'Pilgrims reached Kerbala.';
    const result = new Analyzer(config).analyze(text, { file: 'a.txt' });
    const card = hoverCardAt(config, result, text.indexOf('Kerbala') + 1);
    assert.ok(card);
    assert.match(card!.markdown, /\*\*Karbala\*\*/);
    assert.match(card!.markdown, /Kerbala/);
  });

  it('renders hostile registry text as plain text', async () => {
    const files: Record<string, string> = {
      '/n/.copydesk.yaml':
        'actors:\n  - name: Jane Roe\n    kind: person\n    title: "[t](command:x)"\n    description: "<img src=x onerror=alert(1)>"\n    notes: "[link](command:workbench.action.quit)"\n',
    };
    const r = { read: async (p: string) => files[p], resolve: (_a: string, b: string) => '/n/' + b };
    const { guide: g, problems } = await loadStyleGuide({ path: '/n/.copydesk.yaml', reader: r });
    assert.deepEqual(problems, []);
    const config = prepareConfig(g);
    const actor = findActor(namesIndex(config), 'Jane Roe')!;
    const md = hoverCardMarkdown(actor, 1);
    assert.ok(md.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'), md);
    assert.ok(md.includes('\\[link\\]\\(command\\:workbench\\.action\\.quit\\)'), md);
    assert.ok(!/(^|[^\\])[<[(]/.test(md.replace(/\*\*|\*/g, '')), md);
  });

  it('shows a card for unknown names too', () => {
    const config = prepareConfig(guide);
    configureNames(config, { starterRegistry: false });
    const text = 'Zorba Yuvanoff spoke.';
    const result = new Analyzer(config).analyze(text, { file: 'a.txt' });
    const card = hoverCardAt(config, result, 2);
    assert.match(card!.markdown, /not in the registry/);
  });
});

describe('names: across the desk', () => {
  const entity = (name: string, ...texts: string[]) => ({ name, kind: 'person' as const, known: false, mentions: texts.map((t, i) => ({ start: i * 100, end: i * 100 + t.length, text: t })) });

  it('reports a spelling other articles write another way', () => {
    const current = { file: 'today.md', entities: [entity('Qasem Haidari', 'Qasem Haidari', 'Haidari')] };
    const others = [
      { file: 'monday.md', entities: [entity('Qassem Haidari', 'Qassem Haidari')] },
      { file: 'tuesday.md', entities: [entity('Qassem Haidari', 'Qassem Haidari', 'Haidari')] },
      { file: 'wednesday.md', entities: [entity('Mark Esper', 'Mark Esper')] },
    ];
    const fs = crossArticleFindings(current, others);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].rule, 'names/inconsistent-across');
    assert.equal(fs[0].severity, 'info');
    assert.equal(fs[0].start, 0);
    assert.match(fs[0].message, /'Qassem Haidari' in monday\.md, tuesday\.md/);
  });

  it('ignores the same spelling, distinct pairs, case-only and known actors', () => {
    const current = { file: 'a.md', entities: [entity('Iran', 'Iran'), entity('Mark Milley', 'Mark Milley'), { ...entity('Kerbala', 'Kerbala'), known: true }] };
    const others = [{ file: 'b.md', entities: [entity('Iraq', 'Iraq'), entity('Mark Esper', 'Mark Esper'), entity('MARK MILLEY', 'MARK MILLEY'), entity('Karbala', 'Karbala')] }];
    assert.deepEqual(crossArticleFindings(current, others), []);
    const c2 = { file: 'a.md', entities: [entity('Qasem Haidari', 'Qasem Haidari')] };
    const o2 = [{ file: 'b.md', entities: [entity('Qassem Haidari', 'Qassem Haidari')] }];
    assert.deepEqual(crossArticleFindings(c2, o2, [['Qasem Haidari', 'Qassem Haidari']]), []);
  });
});

describe('registry switch in the style guide', () => {
  it('names.starterRegistry: false leaves only the newsroom\'s actors known', async () => {
    const files: Record<string, string> = { '/g.yaml': 'names:\n  starterRegistry: false\nactors:\n  - name: Jane Roe\n    kind: person\n    variants: [Jane Rowe]\n' };
    const { guide, problems } = await loadStyleGuide({ path: '/g.yaml', reader: { read: async (p) => files[p], resolve: (_a, b) => b } });
    assert.deepEqual(problems, []);
    const text = 'Kerbala is a city. Jane Rowe spoke.';
    const r = new Analyzer(prepareConfig(guide)).analyze(text, { file: 'a.txt' });
    const spelled = r.diagnostics.filter((d) => d.rule === 'names/house-spelling').map((d) => text.slice(d.start, d.end));
    assert.deepEqual(spelled, ['Jane Rowe']);
  });
});
