// The clause a quote sits in: according-to sources, clause subjects, relative clauses, later cues (invented articles).
import { strict as assert } from 'assert';
import { defaultAnalysis } from './helpers';

const analyze = defaultAnalysis();
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker?.text ?? null);
const unattributed = (text: string) => analyze(text).diagnostics.filter((d) => d.rule === 'quotes/unattributed').length;

describe('quotes: a sentence told on someone\'s word ("according to")', () => {
  it('gives the quote to the according-to source after the speech verb', () => {
    const text = '"We will fix the bridge by May," Mayor Ortiz said, according to the Daily Ledger.';
    assert.deepEqual(speakers(text), ['the Daily Ledger']);
  });

  it('gives the quote to the according-to source at the end of the sentence', () => {
    const text = 'On Monday, the mayor said she was "happy to wait" for the audit, according to the Valley Courier.';
    assert.deepEqual(speakers(text), ['the Valley Courier']);
  });

  it('takes a source phrase that opens with a possessive ("according to his longtime physician")', () => {
    const text = 'According to his longtime physician, the senator had "excellent" results in his last exam.';
    assert.deepEqual(speakers(text), ['his longtime physician']);
  });
});

describe('quotes: the subject of the clause a quote sits in', () => {
  it('takes the subject of the nearest finite verb when the sentence opens with another clause', () => {
    const text = 'It is odd that Brandt would denounce "tax cuts for the few," given his own plan.';
    assert.deepEqual(speakers(text), ['Brandt']);
    assert.equal(unattributed(text), 0);
  });

  it('takes a determiner phrase before an irregular past ("his friends sent")', () => {
    const text = 'After the vote was counted, as the band played, his friends sent a note: "Well done."';
    assert.deepEqual(speakers(text), ['his friends']);
  });

  it('still flags a quote whose sentence has no clause with a speaker', () => {
    const text = 'The budget passed on Monday.\n\n"We will not be moved."';
    assert.equal(unattributed(text), 1);
  });
});

describe('quotes: relative clauses and later cues', () => {
  it('gives a quote inside a `who` clause after the attribution to the relative', () => {
    const text = '"It was a close call," said Nora Lind, a council member, who added that the vote was "a warning to everyone."';
    assert.deepEqual(speakers(text), ['Nora Lind', 'who']);
  });

  it('gives a bare quote the last cue before it when that cue follows the quote before', () => {
    const text = '"It was late," said Tom Akers, who added that the storm came fast. "We had no choice."';
    const q = analyze(text).quotes;
    assert.equal(q[1].speaker?.text, 'who');
    assert.equal(q[1].speaker?.name, 'Tom Akers');
    assert.equal(unattributed(text), 0);
  });
});

describe('quotes: which clause\'s cue governs', () => {
  it('gives a partial quote to the attribution that closes the sentence after its comma', () => {
    const text = 'Nothing the mayor said "will calm anyone," the council chair said.';
    assert.deepEqual(speakers(text), ['the council chair']);
  });

  it('starts over at a concessive clause ("..., although he wrote that ...")', () => {
    const text = 'Vance said late Monday that he would attend, although he wrote that he "rejects the premise."';
    const q = analyze(text).quotes[0];
    assert.equal(q.speaker?.text, 'he');
    assert.equal(q.speaker?.name, 'Vance');
  });
});

describe('quotes: sentence ends after an abbreviation', () => {
  it('ends a sentence at "U.S." before a pronoun, so the next sentence\'s cue attributes its quote', () => {
    const text = 'Kemp says the plan will cost jobs in the U.S. He says voters want "real answers."';
    assert.deepEqual(speakers(text), ['He']);
  });

  it('keeps "U.S." inside a sentence before a name ("the U.S. Senate")', () => {
    const text = 'Kemp told the U.S. Senate committee that the plan was "a mistake."';
    assert.deepEqual(speakers(text), ['Kemp']);
  });
});
