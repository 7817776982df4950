// Quote marks printed as two apostrophes (''Yes,'' he said), as some wire and newspaper copy prints them: the
// attribution reads the quote's own words, not its marks (invented sentences; a class counted on PolNeAR train).
import { strict as assert } from 'assert';
import { defaultAnalysis } from './helpers';

const analyze = defaultAnalysis();
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker?.text ?? null);

describe("quotes: marks printed as two apostrophes", () => {
  it('an aside after the quote\'s comma attributes it, as with double marks', () => {
    for (const [open, close] of [['"', '"'], ["''", "''"]]) {
      assert.deepEqual(speakers(`Ms. Lind praised the plan - ${open}a fair deal for the harbor,${close} she said - and urged a vote.`), ['she'], open);
      assert.deepEqual(speakers(`Mr. Ortiz called his speeches ${open}little talks,${close} he told friends, in which he shared stories.`), ['he'], open);
    }
  });

  it('a closing attribution after the full stop still names the speaker', () => {
    assert.deepEqual(speakers("''We will rebuild the pier,'' Mayor Ana Lind said on Monday."), ['Mayor Ana Lind']);
  });
});
