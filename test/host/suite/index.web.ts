// Extension-host test entry for the web worker extension host (VS Code for the Web): the same suites as
// index.ts, run by mocha's browser build. Built by esbuild into out/test/suite/index.web.js (platform browser,
// `assert` aliased to ./assert.web). `npm run test:host:web`.
// mocha's browser build defines the global `mocha` (and Mocha); its spec reporter prints through console.log,
// which the workbench forwards to the test runner.
require('mocha/mocha.js');
import { loadSuites } from './suites';

/** Called by VS Code's test runner; resolves when every test passed. */
export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30000, color: false });
  loadSuites();
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        console.log(`HOST TOTAL: ${mocha.suite.total()} tests, ${failures} failed (web worker extension host)`);
        if (failures > 0) reject(new Error(`${failures} host test(s) failed`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
