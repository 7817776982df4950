import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { loadStyleGuide, type StyleGuide } from '../../src/core/config/styleGuide';
import { prepareConfig, Analyzer, type PreparedConfig } from '../../src/core/analyze';
import { configureNames } from '../../src/core/names/registry';
import type { AnalysisResult } from '../../src/core/types';

const reader = { read: async () => undefined, resolve: (_a: string, b: string) => b };
let defaultGuide: StyleGuide;

before(async () => {
  defaultGuide = (await loadStyleGuide({ path: null, reader })).guide;
});

/** Analyse with the embedded registry (or none). */
function analyze(text: string, opts: { registry?: boolean; file?: string; config?: PreparedConfig } = {}): AnalysisResult {
  const config = opts.config ?? prepareConfig(defaultGuide);
  if (opts.registry === false) configureNames(config, { starterRegistry: false, newsroomRegistry: false });
  return new Analyzer(config).analyze(text, { file: opts.file ?? 'a.txt', date: '2020-01-10' });
}

const names = (r: AnalysisResult, rule: string) => r.diagnostics.filter((d) => d.rule === rule);
const flagged = (text: string, r: AnalysisResult, rule: string) => names(r, rule).map((d) => text.slice(d.start, d.end));

/** Apply a finding's preferred fix. */
function applyFix(text: string, d: { fixes: { edits: { start: number; end: number; newText: string }[]; preferred?: boolean }[] }): string {
  const fix = d.fixes.find((f) => f.preferred) ?? d.fixes[0];
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('names: house spelling on the sample article', () => {
  const text = readFileSync('samples/iraq-us-withdrawal.md', 'utf8');
  let r: AnalysisResult;
  before(() => {
    r = analyze(text, { file: 'samples/iraq-us-withdrawal.md' });
  });

  it('flags the five AP spellings with fixes to the house spelling', () => {
    const found = names(r, 'names/house-spelling').map((d) => [text.slice(d.start, d.end), applyFix(text, d).slice(d.start, d.end + 4)]);
    assert.deepEqual(
      found.map((f) => f[0]),
      ['Abu Mahdi Al Muhandis', 'Kataeb Hizbollah', 'Hizbollah Brigades', 'Ali Al Sistani', 'Kerbala'],
    );
    const fixed = names(r, 'names/house-spelling').map((d) => applyFix(text, d));
    assert.ok(fixed[0].includes('Abu Mahdi al-Muhandis last Friday'));
    assert.ok(fixed[1].includes('group Kataib Hezbollah, or Hizbollah Brigades'));
    assert.ok(fixed[2].includes('or Hezbollah Brigades, caused'));
    assert.ok(fixed[3].includes('Grand Ayatollah Ali al-Sistani said'));
    assert.ok(fixed[4].includes('holy city of Karbala, Ayatollah'));
  });

  it('raises nothing else on names', () => {
    assert.equal(names(r, 'names/inconsistent').length, 0);
    assert.equal(r.diagnostics.filter((d) => d.rule.startsWith('names/')).length, 5);
  });

  it('lists known entities with their mentions', () => {
    const byName = new Map(r.entities.map((e) => [e.name, e]));
    for (const n of ['Mike Pompeo', 'Adel Abdul-Mahdi', 'Mark Milley', 'Mark Esper', 'Morgan Ortagus', 'Qassem Soleimani', 'Donald Trump', 'Tehran', 'Washington', 'Brussels', 'Kirkuk', 'Iraq', 'Iran', 'Karbala', 'Kataib Hezbollah', 'Ali al-Sistani']) {
      assert.ok(byName.get(n)?.known, n);
    }
    assert.equal(byName.get('Mike Pompeo')!.kind, 'person');
    assert.deepEqual(byName.get('Mike Pompeo')!.mentions.map((m) => m.text), ['Mike Pompeo', 'Pompeo', 'Pompeo', 'Pompeo']);
    assert.deepEqual(byName.get('Ali al-Sistani')!.mentions.map((m) => m.text), ['Ali Al Sistani', 'Sistani']);
    assert.deepEqual(byName.get('Kataib Hezbollah')!.mentions.map((m) => m.text), ['Kataeb Hizbollah', 'Hizbollah Brigades']);
    for (const e of r.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
});

describe('names: house spelling', () => {
  it('keeps possessives and the rest of the text', () => {
    const text = 'Pilgrims crowded Kerbala’s shrines. Kataeb Hizbollah’s fighters left.';
    const r = analyze(text);
    const ds = names(r, 'names/house-spelling');
    assert.deepEqual(ds.map((d) => text.slice(d.start, d.end)), ['Kerbala', 'Kataeb Hizbollah']);
    assert.equal(applyFix(text, ds[0]), 'Pilgrims crowded Karbala’s shrines. Kataeb Hizbollah’s fighters left.');
    assert.equal(applyFix(text, ds[1]), 'Pilgrims crowded Kerbala’s shrines. Kataib Hezbollah’s fighters left.');
    assert.ok(ds.every((d) => d.severity === 'warning' && d.fixes[0].preferred));
  });

  it('corrects unlisted transliterations of a registry name', () => {
    const text = 'Gen. Qasim Sulaymani was killed in Baghdad. Kata’ib Hizbullah blamed Washington.';
    const r = analyze(text);
    const ds = names(r, 'names/house-spelling');
    assert.deepEqual(ds.map((d) => text.slice(d.start, d.end)), ['Qasim Sulaymani', 'Kata’ib Hizbullah']);
    assert.equal(applyFix(text, ds[0]).slice(5, 21), 'Qassem Soleimani');
  });

  it('capitalises al- when the name starts a sentence', () => {
    const text = 'Al Sistani spoke. Ali al-Sistani is the top cleric.';
    const r = analyze(text);
    const ds = names(r, 'names/house-spelling');
    assert.equal(ds.length, 1);
    assert.equal(applyFix(text, ds[0]), 'Al-Sistani spoke. Ali al-Sistani is the top cleric.');
  });

  it('accepts second references and aliases, and al- starting a sentence', () => {
    const text = 'Ali al-Sistani spoke. Al-Sistani, or Sistani, is old. The Hezbollah Brigades, or Kataib Hezbollah, fired. Javad Zarif met Zarif.';
    assert.equal(names(analyze(text), 'names/house-spelling').length, 0);
  });

  it('checks a surname transliteration only when the article names the actor', () => {
    assert.equal(names(analyze('Singer Miley spoke.'), 'names/house-spelling').length, 0);
    const text = 'Gen. Mark Milley spoke. Later Miley added more.';
    const ds = names(analyze(text), 'names/house-spelling');
    assert.deepEqual(ds.map((d) => text.slice(d.start, d.end)), ['Miley']);
  });

  it('lets the newsroom registry override the starter one by name', async () => {
    const files: Record<string, string> = {
      '/n/.copydesk.yaml': 'actors:\n  - name: Karbala\n    kind: place\n    variants: [Kerbela]\n  - name: Jane Roe\n    kind: person\n    variants: [Jayne Roe]\n',
    };
    const fileReader = { read: async (p: string) => files[p], resolve: (_a: string, b: string) => '/n/' + b };
    const { guide, problems } = await loadStyleGuide({ path: '/n/.copydesk.yaml', reader: fileReader });
    assert.deepEqual(problems, []);
    const text = 'Jayne Roe went to Kerbela. Jane Roe left Kerbala.';
    const r = analyze(text, { config: prepareConfig(guide) });
    // The starter's Kerbala variant is gone with the overridden entry, but it is still a transliteration.
    assert.deepEqual(flagged(text, r, 'names/house-spelling'), ['Jayne Roe', 'Kerbela', 'Kerbala']);
    assert.ok(r.entities.find((e) => e.name === 'Jane Roe')?.known);
  });
});

describe('names: inconsistent spellings without a registry', () => {
  const cases: [string, string, string][] = [
    ['al-/Al', 'Jamal al-Karbouli said so. Jamal al-Karbouli left. Jamal Al Karbouli returned.', 'Jamal Al Karbouli'],
    ['el-/al-', 'Mohamed el-Baradei spoke. Mohamed el-Baradei left. Mohamed al-Baradei returned.', 'Mohamed al-Baradei'],
    ['hyphen/space', 'Adnan Abdul-Jabbar spoke. Adnan Abdul-Jabbar left. Adnan Abdul Jabbar returned.', 'Adnan Abdul Jabbar'],
    ['doubled letters', 'Gen. Qassem Haidari spoke. Gen. Qassem Haidari left. Gen. Qasem Haidari returned.', 'Qasem Haidari'],
    ['ou/u', 'Nouri Jawadi spoke. Then Nouri Jawadi left. Then Nuri Jawadi returned.', 'Nuri Jawadi'],
    ['vowel change', 'Pilgrims reached Kerbala on Monday. In Kerbala, crowds grew. Police in Karbala said.', 'Karbala'],
    ['q/k/gh', 'Gen. Qasim Tahiri spoke. Gen. Qasim Tahiri left. Gen. Ghasim Tahiri returned. Gen. Kasim Tahiri too.', 'Ghasim Tahiri|Kasim Tahiri'],
    ['diacritics', 'Minister Mevlüt Çavuşoğlu spoke. Later Mevlüt Çavuşoğlu left. Mevlut Cavusoglu returned.', 'Mevlut Cavusoglu'],
    ['y/i', 'Adviser Mykhailo Podolyak spoke. Then Mykhailo Podolyak left. Then Mykhailo Podoliak returned.', 'Mykhailo Podoliak'],
    ['apostrophes', "Militia Kata'ib Sayyid spoke. The Kata'ib Sayyid left. The Kataib Sayyid returned.", 'Kataib Sayyid'],
    ['several vowels', 'Fighters of Kataeb Hizbollah fired. Kataeb Hizbollah denied it. A Kataib Hezbollah leader spoke.', 'Kataib Hezbollah'],
    ['surname second reference', 'Gen. Mark Milley spoke. Milley left. Then Miley returned.', 'Miley'],
  ];
  for (const [label, text, expected] of cases) {
    it(`flags ${label}`, () => {
      const r = analyze(text, { registry: false });
      assert.deepEqual(flagged(text, r, 'names/inconsistent'), expected.split('|'), label);
      assert.equal(names(r, 'names/house-spelling').length, 0);
    });
  }

  it('fixes the minority spelling to the majority one', () => {
    const text = 'Nouri Jawadi spoke. Then Nouri Jawadi left. Then Nuri Jawadi’s aide returned.';
    const [d] = names(analyze(text, { registry: false }), 'names/inconsistent');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /Nouri Jawadi/);
    assert.equal(applyFix(text, d), 'Nouri Jawadi spoke. Then Nouri Jawadi left. Then Nouri Jawadi’s aide returned.');
  });

  it('flags the later spelling on a tie', () => {
    const text = 'Gen. Qassem Haidari spoke. Gen. Qasem Haidari left.';
    assert.deepEqual(flagged(text, analyze(text, { registry: false }), 'names/inconsistent'), ['Qasem Haidari']);
  });

  const distinct: [string, string][] = [
    ['Iran/Iraq', 'Iran fired missiles. Iraq protested. Iran denied it. Iraq said.'],
    ['Austria/Australia', 'Austria won. Australia lost. Officials in Austria and Australia met.'],
    ['Niger/Nigeria', 'Troops left Niger. Nigeria sent aid. In Niger and Nigeria, rains came.'],
    ['Khamenei/Larijani', 'Ayatollah Ali Khamenei spoke. Speaker Ali Larijani agreed. Ali Khamenei left.'],
    ['Milley/Esper', 'Gen. Mark Milley spoke. Secretary Mark Esper agreed. Mark Milley left.'],
    ['second reference', 'Secretary of State Mike Pompeo spoke. Pompeo left. Mike Pompeo returned.'],
    ['Western names', 'Scott Walker spoke. Moderator Kristen Welker asked. Walker answered Welker.'],
    ['Maria/Mario', 'Maria Lopez spoke. Mario Lopez answered. Maria Lopez left.'],
    ['sentence-initial capitals', 'Jamal al-Karbouli spoke. Al-Karbouli left. Then al-Karbouli returned.'],
    ['Bush/Bash', 'Jeb Bush spoke to Dana Bash. Bush left. Bash stayed.'],
  ];
  for (const [label, text] of distinct) {
    it(`never merges ${label}`, () => {
      const r = analyze(text, { registry: false });
      assert.deepEqual(flagged(text, r, 'names/inconsistent'), [], label);
    });
  }

  it('never merges pairs listed in names.distinct', () => {
    const text = 'Gen. Qassem Haidari spoke. Gen. Qassem Haidari left. Gen. Qasem Haidari returned.';
    const guide: StyleGuide = { ...defaultGuide, names: { ...defaultGuide.names, distinct: [['Qassem Haidari', 'Qasem Haidari']] } };
    const config = prepareConfig(guide);
    assert.deepEqual(flagged(text, analyze(text, { registry: false, config }), 'names/inconsistent'), []);
  });

  it('reports unknown names as entities with a kind guess', () => {
    const text = 'Gen. Qasem Haidari met officials of the Ministry of Oil in Kirkuk. Haidari left. Zorba Yuvanoff was there.';
    const r = analyze(text, { registry: false });
    const byName = new Map(r.entities.map((e) => [e.name, e]));
    assert.equal(byName.get('Qasem Haidari')?.kind, 'person');
    assert.deepEqual(byName.get('Qasem Haidari')?.mentions.map((m) => m.text), ['Qasem Haidari', 'Haidari']);
    assert.equal(byName.get('Ministry of Oil')?.kind, 'organization');
    assert.equal(byName.get('Kirkuk')?.kind, 'place');
    assert.equal(byName.get('Zorba Yuvanoff')?.kind, 'other');
    assert.ok(r.entities.every((e) => !e.known));
  });

  it('skips sentence-initial words, months, weekdays and titles', () => {
    const text = 'However, on Friday in January the Secretary spoke. Meanwhile Tuesday came.';
    assert.deepEqual(analyze(text, { registry: false }).entities, []);
  });
});

describe('names: robustness', () => {
  const inputs = [
    '',
    '\uD800 Kerbala \uDC00 Kata\u0301eb Hizbollah 😀 Kerbala’s',
    'بغداد Baghdad Kerbala\r\nKarbala\r\n',
    'A-'.repeat(20000),
    "A'".repeat(20000),
    'U.S.'.repeat(10000),
    'Aaaa Bbbb '.repeat(5000),
    'al- Al- el-- -al Al\u00A0Sistani ʿAli al-ʾSistani',
    '“Kerbala,” said Kerbala. ‘Karbala’ (Kerbela) — Karbala!',
  ];
  for (const text of inputs) {
    it(`never throws and keeps ranges inside: ${JSON.stringify(text.slice(0, 24))}`, () => {
      for (const registry of [true, false]) {
        const r = analyze(text, { registry });
        for (const d of r.diagnostics) {
          assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end);
          for (const f of d.fixes) for (const e of f.edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
        }
        for (const e of r.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      }
    });
  }
});
