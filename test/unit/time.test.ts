import { strict as assert } from 'assert';
import { tagTimes, type TimeExpr } from '../../src/core/time';

// Article date for every test: Friday 10 January 2020.
const DCT = '2020-01-10';

/** The expression whose words are `words` in the sentence's tags. */
function tag(sentence: string, words: string, date: string | null = DCT): TimeExpr {
  const all = tagTimes(sentence, date);
  const t = all.find((x) => x.text === words);
  assert.ok(t, `no expression "${words}" in ${JSON.stringify(all.map((x) => x.text))}`);
  assert.equal(sentence.slice(t.start, t.end), t.text);
  return t;
}
const value = (sentence: string, words: string, date: string | null = DCT): string => tag(sentence, words, date).value;

describe('time: absolute dates', () => {
  it('reads month-day-year, day-month-year, ISO and weekday-led dates', () => {
    assert.equal(value('The plant closed on Sept. 4, 2018, after a fire.', 'Sept. 4, 2018'), '2018-09-04');
    assert.equal(value('The plant closed on 4 September 2018.', '4 September 2018'), '2018-09-04');
    assert.equal(value('The filing is dated 2019-12-31 in the register.', '2019-12-31'), '2019-12-31');
    assert.equal(value('The council met on Tuesday, Jan. 7, to vote.', 'Tuesday, Jan. 7'), '2020-01-07');
  });
  it('gives a month and day without a year the year nearest the article date', () => {
    assert.equal(value('Ballots were counted on Dec. 28 in the county.', 'Dec. 28'), '2019-12-28');
    assert.equal(value('The hearing is set for Feb. 3 downtown.', 'Feb. 3'), '2020-02-03');
  });
});

describe('time: months, years, decades, seasons, quarters', () => {
  it('reads month-year and bare months by tense', () => {
    assert.equal(value('Prices peaked in March 2017 and fell.', 'March 2017'), '2017-03');
    assert.equal(value('The bridge reopened in November after repairs.', 'November'), '2019-11');
    assert.equal(value('The bridge will reopen in March after repairs.', 'March'), '2020-03');
    assert.equal(value('The mill shut last September for good.', 'last September'), '2019-09');
  });
  it('does not take "may" or "march" the words, or a bare number, for dates', () => {
    assert.deepEqual(tagTimes('Crowds may march again, and 2500 people may join.', DCT), []);
  });
  it('reads years, decades and centuries', () => {
    assert.equal(value('The dam was built in 1962 by the state.', '1962'), '1962');
    assert.equal(value('The town grew fast in the 1990s, residents say.', 'the 1990s'), '199');
    assert.equal(value('Its walls date from the 18th century, the guide said.', 'the 18th century'), '17');
  });
  it('reads seasons and quarters against the article date', () => {
    assert.equal(value('The farm flooded last fall, the owner said.', 'last fall'), '2019-FA');
    assert.equal(value('The pool will open this summer, officials said.', 'this summer'), '2020-SU');
    assert.equal(value('Sales rose in the third quarter of 2018.', 'the third quarter of 2018'), '2018-Q3');
    assert.equal(value('The chain reported fourth-quarter sales on Friday.', 'fourth-quarter'), '2019-Q4');
  });
});

describe('time: weeks, weekdays and days around the article date', () => {
  it('reads weeks', () => {
    assert.equal(value('The union voted last week to strike.', 'last week'), '2020-W01');
    assert.equal(value('The board meets next week in the annex.', 'next week'), '2020-W03');
    assert.equal(value('Rents rose this month across the city.', 'this month'), '2020-01');
    assert.equal(value('Turnout fell last year in the county.', 'last year'), '2019');
  });
  it('reads a bare weekday as the last one in a past clause and the next one in a future clause', () => {
    assert.equal(value('The mayor resigned on Tuesday after a vote.', 'Tuesday'), '2020-01-07');
    assert.equal(value('The mayor will resign on Tuesday, aides said.', 'Tuesday'), '2020-01-14');
    assert.equal(value('The store closed last Friday for inventory.', 'last Friday'), '2020-01-03');
  });
  it('reads yesterday, today, tomorrow, tonight and parts of a day', () => {
    assert.equal(value('The fire started yesterday near the mill.', 'yesterday'), '2020-01-09');
    assert.equal(value('The roads reopen tomorrow, police said.', 'tomorrow'), '2020-01-11');
    assert.equal(value('The council meets tonight at the library.', 'tonight'), '2020-01-10');
    assert.equal(value('Snow fell this morning on the pass.', 'this morning'), '2020-01-10TMO');
    const night = tag('The bridge was closed Thursday night by the county.', 'Thursday night');
    assert.deepEqual([night.type, night.value], ['TIME', '2020-01-09TNI']);
  });
  it('counts back from the article date: two days ago, three weeks ago', () => {
    assert.equal(value('The well ran dry two days ago, farmers said.', 'two days ago'), '2020-01-08');
    assert.equal(value('The school opened three weeks ago downtown.', 'three weeks ago'), '2019-W51');
  });
});

describe('time: the narrative reference time', () => {
  it('reads "the next day" from the last date the story moved to', () => {
    const s = 'The levee broke on March 3. The next day, crews sealed it, and the day before the river had crested.';
    assert.equal(value(s, 'The next day', '2019-03-10'), '2019-03-04');
    assert.equal(value(s, 'the day before', '2019-03-10'), '2019-03-03');
  });
  it('reads "a year earlier" at the granularity of the time before it, as a comparison point', () => {
    const t = tag('Profit rose in the third quarter from a year earlier.', 'a year earlier');
    assert.equal(t.value, '2018-Q3');
    assert.equal(t.comparison, true);
  });
  it('marks "the worst since 1996" as a comparison point, still tagged', () => {
    const t = tag('The storm was the worst since 1996, forecasters said.', '1996');
    assert.deepEqual([t.value, t.comparison], ['1996', true]);
    assert.equal(tag('The storm hit in 1996, forecasters said.', '1996').comparison, undefined);
  });
});

describe('time: durations, sets, clock times and reference words', () => {
  it('reads durations', () => {
    assert.equal(value('The strike lasted three days at the plant.', 'three days'), 'P3D');
    assert.equal(value('Rents have risen for the past two months in town.', 'the past two months'), 'P2M');
    assert.equal(value('The council approved a 10-year lease.', '10-year'), 'P10Y');
    assert.equal(value('The repair took five hours, the crew said.', 'five hours'), 'PT5H');
    assert.equal(value('The feud has gone on for years, neighbours say.', 'years'), 'PXY');
    assert.equal(tag('The storm lasted three days.', 'three days').type, 'DURATION');
  });
  it('reads sets', () => {
    assert.equal(value('The ferry runs daily in summer.', 'daily'), 'P1D');
    assert.equal(value('The market opens every Monday on the square.', 'every Monday'), 'XXXX-WXX-1');
    assert.equal(tag('The board meets twice a year.', 'a year').type, 'SET');
  });
  it('reads clock times with and without a day', () => {
    assert.equal(value('The polls closed at 8 p.m. Tuesday in the county.', '8 p.m. Tuesday'), '2020-01-07T20:00');
    assert.equal(value('The train left at 10:35 a.m. from the station.', '10:35 a.m.'), '2020-01-10T10:35');
    assert.equal(value('The vote is at noon Thursday in the hall.', 'noon Thursday'), '2020-01-09T12:00');
  });
  it('reads present, past and future references', () => {
    assert.equal(value('The road is now closed to trucks.', 'now'), 'PRESENT_REF');
    assert.equal(value('The mill recently hired forty workers.', 'recently'), 'PAST_REF');
    assert.equal(value('The town may grow in the future, planners say.', 'the future'), 'FUTURE_REF');
  });
});

describe('time: robustness', () => {
  it('leaves X placeholders when there is no article date', () => {
    assert.equal(value('The shop closed on Tuesday for repairs.', 'Tuesday', null), 'XXXX-WXX-2');
    assert.equal(value('The hearing was set for Dec. 3 downtown.', 'Dec. 3', null), 'XXXX-12-03');
  });
  it('never throws and stays in range on odd input', () => {
    const odd = '\uD800 Friday 🙂 ع\u0301 Jan. 99 ' + '1 '.repeat(5000) + 'the the the ' + 'x'.repeat(100000) + ' last week';
    for (const t of tagTimes(odd, DCT)) assert.ok(t.start >= 0 && t.end <= odd.length && t.start < t.end);
  });
});
