// Host test at scale: typing into a 20,000-word article, diagnostics keep up with no lost or stale results.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { byRule, extensionUri, waitForDiagnostics, workspaceUri, writeFile } from './helpers';

describe('Copydesk at scale (real VS Code)', () => {
  it('keeps up with typing in a 20,000-word article', async function () {
    this.timeout(120000);
    const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(extensionUri('samples', 'iraq-us-withdrawal.md')));
    const body = sample.split(/^---$/m)[2].replace(/towards/g, 'toward');
    const copies: string[] = [];
    let words = 0;
    for (let i = 0; words < 20000; i++) {
      const copy = body.replace(/at least 25 people/g, `at least ${25 + i} people`);
      copies.push(copy);
      words += copy.split(/\s+/).filter(Boolean).length;
    }
    const uri = workspaceUri('newsroom', 'long-read.md');
    await writeFile(uri, `---\ndate: 2020-01-10\n---\n${copies.join('\n\n')}`);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'style/defence').length === copies.length, 'the first full analysis', 60000);
    assert.equal(byRule(vscode.languages.getDiagnostics(doc.uri), 'style/towards').length, 0);

    // Type " towards" at the end of ten paragraphs spread through the article, one key at a time.
    const targets = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95].map((f) => Math.floor(f * (doc.lineCount - 1)));
    for (const line of targets) {
      const end = doc.lineAt(line).range.end;
      editor.selection = new vscode.Selection(end, end);
      for (const ch of ' towards') await vscode.commands.executeCommand('type', { text: ch });
    }
    const expected = doc.getText().split('towards').length - 1;
    assert.equal(expected, targets.length);
    const final = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'style/towards').length === expected, `${expected} style/towards after typing`, 60000);
    for (const d of byRule(final, 'style/towards')) assert.equal(doc.getText(d.range), 'towards', 'no stale ranges');
    for (const d of byRule(final, 'style/defence')) assert.equal(doc.getText(d.range), 'Defence', 'earlier results shifted correctly');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
