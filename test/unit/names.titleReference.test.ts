import { strict as assert } from 'assert';
import { loadStyleGuide, type StyleGuide } from '../../src/core/config/styleGuide';
import { prepareConfig, Analyzer } from '../../src/core/analyze';
import { capitaliseTitle, officeKey } from '../../src/core/names/titleReference';
import type { AnalysisResult, Diagnostic } from '../../src/core/types';

const reader = { read: async () => undefined, resolve: (_a: string, b: string) => b };
let guide: StyleGuide;
before(async () => {
  guide = (await loadStyleGuide({ path: null, reader })).guide;
});

const analyze = (text: string, date: string | null = '2020-01-10'): AnalysisResult => new Analyzer(prepareConfig(guide)).analyze(text, { file: 'a.txt', date });
const first = (r: AnalysisResult) => r.diagnostics.filter((d) => d.rule === 'names/first-reference');
const spans = (text: string, date: string | null = '2020-01-10') => first(analyze(text, date)).map((d) => text.slice(d.start, d.end));
const fixed = (text: string, d: Diagnostic) => d.fixes[0].edits.reduceRight((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
const lead = 'Talks Resume in Baghdad\n\n';
// A long first paragraph: a short line under the headline would read as its deck.
const more = ' The talks, the first in months, were held at the government palace in the center of the capital.';

describe('names: first reference by title alone', () => {
  it('the secretary of state before the story names Mike Pompeo: fixed to title and full name', () => {
    const text = lead + 'The secretary of state said on Monday that the talks would resume in the spring.' + more + '\n\n' + 'Mike Pompeo left Baghdad on Tuesday. Pompeo said little.';
    const [d, ...rest] = first(analyze(text));
    assert.equal(rest.length, 0, 'the later surname is no second finding');
    assert.equal(text.slice(d.start, d.end), 'The secretary of state');
    assert.equal(d.severity, 'warning');
    assert.match(fixed(text, d), /\n\nSecretary of State Mike Pompeo said on Monday/);
  });

  it('a capitalised title without a name, and a surname-only later mention', () => {
    const text = lead + 'Secretary of State said on Monday that the talks would resume.' + more + '\n\n' + 'Pompeo left on Tuesday.';
    const [d, ...rest] = first(analyze(text));
    assert.equal(rest.length, 0);
    assert.match(fixed(text, d), /^Talks Resume in Baghdad\n\nSecretary of State Mike Pompeo said/);
  });

  it('a country qualifier keeps its word and picks the office-holder of that country on the article date', () => {
    const text = lead + 'Officials met Iran’s foreign minister on Monday in Tehran for talks.' + more + '\n\n' + 'Mohammad Javad Zarif said the talks went well.';
    const [d] = first(analyze(text));
    assert.equal(text.slice(d.start, d.end), 'Iran’s foreign minister');
    assert.match(fixed(text, d), /met Iran’s Foreign Minister Mohammad Javad Zarif on Monday/);
    const dem = lead + 'The talks began when the Iranian foreign minister arrived on Monday.' + more + '\n\n' + 'Mohammad Javad Zarif said they went well.';
    assert.match(fixed(dem, first(analyze(dem))[0]), /when Iranian Foreign Minister Mohammad Javad Zarif arrived/);
  });

  it('the office at the article date: a title the person did not hold then is quiet', () => {
    const text = lead + 'The secretary of state said on Monday that the talks would resume.' + more + '\n\n' + 'Mike Pompeo, then a congressman, spoke later.';
    assert.deepEqual(spans(text, '2016-05-02'), []);
    assert.deepEqual(spans(text, '2020-01-10'), ['The secretary of state']);
  });

  const quiet: [string, string][] = [
    ['two presidents named', 'The president said on Monday that he would call. Donald Trump spoke to Barack Obama later.'],
    ['an unqualified foreign title', 'The foreign minister said on Monday that talks would resume. Mohammad Javad Zarif left.'],
    ['a vague title', 'The minister said on Monday that officials would meet. Mike Pompeo left.'],
    ['a former office-holder', 'The former secretary of state spoke on Monday. Mike Pompeo left.'],
    ['an appositive name', 'The secretary of state, Mike Pompeo, spoke on Monday. Pompeo left.'],
    ['the title before the name', 'Secretary of State Mike Pompeo spoke on Monday. The secretary of state left.'],
    ['a deputy', 'The deputy secretary of state spoke on Monday. Mike Pompeo left.'],
    ['another country', 'The French president spoke on Monday. Donald Trump left.'],
    ['someone else so titled', 'President Mauricio Macri spoke on Monday while the president waited. Donald Trump left.'],
    ['a quotation', '“The secretary of state will come,” an aide said on Monday. Mike Pompeo came.'],
    ['a title of something else', 'The president of the council spoke on Monday. Donald Trump left.'],
  ];
  for (const [label, body] of quiet) {
    it(`quiet on ${label}`, () => assert.deepEqual(spans(lead + body + more).filter((s) => !/^[A-Z][a-z]+$/.test(s)), [], label));
  }

  it('without an article date: a dated office is not assumed, an undated registry title is', () => {
    const text = lead + 'The secretary of state said on Monday that the talks would resume.' + more + '\n\nMike Pompeo left.';
    assert.deepEqual(spans(text, null), []);
    const speaker = lead + 'The House speaker said on Monday that the vote would be held.' + more + '\n\nNancy Pelosi left.';
    assert.deepEqual(spans(speaker, null), ['The House speaker']);
  });

  it('the surname rule: with no registry title, the fix offers the office held at the article date', () => {
    const text = lead + 'Tillerson arrived in Baghdad on Monday for talks with Iraqi officials.' + more + '\n\nRex Tillerson left on Tuesday.';
    const [d] = first(analyze(text, '2017-06-01'));
    assert.equal(text.slice(d.start, d.end), 'Tillerson');
    assert.ok(d.fixes.some((f) => f.edits[0].newText === 'Secretary of State Rex Tillerson'), JSON.stringify(d.fixes));
  });

  it('keys and AP capitals', () => {
    assert.equal(officeKey('Secretary of Defense'), 'defense secretary');
    assert.equal(officeKey('Acting Defence Secretary'), 'defense secretary');
    assert.equal(capitaliseTitle('secretary of state'), 'Secretary of State');
    assert.equal(capitaliseTitle('u.n. secretary-general'), 'U.N. Secretary-General');
  });
});
