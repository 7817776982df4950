import { strict as assert } from 'assert';
import { loadStyleGuide, type StyleGuide } from '../../src/core/config/styleGuide';
import { prepareConfig, Analyzer } from '../../src/core/analyze';
import { datedOfficeLine, hoverCardAt } from '../../src/core/names/hoverCard';
import { configureNames, findActor, namesIndex, starterActors } from '../../src/core/names/registry';
import { heldOn, isOfficeDate, officesOn } from '../../src/core/names/offices';
import { countryRows } from '../../src/core/names/world/countries';
import { worldActors } from '../../src/core/names/world';

const reader = { read: async () => undefined, resolve: (_a: string, b: string) => b };
let guide: StyleGuide;
before(async () => {
  guide = (await loadStyleGuide({ path: null, reader })).guide;
});

const spellings = (a: { name: string; aliases?: string[]; variants?: string[] }) => [a.name, ...(a.aliases ?? []), ...(a.variants ?? [])];

describe('names: world starter registry', () => {
  const actors = starterActors();

  it('holds at least 600 actors, every U.N. member state among them', () => {
    assert.ok(actors.length >= 600, String(actors.length));
    const rows = countryRows();
    assert.equal(rows.length, 193);
    assert.equal(new Set(rows.map((r) => r[0])).size, 193);
    const names = new Set(actors.map((a) => a.name));
    for (const [country, capital] of rows) {
      assert.ok(names.has(country), country);
      if (capital && capital !== 'Male' && capital !== 'Victoria') assert.ok(names.has(capital), capital);
    }
  });

  it('passes the schema user registries are validated against', async () => {
    const files: Record<string, string> = {
      '/g.yaml': 'registries: [world.yaml]\n',
      '/world.yaml': JSON.stringify(actors),
    };
    const { guide: g, problems } = await loadStyleGuide({ path: '/g.yaml', reader: { read: async (p) => files[p], resolve: (_a, b) => '/' + b } });
    assert.deepEqual(problems.slice(0, 3), []);
    assert.equal(g.actors.length, actors.length);
  });

  it('gives every spelling (name, alias, variant) to one actor only, case-insensitively', () => {
    const owner = new Map<string, string>();
    for (const a of actors) {
      for (const s of spellings(a)) {
        const k = s.toLowerCase();
        const other = owner.get(k);
        assert.ok(other === undefined || other === a.name, `${s}: ${other} and ${a.name}`);
        owner.set(k, a.name);
      }
    }
  });

  it('dates every office with years, start before end', () => {
    let dated = 0;
    for (const a of actors) {
      for (const o of a.offices ?? []) {
        dated++;
        assert.ok(o.title && isOfficeDate(o.from), `${a.name}: ${JSON.stringify(o)}`);
        if (o.to !== undefined) assert.ok(isOfficeDate(o.to) && o.to.slice(0, 4) >= o.from.slice(0, 4), `${a.name}: ${JSON.stringify(o)}`);
      }
    }
    assert.ok(dated >= 300, String(dated));
    for (const a of worldActors()) if (a.kind === 'person') assert.ok(a.offices?.length, a.name);
  });

  it('merges world data into the hand-written actors instead of duplicating them', () => {
    assert.equal(actors.filter((a) => a.name === 'Mohammad Javad Zarif').length, 1);
    const zarif = actors.find((a) => a.name === 'Mohammad Javad Zarif')!;
    assert.equal(zarif.second, 'Zarif');
    assert.ok(zarif.offices?.some((o) => o.title === 'Foreign Minister' && o.of === 'Iran'));
    const iran = actors.find((a) => a.name === 'Tehran')!;
    assert.deepEqual(iran.variants, ['Teheran']);
  });

  it('can be left out, keeping the hand-written starter', () => {
    const config = prepareConfig(guide);
    configureNames(config, { worldRegistry: false });
    assert.equal(findActor(namesIndex(config), 'Ouagadougou'), undefined);
    assert.ok(findActor(namesIndex(config), 'Baghdad'));
    assert.ok(findActor(namesIndex(prepareConfig(guide)), 'Ouagadougou'));
  });
});

describe('names: world registry precision', () => {
  const findings = (text: string) => {
    const r = new Analyzer(prepareConfig(guide)).analyze(text, { file: 'a.txt' });
    return r.diagnostics.filter((d) => d.rule.startsWith('names/')).map((d) => `${text.slice(d.start, d.end)} → ${d.fixes[0]?.title ?? ''}`);
  };

  it('corrects former names AP replaced', () => {
    assert.deepEqual(findings('Aid reached Burma and Swaziland. Officials in Kiev said so.'), [
      "Burma → Change to 'Myanmar'",
      "Swaziland → Change to 'Eswatini'",
      "Kiev → Change to 'Kyiv'",
    ]);
  });

  it('leaves ambiguous, accepted and ordinary names alone', () => {
    const text = [
      'Gov. Brian Kemp of Georgia spoke in Atlanta. Georgia voters lined up, and Jordan Smith said Chad would come.',
      'Macedonia, the Greek region, hosted talks; North Macedonia sent a delegate, as did Czechia and the Czech Republic.',
      'Turkey and Türkiye signed; Ivory Coast and Cabo Verde attended. Male voters in Granada and Grenada waited.',
      'Victoria Nuland met Sen. Mike Lee. Lee said the Moon landing was real. Song lyrics were quoted by Park rangers.',
    ].join('\n\n');
    assert.deepEqual(findings(text), []);
  });
});

describe('names: office at the article date', () => {
  const card = (text: string, date: string, at: string) => {
    const config = prepareConfig(guide);
    const result = new Analyzer(config).analyze(text, { file: 'a.txt', date });
    return (hoverCardAt(config, result, text.indexOf(at) + 1)?.markdown ?? '').replace(/\\(.)/g, '$1');
  };

  it('names the post a person held on the date', () => {
    const text = 'Foreign Minister Mohammad Javad Zarif spoke.';
    assert.match(card(text, '2020-01-10', 'Zarif'), /On 2020-01-10: Foreign Minister of Iran, 2013–2021/);
    assert.match(card(text, '2022-03-01', 'Zarif'), /On 2022-03-01: none of the posts/);
    assert.match(card('Boris Johnson spoke.', '2017-05-01', 'Johnson'), /On 2017-05-01: Foreign Secretary of Britain, 2016–2018/);
  });

  it('names who held a country\'s posts on the date', () => {
    const text = 'Iran said no.';
    const in2020 = card(text, '2020-01-10', 'Iran');
    assert.match(in2020, /President Hassan Rouhani/);
    assert.match(in2020, /Foreign Minister Mohammad Javad Zarif/);
    assert.doesNotMatch(in2020, /Raisi/);
    assert.match(card(text, '2022-01-10', 'Iran'), /President Ebrahim Raisi/);
    assert.match(card('The United States said no.', '2020-01-10', 'United'), /President Donald Trump; .*Secretary of State Mike Pompeo/);
  });

  it('says nothing dated without an article date, and flags open posts past the checked month', () => {
    const zarif = starterActors().find((a) => a.name === 'Mohammad Javad Zarif')!;
    assert.equal(datedOfficeLine(zarif, {}), null);
    const lammy = findActor(namesIndex(prepareConfig(guide)), 'David Lammy')!;
    assert.match(datedOfficeLine(lammy, { date: '2026-11-30' })!, /registry checked to 2025-06/);
    assert.doesNotMatch(datedOfficeLine(lammy, { date: '2024-12-01' })!, /checked/);
  });

  it('compares each end at the precision it is given in', () => {
    const o = { title: 'President', from: '2019-07', to: '2021' };
    assert.ok(!heldOn(o, '2019-06-30'));
    assert.ok(heldOn(o, '2019-07-01'));
    assert.ok(heldOn(o, '2021-12-31'));
    assert.ok(!heldOn(o, '2022-01-01'));
    assert.deepEqual(officesOn({ offices: [o, { title: 'x' }, null] }, '2020-01-01'), [o]);
  });
});

describe('names: world registry look-alikes', () => {
  const spelled = (text: string) => {
    const r = new Analyzer(prepareConfig(guide)).analyze(text, { file: 'a.txt' });
    return r.diagnostics.filter((d) => d.rule === 'names/house-spelling').map((d) => text.slice(d.start, d.end));
  };

  it('never takes an ordinary word or another name for a fixed spelling a vowel apart', () => {
    assert.deepEqual(spelled('Defense Secretary Grant Shapps spoke. Ships were moved. Vince Lombardi was cited by JD Vance.'), []);
    assert.deepEqual(spelled('Sudan and Tunisia talked. Sudden storms hit. Urban voters liked Viktor Orban.'), []);
    assert.deepEqual(spelled('ASEAN met in Jakarta. Asian leaders came.'), []);
    assert.deepEqual(spelled('Colombia met Columbia University staff. In Columbia, officials agreed.'), []);
  });

  it('still corrects transliterations of transliterated names', () => {
    assert.deepEqual(spelled('Prime Minister Mustafa al-Kadhimi spoke. Mustafa al-Kazemi left.'), ['Mustafa al-Kazemi']);
    assert.deepEqual(spelled('Foreign Minister Sergei Lavrov spoke.'), ['Sergei Lavrov']);
  });
});
