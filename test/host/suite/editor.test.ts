// Host tests of a first day's editing (issue 14): the outline follows opened articles, onSave quick fixes survive
// unsaved edits, located style-guide errors, AP attribution with a title, counts that agree, wrapped .article files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, byRule, extensionUri, quickFixes, waitForDiagnostics, waitForOutline, workspaceUri, writeFile } from './helpers';

/** Counts shown by VS Code's Problems panel for a file (it lists errors, warnings and infos; hints are not listed). */
function problemsPanelCounts(uri: vscode.Uri) {
  const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'copydesk');
  const count = (s: vscode.DiagnosticSeverity) => d.filter((x) => x.severity === s).length;
  return { errors: count(vscode.DiagnosticSeverity.Error), warnings: count(vscode.DiagnosticSeverity.Warning), infos: count(vscode.DiagnosticSeverity.Information), hints: count(vscode.DiagnosticSeverity.Hint) };
}

describe('Copydesk editor experience (real VS Code, issue 14)', function () {
  // Each test waits on events with its own timeouts; the whole test may take longer on a busy machine.
  this.timeout(60000);
  const guideUri = () => workspaceUri('newsroom', '.copydesk.yaml');
  const LEAD = 'The bridge over the river was closed after the storm.\n\n';

  before(async () => {
    await writeFile(guideUri(), 'version: 1\n');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('copydesk').update('run', undefined, vscode.ConfigurationTarget.Workspace);
    await writeFile(guideUri(), 'version: 1\n');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the events outline follows an article opened from the Explorer or Quick Open, not only a tab switch', async () => {
    const first = workspaceUri('newsroom', 'outline-first.md');
    const second = workspaceUri('newsroom', 'outline-second.md');
    await writeFile(first, '---\ndate: 2024-03-15\n---\n\nThe council voted on Thursday to close the bridge.\n');
    await writeFile(second, '---\ndate: 2024-03-15\n---\n\nThe mayor resigned on Wednesday after the vote.\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    await vscode.commands.executeCommand('copydesk.showEventsOutline');
    await waitForOutline((m) => m.type === 'update' && m.file === first.toString());
    // `vscode.open` is what the Explorer and Quick Open run: a document never opened before, not yet analysed.
    await vscode.commands.executeCommand('vscode.open', second);
    const shown = await waitForOutline((m) => m.type === 'update' && m.file === second.toString());
    assert.ok(shown.type === 'update' && shown.groups.some((g) => g.rows.some((r) => /resign/.test(r.what))), JSON.stringify(shown).slice(0, 300));
  });

  it('with copydesk.run onSave, the quick fixes of the findings on screen stay available after an unsaved edit', async () => {
    await vscode.workspace.getConfiguration('copydesk').update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    const uri = workspaceUri('newsroom', 'onsave-fixes.md');
    await writeFile(uri, LEAD + 'Crews worked towards a new opening date.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(uri, (d) => byRule(d, 'style/towards').length === 1, 'style/towards');
    // An unsaved edit before the finding, on its line: the squiggle and its fix move with the text.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(2, 0), 'Update: ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty);
    const moved = await waitForDiagnostics(uri, (d) => byRule(d, 'style/towards').some((x) => doc.getText(x.range) === 'towards'), 'the finding to follow the edit');
    const target = byRule(moved, 'style/towards')[0];
    const actions = await quickFixes(uri, target.range);
    const fix = actions.find((a) => a.edit && a.title.includes("'toward'"));
    assert.ok(fix?.edit, `the quick fix is still offered (got ${actions.map((a) => a.title).join(', ') || 'none'})`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), LEAD + 'Update: Crews worked toward a new opening date.\n');
    // Until the next check, the fixed finding is gone and nothing new is reported.
    await waitForDiagnostics(uri, (d) => byRule(d, 'style/towards').length === 0, 'the fixed finding to go');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.workspace.getConfiguration('copydesk').update('run', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('locates style-guide errors at the key and at the regex, keys as written', async () => {
    const yaml = [
      'version: 1', // 1
      'sévérités:', // 2: unknown key with accents
      '  style/towards: off', // 3
      'rules:', // 4
      '  - id: backref', // 5
      '    kind: avoid', // 6
      '    message: Repeated word.', // 7
      '    regex: "(\\\\w+) \\\\1"', // 8: RE2 has no backreferences
      '  - id: keep-me', // 9
      '    kind: avoid', // 10
      '    pattern: bridge', // 11
      '    colour: red', // 12: unknown property, the rule is kept
      '',
    ].join('\n');
    await writeFile(guideUri(), yaml);
    const article = workspaceUri('newsroom', 'guide-errors.md');
    await writeFile(article, LEAD);
    const doc = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(doc);
    const diags = await waitForDiagnostics(guideUri(), (d) => d.length >= 3, 'three problems on .copydesk.yaml');
    const at = (re: RegExp) => diags.find((d) => re.test(d.message));
    const accents = at(/sévérités/);
    assert.ok(accents, diags.map((d) => d.message).join(' / '));
    assert.deepEqual([accents.range.start.line, accents.range.start.character, accents.range.end.character], [1, 0, 'sévérités'.length]);
    const regex = at(/regex cannot be used/);
    assert.ok(regex);
    assert.deepEqual([regex.range.start.line, regex.range.start.character], [7, 11]);
    const colour = at(/Unknown setting 'colour'/);
    assert.ok(colour);
    assert.deepEqual([colour.range.start.line, colour.severity], [11, vscode.DiagnosticSeverity.Warning]);
    for (const d of diags) assert.doesNotMatch(d.message, /%[0-9A-F]{2}/);
    await waitForDiagnostics(article, (d) => byRule(d, 'style/keep-me').length > 0, 'the rule with an unknown property to keep working');
  });

  it('Insert attribution with a typed name and long title writes AP order: `said Jane Roe, the city engineer.`', async () => {
    await writeFile(guideUri(), 'version: 1\n');
    const uri = workspaceUri('newsroom', 'titled.md');
    const body = LEAD + '“We will rebuild the bridge by spring.”\n';
    await writeFile(uri, body);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(uri, (d) => byRule(d, 'quotes/unattributed').length === 1, 'quotes/unattributed');
    const ok = await vscode.commands.executeCommand<boolean>('copydesk.insertAttribution', { uri: uri.toString(), offset: body.indexOf('rebuild'), speaker: 'Jane Roe, the city engineer' });
    assert.equal(ok, true);
    assert.equal(doc.getText(), LEAD + '“We will rebuild the bridge by spring,” said Jane Roe, the city engineer.\n');
    await waitForDiagnostics(uri, (d) => byRule(d, 'quotes/unattributed').length === 0, 'the quote to count as attributed');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the status bar counts what the Problems panel shows (hints apart), and the outline uses house spellings', async () => {
    await writeFile(guideUri(), 'version: 1\nrules:\n  - id: hinted\n    kind: avoid\n    pattern: attacks\n    severity: hint\n  - id: noted\n    kind: avoid\n    pattern: Tehran\n    severity: info\n');
    const uri = workspaceUri('newsroom', 'counts.md');
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(extensionUri('samples', 'iraq-us-withdrawal.md')));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(uri, (d) => byRule(d, 'style/hinted').length > 0 && byRule(d, 'style/noted').length > 0, 'hint and info findings');
    const copydesk = await api();
    await copydesk.lint.analyzeNow(doc);
    copydesk.status.update();
    const panel = problemsPanelCounts(uri);
    assert.ok(panel.hints > 0 && panel.infos > 0 && panel.warnings > 0, JSON.stringify(panel));
    const { text, tooltip } = copydesk.status.shown;
    const number = (icon: string) => Number(new RegExp(`\\$\\(${icon}\\) (\\d+)`).exec(text)?.[1] ?? 0);
    assert.deepEqual({ errors: number('error'), warnings: number('warning'), infos: number('info') }, { errors: panel.errors, warnings: panel.warnings, infos: panel.infos }, text);
    assert.match(tooltip, new RegExp(`${panel.hints} hints? shown only in the editor`));
    // The outline's speaker badges and actors use the registry's spelling, as the hover and the fixes do.
    await vscode.commands.executeCommand('copydesk.showEventsOutline');
    const message = await waitForOutline((m) => m.type === 'update' && m.file === uri.toString());
    assert.equal(message.type, 'update');
    if (message.type !== 'update') return;
    const names = message.groups.flatMap((g) => g.rows).flatMap((r) => [r.who, r.reportedBy ?? '']);
    assert.ok(names.some((n) => n.includes('Ali al-Sistani')), JSON.stringify(names));
    assert.ok(!names.some((n) => /Al Sistani|Kerbala|Hizbollah/.test(n)), JSON.stringify(names));
  });

  it('.article files wrap: the extension sets editor.wordWrap for the article language', async () => {
    const uri = workspaceUri('newsroom', 'wrapped.article');
    await writeFile(uri, 'One paragraph is one line in an article file, so it must wrap to be read. '.repeat(8) + '\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'article');
    assert.equal(vscode.workspace.getConfiguration('editor', doc).get('wordWrap'), 'on');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'article' }).get('wordWrap'), 'on');
    assert.notEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'on', 'other languages keep their own setting');
  });
});
