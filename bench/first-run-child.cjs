// Bench child: a fresh process's first analysis (cold JIT, lazy indexes built): load the core, guide, config, analyse.
'use strict';
const { readFileSync } = require('node:fs');

const [coreFile, textFile, guideFile] = process.argv.slice(2);
(async () => {
  const t0 = performance.now();
  const core = require(coreFile);
  const t1 = performance.now();
  const guideYaml = guideFile ? readFileSync(guideFile, 'utf8') : undefined;
  const reader = { read: async (p) => (p === '/desk/.copydesk.yaml' ? guideYaml : undefined), resolve: (_a, b) => b };
  const { guide } = await core.loadStyleGuide({ path: guideYaml === undefined ? null : '/desk/.copydesk.yaml', reader });
  const t2 = performance.now();
  const config = core.prepareConfig(guide);
  const t3 = performance.now();
  const text = readFileSync(textFile, 'utf8');
  const t4 = performance.now();
  new core.Analyzer(config).analyze(text, { file: 'a.md', date: '2020-01-10' });
  const t5 = performance.now();
  new core.Analyzer(config).analyze(text, { file: 'a.md', date: '2020-01-10' });
  const t6 = performance.now();
  process.stdout.write(JSON.stringify({ requireMs: t1 - t0, guideMs: t2 - t1, prepareMs: t3 - t2, firstAnalysisMs: t5 - t4, secondAnalysisMs: t6 - t5 }) + '\n');
})();
