import { strict as assert } from 'assert';
import { loadStyleGuide, type StyleGuide } from '../../src/core/config/styleGuide';
import { prepareConfig, Analyzer, type PreparedConfig } from '../../src/core/analyze';
import { configureNames } from '../../src/core/names/registry';
import { KNOWN_DISTINCT } from '../../src/core/names/distinctPairs';
import { classVariant, nameTokens, oneEditApart } from '../../src/core/names/nameVariants';
import { speakerCandidates, speakerReference } from '../../src/core/quotes/insertAttribution';
import type { AnalysisResult, Diagnostic } from '../../src/core/types';

const reader = { read: async () => undefined, resolve: (_a: string, b: string) => b };
let defaultGuide: StyleGuide;

before(async () => {
  defaultGuide = (await loadStyleGuide({ path: null, reader })).guide;
});

function analyze(text: string, opts: { registry?: boolean; guide?: StyleGuide } = {}): AnalysisResult {
  const config: PreparedConfig = prepareConfig(opts.guide ?? defaultGuide);
  if (opts.registry === false) configureNames(config, { starterRegistry: false, newsroomRegistry: false });
  return new Analyzer(config).analyze(text, { file: 'a.txt', date: '2020-01-10' });
}

const rule = (r: AnalysisResult, id: string) => r.diagnostics.filter((d) => d.rule === id);
const flagged = (text: string, r: AnalysisResult, id: string) => rule(r, id).map((d) => text.slice(d.start, d.end));

function applyFix(text: string, d: Diagnostic, which = 0): string {
  const fix = which === 0 ? d.fixes.find((f) => f.preferred) ?? d.fixes[0] : d.fixes[which];
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const word = (s: string) => nameTokens(s)[0];

describe('names: typing slips (names/inconsistent)', () => {
  const cases: [string, string, string][] = [
    ['a dropped letter, surname alone after the full name', 'Karen Whitfield opened the meeting on Tuesday. Later, Mayor Whitfeld said the vote stood.', 'Whitfeld'],
    ['two neighbours swapped, surname alone', 'Mayor Chidi Okonkwo spoke at the hall. Okonkow said the cost was shared.', 'Okonkow'],
    ['a changed letter, same first name', 'Maria Gonzalez spoke first. Maria Gonzalez spoke again. Then Maria Gonzales left.', 'Maria Gonzales'],
    ['an added letter, same title', 'Mayor Brandwell spoke on Monday. Mayor Brandwell left early. Mayor Brandwelll returned.', 'Brandwelll'],
  ];
  for (const [label, text, expected] of cases) {
    it(`flags ${label}, with a fix to the other spelling`, () => {
      const r = analyze(text, { registry: false });
      assert.deepEqual(flagged(text, r, 'names/inconsistent'), [expected], label);
      const [d] = rule(r, 'names/inconsistent');
      const fixed = applyFix(text, d);
      assert.deepEqual(flagged(fixed, analyze(fixed, { registry: false }), 'names/inconsistent'), [], 'fixed text is clean');
    });
  }

  it('folds a doubled letter into the same name', () => {
    const text = 'Karen Whitfield opened the meeting. Whitfield spoke. Then Whittfield left.';
    assert.deepEqual(flagged(text, analyze(text, { registry: false }), 'names/inconsistent'), ['Whittfield']);
  });

  it('reads one slip apart letter by letter', () => {
    assert.ok(oneEditApart('whitfield', 'whitfeld'));
    assert.ok(oneEditApart('okonkwo', 'okonkow'));
    assert.ok(oneEditApart('gonzalez', 'gonzales'));
    assert.ok(!oneEditApart('gonzalez', 'gonzalos'));
    assert.ok(!oneEditApart('whitfield', 'whitfield'));
  });

  const guards: [string, string][] = [
    ['a different first name keeps two people apart', 'Maria Gonzalez spoke. Luis Gonzales answered. Gonzales said taxes were high. Gonzalez agreed.'],
    ['two bare spellings with nothing to tie them', 'Whitfield spoke on Monday. Officials met. Whitfeld spoke on Tuesday.'],
    ['different titles', 'Mayor Brandwell spoke on Monday. Judge Brandwelt answered.'],
    ['a plural', 'Karen Whitfield spoke. The Whitfields left early.'],
    ['a different first letter (Maine/Kaine)', 'Tim Kaine spoke in Ohio. Officials in Wisconsin and Maine voted.'],
    ['two common names (Allen/Allan)', 'Mayor Allen spoke on Monday. Mayor Allan answered.'],
    ['a listed pair with the same first name', 'Karen Johnson spoke. Karen Johnston answered. Karen Johnson left.'],
    ['short names', 'Mayor Lee spoke. Mayor Leo answered.'],
    ['places', 'Officials in Niger spoke. Officials in Nigeria answered. Niger said.'],
  ];
  for (const [label, text] of guards) {
    it(`leaves alone ${label}`, () => {
      assert.deepEqual(flagged(text, analyze(text, { registry: false }), 'names/inconsistent'), [], label);
    });
  }

  it('treats the two spellings as one person for Insert attribution and the entities', () => {
    const text = 'Karen Whitfield opened the meeting on Tuesday.\n\nLater, Mayor Whitfeld said the vote stood.\n\n“We are done,” the statement read.';
    const r = analyze(text, { registry: false });
    const people = r.entities.filter((e) => /Whitf/.test(e.name));
    assert.equal(people.length, 1);
    assert.equal(people[0].name, 'Karen Whitfield');
    assert.deepEqual(people[0].mentions.map((m) => m.text), ['Karen Whitfield', 'Whitfeld']);
    const names = speakerCandidates(r, text.indexOf('“'), text).map((c) => c.name);
    assert.ok(names.includes('Karen Whitfield'));
    assert.ok(!names.some((n) => n.includes('Whitfeld')), names.join(', '));
    assert.equal(speakerReference(text, r, text.indexOf('“'), 'Karen Whitfield'), 'Whitfield');
  });
});

describe('names: known-distinct pairs', () => {
  it('lists at least 50 pairs', () => {
    assert.ok(KNOWN_DISTINCT.length >= 50, String(KNOWN_DISTINCT.length));
  });

  it('never merges any of them, even with a shared title or first name', () => {
    for (const [a, b] of KNOWN_DISTINCT) {
      const texts = [
        `${a} was named on Monday. Officials then met. ${b} was named on Tuesday. Later ${a} was named again.`,
        `Mayor ${a} spoke on Monday. Mayor ${b} answered on Tuesday. Mayor ${a} left.`,
        `Karen ${a} spoke on Monday. Karen ${b} answered on Tuesday. Karen ${a} left.`,
      ];
      for (const text of texts) {
        const r = analyze(text, { registry: false });
        assert.deepEqual(flagged(text, r, 'names/inconsistent'), [], `${a}/${b}: ${text}`);
      }
    }
  });
});

describe('names: consonant classes in transliterations', () => {
  const pairs: [string, string, string][] = [
    ['q/k/g/c with dh/d and doubled letters', 'Qaddafi', 'Gadhafi'],
    ['ph/f', 'Mustapha', 'Mustafa'],
    ['kh/h', 'Khorasani', 'Horasani'],
    ['j/dj', 'Djibril', 'Jibril'],
    ['j/dzh with vowel changes', 'Dzhokhar', 'Jokhar'],
    ['w/v', 'Iwanowa', 'Ivanova'],
    ['y/j', 'Yusufi', 'Jusufi'],
    ['th/d with a vowel change', 'Kathimi', 'Kadhemi'],
  ];
  for (const [label, a, b] of pairs) {
    it(`matches ${label} (${a}/${b})`, () => assert.ok(classVariant(word(a), word(b)), `${a}/${b}`));
  }

  it('flags a consonant-class variant in an article', () => {
    const text = 'Libyan leader Moammar Gadhafi ruled for decades. Moammar Gadhafi fell in 2011. Later Moammar Qaddafi was buried.';
    assert.deepEqual(flagged(text, analyze(text, { registry: false }), 'names/inconsistent'), ['Moammar Qaddafi']);
  });

  const apart: [string, string][] = [
    ['English words (Borders/Birthers)', 'Borders/Birthers'],
    ['English names (Kasper/Casper)', 'Kasper/Casper'],
    ['Broward/Brevard', 'Broward/Brevard'],
    ['blocked Western names (Catherine/Katherine)', 'Catherine/Katherine'],
    ['a different last letter', 'Gadhafi/Qaddafa'],
    ['too many changes', 'Kathimi/Gadhemu'],
  ];
  for (const [label, pair] of apart) {
    it(`keeps apart ${label}`, () => {
      const [a, b] = pair.split('/');
      const blocked = new Set([word('Catherine'), word('Katherine')]);
      assert.ok(!classVariant(word(a), word(b), blocked), pair);
    });
  }

  it('keeps two spellings the article writes in one sentence on purpose', () => {
    const text = 'The town is known as Horgos to the Chinese and Khorgos to the Kazakhs. Traders reach Horgos daily. Horgos grew. Khorgos is busy.';
    assert.deepEqual(flagged(text, analyze(text, { registry: false }), 'names/inconsistent'), []);
  });

  it('never merges Philippines and Filipinos', () => {
    const text = 'Officials in the Philippines spoke. The Philippines voted. Many Filipinos left.';
    assert.deepEqual(flagged(text, analyze(text, { registry: false }), 'names/inconsistent'), []);
  });
});

describe('names: AP reference rules', () => {
  const lead = 'Talks Resume in Baghdad\n\n';

  it('first-reference: a known person first named by surname alone, fixed to the full name (title kept)', () => {
    const text = lead + 'Pompeo arrived in Baghdad on Monday for talks with Iraqi officials about the future of the U.S. troops based in the country since 2014.\n\nMike Pompeo left on Tuesday.';
    const r = analyze(text);
    const [d] = rule(r, 'names/first-reference');
    assert.equal(text.slice(d.start, d.end), 'Pompeo');
    assert.equal(d.severity, 'warning');
    assert.match(applyFix(text, d), /\n\nMike Pompeo arrived/);
    assert.match(applyFix(text, d, 1), /\n\nSecretary of State Mike Pompeo arrived/);
    const titled = lead + 'The talks began when President Trump called on Monday, officials said.';
    const [t] = rule(analyze(titled), 'names/first-reference');
    assert.equal(applyFix(titled, t).includes('President Donald Trump called'), true);
    assert.equal(t.fixes.length, 1);
  });

  const quiet: [string, string][] = [
    ['a full first reference', 'Secretary of State Mike Pompeo arrived on Monday. Pompeo left on Tuesday.'],
    ['a middle initial', 'Donald J. Trump spoke on Monday. Trump left.'],
    ['a quotation', '“Pompeo is welcome,” an official said on Monday. Mike Pompeo came.'],
    ['a relative of the same surname', 'Melania Trump spoke on Monday. Trump left early.'],
    ['a surname used as an adjective', 'The Trump campaign said on Monday that it would appeal.'],
    ['an unknown person', 'Whitfield spoke on Monday at the council.'],
  ];
  for (const [label, body] of quiet) {
    it(`first-reference: quiet on ${label}`, () => {
      assert.deepEqual(flagged(lead + body, analyze(lead + body), 'names/first-reference'), [], label);
    });
  }

  it('first-reference: quiet in the headline', () => {
    const text = 'Pompeo Lands in Baghdad\n\nSecretary of State Mike Pompeo landed on Monday.\n\nHe met officials.';
    assert.deepEqual(flagged(text, analyze(text), 'names/first-reference'), []);
  });

  it('courtesy-title: AP drops Mr./Ms. outside quotations', () => {
    const text = lead + 'Karen Whitfield spoke at the council meeting on Monday evening. Ms. Whitfield said the vote on the budget for the coming year would stand.\n\n“Mr. Smith is wrong,” she said.\n\nThe council meets again next week.';
    const r = analyze(text);
    const ds = rule(r, 'names/courtesy-title');
    assert.deepEqual(ds.map((d) => text.slice(d.start, d.end)), ['Ms.']);
    assert.equal(ds[0].severity, 'info');
    assert.match(applyFix(text, ds[0]), /evening\. Whitfield said/);
  });

  it('courtesy-title: with courtesyTitles true, a bare surname on second reference is flagged instead', () => {
    const guide = { ...defaultGuide, names: { ...defaultGuide.names, courtesyTitles: true } };
    const text = lead + 'Karen Whitfield spoke on Monday. Ms. Whitfield said the vote stood. Later Whitfield left the hall.';
    const r = analyze(text, { registry: false, guide });
    const ds = rule(r, 'names/courtesy-title');
    assert.deepEqual(ds.map((d) => [text.slice(0, d.start).length, text.slice(d.start, d.end)]), [[text.lastIndexOf('Whitfield'), 'Whitfield']]);
    assert.match(applyFix(text, ds[0], 1), /Later Ms\. Whitfield left/);
  });

  it('title-case: capital right before a name, lower case elsewhere', () => {
    const text = lead + 'Former secretary of state Colin Powell spoke on Monday. Pompeo, the Secretary of State, answered. Officials told the President on Tuesday.';
    const r = analyze(text);
    const ds = rule(r, 'names/title-case');
    assert.deepEqual(ds.map((d) => text.slice(d.start, d.end)), ['secretary of state', 'Secretary of State', 'President']);
    assert.deepEqual(ds.map((d) => applyFix(text, d).slice(d.start, d.end)), ['Secretary of State', 'secretary of state', 'president']);
  });

  const titleQuiet: [string, string][] = [
    ['a job description after an organisation', 'Judicial Watch president Tom Fitton said so on Monday.'],
    ['a title that starts a sentence', 'President of the club for years, she left on Monday.'],
    ['a capital before a name', 'Secretary of State Mike Pompeo and President Donald Trump spoke on Monday.'],
    ['a descriptive adjective', 'The newly elected Muslim mayor Sadiq Khan spoke on Monday.'],
    ['an office name', 'Records of the Office of the Secretary of State were kept on Monday.'],
  ];
  for (const [label, body] of titleQuiet) {
    it(`title-case: quiet on ${label}`, () => {
      assert.deepEqual(flagged(lead + body, analyze(lead + body), 'names/title-case'), [], label);
    });
  }

  it('each rule can be turned off in the guide', () => {
    const guide = { ...defaultGuide, severities: { ...defaultGuide.severities, 'names/first-reference': 'off', 'names/courtesy-title': 'off', 'names/title-case': 'off' } } as StyleGuide;
    const text = lead + 'Pompeo arrived on Monday. Mr. Pompeo met the President.';
    const r = analyze(text, { guide });
    assert.equal(r.diagnostics.filter((d) => /names\/(first-reference|courtesy-title|title-case)/.test(d.rule)).length, 0);
    assert.ok(analyze(text).diagnostics.some((d) => d.rule === 'names/first-reference'));
  });
});

describe('names: first reference in wire layouts', () => {
  const cases: [string, string][] = [
    ['a full name first written inside a quote', 'Talks Resume\n\n“Mike Pompeo is welcome,” an official said on Monday as the talks about the troops opened in the capital of the country.\n\nPompeo arrived on Tuesday.'],
    ['a subhead label', 'Talks Resume\n\nOfficials met on Monday.\n\nPompeo: A LONG TRIP\n\nMike Pompeo arrived on Tuesday.'],
    ['an inverted name', 'Talks Resume\n\nOfficials met on Monday (see Pompeo, Mike) and left.'],
    ['an interview transcript', 'Talks Resume\n\nQ: What did you see?\n\nA: I saw the new Pompeo plan on Monday.'],
    ['a headline with a deck', 'Talks resume;\nPompeo lands in Baghdad.\n\nSecretary of State Mike Pompeo landed on Monday.\n\nHe met officials.'],
    ['a deck line under the headline', 'Talks Resume\n\nPompeo vows to stay the course.\n\nSecretary of State Mike Pompeo landed in Baghdad on Monday for talks with officials about the troops.'],
  ];
  for (const [label, text] of cases) {
    it(`is quiet on ${label}`, () => {
      const config = prepareConfig(defaultGuide);
      const r = new Analyzer(config).analyze(text, { file: 'a.txt', date: '2020-01-10' });
      assert.deepEqual(r.diagnostics.filter((d) => d.rule === 'names/first-reference').map((d) => text.slice(d.start, d.end)), [], label);
    });
  }
});

describe('names: title-case around a parenthesis', () => {
  // A short line right under a headline reads as its deck: the first-reference rule leaves it alone.
  it('reads a title with a parenthetical before the name as before the name', () => {
    const text = 'Talks Resume\n\nHe advised Vice President (then-Senator) Joseph R. Biden on Monday.';
    const r = new Analyzer(prepareConfig(defaultGuide)).analyze(text, { file: 'a.txt', date: '2020-01-10' });
    assert.deepEqual(r.diagnostics.filter((d) => d.rule === 'names/title-case').map((d) => text.slice(d.start, d.end)), []);
  });
});
