import { strict as assert } from 'assert';
import { datelineDate, findTimes, tagTimes } from '../../src/core/time';
import { tenseAround, type Tense } from '../../src/core/time/tense';

// The event dates come from the one temporal tagger (src/core/time): these are its news-mode rules for the outline.

/** The value of a sentence's first DATE or TIME expression, as the tagger resolves it (text before it sets the story's reference). */
function when(sentence: string, articleDate: string | null, before = ''): string | null {
  const all = tagTimes(before + sentence, articleDate).filter((t) => t.start >= before.length && (t.type === 'DATE' || t.type === 'TIME' || /(?:later|after|before)$/.test(t.text)));
  assert.ok(all.length, `no date expression in: ${sentence}`);
  return all[0].date ?? all[0].value;
}
const findDates = (s: string) => findTimes(s).filter((t) => t.type === 'DATE' || t.type === 'TIME');

describe('dates: finding expressions', () => {
  it('finds the words and offsets of each expression', () => {
    const s = 'The vote Thursday night came after talks in March 2019 and a summit last week.';
    const found = findDates(s).map((d) => d.text);
    assert.deepEqual(found, ['Thursday night', 'March 2019', 'last week']);
    assert.equal(findTimes(s)[0].type, 'TIME'); // a part of a day is a TIMEX3 TIME
    for (const d of findDates(s)) assert.equal(s.slice(d.start, d.end), d.text);
  });
  it('ignores "may" and "march" as ordinary words and numbers that are not years', () => {
    assert.deepEqual(findDates('Protesters may march again, and 2500 people may join.'), []);
    assert.deepEqual(findDates('He said talks may resume.'), []);
  });
  it('never throws and stays in range on odd input', () => {
    const odd = '\uD800 Friday 🙂 ع\u0301 Jan. 99 ' + 'x'.repeat(100000) + ' last week';
    for (const d of findDates(odd)) assert.ok(d.start >= 0 && d.end <= odd.length && d.start < d.end);
  });
});

describe('dates: tense around an expression', () => {
  const tense = (s: string, expr: string): Tense => tenseAround(s, s.indexOf(expr), s.indexOf(expr) + expr.length);
  it('reads past, future and present from nearby auxiliaries and verb forms', () => {
    assert.equal(tense('The minister travelled to Brussels on Monday.', 'Monday'), 'past');
    assert.equal(tense('The minister will travel to Brussels on Monday.', 'Monday'), 'future');
    assert.equal(tense('The minister is going to travel to Brussels on Monday.', 'Monday'), 'future');
    assert.equal(tense('The minister plans to travel to Brussels on Monday.', 'Monday'), 'future');
    assert.equal(tense('On Monday, the minister met his counterpart.', 'Monday'), 'past');
    assert.equal(tense('The ministers spoke on Monday, and they will meet again on Friday.', 'Friday'), 'future');
    assert.equal(tense('The army said on Friday it would withdraw.', 'Friday'), 'past');
  });
});

describe('dates: weekdays (news rules)', () => {
  // 2020-01-10 is a Friday; 2020-01-14 a Tuesday; 2019-12-30 a Monday.
  it('a bare weekday in a past clause is the latest such day on or before the article date', () => {
    assert.equal(when('The council voted on Thursday.', '2020-01-10'), '2020-01-09');
    assert.equal(when('The council voted on Friday.', '2020-01-10'), '2020-01-10');
    assert.equal(when('The council voted on Friday.', '2020-01-14'), '2020-01-10');
    assert.equal(when('The council voted on Saturday.', '2020-01-14'), '2020-01-11');
  });
  it('a bare weekday in a future clause is the next such day', () => {
    assert.equal(when('The minister will travel to Brussels on Monday.', '2020-01-10'), '2020-01-13');
    assert.equal(when('The minister will travel to Brussels on Thursday.', '2020-01-14'), '2020-01-16');
  });
  it('"last Friday" is strictly before; "next Friday" strictly after', () => {
    assert.equal(when('A strike killed the general last Friday.', '2020-01-10'), '2020-01-03');
    assert.equal(when('A strike killed the general last Friday.', '2020-01-14'), '2020-01-10');
    assert.equal(when('The talks resume next Friday.', '2020-01-10'), '2020-01-17');
  });
  it('"Thursday night" is Thursday, at night (a TIME; the outline files it under Thursday); "on Thursday night" is the day', () => {
    assert.equal(when('The call came Thursday night.', '2020-01-10'), '2020-01-09TNI');
    assert.equal(when('The call came Thursday night.', '2020-01-14'), '2020-01-09TNI');
    assert.equal(when('The call came on Thursday night.', '2020-01-14'), '2020-01-09');
  });
  it('crosses a month and a year boundary', () => {
    assert.equal(when('The envoy arrived on Tuesday.', '2020-01-02'), '2019-12-31'); // Thursday → back across the year
    assert.equal(when('The envoy will arrive on Monday.', '2019-12-30'), '2019-12-30'); // Monday article: that day
    assert.equal(when('The envoy will arrive on Friday.', '2019-12-30'), '2020-01-03'); // forward across the year
    assert.equal(when('Rebels attacked the town on Saturday.', '2020-03-02'), '2020-02-29'); // back across February (leap year)
  });
});

describe('dates: month-day, month, year', () => {
  it('"on Dec. 12" takes the year that puts it nearest before the article date in past clauses', () => {
    assert.equal(when('The deal was signed on Dec. 12.', '2020-01-10'), '2019-12-12');
    assert.equal(when('The deal was signed on Jan. 3.', '2020-01-10'), '2020-01-03');
    assert.equal(when('The deal will be signed on Jan. 3.', '2019-12-20'), '2020-01-03');
    assert.equal(when('The deal was signed on 12 December.', '2020-03-01'), '2019-12-12');
  });
  it('an explicit year wins', () => {
    assert.equal(when('The deal was signed on Jan. 3, 2018.', '2020-01-10'), '2018-01-03');
    assert.deepEqual(tagTimes('The deal was signed on Feb. 30, 2018.', '2020-01-10').filter((d) => /-02-30/.test(d.value)), []);
  });
  it('"in March 2019" → 2019-03; "in 2014" → 2014', () => {
    assert.equal(when('The base was built in March 2019.', '2020-01-10'), '2019-03');
    assert.equal(when('The base was built in 2014.', '2020-01-10'), '2014');
    assert.equal(when('The base was built in 2014.', null), '2014');
  });
  it('a bare month follows the tense', () => {
    assert.equal(when('Protests began in October.', '2020-01-10'), '2019-10');
    assert.equal(when('Elections will be held in May.', '2020-01-10'), '2020-05');
    assert.equal(when('Protests began in January.', '2020-01-10'), '2020-01');
  });
  it('"in May last year", "last September", "this March"', () => {
    assert.equal(when('He resigned in May last year.', '2020-01-10'), '2019-05');
    assert.equal(when('He resigned in May last year.', '2021-12-31'), '2020-05');
    assert.equal(when('He resigned last September.', '2020-01-10'), '2019-09');
    assert.equal(when('He resigned last September.', '2020-10-02'), '2020-09');
    assert.equal(when('He resigned last September.', '2020-09-15'), '2019-09');
    assert.equal(when('The talks open next March.', '2020-01-10'), '2020-03');
  });
});

describe('dates: relative to the article date', () => {
  it('"yesterday", "today", "tomorrow", "two days ago" across a month and a year boundary', () => {
    assert.equal(when('The troops left yesterday.', '2020-01-01'), '2019-12-31');
    assert.equal(when('The troops leave today.', '2020-01-10'), '2020-01-10');
    assert.equal(when('The troops leave tomorrow.', '2020-02-29'), '2020-03-01');
    assert.equal(when('The troops left two days ago.', '2020-03-01'), '2020-02-28');
  });
  it('"last week", "next week", "this week" → ISO weeks', () => {
    assert.equal(when('A strike killed the general last week.', '2020-01-10'), '2020-W01');
    assert.equal(when('Talks resume next week.', '2020-01-10'), '2020-W03');
    assert.equal(when('Talks resumed this week.', '2020-01-10'), '2020-W02');
    assert.equal(when('A strike killed the general last week.', '2020-01-02'), '2019-W52');
    assert.equal(when('A strike killed the general last week.', '2021-01-08'), '2020-W53');
  });
  it('"last month", "earlier this month", "last year", "this year"', () => {
    assert.equal(when('Prices rose last month.', '2020-01-10'), '2019-12');
    assert.equal(when('Prices rose earlier this month.', '2020-01-10'), '2020-01');
    assert.equal(when('Prices rose last year.', '2020-01-10'), '2019');
    assert.equal(when('Prices rose earlier this year.', '2020-06-10'), '2020');
    assert.equal(when('Prices will rise next month.', '2019-12-10'), '2020-01');
  });
  it('"a day after", "two days later", "the day before" count from the story\'s last day', () => {
    // (TimeML types "two days later" as a duration, P2D; the date it points at is kept for the outline.)
    assert.equal(when('A day after the vote, the militia struck.', '2020-01-10', 'The vote was on Jan. 5. '), '2020-01-06');
    assert.equal(when('Two days later, the militia struck.', '2020-01-10', 'Talks failed on Dec. 31. '), '2020-01-02');
    assert.equal(when('The day before, the envoy left.', '2020-01-10', 'The summit opened on March 1. '), '2020-02-29');
    assert.equal(when('A day after the vote, the militia struck.', '2020-01-10'), 'P1D');
    assert.equal(when('A day after the vote, the militia struck.', '2020-01-10', 'The vote was in January. '), 'P1D');
  });
  it('no article date, no guess: X placeholders (the outline shows these as unresolved words)', () => {
    assert.equal(when('The council voted on Thursday.', null), 'XXXX-WXX-4');
    assert.deepEqual(tagTimes('Prices rose last month.', null), []);
    assert.equal(when('The deal was signed on Dec. 12.', null), 'XXXX-12-12');
  });
});

describe('dates: datelines', () => {
  it('reads a dated dateline only when the date is unambiguous', () => {
    assert.equal(datelineDate('BAGHDAD, Jan. 10, 2020 (Reuters) - Iraq asked the US ...'), '2020-01-10');
    assert.equal(datelineDate('WASHINGTON, Friday, January 10, 2020 — The House voted ...'), '2020-01-10');
    assert.equal(datelineDate('KIRKUK, Iraq, 9 January 2020 (AFP) - A rocket ...'), '2020-01-09');
    assert.equal(datelineDate('BAGHDAD, Jan. 10 (Reuters) - no year, so no date'), null);
    assert.equal(datelineDate('WASHINGTON, Thursday, January 10, 2020 — wrong weekday'), null);
    assert.equal(datelineDate('BAGHDAD, Feb. 30, 2020 (Reuters) - impossible day'), null);
    assert.equal(datelineDate('Iraq asked the US on Jan. 10, 2020 to leave.'), null);
  });
});
