// Host tests of the quote check: the altered quick fix restores the source's words (one undo back), a source edit re-checks.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { byRule, quickFixes, waitForDiagnostics, workspaceUri, writeFile } from './helpers';

// Written for this test: a council statement and an article quoting it.
const STATEMENT = 'Council statement\n\nThe mayor said the bridge would reopen in the spring once the repairs to the north pier were finished.\n';
const ARTICLE = [
  '# Bridge to reopen',
  '',
  'The council gave a date on Monday.',
  '',
  '“The bridge would reopen in the summer once the repairs to the north pier were finished,” the council said.',
  '',
].join('\n');

describe('Copydesk quote check (real VS Code)', () => {
  const dir = (...s: string[]) => workspaceUri('newsroom', 'quote-desk', ...s);

  before(async () => {
    await writeFile(dir('.copydesk.yaml'), 'version: 1\nsources: [sources/**]\n');
    await writeFile(dir('sources', 'statement.md'), STATEMENT);
    await writeFile(dir('bridge.md'), ARTICLE);
  });

  it('flags an altered quote; the quick fix restores the source’s words and one undo restores the article', async () => {
    const doc = await vscode.workspace.openTextDocument(dir('bridge.md'));
    await vscode.window.showTextDocument(doc);
    const diags = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'quotes/altered').length === 1, 'quotes/altered on the article');
    const altered = byRule(diags, 'quotes/altered')[0];
    assert.match(altered.message, /“summer” instead of “spring”/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, altered.range.start.translate(0, 5));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /~~spring~~ \*\*summer\*\*/);
    const actions = await quickFixes(doc.uri, altered.range);
    const fix = actions.find((a) => a.isPreferred && a.edit && /Restore/.test(a.title));
    assert.ok(fix?.edit, `a restore fix among ${actions.map((a) => a.title)}`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('“The bridge would reopen in the spring once'), doc.getText());
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'quotes/altered').length === 0, 'quotes/altered to clear after the fix');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the article byte for byte');
  });

  it('editing a source file updates the findings of open articles', async () => {
    const doc = await vscode.workspace.openTextDocument(dir('bridge.md'));
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'quotes/altered').length === 1, 'quotes/altered before the source edit');
    await writeFile(dir('sources', 'statement.md'), STATEMENT.replace('spring', 'summer'));
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'quotes/altered').length === 0 && byRule(d, 'quotes/not-in-source').length === 0, 'the quote to match the edited source');
    await writeFile(dir('sources', 'statement.md'), 'Council statement\n\nNothing about bridges here at all.\n');
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'quotes/not-in-source').length === 1, 'quotes/not-in-source once the source no longer holds it');
    await writeFile(dir('sources', 'statement.md'), STATEMENT);
  });
});
