// Host tests of the names rules in a real editor: a typing-slip fix and a first-reference fix, each undone by one undo.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { byRule, quickFixes, waitForDiagnostics, workspaceUri, writeFile } from './helpers';

/** Apply the preferred quick fix of a diagnostic; return the text before. */
async function applyPreferred(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<string> {
  const actions = await quickFixes(doc.uri, d.range);
  const fix = actions.find((a) => a.isPreferred && a.edit);
  assert.ok(fix?.edit, `a preferred fix is offered for ${doc.getText(d.range)}`);
  const before = doc.getText();
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  return before;
}

describe('Copydesk names rules (real VS Code)', () => {
  before(async () => {
    await writeFile(workspaceUri('newsroom', '.copydesk.yaml'), 'version: 1\n');
  });

  it('fixes a typing slip in a name ("Whitfeld" to "Whitfield"), undone by one undo', async () => {
    const uri = workspaceUri('newsroom', 'names-typo.md');
    await writeFile(uri, '# Council Passes Budget\n\nKaren Whitfield opened the council meeting on Tuesday.\n\nLater, Mayor Whitfeld said the vote would stand.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diags = await waitForDiagnostics(uri, (d) => byRule(d, 'names/inconsistent').length === 1, 'names/inconsistent on Whitfeld');
    const d = byRule(diags, 'names/inconsistent')[0];
    assert.equal(doc.getText(d.range), 'Whitfeld');
    const before = await applyPreferred(doc, d);
    assert.ok(doc.getText().includes('Mayor Whitfield said'), doc.getText());
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the text byte for byte');
  });

  it('fixes a first reference by surname alone to the full name', async () => {
    const uri = workspaceUri('newsroom', 'names-first-reference.md');
    await writeFile(uri, '# Talks Resume in Baghdad\n\nPompeo arrived in Baghdad on Monday for talks with Iraqi officials about the future of the American troops stationed in the country.\n\nHe left on Tuesday.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diags = await waitForDiagnostics(uri, (d) => byRule(d, 'names/first-reference').length === 1, 'names/first-reference on Pompeo');
    const d = byRule(diags, 'names/first-reference')[0];
    assert.equal(doc.getText(d.range), 'Pompeo');
    const before = await applyPreferred(doc, d);
    assert.ok(doc.getText().includes('\nMike Pompeo arrived in Baghdad'), doc.getText());
    await waitForDiagnostics(uri, (x) => byRule(x, 'names/first-reference').length === 0, 'the first-reference finding to clear');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the text');
  });
});
