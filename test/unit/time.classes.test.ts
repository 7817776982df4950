import { strict as assert } from 'assert';
import { tagTimes, type TimeExpr } from '../../src/core/time';
import { describeValue } from '../../src/core/time/describe';
import { dateLabel } from '../../src/core/events/timeline';

// Expression classes added for issue 12 (TimeML conventions), each on sentences written for the test.
// Article date for every test unless stated: Friday 10 January 2020.
const DCT = '2020-01-10';

function tag(sentence: string, words: string, date: string | null = DCT): TimeExpr {
  const all = tagTimes(sentence, date);
  const t = all.find((x) => x.text === words);
  assert.ok(t, `no expression "${words}" in ${JSON.stringify(all.map((x) => x.text))}`);
  return t;
}
const value = (sentence: string, words: string, date: string | null = DCT): string => tag(sentence, words, date).value;
/** Every expression of a sentence as [text, type, value]. */
const texts = (sentence: string, date = DCT) => tagTimes(sentence, date).map((x) => [x.text, x.type, x.value]);

describe('time classes: holidays', () => {
  it('dates fixed and movable holidays nearest the article date, or by modifier and year', () => {
    assert.equal(value('The boy was rescued on Thanksgiving Day off the coast.', 'Thanksgiving Day'), '2019-11-28');
    assert.equal(value('Shops reopened after Christmas, the owners said.', 'Christmas'), '2019-12-25');
    assert.equal(value('They met on Christmas Eve 1998 in Rome.', 'Christmas Eve 1998'), '1998-12-24');
    assert.equal(value('He came home last Thanksgiving to a crowd.', 'last Thanksgiving'), '2019-11-28');
    assert.equal(value("The mayor spoke on New Year's Day at the pier.", "New Year's Day"), '2020-01-01');
    assert.equal(value('Voters go to the polls on Election Day.', 'Election Day', '2020-10-01'), '2020-11-03');
    assert.equal(value('The parade is set for Easter this time.', 'Easter', '2020-03-20'), '2020-04-12');
    assert.equal(value('The pool opens on Memorial Day.', 'Memorial Day', '2020-05-01'), '2020-05-25');
  });
  it('does not take a name that starts with a holiday word for one', () => {
    assert.deepEqual(tagTimes('Mary Christmas runs the bakery.', DCT).map((x) => x.text), []);
  });
});

describe('time classes: fractional durations', () => {
  it('writes a fraction in the next unit down', () => {
    assert.equal(value('They lived in the camp for 2 1/2 years.', '2 1/2 years'), 'P2Y6M');
    assert.equal(value('The vote took a minute and a half.', 'a minute and a half'), 'PT1M30S');
    assert.equal(value('Talks ran for 5 1/2 hours.', '5 1/2 hours'), 'PT5H30M');
    assert.equal(value('The strike lasted two and a half days.', 'two and a half days'), 'P2DT12H');
  });
  it('leaves a rate ("$5 million a year") untagged but keeps "twice a week" as a set', () => {
    assert.deepEqual(tagTimes('The plan saves $5 million a year in costs.', DCT), []);
    assert.equal(value('The board meets twice a week.', 'a week'), 'P1W');
    assert.equal(tag('The board meets twice a week.', 'a week').type, 'SET');
  });
});

describe('time classes: tense of the clause', () => {
  it('reads a passive or infinitive participle as not past ("is expected in December")', () => {
    assert.equal(value('The deal is expected in December, the bank said.', 'December', '2020-11-02'), '2020-12');
    assert.equal(value('Final rules to be published in March will decide it.', 'March', '2020-02-10'), '2020-03');
  });
  it('reads modals and "as soon as" as looking ahead', () => {
    assert.equal(value('The two leaders can meet Monday in Geneva.', 'Monday'), '2020-01-13');
    assert.equal(value('The team would be ready to leave as soon as Tuesday.', 'Tuesday'), '2020-01-14');
  });
  it('reads "by", "until" and "through" a month as ahead', () => {
    assert.equal(value('The firm agreed to repay the loan by February.', 'February', '2019-10-30'), '2020-02');
    assert.equal(value('The offer was extended until mid-November.', 'mid-November', '2019-10-30'), '2019-11');
  });
  it('reads a plan in the past perfect as past', () => {
    assert.equal(value('The offer had been due to expire Friday evening.', 'Friday evening', '2020-01-13'), '2020-01-10TEV');
  });
  it('does not read an adjective after a determiner ("a still unspecified date") as a past verb', () => {
    assert.equal(value('A dividend will be paid on a still unspecified date in January.', 'January', '2019-10-26'), '2020-01');
  });
  it('lets a past clause name next month, and a month-day in a past clause look back', () => {
    assert.equal(value('Traders failed to sell November contracts.', 'November', '2019-10-30'), '2019-11');
    assert.equal(value('The fiscal year ended March 31, the company said.', 'March 31', '2019-10-31'), '2019-03-31');
  });
});

describe('time classes: relative years, quarters and the narrative', () => {
  it('reads "N years ago" as a year and "the past year" as last year', () => {
    assert.equal(value('The plant opened five years ago in the valley.', 'five years ago'), '2015');
    assert.equal(value('Sales rose in the past year, the firm said.', 'the past year'), '2019');
  });
  it('reads "the year" as the current year, and "the year ended" as a year-long period', () => {
    assert.equal(value('For the year, volume was flat.', 'the year'), '2020');
    const t = tag('Net income for the year ended Aug. 31 rose.', 'the year');
    assert.deepEqual([t.type, t.value], ['DURATION', 'P1Y']);
  });
  it('dates "the quarter ended <day>" by the months it covers, and "the current quarter" by the article date', () => {
    assert.equal(value('The bank lost money in the quarter ended Sept. 30.', 'the quarter', '2019-11-01'), '2019-Q3');
    assert.equal(value('Results for the current quarter will improve.', 'the current quarter', '2019-11-01'), '2019-Q4');
    assert.equal(value("Sales in last year's quarter were flat.", "last year's quarter", '2019-11-01'), '2018-Q3');
    assert.equal(value("The move could come in next year's first quarter.", "next year's first quarter", '2019-11-01'), '2020-Q1');
  });
  it('counts "later that year" and "the previous Friday" from the narrative, and puts a bare clock time on its day', () => {
    assert.equal(value('She fled in June 1998 and returned later that year.', 'later that year'), '1998');
    assert.equal(value('Stocks fell on Friday, Jan. 3, and more than on the previous Friday.', 'the previous Friday'), '2019-12-27');
    assert.equal(value('He was shot on Oct. 23, 2019, at 10 p.m. in his kitchen.', '10 p.m.'), '2019-10-23T22:00');
  });
  it('reads a day part before yesterday, "year-end", "these days" and "the early summer"', () => {
    assert.equal(value('Shares were up at mid-afternoon yesterday in London.', 'mid-afternoon yesterday'), '2020-01-09TAF');
    assert.equal(value('The sale should close by year-end.', 'year-end', '2019-11-02'), '2019-12-31');
    assert.equal(value('Rents seem higher these days.', 'these days'), 'PRESENT_REF');
    assert.equal(value('Orders fell from the lows of the early summer.', 'the early summer', '2019-10-30'), '2019-SU');
  });
});

describe('time classes: plans, decades ago, year-ago adjectives, quarters as units, rates', () => {
  it('reads a weekday after a past-form verb of planning with an object as ahead of the plan ("planned a rally on Saturday")', () => {
    assert.equal(value('Neighbours planned a street party on Saturday near the park.', 'Saturday'), '2020-01-11');
    assert.equal(value('The mayor has scheduled a briefing Thursday at city hall.', 'Thursday', '2020-01-08'), '2020-01-09');
    // The past perfect stays past, and a plan named after the date dates the planning.
    assert.equal(value('The club had planned a dinner on Tuesday, but it was called off.', 'Tuesday'), '2020-01-07');
    assert.equal(value('On Tuesday, the club planned a dinner for its members.', 'Tuesday'), '2020-01-07');
  });
  it('reads "a decade ago" as a year, not a decade-long duration', () => {
    const t = tag('The mill closed a decade ago, the owners said.', 'a decade ago');
    assert.deepEqual([t.type, t.value], ['DATE', '2010']);
  });
  it('reads "a year-earlier loss" as the year-ago period, not a year-long duration', () => {
    const all = tagTimes('Net rose in the third quarter, against a year-earlier loss of $2 million.', '2019-11-02');
    assert.deepEqual(all.map((x) => [x.text, x.value]), [['the third quarter', '2019-Q3'], ['year-earlier', '2018-Q3']]);
  });
  it('counts plural quarters as three months each, but not a fraction ("three quarters of")', () => {
    assert.equal(value('The cost will be spread over the next three quarters.', 'over the next three quarters'), 'P9M');
    assert.equal(value('Margins have been thin in recent quarters.', 'recent quarters'), 'PXM');
    assert.deepEqual(tagTimes('Three quarters of the members voted yes.', DCT), []);
    assert.equal(tag('The firm pays interest every quarter.', 'every quarter').type, 'SET');
    assert.equal(value('The firm pays interest every quarter.', 'every quarter'), 'P1Q');
  });
  it('does not read "the average daily volume" as a set, but keeps "meets daily"', () => {
    assert.deepEqual(tagTimes('The average daily volume was 2 million shares.', DCT), []);
    assert.equal(value('The council meets daily during the flood.', 'daily'), 'P1D');
  });
});

describe('time classes: unstated stretches, discourse "Now," and "high noon"', () => {
  it('reads "over the years", "the early years" and "the weeks ahead" as durations of unstated length', () => {
    assert.deepEqual(['type', 'value'].map((k) => tag('The bakery has changed hands over the years.', 'over the years')[k as 'type' | 'value']), ['DURATION', 'PXY']);
    assert.equal(value('Rents may climb in the weeks ahead, the agent said.', 'the weeks ahead'), 'PXW');
    assert.equal(value('The club struggled in the early years, the coach said.', 'the early years'), 'PXY');
  });
  it('leaves "the days before the vote" (a date, not a stretch) and "the early hours" alone', () => {
    assert.deepEqual(tagTimes('Flyers went up in the days before the vote.', DCT).map((x) => x.text), []);
    assert.deepEqual(tagTimes('The fire started in the early hours.', DCT).map((x) => x.text), []);
  });
  it('does not read a sentence-opening "Now," as a time, but keeps "now" in the clause', () => {
    assert.deepEqual(tagTimes('Now, the council says, the road must wait.', DCT), []);
    assert.deepEqual(tagTimes('The vote failed. Now, he says, nobody will try again.', DCT), []);
    assert.equal(value('The ferry now runs twice a day.', 'now'), 'PRESENT_REF');
    assert.equal(value('Now the ferry runs on time.', 'Now'), 'PRESENT_REF');
  });
  it('does not read "high noon" as a clock time, but keeps "at noon"', () => {
    assert.deepEqual(tagTimes('For the town, it was high noon in the budget fight.', DCT), []);
    assert.equal(tag('The council meets at noon Friday.', 'noon Friday').type, 'TIME');
  });
});

describe('time classes: unstated weeks, halves, year-ago periods and completed quarters', () => {
  const textValues = (sentence: string, date = DCT) => tagTimes(sentence, date).map((x) => [x.text, x.value]);
  it('reads a bare "the week" as an unstated week of the article\'s year, and "the week of March 6" as that week', () => {
    assert.deepEqual(textValues("For the week, the index fell 2%, and Friday was the week's busiest session."), [
      ['the week', '2020-WXX'],
      ['Friday', '2020-01-10'],
      ['the week', '2020-WXX'],
    ]);
    assert.equal(value('The hearing may be held the week of March 6, the lawyer said.', 'the week of March 6'), '2020-W10');
    assert.equal(describeValue('2020-WXX'), 'a week in 2020');
    assert.equal(dateLabel('2020-WXX'), 'A week in 2020');
  });
  it('does not read a unit joined by a hyphen to the next word as a time ("the quarter-to-quarter comparison")', () => {
    assert.deepEqual(textValues('The quarter-to-quarter comparison improved, and profit rose in the quarter.', '1989-11-01'), [['the quarter', '1989-Q3']]);
    assert.deepEqual(textValues('This month-long strike and the year-over-year rise hurt sales last year.', '1989-11-01'), [
      ['month-long', 'PXM'],
      ['last year', '1988'],
    ]);
  });
  it('does not let an unstated week move the narrative ("a year earlier" still keeps the granularity of the last day named)', () => {
    assert.equal(value('The fund opened on Jan. 6. For the week, it gained 2%, against 1% a year earlier.', 'a year earlier'), '2019-01-06');
  });
  it('leaves "the foreseeable future" untagged but keeps "in the future"', () => {
    assert.deepEqual(tagTimes('The plant will stay shut for the foreseeable future.', DCT), []);
    assert.equal(value('Prices may rise in the future, the baker said.', 'the future'), 'FUTURE_REF');
  });
  it('reads "the last half of 1989" and "the first two quarters of 1990" as halves, "the last half of the \'80s" as the decade', () => {
    assert.deepEqual(textValues('Earnings will be weaker in the last half of 1989 and through the first two quarters of 1990.', '1989-10-26'), [
      ['the last half of 1989', '1989-H2'],
      ['the first two quarters of 1990', '1990-H1'],
    ]);
    assert.equal(value("Sales were flat for the last half of the '80s.", "the last half of the '80s", '1989-10-26'), '198');
    // "the first nine months of 1989" stays a duration beside its year, as TimeBank splits it.
    assert.deepEqual(textValues('Profit rose in the first nine months of 1989.', '1989-10-26'), [
      ['the first nine months', 'P9M'],
      ['1989', '1989'],
    ]);
  });
  it('reads "by"/"until" a weekday in a past-perfect sentence as looking back, not ahead', () => {
    assert.equal(value('Until Thursday, the police had not named him a suspect.', 'Thursday'), '2020-01-09');
    assert.equal(value('Most members had filed their reports by Wednesday, officials said.', 'Wednesday'), '2020-01-08');
    assert.equal(value('The club will pay the fee by Wednesday, officials said.', 'Wednesday'), '2020-01-15');
  });
  it('reads "Oct. 12, the day before the crash" as Oct. 12 itself (an appositive), but "The day before" after a sentence as the day before', () => {
    assert.deepEqual(textValues('Shares have lagged since Oct. 12, the day before the crash.'), [
      ['Oct. 12', '2019-10-12'],
      ['the day before', '2019-10-12'],
    ]);
    assert.equal(value('The council met on Oct. 12. The day before, the mayor resigned.', 'The day before'), '2019-10-11');
  });
  it('reads "the corresponding period last year" and "the quarter a year ago" as one expression: the year-ago quarter', () => {
    const d = '2019-11-02';
    assert.equal(value('Net rose to $5 million in the third quarter from $3 million in the corresponding period last year.', 'the corresponding period last year', d), '2018-Q3');
    assert.equal(value('Net rose in the third quarter. For the quarter a year ago, the bank earned $2 million.', 'the quarter a year ago', d), '2018-Q3');
  });
  it('reads "this century" and "the past decade" as stretches up to now, and "the past" alone as the past', () => {
    const all = tagTimes('It was the worst flood of this century. Threats had become routine over the past decade. He dwelt on the past.', DCT);
    assert.deepEqual(all.map((x) => [x.type, x.value]), [
      ['DURATION', 'P100Y'],
      ['DURATION', 'P10Y'],
      ['DATE', 'PAST_REF'],
    ]);
  });
  it('reads "the next couple of years" as two years', () => {
    assert.equal(value('Prices should stay flat over the next couple of years.', 'over the next couple of years'), 'P2Y');
  });
  it('reads "the latest quarter" as the last completed one, not a quarter just named that lies ahead', () => {
    const d = '2019-11-02';
    assert.equal(value('The insurer expects a fourth-quarter charge from the storm. Its earnings fell 20% in the latest quarter.', 'the latest quarter', d), '2019-Q3');
    assert.equal(value('Net fell in the second quarter, the insurer said. The latest quarter was hurt by storms.', 'The latest quarter', d), '2019-Q2');
  });
});

describe('time classes: a part of a named day after "on"/"of", "current", titles and the day the story is on', () => {
  it('reads "on Friday night" and "the early hours of Thursday morning" as the day, but "Thursday night" alone and "as of" with the part of day', () => {
    assert.deepEqual(texts('Fans lined the pier on Thursday night and again in the early hours of Friday morning.'), [
      ['Thursday night', 'DATE', '2020-01-09'],
      ['Friday morning', 'DATE', '2020-01-10'],
    ]);
    assert.deepEqual(texts('The ferry sank Thursday night. As of Wednesday evening, no one had called.'), [
      ['Thursday night', 'TIME', '2020-01-09TNI'],
      ['Wednesday evening', 'TIME', '2020-01-08TEV'],
    ]);
  });
  it('reads the adjective "current" as the present and "then current" as the past, but not a current account, a unit or the noun', () => {
    assert.deepEqual(texts('The current slump, he said, is worse than the then current forecasts.'), [
      ['current', 'DATE', 'PRESENT_REF'],
      ['then current', 'DATE', 'PAST_REF'],
    ]);
    assert.deepEqual(texts('The current account deficit grew. The current is strong near the dam, and the current of the river is cold.'), []);
    assert.deepEqual(texts('Sales in the current fiscal year will rise.'), [['the current fiscal year', 'DATE', '2020']]);
  });
  it('reads "by year\'s end" as the year, as "by the end of the year"', () => {
    assert.equal(value("The plant should reopen by year's end.", "year's end"), '2020');
  });
  it('does not read a title with a capitalised unit ("This Week") as a time', () => {
    assert.deepEqual(texts('The senator said on "This Week" that this week was hard.'), [['this week', 'DATE', '2020-W02']]);
  });
  it('reads "later in the day" as the day the narrative is on', () => {
    assert.equal(value('The council met on Jan. 6. Later in the day, the mayor resigned.', 'Later in the day'), '2020-01-06');
  });
  it('reads "that day" after a named day as that day, but leaves a generic "that day" (no day named) untagged', () => {
    assert.equal(value('The dam broke on Jan. 6. Rescuers arrived that day.', 'that day'), '2020-01-06');
    assert.deepEqual(tagTimes('Traders who sell on bad news can lose heavily on trades made that day.', DCT), []);
  });
  it('reads "the near term", "the short term" and "a later date" as the future, and "about" before "the" as a preposition', () => {
    assert.deepEqual(texts('Analysts worry about the near term; the rest will be paid at a later date, and cuts help in the short term.'), [
      ['the near term', 'DATE', 'FUTURE_REF'],
      ['a later date', 'DATE', 'FUTURE_REF'],
      ['the short term', 'DATE', 'FUTURE_REF'],
    ]);
    assert.equal(tag('The plant closed about two years ago.', 'about two years ago').value, '2018');
  });
});

describe('time classes: a modified calendar day, year-to-date spans, ordinal days, bare parts of the day and year-ago periods', () => {
  it('reads "last Oct. 23" and "next March 3" as one day, the modifier choosing the year', () => {
    assert.deepEqual(texts('The pharmacist was robbed last Oct. 23 in her shop.'), [['last Oct. 23', 'DATE', '2019-10-23']]);
    assert.deepEqual(texts('The ferry service resumes next March 3, the port said.'), [['next March 3', 'DATE', '2020-03-03']]);
  });
  it('reads a month after "this year through" as the end of a span of the year to date, not a deadline ahead', () => {
    assert.equal(value('Sales of the bonds this year through November showed little change.', 'November', '2019-12-20'), '2019-11');
    assert.equal(value('The fund will accept orders through November.', 'November', '2019-10-20'), '2019-11');
  });
  it('reads "it\'s the second day of" and "today is the eighth day of" as the article\'s day, not an ordinal day in the past', () => {
    assert.equal(value("Shelling resumed. It's the second day of the siege.", 'the second day'), '2020-01-10');
    assert.equal(value('In the capital, today is the eighth day of the walkout.', 'the eighth day'), '2020-01-10');
    assert.deepEqual(texts('She was sworn in and on her first day signed three orders.'), []);
  });
  it('reads "in the morning" and "by mid afternoon" as that part of the day the story is on, but not "the evening news"', () => {
    assert.deepEqual(texts('Shares slid on Jan. 8. Dealers bought heavily in the morning to cover.'), [
      ['Jan. 8', 'DATE', '2020-01-08'],
      ['the morning', 'TIME', '2020-01-08TMO'],
    ]);
    assert.equal(value('By mid afternoon, the pumps had stopped.', 'mid afternoon'), '2020-01-10TAF');
    assert.equal(value('At mid-afternoon yesterday the market rallied.', 'mid-afternoon yesterday'), '2020-01-09TAF');
    assert.deepEqual(texts('He watched the evening news and the morning papers.'), []);
  });
  it('reads "the year-ago period" against the last completed quarter, not a forecast quarter named just before', () => {
    const s = 'The mill posted a third-quarter loss. Analysts expect losses through the second quarter of 2021. In the year-ago period, it earned $4 million.';
    assert.equal(value(s, 'the year-ago period', '2020-10-26'), '2019-Q3');
  });
});

describe('time classes: a generic "today\'s" and "recently" after a be/have auxiliary are not tagged', () => {
  it('leaves "today\'s" untagged (the generic "nowadays" sense), but keeps "today" and "yesterday\'s"', () => {
    assert.deepEqual(texts("Parents worry that today's teenagers read less than their grandparents did."), []);
    assert.deepEqual(texts("The museum owns few of the gadgets found in today's kitchens."), []);
    assert.deepEqual(texts('The council votes today on the budget.'), [['today', 'DATE', '2020-01-10']]);
    assert.deepEqual(texts("Traders shrugged off yesterday's report."), [['yesterday', 'DATE', '2020-01-09']]);
  });
  it('leaves "recently" untagged after is/was/has/have/had, but tags it before a verb and after "until"', () => {
    assert.deepEqual(texts('The bakery has recently added a night shift.'), []);
    assert.deepEqual(texts('The bridge was recently repainted by a county crew.'), []);
    assert.deepEqual(texts('The bakery recently added a night shift.'), [['recently', 'DATE', 'PAST_REF']]);
    assert.deepEqual(texts('Until recently, the bridge carried two lanes.'), [['recently', 'DATE', 'PAST_REF']]);
  });
});

describe('time classes: two days of one month, "or so ago", "a day earlier", and May or March before a noun', () => {
  it('reads "April 24 and 25" as two days of April, each its own expression, with a year after the second serving both', () => {
    assert.deepEqual(texts('The ferry will run on April 24 and 25, weather permitting.'), [
      ['April 24', 'DATE', '2020-04-24'],
      ['25', 'DATE', '2020-04-25'],
    ]);
    assert.deepEqual(texts('The fair ran on Aug. 3 or 4, 1998, by most accounts.'), [
      ['Aug. 3', 'DATE', '1998-08-03'],
      ['4, 1998', 'DATE', '1998-08-04'],
    ]);
  });
  it('leaves a count after "and" alone ("March 3 and 25 people"), and a smaller number', () => {
    assert.deepEqual(texts('The club met on March 3 and 25 people came.'), [['March 3', 'DATE', '2020-03-03']]);
    assert.deepEqual(texts('The pantry opened on March 30 and 2 more volunteers joined.'), [['March 30', 'DATE', '2019-03-30']]);
  });
  it('reads "a week or so ago" as "a week ago", and "a day or so later" as a duration', () => {
    assert.deepEqual(texts('A week or so ago, the mayor signed the order.'), [['A week or so ago', 'DATE', '2020-W01']]);
    assert.deepEqual(texts('The storm passed, and a day or so later the roads reopened.'), [['a day or so later', 'DURATION', 'P1D']]);
  });
  it('reads "a day earlier" like "a day before": a duration, which still dates its clause a day before the narrative\'s day', () => {
    const [day, earlier] = tagTimes('The plant closed on Jan. 6. A day earlier, the union had voted to strike.', DCT);
    assert.deepEqual([day.value, earlier.text, earlier.type, earlier.value, earlier.date], ['2020-01-06', 'A day earlier', 'DURATION', 'P1D', '2020-01-05']);
    assert.deepEqual(texts('Sales rose from a year earlier.'), [['a year earlier', 'DATE', '2019']]);
  });
  it('reads a capitalised May or March after "the" and before a noun as the month, but not "the March of" or a verb', () => {
    assert.deepEqual(texts('The May elections will go ahead, the council said.'), [['May', 'DATE', '2020-05']]);
    assert.deepEqual(texts('Organisers of the March on the capital counted the crowd.'), []);
    assert.deepEqual(texts('The mayor said the vote may slip.'), []);
  });
});

describe('time classes: names and ordinals that look like times (found on unseen election copy)', () => {
  it('reads "a second" before a word or a hyphened modifier as the ordinal, and keeps "a second later", "for a second"', () => {
    assert.deepEqual(texts('The mayor will seek a second term in the fall.'), [['the fall', 'DATE', '2020-FA']]);
    assert.deepEqual(texts('A second group of residents signed the petition.'), []);
    assert.deepEqual(texts('She hoped for a second-place finish.'), []);
    assert.deepEqual(texts('The lights went out, and a second later the alarm rang.'), [['a second', 'DURATION', 'PT1S']]);
    assert.deepEqual(texts('He paused for a second, then answered.'), [['a second', 'DURATION', 'PT1S']]);
  });
  it('leaves a capitalised Daily, Weekly, Night or Year inside a sentence to the name it belongs to', () => {
    assert.deepEqual(texts('The story ran in the New York Daily News and the Weekly Standard.'), []);
    assert.deepEqual(texts('She hosted Saturday Night Live twice.'), []);
    assert.deepEqual(texts('The magazine named her Person of the Year.'), []);
    assert.deepEqual(texts('The council will publish a weekly digest on Saturday night.'), [
      ['weekly', 'SET', 'P1W'],
      ['Saturday night', 'DATE', '2020-01-11'],
    ]);
  });
  it('reads "three-quarters", "the quarter of voters" as fractions and "21st Century Fox" as a name', () => {
    assert.deepEqual(texts('About three-quarters of residents back the plan, and three-quarters said so in 2019.'), [['2019', 'DATE', '2019']]);
    assert.deepEqual(texts('She did well with the quarter of voters who decided late.'), []);
    assert.deepEqual(texts('He took a job at 21st Century Fox.'), []);
    assert.deepEqual(texts('Sales fell in the quarter of this year that ended in June.'), [
      ['the quarter', 'DATE', '2019-Q4'],
      ['this year', 'DATE', '2020'],
      ['June', 'DATE', '2019-06'],
    ]);
    assert.deepEqual(texts('It was the worst flood of the 21st century.'), [['the 21st century', 'DATE', '20']]);
  });
  it('reads "the year" right after a year and a comma as that year', () => {
    assert.deepEqual(texts('She joined the party in 2008, the year her brother ran for office.'), [
      ['2008', 'DATE', '2008'],
      ['the year', 'DATE', '2008'],
    ]);
    assert.deepEqual(texts('The council met twice during the year.'), [['the year', 'DATE', '2020']]);
  });
});
