import { strict as assert } from 'assert';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import { buildTimeline, formatOutline } from '../../src/core/events/timeline';
import type { AnalysisResult, ArticleEvent } from '../../src/core/types';
import { loadGuide } from './helpers';

let analyzer: Analyzer;
before(async () => {
  analyzer = new Analyzer(prepareConfig((await loadGuide()).guide));
});
const run = (text: string, date: string | null = '2021-03-18'): AnalysisResult => analyzer.analyze(text, { file: 'a.md', date });
const find = (events: ArticleEvent[], fragment: string): ArticleEvent => {
  const e = events.find((x) => x.text.includes(fragment));
  assert.ok(e, `no event with "${fragment}": ${events.map((x) => x.summary).join(' | ')}`);
  return e;
};

describe('events: quotes are events of saying', () => {
  it('the speaker says the quote: actor from the quotes pass, action the cue, content the quote', () => {
    const r = run('“We cannot take chances,” Mayor Tom Reyes told reporters at City Hall.');
    const e = find(r.events, 'chances');
    assert.deepEqual(e.who, ['Tom Reyes']);
    assert.equal(e.action, 'told');
    assert.equal(e.what, '“We cannot take chances”');
    assert.equal(e.source, 'quote');
    assert.equal(e.who[0], r.quotes[0].speaker?.name);
  });
  it('an inverted attribution ("said Maria Gonzalez") and a pronoun one ("she added") name the speaker, never the quote', () => {
    const r = run('“It’s a disaster,” said Maria Gonzalez, a baker on Mill Street. “We’ll stay,” she added.');
    const first = find(r.events, 'disaster');
    assert.deepEqual(first.who, ['Maria Gonzalez']);
    assert.equal(first.action, 'said');
    const second = find(r.events, 'stay');
    assert.deepEqual(second.who, ['Maria Gonzalez']);
    assert.equal(second.action, 'added');
    for (const e of r.events) for (const w of e.who) assert.ok(!/disaster|stay|chances/i.test(w), `quote words as actor: ${w}`);
  });
  it('an unresolvable pronoun speaker gives no actor rather than a wrong one', () => {
    const r = run('“We’ll rebuild,” she said.');
    const e = find(r.events, 'rebuild');
    assert.deepEqual(e.who, []);
    assert.equal(e.summary.startsWith('she'), false);
  });
});

describe('events: actors and reporters', () => {
  it('"He said the council would vote" is a claim by the person last named, as the quotes pass resolves "he"', () => {
    const text = 'Maria Gonzalez runs the bakery. Council member Dan Whitfield said the order came late.\n\nHe said the council would vote on Friday on emergency funds.';
    const e = find(run(text).events, 'would vote');
    assert.equal(e.source, 'claim');
    assert.equal(e.reportedBy, 'Dan Whitfield');
    assert.equal(e.when?.value, '2021-03-19');
  });
  it('a pronoun subject resolves to the person named before it', () => {
    const e = find(run('Ana Ortiz, the city engineer, reached the levee at dawn. She closed the gate on Tuesday.').events, 'closed the gate');
    assert.deepEqual(e.who, ['Ana Ortiz']);
  });
  it('a dateline with no date never becomes a subject', () => {
    for (const dateline of ['SPRINGFIELD — ', 'SPRINGFIELD, Ill. (AP) — ', 'RIVERTON, Wyo. — ']) {
      const r = run(`${dateline}Crews closed the bridge on Wednesday.`);
      const e = find(r.events, 'closed');
      assert.ok(!e.text.includes('RIVERTON') && !e.text.includes('SPRINGFIELD'), e.text);
      assert.ok(e.who.every((w) => !/SPRINGFIELD|RIVERTON/.test(w)), e.who.join());
      assert.equal(e.when?.value, '2021-03-17');
    }
  });
});

describe('events: dates from the tagger', () => {
  it('a comparison point is not the event’s date ("the highest level since 1996")', () => {
    const e = find(run('The river reached its highest level since 1996 on Wednesday.').events, 'reached');
    assert.equal(e.when?.value, '2021-03-17');
    const only = find(run('The river reached its highest level since 1996.').events, 'reached');
    assert.equal(only.when, null);
  });
  it('a clause with two dates gives both, and the outline lists it under each', () => {
    const r = run('The council met on Dec. 12 and again on March 2 to discuss the levee.');
    const e = find(r.events, 'met');
    assert.deepEqual(e.dates?.map((d) => d.value), ['2020-12-12', '2021-03-02']);
    const groups = buildTimeline(r.events).groups.filter((g) => g.events.includes(e));
    assert.deepEqual(groups.map((g) => g.value), ['2020-12-12', '2021-03-02']);
    const out = formatOutline(r);
    assert.match(out, /2020-12-12\n {2}- .*\[“Dec\. 12”\]/);
    assert.match(out, /2021-03-02\n {2}- .*\[“March 2”\]/);
  });
  it('the outline groups a time of day under its day, and the event keeps the words', () => {
    const e = find(run('Firefighters reached the mill at 10 p.m. Tuesday.').events, 'reached');
    assert.equal(e.when?.value, '2021-03-16');
    assert.equal(e.when?.text, '10 p.m. Tuesday');
  });
  it('the event dates agree with the `times` the analysis reports', () => {
    const r = run('Crews closed the bridge on Wednesday. The next day, engineers inspected it.');
    assert.equal(find(r.events, 'inspected').when?.value, '2021-03-18');
    for (const e of r.events) if (e.when) assert.ok(r.times.some((t) => t.text === e.when!.text && t.value.startsWith(e.when!.value)));
  });
});

describe('events: no wrong actor from an opening phrase, an adverb or a pronoun (classes found on the PolNeAR copy)', () => {
  it('an opening preposition is no subject: "According to X," gives the subject after the comma; "In a meeting … Trump said" gives no actor', () => {
    assert.deepEqual(find(run('According to the county clerk, Mayor Ann Lee signed the order.').events, 'signed').who, ['Ann Lee']);
    const e = find(run('In a March meeting with the editorial board of the Gazette the mayor said that the bridge would close.').events, 'bridge');
    assert.ok(!e.who.some((w) => /^(in|in a)$/i.test(w)), `actor ${JSON.stringify(e.who)}`);
  });
  it('a subordinator is not part of the subject ("While she spoke", "If the rules survive")', () => {
    const r = run('Mayor Ann Lee visited the plant on Monday. While she toured the floor, workers cheered.');
    assert.deepEqual(find(r.events, 'toured').who, ['Ann Lee']);
    assert.deepEqual(find(run('If the levy failed, the board would meet again.').events, 'levy failed').who, ['levy']);
  });
  it('an adverb after the subject is not part of it, so a pronoun still resolves ("She then called")', () => {
    const r = run('Mayor Ann Lee spoke on Monday. She then called the vote.');
    assert.deepEqual(find(r.events, 'called the vote').who, ['Ann Lee']);
    assert.deepEqual(find(run('The council repeatedly delayed the vote.').events, 'delayed').who, ['council']);
  });
  it('a title\'s period does not end the subject ("Mr. Schultz"), nor is "Even" or an -ly adverb before the verb part of it', () => {
    assert.deepEqual(find(run('Mr. Schultz generally supported the levy.').events, 'levy').who, ['Schultz']);
    assert.deepEqual(find(run('The county clerk aggressively defended the count.').events, 'count').who, ['county clerk']);
    assert.deepEqual(find(run('The elderly family filed a lawsuit on Monday.').events, 'lawsuit').who, ['elderly family']);
    const r = run('Mayor Ann Lee spoke on Monday. Even as she hosted the cookout, protesters gathered.');
    assert.deepEqual(find(r.events, 'cookout').who, ['Ann Lee']);
  });
  it('a pronoun does not resolve to a place or a headline in capitals ("West Virginia", "FULL TEXT")', () => {
    const r = run('Mayor Ann Lee spoke on Monday about her visit to West Virginia. She then signed the order.');
    assert.deepEqual(find(r.events, 'signed the order').who, ['Ann Lee']);
    const caps = run('Mayor Ann Lee spoke on Monday.\n\nFULL TEXT.\n\nShe then signed the order.');
    assert.deepEqual(find(caps.events, 'signed the order').who, ['Ann Lee']);
  });
  it('an unresolved pronoun, even before words the clause reader missed, and the "there" of "there were" name no one', () => {
    assert.deepEqual(find(run('I think the mayor’s speech yesterday was about taxes.').events, 'taxes').who, []);
    assert.deepEqual(find(run('They argue that the levy failed.').events, 'levy').who, []);
    assert.deepEqual(find(run('On Friday there were two polls.').events, 'polls').who, []);
  });
});
