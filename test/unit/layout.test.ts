import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join, relative, sep } from 'path';

// The layout the bundles rely on: a core without VS Code, and one import of the VS Code API in the extension.
const root = join(__dirname, '..', '..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const importsVscode = (file: string) => /(?:from|import|require\()\s*['"]vscode['"]/.test(readFileSync(file, 'utf8'));

describe('source layout', () => {
  it('keeps src/core free of the vscode module (browser-safe, testable without VS Code)', () => {
    assert.deepEqual(files(join(root, 'src', 'core')).filter(importsVscode).map((f) => relative(root, f).split(sep).join('/')), []);
  });
  it('imports the VS Code API in the extension only through src/extension/vscode.ts (one interop copy at activation)', () => {
    assert.deepEqual(files(join(root, 'src', 'extension')).filter(importsVscode).map((f) => relative(root, f).split(sep).join('/')), ['src/extension/vscode.ts']);
  });
});
