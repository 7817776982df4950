// Extension-host test entry: runs the mocha suites inside a real VS Code (code-server or @vscode/test-electron).
import Mocha from 'mocha';
import { loadSuites } from './suites';

/** Called by VS Code's test runner; resolves when every test passed. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'host', mocha);
  loadSuites();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`HOST TOTAL: ${mocha.suite.total()} tests, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} host test(s) failed`));
      else resolve();
    });
  });
}
