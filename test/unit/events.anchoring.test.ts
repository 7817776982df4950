import { strict as assert } from 'assert';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import type { AnalysisResult, ArticleEvent } from '../../src/core/types';
import { loadGuide } from './helpers';

// Event forms whose date sits outside the verb's own words (issue 12), each on sentences written for the test.
// Article date: Friday 12 March 2021.
let analyzer: Analyzer;
before(async () => {
  analyzer = new Analyzer(prepareConfig((await loadGuide()).guide));
});

const run = (text: string, date = '2021-03-12'): AnalysisResult => analyzer.analyze(text, { file: 'a.md', date });
/** The rows whose words hold `fragment`. */
const rowsWith = (events: ArticleEvent[], fragment: string): ArticleEvent[] => {
  const found = events.filter((x) => x.text.includes(fragment));
  assert.ok(found.length, `no row with ${fragment}: ${events.map((x) => x.text).join(' | ')}`);
  return found;
};
/** The dates of the first row that holds `fragment`. */
const datesOf = (events: ArticleEvent[], fragment: string): string[] => {
  const e = rowsWith(events, fragment)[0];
  return (e.dates ?? (e.when ? [e.when] : [])).map((d) => d.value);
};

describe('events: a verb keeps its object and its date', () => {
  it('the date after the object stays with the verb, not with the next clause ("arrested him … Thursday as he …")', () => {
    const { events } = run('Police said officers arrested the driver at the depot early Thursday as he was about to leave town.');
    assert.deepEqual(datesOf(events, 'arrested the driver'), ['2021-03-11']);
  });
  it('an "and" inside a noun phrase does not open a clause ("in Dover and Calais on Tuesday and called …")', () => {
    const { events } = run('The council condemned the strikes in Dover and Calais on Tuesday and called for calm.');
    assert.deepEqual(datesOf(events, 'condemned the strikes'), ['2021-03-09']);
    // The coordinated verb shares its subject, and the date of the verb it is coordinated with.
    assert.deepEqual(datesOf(events, 'called for calm'), ['2021-03-09']);
  });
  it('a trailing attribution after a comma is its own clause ("… Monday, killing …, witnesses said")', () => {
    const { events } = run('Two buses collided near the harbour and the ferry terminal Monday, injuring dozens, witnesses said.');
    assert.deepEqual(datesOf(events, 'Two buses collided'), ['2021-03-08']);
  });
  it('a number in the subject does not split it ("more than 1,700 injured")', () => {
    const { events } = run('At least 80 were killed on Wednesday and more than 1,700 injured.');
    assert.ok(rowsWith(events, 'more than 1,700 injured').every((e) => !e.text.startsWith('700')));
  });
  it('a present form after "now" is a verb: its clause is a row dated now', () => {
    const { events } = run('The fund now holds a cash position of about 15%.');
    assert.deepEqual(datesOf(events, 'now holds'), ['PRESENT_REF']);
  });
  it('"About 100 protesters marched" is a clause, not an opening prepositional phrase', () => {
    const { events } = run('About 100 protesters marched to the town hall on Friday night.');
    assert.deepEqual(datesOf(events, 'protesters marched'), ['2021-03-12']);
  });
});

describe('events: the reference time across sentences and paragraphs', () => {
  it('passes over a deadline after the article date to the narrative’s last date', () => {
    const { events } = run('The board ruled on Wednesday that the plant must close by March 30. The decision angered the workers.');
    const e = rowsWith(events, 'The decision angered')[0];
    assert.deepEqual(e.when, { text: 'Wednesday', value: '2021-03-10' });
    assert.equal(e.inferred, true);
  });
  it('a paragraph with no date of its own goes on with the last day of the paragraph before', () => {
    const { events } = run('Shares fell on Tuesday, traders said. Volume for March was light.\n\nThe bank’s stock dropped sharply.');
    const e = rowsWith(events, 'stock dropped')[0];
    assert.deepEqual(e.when, { text: 'Tuesday', value: '2021-03-09' });
    assert.equal(e.inferred, true);
  });
  it('but not with a month or year, nor from two paragraphs back', () => {
    const month = run('Sales rose in February.\n\nThe company hired new staff.').events;
    assert.equal(rowsWith(month, 'hired new staff')[0].when, null);
    const far = run('The levee broke on Tuesday.\n\nOfficials were worried.\n\nVolunteers filled sandbags.').events;
    assert.equal(rowsWith(far, 'Volunteers filled')[0].when, null);
  });
});

describe('events: "soon" and a year-ago quarter', () => {
  it('"will soon" dates the clause in the future; a past "soon" does not', () => {
    const { events } = run('The agency said it will soon open a second office.');
    assert.ok(events.some((e) => (e.dates ?? (e.when ? [e.when] : [])).some((d) => d.value === 'FUTURE_REF')));
    assert.ok(!run('The driver was soon released.').times.some((t) => t.text === 'soon'));
  });
  it('"in the year-ago third quarter, X earned" is the clause’s own date', () => {
    const { events } = run('The company in the year-ago third quarter earned $2 million.');
    assert.deepEqual(datesOf(events, 'earned'), ['2020-Q3']);
  });
});
