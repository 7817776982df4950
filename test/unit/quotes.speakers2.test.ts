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

describe('quotes: the subject of the act, past introductory phrases (issue 11)', () => {
  it('skips a dateline before the subject of a participle ("WASHINGTON — X rallied supporters, saying: ...")', () => {
    const text = 'PORTLAND — Mayor Dana Whitlock rallied supporters on Friday, saying: "We have to be ready."';
    assert.deepEqual(speakers(text), ['Mayor Dana Whitlock']);
  });

  it('skips a time phrase ("Hours later, X ..., telling Y, ...") and a place with a date inside an introduction', () => {
    const a = 'Hours later, Okafor returned the compliment, telling reporters, "She is a fine mayor."';
    assert.deepEqual(speakers(a), ['Okafor']);
    const b = 'At a town hall in Bend, Oregon, on Sunday, Ms. Whitlock tried again, saying the city should "fix the roads first."';
    assert.deepEqual(speakers(b), ['Ms. Whitlock']);
  });

  it('skips a sentence-opening participle or adverb ("Using a blunt phrase, he said ...")', () => {
    const text = 'Using a blunt phrase to describe the council, he said its members "never read the budget."';
    assert.deepEqual(speakers(text), ['he']);
  });

  it('takes the subject of a phrasal cue ("shot back") over an earlier clause\'s cue', () => {
    const text = 'After Councilman Reyes criticized her during a debate, Whitlock shot back, "I read every page."';
    assert.deepEqual(speakers(text), ['Whitlock']);
  });

  it('takes the subject, not the object, before a colon ("She addressed the crowd again: ...")', () => {
    assert.deepEqual(speakers('She addressed the crowd again: "Here is what I regret."'), ['She']);
    assert.deepEqual(speakers('More from Okafor: "Fine."'), ['Okafor']);
  });

  it('reads a lone title word before the verb as a surname ("King says ...")', () => {
    assert.deepEqual(speakers('Ali was rising fast. King says Ali "talked the talk."'), ['King']);
  });

  it('ends the sentence after a quote closed by two apostrophes, so the next sentence\'s cue is not the quote\'s', () => {
    const text = "Dana Whitlock recalled that in 2009, ''I called all my lenders.'' He said that since then, things improved.";
    assert.deepEqual(speakers(text), ['Dana Whitlock']);
  });

  it('gives a speech noun right before the quote to the main clause ("X told CNN that Y\'s comments "..."")', () => {
    const text = 'Councilman Reyes told reporters Tuesday that Whitlock\'s comments "show bias to me."';
    assert.deepEqual(speakers(text), ['Councilman Reyes']);
  });
});
