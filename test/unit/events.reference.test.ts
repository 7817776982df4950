import { strict as assert } from 'assert';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import { buildTimeline, formatOutline } from '../../src/core/events/timeline';
import type { AnalysisResult, ArticleEvent } from '../../src/core/types';
import { loadGuide } from './helpers';

let analyzer: Analyzer;
before(async () => {
  analyzer = new Analyzer(prepareConfig((await loadGuide()).guide));
});

const run = (text: string, date = '2021-03-12'): AnalysisResult => analyzer.analyze(text, { file: 'a.md', date });
const row = (events: ArticleEvent[], fragment: string): ArticleEvent => {
  const e = events.find((x) => x.text.includes(fragment));
  assert.ok(e, `no row with ${fragment}: ${events.map((x) => x.text).join(' | ')}`);
  return e;
};

describe('events: the narrative reference time', () => {
  it('an undated simple-past event takes the paragraph’s last date, marked inferred', () => {
    const { events } = run('The levee broke on Tuesday. Volunteers filled sandbags along the river.');
    const e = row(events, 'Volunteers filled');
    assert.deepEqual(e.when, { text: 'Tuesday', value: '2021-03-09' });
    assert.equal(e.inferred, true);
    assert.match(formatOutline({ file: 'a.md', date: '2021-03-12', events }), /\[“Tuesday”, inferred\]/);
  });
  it('does not carry a date two paragraphs on, into a future, a perfect or an "after" clause', () => {
    const { events } = run('The levee broke on Tuesday.\n\nThe river is high.\n\nVolunteers filled sandbags. Crews will inspect the dam. The town has reopened the school. The mayor spoke after the water receded.');
    for (const f of ['Volunteers filled', 'Crews will inspect', 'has reopened', 'water receded']) assert.equal(row(events, f).when, null, f);
  });
  it('an event of saying keeps the report’s time, not the last date of the story it tells', () => {
    const { events } = run('Mayor Ann Lee said on Thursday the bridge would reopen.\n\nThe river flooded the valley in 1998. “We are ready,” Lee said.');
    const saying = row(events, '“We are ready,” Lee said');
    assert.equal(saying.when?.value, '2021-03-11');
    assert.equal(saying.inferred, true);
  });
  it('a past reference after the article date never dates a past event', () => {
    const { events } = run('The festival will open on Saturday. Organisers sold every ticket.');
    assert.equal(row(events, 'Organisers sold').when, null);
  });
});

describe('events: quoted content and sayings', () => {
  it('a quote with a cue is one row (its speaker saying it); its undated clauses add none', () => {
    const { events } = run('“The water came fast and we lost everything,” said Maria Gonzalez, a resident.');
    assert.equal(events.length, 1, events.map((e) => e.summary).join(' | '));
    assert.deepEqual(events[0].who, ['Maria Gonzalez']);
  });
  it('a clause inside the quote with a date of its own keeps its row', () => {
    const { events } = run('“We will rebuild the bridge by June,” said Mayor Ann Lee.');
    const inner = events.find((e) => e.text.startsWith('We will rebuild'));
    assert.equal(inner?.when?.value, '2021-06');
  });
});

describe('events: clauses in financial copy', () => {
  it('a decimal point ends no sentence: the date after it stays in the clause', () => {
    const { events } = run('Shares of Acme fell 1.4% to $32.50 on Wednesday in heavy trading.');
    assert.equal(row(events, 'fell').when?.value, '2021-03-10');
  });
});

describe('timeline: vague references', () => {
  it('groups "recently" and "now" under the past and the present', () => {
    const { events } = run('The company recently sold its plant. The firm now plans a second plant.');
    const labels = buildTimeline(events).groups.map((g) => g.label);
    assert.ok(labels.includes('In the past') && labels.includes('Now'), labels.join());
    assert.ok(labels.indexOf('In the past') < labels.indexOf('Now'));
  });
});
