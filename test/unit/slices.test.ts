import { strict as assert } from 'assert';
import * as fs from 'fs';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import { loadGuide } from './helpers';

describe('sliced analysis', () => {
  const sample = fs.readFileSync('samples/iraq-us-withdrawal.md', 'utf8');

  it('gives the same result as one synchronous run, and yields between slices', async () => {
    const config = prepareConfig((await loadGuide()).guide);
    const long = sample + '\n\n' + Array.from({ length: 20 }, (_, i) => sample.split('---\n')[2].replace(/Friday/g, i % 2 ? 'Friday' : 'Thursday')).join('\n\n');
    const expected = new Analyzer(config).analyze(long, { file: 'long.md' });
    let yields = 0;
    const sliced = await new Analyzer(config).analyzeInSlices(long, { file: 'long.md' }, {
      yieldNow: async () => {
        yields++;
      },
      isCancelled: () => false,
      budgetMs: 0,
    });
    assert.deepEqual(sliced, expected);
    assert.ok(yields > 10, `yielded ${yields} times`);
  });

  it('stops when cancelled', async () => {
    const config = prepareConfig((await loadGuide()).guide);
    let yields = 0;
    const r = await new Analyzer(config).analyzeInSlices(sample, { file: 's.md' }, { yieldNow: async () => void yields++, isCancelled: () => yields >= 2, budgetMs: 0 });
    assert.equal(r, undefined);
  });
});
