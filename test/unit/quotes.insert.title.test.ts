// Insert attribution with a title, in AP order: short titles before the name, long ones after it between commas.
import { strict as assert } from 'assert';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import type { StyleGuide } from '../../src/core/config/styleGuide';
import { applyEdits } from '../../src/core/edits';
import { isLongTitle, planAttribution, quoteAt } from '../../src/core/quotes/insertAttribution';
import { loadGuide } from './helpers';

const LEAD = 'The bridge over the river was closed after the storm.';

describe('quotes: Insert attribution with a title (AP order)', () => {
  let guide: StyleGuide;
  before(async () => {
    guide = (await loadGuide()).guide;
  });

  /** Attribute the quote in `body` and return the quote's paragraph, checking the result reads back as attributed. */
  function attribute(body: string, speaker: string, verb: string, title?: string): string {
    const text = `${LEAD}\n\n${body}\n\nThe work starts Monday.`;
    const r = new Analyzer(prepareConfig(guide)).analyze(text, { file: 'a.md' });
    const plan = planAttribution(text, r, quoteAt(r, text.indexOf('rebuild'))!, speaker, verb, { title });
    assert.ok('edits' in plan, 'error' in plan ? plan.error : '');
    const out = applyEdits(text, plan.edits);
    const after = new Analyzer(prepareConfig(guide)).analyze(out, { file: 'a.md' });
    const quote = after.quotes.find((q) => q.text.includes('rebuild'))!;
    assert.equal(quote.attributed, true, out);
    assert.match(quote.speaker!.text, /Roe$/, out);
    assert.deepEqual(after.diagnostics.filter((d) => d.rule.startsWith('quotes/')).map((d) => d.rule), [], out);
    return out.split('\n\n')[1];
  }

  it('writes a typed "name, title" as `said Jane Roe, the city engineer.`', () => {
    assert.equal(attribute('"We will rebuild the bridge by spring."', 'Jane Roe, the city engineer', 'said'), '"We will rebuild the bridge by spring," said Jane Roe, the city engineer.');
  });

  it('puts a long title given apart after the name too, also inside a sentence', () => {
    assert.equal(attribute('“We will rebuild the bridge by spring.”', 'Jane Roe', 'said', 'the city engineer'), '“We will rebuild the bridge by spring,” said Jane Roe, the city engineer.');
    assert.equal(
      attribute('The crews worked and "we will rebuild the bridge" was the promise.', 'Jane Roe', 'said', 'the city engineer'),
      'The crews worked and "we will rebuild the bridge" was the promise, said Jane Roe, the city engineer.',
    );
  });

  it('keeps a short formal title before the name: `City Engineer Jane Roe said.`', () => {
    assert.equal(attribute('"We will rebuild the bridge by spring."', 'Jane Roe', 'said', 'City Engineer'), '"We will rebuild the bridge by spring," City Engineer Jane Roe said.');
  });

  it('sets the title between commas before a verb of several words', () => {
    assert.equal(attribute('"We will rebuild the bridge by spring."', 'Jane Roe, the city engineer', 'told reporters'), '"We will rebuild the bridge by spring," Jane Roe, the city engineer, told reporters.');
  });

  it('tells long titles from short ones', () => {
    for (const t of ['the city engineer', 'a spokeswoman for the ministry', 'chairman of the Joint Chiefs of Staff', "Iraq's top Shiite cleric"]) assert.ok(isLongTitle(t), t);
    for (const t of ['City Engineer', 'Secretary of State', 'Sen.', 'Grand Ayatollah']) assert.ok(!isLongTitle(t), t);
  });
});
