import { strict as assert } from 'assert';
import { applyEdits } from '../../src/core/edits';
import { describeValue, timeHoverAt } from '../../src/core/time/describe';
import { tagTimes } from '../../src/core/time';
import { analyzeWith, found } from './helpers';

// The date checks (rules dates/...) and the hover reading of a date, each on sentences written for the test.

const DATE = '2020-01-10';
/** The dates/ findings of an article (one line = one paragraph), as rule:matched-text. */
async function dateFindings(text: string, date: string | null = DATE, yaml?: string): Promise<string[]> {
  const r = await analyzeWith(text, yaml, 'story.article', date ?? undefined);
  return found(r, text).filter((f) => f.startsWith('dates/'));
}
/** The text after applying the first fix of the first finding of a rule. */
async function fixed(text: string, rule: string): Promise<string> {
  const r = await analyzeWith(text, undefined, 'story.article', DATE);
  const d = r.diagnostics.find((x) => x.rule === rule);
  assert.ok(d && d.fixes.length, `no fix for ${rule} in: ${text}`);
  return applyEdits(text, d.fixes[0].edits);
}

describe('dates/weekday-mismatch', () => {
  it('flags a weekday that disagrees with a full date and fixes it', async () => {
    const s = 'The council voted Monday, Jan. 7, 2020, to close the bridge.';
    assert.deepEqual(await dateFindings(s), ['dates/weekday-mismatch:Monday']);
    assert.equal(await fixed(s, 'dates/weekday-mismatch'), 'The council voted Tuesday, Jan. 7, 2020, to close the bridge.');
    const r = await analyzeWith(s, undefined, 'story.article', DATE);
    assert.equal(r.diagnostics.find((d) => d.rule === 'dates/weekday-mismatch')!.severity, 'warning');
  });
  it('checks day-month order and a year-less date near the article date', async () => {
    assert.deepEqual(await dateFindings('The talks opened Thursday, 8 January 2020, in Geneva.'), ['dates/weekday-mismatch:Thursday']);
    assert.deepEqual(await dateFindings('The mayor resigned on Friday, Jan. 8.'), ['dates/weekday-mismatch:Friday']);
  });
  it('stays quiet on a correct weekday, a year-less date without an article date, or far from it', async () => {
    assert.deepEqual(await dateFindings('The council voted Tuesday, Jan. 7, 2020, to close the bridge.'), []);
    assert.deepEqual(await dateFindings('The mayor resigned on Friday, Jan. 8.', null), []);
    assert.deepEqual(await dateFindings('The mayor resigned on Friday, Jan. 8.', '2020-07-01'), []);
    assert.deepEqual(await dateFindings('The rally was on Jan. 7, 2020, a Monday.'), []); // the weekday does not open the date
  });
  it('in a quote: flags without a fix (the speaker\'s words)', async () => {
    const s = '"We met Monday, Jan. 7, 2020, and agreed," said Mayor Ana Ruiz.';
    const r = await analyzeWith(s, undefined, 'story.article', DATE);
    const d = r.diagnostics.filter((x) => x.rule === 'dates/weekday-mismatch');
    assert.equal(d.length, 1);
    assert.deepEqual(d[0].fixes, []);
  });
  it('can be turned off', async () => {
    assert.deepEqual(await dateFindings('The council voted Monday, Jan. 7, 2020.', DATE, 'version: 1\nseverities:\n  dates/weekday-mismatch: off\n'), []);
  });
});

describe('dates/month-abbreviation', () => {
  it('abbreviates a long month before a day number (AP) and fixes it', async () => {
    assert.deepEqual(await dateFindings('The storm hit September 12, 2019, and again on December 3.'), ['dates/month-abbreviation:September 12', 'dates/month-abbreviation:December 3']);
    assert.equal(await fixed('The plant reopens January 7.', 'dates/month-abbreviation'), 'The plant reopens Jan. 7.');
    assert.equal(await fixed('The plant reopened on Tuesday, January 7.', 'dates/month-abbreviation'), 'The plant reopened on Tuesday, Jan. 7.');
    assert.equal(await fixed('The debate is set for December 15th in Las Vegas.', 'dates/month-abbreviation'), 'The debate is set for Dec. 15 in Las Vegas.');
  });
  it('leaves short months, months without a day, and abbreviated months alone', async () => {
    assert.deepEqual(await dateFindings('The vote is set for March 3, and results come in June 10.'), []);
    assert.deepEqual(await dateFindings('Prices rose in January and fell in December 2019.'), []);
    assert.deepEqual(await dateFindings('The fair opens Sept. 12 and closes Oct. 1.'), []);
  });
  it('skips direct quotes', async () => {
    assert.deepEqual(await dateFindings('"We will be back by January 20," said Mayor Ana Ruiz.'), []);
    // an embedded post's own words: its signature date and a date in markup
    assert.deepEqual(await dateFindings('Open the bridge now. — Ana Ruiz (@anaruiz) January 9, 2020'), []);
    assert.deepEqual(await dateFindings('<post date="January 9, 2020">Open the bridge now.</post> The council met December 3.'), ['dates/month-abbreviation:December 3']);
  });
});

describe('date hover', () => {
  it('reads TIMEX3 values out', () => {
    assert.equal(describeValue('2020-01-03'), 'Friday 3 January 2020');
    assert.equal(describeValue('2020-W02'), 'week 2 of 2020');
    assert.equal(describeValue('2020-01'), 'January 2020');
    assert.equal(describeValue('2019-SU'), 'summer 2019');
    assert.equal(describeValue('2020-Q1'), 'the first quarter of 2020');
    assert.equal(describeValue('199'), 'the 1990s');
    assert.equal(describeValue('PRESENT_REF'), 'the present');
    assert.equal(describeValue('2020-01-09TNI'), 'Thursday 9 January 2020, night');
    assert.equal(describeValue('P3D', 'DURATION'), '3 days');
    assert.equal(describeValue('PXY', 'DURATION'), 'several years');
    assert.equal(describeValue('XXXX-WXX-1', 'SET'), 'every Monday');
    assert.equal(describeValue('2019-XX-XX'), 'a day in 2019');
    assert.equal(describeValue('XXXX-WI'), 'winter');
  });
  it('gives the card for the expression under the cursor', () => {
    const text = 'The minister left last Friday for three days.';
    const times = tagTimes(text, DATE);
    const at = text.indexOf('Friday');
    const card = timeHoverAt({ times }, at);
    assert.ok(card);
    assert.equal(text.slice(card.range.start, card.range.end), 'last Friday');
    assert.match(card.markdown, /Friday 3 January 2020/);
    assert.match(timeHoverAt({ times }, text.indexOf('three'))!.markdown, /^\*\*Duration\*\*: 3 days/);
    assert.equal(timeHoverAt({ times }, text.indexOf('minister')), null);
  });
});
