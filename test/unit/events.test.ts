import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import { buildTimeline, eventSymbols, formatOutline } from '../../src/core/events/timeline';
import type { AnalysisResult, ArticleEvent } from '../../src/core/types';
import { loadGuide } from './helpers';

let analyzer: Analyzer;
before(async () => {
  analyzer = new Analyzer(prepareConfig((await loadGuide()).guide));
});

const run = (text: string, date: string | null = '2020-01-10', file = 'a.md'): AnalysisResult => analyzer.analyze(text, { file, date });

/** The one event whose text contains every fragment. */
function eventWith(events: ArticleEvent[], ...fragments: string[]): ArticleEvent {
  const found = events.filter((e) => fragments.every((f) => e.text.includes(f) || e.summary.includes(f)));
  assert.ok(found.length >= 1, `no event with ${fragments.join(' + ')}; events: ${events.map((e) => e.summary).join(' | ')}`);
  return found[0];
}

describe('events: the sample article (2020-01-10)', () => {
  const text = readFileSync('samples/iraq-us-withdrawal.md', 'utf8');
  let events: ArticleEvent[];
  before(() => {
    events = run(text, '2020-01-10').events;
  });
  it('the statement released on Friday → 2020-01-10', () => {
    const e = eventWith(events, 'statement released');
    assert.deepEqual(e.when, { text: 'Friday', value: '2020-01-10' });
  });
  it('the call on Thursday night → 2020-01-09, a claim reported by the statement, between Abdul-Mahdi and Pompeo', () => {
    const e = eventWith(events, 'request came', 'Thursday night');
    assert.deepEqual(e.when, { text: 'Thursday night', value: '2020-01-09' });
    assert.equal(e.source, 'claim');
    assert.match(e.reportedBy ?? '', /statement/i);
    assert.ok(e.who.some((w) => /Abdul-Mahdi/.test(w)) && e.who.some((w) => /Pompeo/.test(w)), e.who.join());
  });
  it('the strike that killed Soleimani "last Friday" → 2020-01-03', () => {
    const e = eventWith(events, 'killed', 'Soleimani');
    assert.deepEqual(e.when, { text: 'last Friday', value: '2020-01-03' });
  });
  it('the United States said on Friday → 2020-01-10', () => {
    const e = eventWith(events, 'United States said');
    assert.equal(e.when?.value, '2020-01-10');
  });
  it('the House vote on Thursday → 2020-01-09, in Washington', () => {
    const e = eventWith(events, 'voted', 'House');
    assert.equal(e.when?.value, '2020-01-09');
    assert.equal(e.where, 'In Washington');
  });
  it("the top cleric's condemnation on Friday → 2020-01-10, on Iraqi soil", () => {
    const e = eventWith(events, 'cleric', 'condemned');
    assert.equal(e.when?.value, '2020-01-10');
    assert.equal(e.where, 'on Iraqi soil');
  });
  it('other dates and places: "last week" → 2020-W01, "this month" → 2020-01, Brussels, Kirkuk province', () => {
    assert.equal(eventWith(events, 'air strike', 'killed').when?.value, '2020-W01');
    assert.equal(eventWith(events, 'showed blatant disregard').when?.value, '2020-01');
    assert.equal(eventWith(events, 'gathered').where, 'in Brussels');
    assert.equal(eventWith(events, 'caused the death').where, 'at a base in Kirkuk province');
  });
  it('events in quotes are marked as quotes; no event is dated without a date expression', () => {
    assert.equal(eventWith(events, 'had entered Iraq').source, 'quote');
    assert.equal(eventWith(events, 'passed a non-binding resolution').when, null);
  });
  it('every span lies in the text and its text matches', () => {
    for (const e of events) {
      assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
      assert.equal(text.slice(e.start, e.end), e.text);
    }
  });
  it('without an article date nothing is resolved from weekdays', () => {
    const undated = run(text.replace(/^date: .*$/m, 'date: none'), null).events;
    assert.ok(undated.length > 5);
    assert.equal(eventWith(undated, 'voted', 'House').when, null);
    assert.equal(eventWith(undated, 'voted', 'House').whenText, 'Thursday');
  });
});

describe('events: sentences of our own', () => {
  it('separates the reporting frame from the reported event', () => {
    const [frame, e] = run('The ministry said the convoy left Basra on Tuesday.', '2020-01-16').events;
    assert.equal(frame.text, 'The ministry said'); // the saying is a row of its own, the claim another
    assert.equal(e.source, 'claim');
    assert.equal(e.reportedBy, 'The ministry');
    assert.equal(e.when?.value, '2020-01-14');
    assert.match(e.summary, /convoy left Basra/);
  });
  it('resolves future weekdays forward and keeps the place', () => {
    const [e] = run('The foreign minister will travel to Brussels on Monday, officials said.', '2020-01-15').events;
    assert.equal(e.when?.value, '2020-01-20');
    assert.equal(e.source, 'claim');
    assert.equal(e.reportedBy, 'officials');
  });
  it('a dated frame is an event of its own', () => {
    const events = run('The army said on Wednesday it had withdrawn from the town.', '2019-12-31').events;
    const frame = eventWith(events, 'army said');
    assert.equal(frame.when?.value, '2019-12-25');
  });
  it('"a day after" counts from the previous dated event', () => {
    const events = run('Rebels seized the airport on Dec. 30.\n\nA day after, government troops retook the terminal.', '2020-01-02').events;
    assert.equal(eventWith(events, 'seized').when?.value, '2019-12-30');
    assert.equal(eventWith(events, 'retook').when?.value, '2019-12-31');
  });
  it('negated, hypothetical and stative clauses are not events', () => {
    const events = run('The talks could collapse. The army did not withdraw. The situation was tense. Officials believe the deal is fair.', '2020-01-10').events;
    assert.deepEqual(events.map((e) => e.summary), []);
  });
  it('uses a dated dateline when there is no article date', () => {
    const events = run('BAGHDAD, Jan. 10, 2020 (Reuters) - Gunmen attacked a checkpoint on Thursday.', null, 'a.txt').events;
    assert.equal(eventWith(events, 'attacked').when?.value, '2020-01-09');
  });
  it('never throws on hostile text and keeps spans inside it', () => {
    const hostile = ['“', '”', '"', 'said', ' he said.', 'on Friday', 'last week', 'a day after', '\uD800', '😀', 'e\u0301', 'عراق', '\r\n', '\n\n', 'The army attacked', ','];
    for (let i = 0; i < 200; i++) {
      let s = '';
      for (let k = 0; k < 30; k++) s += hostile[(i * 7 + k * 13 + ((i * k) % 5)) % hostile.length] + (k % 3 ? ' ' : '');
      const r = run(s);
      for (const e of r.events) assert.ok(e.start >= 0 && e.end <= s.length && e.start <= e.end);
    }
    const long = 'The army attacked the town on Friday and said “it left” '.repeat(2000);
    // Returns (speed on hostile input is a bench row, `npm run bench`, never a timed assertion).
    const r = run(long, '2020-01-10', 'long.txt');
    for (const e of r.events) assert.ok(e.start >= 0 && e.end <= long.length);
  });
});

describe('events: timeline helpers', () => {
  const ev = (summary: string, start: number, value: string | null): ArticleEvent => ({
    start, end: start + 5, text: summary, summary, who: [], where: null, when: value ? { text: 'x', value } : null, source: 'narrative',
  });
  it('groups chronologically by resolved value, undated last in article order', () => {
    const t = buildTimeline([ev('c', 30, null), ev('b', 20, '2020-01-09'), ev('a', 10, '2020-01-10'), ev('d', 40, '2019'), ev('e', 5, null), ev('f', 50, '2020-01-09')]);
    assert.deepEqual(t.groups.map((g) => g.value), ['2019', '2020-01-09', '2020-01-10', null]);
    assert.deepEqual(t.groups[1].events.map((e) => e.summary), ['b', 'f']);
    assert.deepEqual(t.groups[3].events.map((e) => e.summary), ['e', 'c']);
    assert.equal(t.groups[1].label, 'Thursday 9 January 2020');
  });
  it('formats an outline and symbols', () => {
    const text = readFileSync('samples/iraq-us-withdrawal.md', 'utf8');
    const r = run(text);
    const out = formatOutline(r);
    assert.match(out, /Thursday 9 January 2020 {2}2020-01-09\n(?: {2}- .*\n)*? {2}- .*voted/);
    assert.match(formatOutline({ file: 'x.md', date: null, events: [] }), /No events found/);
    const symbols = eventSymbols(r);
    assert.equal(symbols.length, r.events.length);
    assert.ok(symbols.every((s) => s.name && s.start < s.end));
  });
});
