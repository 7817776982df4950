// Bench child: peak extra JS heap of one full analysis. Run with --expose-gc --trace-gc; prints one JSON line last.
// The heap only grows between collections, so its peak is the largest "before" size of a collection during the
// run, or the size at the end: the parent reads those from V8's --trace-gc lines.
'use strict';
const { readFileSync } = require('node:fs');

const [coreFile, textFile, guideFile] = process.argv.slice(2);
const core = require(coreFile);
const text = readFileSync(textFile, 'utf8');

(async () => {
  const guideYaml = guideFile ? readFileSync(guideFile, 'utf8') : undefined;
  const reader = { read: async (p) => (p === '/desk/.copydesk.yaml' ? guideYaml : undefined), resolve: (_a, b) => b };
  const { guide } = await core.loadStyleGuide({ path: guideYaml === undefined ? null : '/desk/.copydesk.yaml', reader });
  const config = core.prepareConfig(guide);
  // Warm the config's lazy indexes and the JIT on a small text, so the measured run is the analysis itself.
  new core.Analyzer(config).analyze(text.slice(0, 5000), { file: 'a.md', date: '2020-01-10' });
  global.gc();
  global.gc();
  const base = process.memoryUsage();
  process.stdout.write(`#MARK start ${base.heapUsed}\n`);
  const analyzer = new core.Analyzer(config);
  const result = analyzer.analyze(text, { file: 'a.md', date: '2020-01-10' });
  const end = process.memoryUsage();
  process.stdout.write(`#MARK end ${end.heapUsed}\n`);
  global.gc();
  const retained = process.memoryUsage().heapUsed - base.heapUsed;
  process.stdout.write(
    JSON.stringify({
      baseHeap: base.heapUsed,
      endHeap: end.heapUsed,
      retainedExtra: retained,
      rssExtra: end.rss - base.rss,
      diagnostics: result.diagnostics.length,
      keep: analyzer.cache.misses,
    }) + '\n',
  );
})();
