// The quotes/unattributed decision on published-copy forms that are attributed (or not confidently quotes),
// each next to the same copy with its attribution removed, which must still be caught.
import { strict as assert } from 'assert';
import { analyzeWith } from './helpers';
import type { AnalysisResult } from '../../src/core/types';

const CONTINUATION_ON = 'severities:\n  quotes/continuation: info\n';
/** Texts of the quotes a rule flags. */
const flagged = (r: AnalysisResult, text: string, rule = 'quotes/unattributed') => r.diagnostics.filter((d) => d.rule === rule).map((d) => text.slice(d.start, d.end));
const story = (...paras: string[]) => ['# Council votes on the budget', ...paras].join('\n\n');

describe('quotes: flags on published copy', () => {
  it('a straight mark left open in curly-set copy is a stray, not a quote swallowing the lead', async () => {
    const text = story('"Mayor Ruth Alvarez tried to calm the room by interjecting, “Only the parks budget.”');
    assert.deepEqual(flagged(await analyzeWith(text), text), []);
  });

  it('a quote whose straight marks do not pair (odd count) is not a confident quote', async () => {
    const text = story('The budget office posted its summary: "Spending rises by 3 percent" and the "reserve holds.');
    assert.deepEqual(flagged(await analyzeWith(text), text), []);
    const paired = story('The budget rose. "Spending rises by 3 percent, and nobody can explain it."');
    assert.equal(flagged(await analyzeWith(paired), paired).length, 1);
  });

  it('a quote after a line set in capitals is a headline excerpt', async () => {
    const text = story('TOP STORIES. COUNCIL PASSES BUDGET “The council approved a $40 million budget on Tuesday after a long night of debate.” [Daily Ledger]');
    assert.deepEqual(flagged(await analyzeWith(text), text), []);
  });

  it('a speech verb whose speaker phrase is not recognised still attributes its sentence and the next', async () => {
    const text = story(
      'The vote came late.',
      '“We waited for years,” Ms. Ruth Alvarez, now 71 and retired in Salem, Mass., said by telephone this week. “Every hour felt like a day.”',
    );
    assert.deepEqual(flagged(await analyzeWith(text), text), []);
  });

  it('phrasal cues and cue verbs in any tense attribute: shot back, admitted, capitalised Tweeted', async () => {
    for (const para of [
      'Asked about the delay, Councilman Ed Hale shot back: “That would be good.”',
      '“I was a little nervous,” he admitted after Councilman Ed Hale spoke.',
      '“Not us, but we cannot argue with it!” Councilman Ed Hale Tweeted on Friday.',
    ]) {
      const text = story('Councilman Ed Hale spoke first.', para);
      assert.deepEqual(flagged(await analyzeWith(text), text), [], para);
    }
  });

  it('a quote closed by a comma and followed by its clause is attributed by its form, even with an unlisted verb', async () => {
    const text = story('Councilman Ed Hale spoke first.', '“People are afraid of wasting their votes,” he surmised. “On the bus, I hear it all the time.”');
    assert.deepEqual(flagged(await analyzeWith(text), text), []);
    const asked = story('The vote came late.', '“Would the tax be negotiable?” Hale pressed. “Maybe for families who register in time?”');
    assert.deepEqual(flagged(await analyzeWith(asked), asked), []);
  });

  it('a paragraph ending with a colon introduces the quote paragraph after it', async () => {
    const text = story('The minutes read as follows:', '“The motion carried by a vote of five to two, with the chair abstaining.”');
    assert.deepEqual(flagged(await analyzeWith(text), text), []);
  });

  it('a descriptive lead-in paragraph about a person continues to the quote paragraph (continuation when on)', async () => {
    const text = story('Councilwoman Dana Ortiz is upbeat about the budget, in part because she sees it as a compromise.', '“Not only can this budget pass, it is the best chance we have.”');
    const r = await analyzeWith(text);
    assert.deepEqual(flagged(r, text), []);
    assert.equal(r.quotes[0].speaker?.text, 'Councilwoman Dana Ortiz');
    const strict = await analyzeWith(text, CONTINUATION_ON);
    assert.equal(flagged(strict, text, 'quotes/continuation').length, 1);
  });

  it('a sentence before the quote in its paragraph naming a person is context, reported only as a continuation', async () => {
    const text = story('Mark Weddle, 55, has run a press at the plant for 24 years. “I have two brothers-in-law who work across the border.”');
    assert.deepEqual(flagged(await analyzeWith(text), text), []);
    assert.equal(flagged(await analyzeWith(text, CONTINUATION_ON), text, 'quotes/continuation').length, 1);
  });

  it('a lowercase fragment inside a sentence and a short term the sentence goes on about need no warning', async () => {
    for (const para of [
      'The committee released a statement on Monday, offering “a deep and sincere apology for the delay” to the neighbours.',
      '“Containment” has been the county policy on the landfill since 1990.',
      "The couple's series ''Harbor Lights,'' a drama that first aired in 1989, returns this fall.",
    ]) {
      const text = story('The vote came late.', para);
      assert.deepEqual(flagged(await analyzeWith(text), text), [], para);
    }
    const ends = story('The vote came late.', 'The plan was "a disaster for everyone involved here."');
    assert.equal(flagged(await analyzeWith(ends), ends).length, 1);
  });

  it('copy with its attribution removed is still flagged', async () => {
    const text = story('The vote came late in the evening.', '“We waited for years for this budget.” The chamber emptied soon after.');
    assert.deepEqual(flagged(await analyzeWith(text), text), ['“We waited for years for this budget.”']);
  });
  it('slogans labelled with their year need no speaker; the same slogans without labels are flagged', async () => {
    const text = story('The party changed course.', '“Safe streets? Yes to the levy” (2012) — “Parks for all? No.” (2014) — “Yes to the bypass” (2016).');
    assert.deepEqual(flagged(await analyzeWith(text), text), []);
    const bare = story('The party changed course.', '“Safe streets? Yes to the levy, now and for years to come.”');
    assert.equal(flagged(await analyzeWith(bare), bare).length, 1);
  });

  it('a dash byline on its own line after a block quote attributes it; a list item after it does not', async () => {
    for (const line of ['-Mayor Ruth Alvarez, speaking after the vote.', '— Alvarez.']) {
      const text = story('The vote came late.', '"We waited for years. Every hour felt like a day."', line);
      const r = await analyzeWith(text);
      assert.deepEqual(flagged(r, text), []);
      assert.match(r.quotes[0].speaker?.text ?? '', /Alvarez/);
    }
    const list = story('The vote came late.', '"We waited for years. Every hour felt like a day."', '- Alvarez voted against the levy.');
    assert.equal(flagged(await analyzeWith(list), list).length, 1);
  });

  it('a lead-in about a person (with a term in it) carries through a run of bare quote paragraphs', async () => {
    const lead = 'What “fix the roads” means is left to voters, since Mayor Ruth Alvarez spoke only in slogans at the rally.';
    const run = ['“We have to do something about it.”', '“We have to be a lot tougher on the contractors.”', '“We are not fighting it strongly enough.”'];
    const text = story(lead, ...run);
    assert.deepEqual(flagged(await analyzeWith(text), text), []);
    const r = await analyzeWith(text, CONTINUATION_ON);
    assert.equal(flagged(r, text, 'quotes/continuation').length, 3);
    // A quote that is not a bare paragraph of its own ends the run: the next quote paragraph is flagged.
    const broken = story(lead, run[0], 'Then came the vote. “We waited for years, and nothing changed.”', run[2]);
    assert.ok(flagged(await analyzeWith(broken), broken).includes(run[2]));
  });
});
