// Speaker grammar: the subject of an act of saying, whatever noun phrase fills the slot (invented articles).
import { strict as assert } from 'assert';
import { loadStyleGuide, type StyleGuide } from '../../src/core/config/styleGuide';
import { prepareConfig, Analyzer } from '../../src/core/analyze';
import type { AnalysisResult } from '../../src/core/types';

let guide: StyleGuide;
before(async () => {
  const reader = { read: async () => undefined, resolve: (_a: string, b: string) => b };
  guide = (await loadStyleGuide({ path: null, reader })).guide;
});

function analyze(text: string): AnalysisResult {
  return new Analyzer(prepareConfig(guide)).analyze(text, { file: 'a.md', date: '2020-01-10' });
}
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker?.text ?? null);

describe('quotes: the subject slot of a verb of saying', () => {
  it('takes a document phrase between the quote and its verb ("the unsigned opinion said")', () => {
    const text = 'The appeal went back to the lower court.\n\n"The court expresses no view on the merits" of the dispute, the unsigned opinion said.';
    assert.deepEqual(speakers(text), ['the unsigned opinion']);
  });

  it('takes a long subject with an appositive and no closing comma', () => {
    const text = '"Turnout will decide it," Ada Brennick, the pollster who founded pollwatch.org tweeted on Friday.';
    const q = analyze(text).quotes[0];
    assert.match(q.speaker?.text ?? '', /^Ada Brennick, the pollster/);
    assert.equal(q.speaker?.name, 'Ada Brennick');
  });

  it('takes a possessive description and name after an inverted verb ("said the mayor\'s chief budget aide Maria Lopez")', () => {
    const text = '"This is the first time the council has done this," said the mayor\'s chief budget aide Maria Lopez.';
    const q = analyze(text).quotes[0];
    assert.equal(q.speaker?.text, "the mayor's chief budget aide Maria Lopez");
    assert.equal(q.speaker?.name, 'Maria Lopez');
  });
});

describe('quotes: the mention that serves as source', () => {
  it('gives a relative clause\'s `who` as the speaker span, resolved to its antecedent', () => {
    const text = 'The budget won support from council member Jonah Pell, who said the money was "a lifeline for the harbour."';
    const q = analyze(text).quotes[0];
    assert.equal(q.speaker?.text, 'who');
    assert.equal(q.speaker?.name, 'Jonah Pell');
  });
});

describe('quotes: where the attribution sits', () => {
  it('skips an introductory phrase that ends with a place name ("Speaking in Salem, Oregon, Lopez ...")', () => {
    const text = 'Speaking at a town hall in Salem, Oregon, Maria Lopez went after the plan, calling it "a mess."';
    assert.deepEqual(speakers(text), ['Maria Lopez']);
  });

  it('skips a time phrase that opens the sentence ("A month later, she ...")', () => {
    const text = 'Maria Lopez left the council in June. A month later, she returned to the chamber, calling the vote "a mistake."';
    assert.deepEqual(speakers(text), ['she']);
  });

  it('gives a sentence opened by "according to" to that source', () => {
    const text = 'According to the county clerk, Maria Lopez praised the "hard work" of the volunteers.';
    assert.deepEqual(speakers(text), ['the county clerk']);
  });
});
