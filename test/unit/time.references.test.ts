import { strict as assert } from 'assert';
import { tagTimes } from '../../src/core/time';

// "soon" and quarters qualified by a year (issue 12), each on sentences written for the test.
// Article date: Thursday 26 October 1989.
const DCT = '1989-10-26';
const value = (sentence: string, words: string): string | undefined => tagTimes(sentence, DCT).find((x) => x.text === words)?.value;

describe('time: "soon"', () => {
  it('is the future in a present or future clause', () => {
    assert.equal(value('Prices will soon rise again, traders said.', 'soon'), 'FUTURE_REF');
    assert.equal(value('The rebels plan to strike again soon in the north.', 'soon'), 'FUTURE_REF');
  });
  it('is not an expression in "as soon as", "soon after" or a past clause', () => {
    for (const s of ['They will leave as soon as the road opens.', 'He resigned soon after the vote.', 'The driver was soon released.', 'The trickle soon became a flood.'])
      assert.equal(value(s, 'soon'), undefined, s);
  });
});

describe('time: quarters qualified by a year', () => {
  it('"the year-ago third quarter" is that quarter a year back, not a comparison point', () => {
    const t = tagTimes('The company in the year-ago third quarter earned $2 million.', DCT).find((x) => x.text === 'the year-ago third quarter');
    assert.equal(t?.value, '1988-Q3');
    assert.ok(!t?.comparison);
  });
  it('a year-ago period opening its sentence is the clause’s own time; after "compared with" it stays a comparison point', () => {
    const own = tagTimes('In the year-ago period, the company earned $4 million.', DCT).find((x) => x.text === 'the year-ago period');
    assert.ok(own && !own.comparison);
    const cmp = tagTimes('Net rose 5% compared with the year-ago period, the company said.', DCT).find((x) => x.text === 'the year-ago period');
    assert.ok(cmp?.comparison);
  });
  it('"the 1988 quarter" is the quarter spoken of, in that year', () => {
    assert.equal(value('Net income rose in the third quarter. It earned $3 million in the 1988 quarter.', 'the 1988 quarter'), '1988-Q3');
  });
});
