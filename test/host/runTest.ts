// Runs the extension-host test suite in a desktop VS Code downloaded by @vscode/test-electron.
//
// For contributors' machines and public CI runners that can reach Microsoft's update server:
//   npm run build && npx tsx test/host/runTest.ts
// It cannot run on the project's own machines (they reach only the npm registry and Debian), where
// `npm run test:host` (scripts/run-host-tests.mjs) runs the same suite in code-server 4.100.3 = VS Code 1.100.3.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

// Walks up from `start` to the folder holding the extension's package.json (works from test/host/ or out/).
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'copydesk') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no copydesk package.json above ${start}`);
  }
}

// Copies the fixture workspace to a temp folder, runs the suite in VS Code, and exits with its result.
async function main(): Promise<void> {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const extensionDevelopmentPath = findRepoRoot(here);
  // Built by `npm run build`; the same module scripts/run-host-tests.mjs loads.
  const extensionTestsPath = path.join(extensionDevelopmentPath, 'out', 'test', 'suite', 'index');
  const workspaceCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-host-'));
  fs.cpSync(path.join(extensionDevelopmentPath, 'test', 'fixtures', 'workspace'), workspaceCopy, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3', // the version the code-server runner uses; 'stable' works too
      extensionDevelopmentPath,
      extensionTestsPath,
      // Open the workspace copy; other installed extensions stay off so they cannot interfere.
      launchArgs: [workspaceCopy, '--disable-extensions'],
    });
  } finally {
    fs.rmSync(workspaceCopy, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('Failed to run the extension-host tests:', err);
  process.exit(1);
});
