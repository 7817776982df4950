// The clause that governs a quote: its own subject when a subordinate, linked or relative clause holds it
// (invented sentences; each form is a class counted on the PolNeAR training split).
import { strict as assert } from 'assert';
import { defaultAnalysis } from './helpers';

const analyze = defaultAnalysis();
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker?.text ?? null);

describe('quotes: the subject of the clause that holds the quote', () => {
  it('skips a fronted subordinate clause with a cue of its own ("When X ..., he described it as")', () => {
    assert.deepEqual(speakers('When Ortiz announced the levy in May, he described it as "a fair share."'), ['he']);
  });

  it('takes the subject after a comma and a linking word that opens a clause about a person', () => {
    assert.deepEqual(speakers('Lind asked Ortiz about his remarks, when he called the levy "a fair share."'), ['he']);
  });

  it('takes the subject after a linking word when the clause before says nothing', () => {
    assert.deepEqual(speakers('Lind is running for mayor because the council ignored "the people\'s will."'), ['the council']);
  });

  it('keeps a linked clause inside a reported statement with the reporter', () => {
    assert.deepEqual(speakers('Reyes said she left the council because the mayor was "out of touch."'), ['Reyes']);
    assert.deepEqual(speakers('Reyes said, if elected, she would end "the backroom deals."'), ['Reyes']);
    assert.deepEqual(speakers('Reyes says she backs the levy, but she knows it is "a hard sell."'), ['Reyes']);
  });

  it('gives a quote in an object relative clause to its subject ("which he called")', () => {
    assert.deepEqual(speakers('Ortiz said the board would pass the levy, which Reyes called "a tax on renters."'), ['Reyes']);
  });
});

describe('quotes: the subject of a participle', () => {
  it('takes the speaker of the cue just before it ("X said, adding")', () => {
    assert.deepEqual(speakers('The levy will pass next week, Nora Lind said, adding, "We have the votes."'), ['Nora Lind']);
  });

  it('takes the subject of the clause it hangs on ("until the protesters interrupted ..., shouting")', () => {
    assert.deepEqual(speakers('The rally was calm until the protesters interrupted the mayor, shouting, "Recall now!"'), ['the protesters']);
  });

  it('takes the subject of an absolute `with` phrase', () => {
    assert.deepEqual(speakers('The crowd cheered, with Mayor Ortiz loudly shouting, "We did it!"'), ['Mayor Ortiz']);
  });
});

describe('quotes: cues around the quote', () => {
  it('gives a sentence closed by "..., X reported." to X', () => {
    assert.deepEqual(speakers('Lind said the levy was "long overdue" and praised the board, the Valley Ledger reported.'), ['the Valley Ledger']);
  });

  it('keeps the quote with its own clause when a cue after it opens a new clause with its own object', () => {
    assert.deepEqual(speakers('Ortiz stood by his remark that the levy was "a fair share," but Reyes rejected that on Tuesday.'), ['Ortiz']);
  });

  it('still gives a closing cue after a conjunction to its speaker ("..., just as X did, Y added.")', () => {
    assert.deepEqual(speakers('Ortiz "has a right to run," just as Reyes did in 2008, Lind added.'), ['Lind']);
  });
});

describe('quotes: sentence openers that are not speakers', () => {
  it('skips a number word, a preposition and a contraction at the start of a sentence', () => {
    assert.deepEqual(speakers('Thirteen years earlier, Ortiz had voted for "a fair levy."'), ['Ortiz']);
    assert.deepEqual(speakers('That’s why Reyes wanted "a fair vote."'), ['Reyes']);
  });
});
