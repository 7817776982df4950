// At most MAX_FINDINGS_PER_RULE findings of one rule per article, then one summary finding: text with 100k hits is
// not prose an editor reads finding by finding. Other rules and suppressed findings are not affected.
import { strict as assert } from 'assert';
import { MAX_FINDINGS_PER_RULE } from '../../src/core/analyze';
import { analyzeWith } from './helpers';

const GUIDE = 'version: 1\nrules:\n  - id: utilise\n    kind: avoid\n    pattern: utilise\n  - id: whilst\n    kind: avoid\n    pattern: whilst\n';

describe('findings cap per rule', () => {
  it('lists the first findings of a rule by position, then one summary at the last one', async () => {
    const extra = 7;
    const text = 'We utilise it whilst we can. ' + 'They utilise it. '.repeat(MAX_FINDINGS_PER_RULE + extra - 1);
    const r = await analyzeWith(text, GUIDE);
    const utilise = r.diagnostics.filter((d) => d.rule === 'style/utilise');
    assert.equal(utilise.length, MAX_FINDINGS_PER_RULE + 1);
    const summary = utilise[utilise.length - 1];
    assert.match(summary.message, /and 7 more style\/utilise findings/);
    assert.equal(summary.start, text.lastIndexOf('utilise'));
    assert.deepEqual(summary.fixes, []);
    assert.equal(utilise[MAX_FINDINGS_PER_RULE - 1].start, text.indexOf('utilise', utilise[MAX_FINDINGS_PER_RULE - 2].end));
    assert.equal(r.diagnostics.filter((d) => d.rule === 'style/whilst').length, 1);
    // Sorted by position, summary included.
    for (let i = 1; i < r.diagnostics.length; i++) assert.ok(r.diagnostics[i - 1].start <= r.diagnostics[i].start);
  });

  it('counts only findings that are reported: exactly the cap gives no summary', async () => {
    const text = 'They utilise it. '.repeat(MAX_FINDINGS_PER_RULE);
    const r = await analyzeWith(text, GUIDE);
    const utilise = r.diagnostics.filter((d) => d.rule === 'style/utilise');
    assert.equal(utilise.length, MAX_FINDINGS_PER_RULE);
    assert.ok(utilise.every((d) => !/more style\/utilise findings/.test(d.message)));
  });
});
