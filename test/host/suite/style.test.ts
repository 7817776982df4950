// Foundation host tests: activation, style diagnostics, quick fix + undo, broken YAML, re-lint, README stays quiet.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, byRule, extensionUri, quickFixes, waitForDiagnostics, workspaceUri, writeFile } from './helpers';

describe('Copydesk foundation (real VS Code)', () => {
  const storyUri = () => workspaceUri('newsroom', 'iraq-us-withdrawal.md');
  const guideUri = () => workspaceUri('newsroom', '.copydesk.yaml');

  before(async () => {
    const sample = await vscode.workspace.fs.readFile(extensionUri('samples', 'iraq-us-withdrawal.md'));
    await vscode.workspace.fs.writeFile(storyUri(), sample);
  });

  it('activates on the sample article and reports in VS Code 1.100', async () => {
    const doc = await vscode.workspace.openTextDocument(storyUri());
    await vscode.window.showTextDocument(doc);
    const copydesk = await api();
    assert.ok(copydesk.lint, 'API exposes the lint controller');
    console.log(`    VS Code ${vscode.version}, ${typeof process === 'undefined' ? 'web' : 'node'} extension host`);
    const diags = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'style/towards').length > 0, 'style/towards on the sample');
    const towards = byRule(diags, 'style/towards')[0];
    assert.equal(doc.getText(towards.range), 'towards');
    assert.equal(towards.source, 'copydesk');
  });

  it('applies a quick fix as one edit, and one undo restores the text byte for byte', async () => {
    const doc = await vscode.workspace.openTextDocument(storyUri());
    const editor = await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const diags = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'style/towards').length > 0, 'style/towards');
    const target = byRule(diags, 'style/towards')[0];
    const actions = await quickFixes(doc.uri, target.range);
    const fix = actions.find((a) => a.title.includes("'toward'"));
    assert.ok(fix?.edit, `a quick fix to 'toward' is offered (got ${actions.map((a) => a.title).join(', ')})`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('signals toward de-escalation'));
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'style/towards').length === 0, 'style/towards to clear after the fix');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the original text');
    assert.equal(editor.document, doc);
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'style/towards').length > 0, 'style/towards back after undo');
  });

  it('reports a broken .copydesk.yaml on that file at the right line, while other rules still report', async () => {
    const doc = await vscode.workspace.openTextDocument(storyUri());
    await vscode.window.showTextDocument(doc);
    const broken = [
      'version: 1', // line 1
      'rules:', // line 2
      '  - id: ok-rule', // 3
      '    kind: avoid', // 4
      '    pattern: de-escalation', // 5
      '  - id: bad-rule', // 6
      '    kind: avoid', // 7
      '    pattern: Tehran', // 8
      '    severity: loud', // 9: not a severity
      '',
    ].join('\n');
    await writeFile(guideUri(), broken);
    const guideDiags = await waitForDiagnostics(guideUri(), (d) => d.length > 0, 'a diagnostic on .copydesk.yaml');
    assert.equal(guideDiags[0].range.start.line, 8, `problem on line 9 (0-based 8): ${guideDiags[0].message}`);
    assert.match(guideDiags[0].message, /severity/);
    const articleDiags = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'style/ok-rule').length > 0, 'the valid rule still reporting');
    assert.equal(byRule(articleDiags, 'style/bad-rule').length, 0, 'the invalid rule is dropped');
    assert.ok(byRule(articleDiags, 'style/towards').length > 0, 'inherited rules keep working');
  });

  it('reports YAML syntax errors at their line and column', async () => {
    await writeFile(guideUri(), 'version: 1\nrules:\n  - id: x\n    kind: avoid\n    pattern: [unclosed\n');
    const diags = await waitForDiagnostics(guideUri(), (d) => d.some((x) => /YAML/.test(x.message)), 'a YAML syntax diagnostic');
    assert.ok(diags[0].range.start.line >= 4, `syntax error located at line ${diags[0].range.start.line + 1}`);
  });

  it('re-lints open articles when the style guide is edited', async () => {
    const doc = await vscode.workspace.openTextDocument(storyUri());
    await vscode.window.showTextDocument(doc);
    await writeFile(guideUri(), 'version: 1\nrules:\n  - id: no-premier\n    kind: avoid\n    pattern: premier\n    severity: error\n');
    await waitForDiagnostics(guideUri(), (d) => d.length === 0, 'the guide diagnostics to clear');
    const diags = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'style/no-premier').length > 0, 'the new rule to report');
    assert.equal(byRule(diags, 'style/no-premier')[0].severity, vscode.DiagnosticSeverity.Error);
    await writeFile(guideUri(), 'version: 1\nrules:\n  - id: towards\n    severity: off\n');
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'style/no-premier').length === 0 && byRule(d, 'style/towards').length === 0, 'the rule to go and towards to be turned off');
  });

  it('leaves a programmer\'s README.md alone (no .copydesk.yaml above it)', async () => {
    const readme = await vscode.workspace.openTextDocument(workspaceUri('code', 'README.md'));
    await vscode.window.showTextDocument(readme);
    const story = await vscode.workspace.openTextDocument(storyUri());
    const copydesk = await api();
    // A positive barrier: the article is analysed after the README was opened.
    await copydesk.lint.analyzeNow(story);
    await copydesk.lint.analyzeNow(readme);
    assert.equal(copydesk.lint.analysisFor(readme), undefined, 'README is not treated as an article');
    assert.deepEqual(vscode.languages.getDiagnostics(readme.uri).filter((d) => d.source === 'copydesk'), []);
  });
});
