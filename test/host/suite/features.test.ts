// Host tests of the article features: attribution, names and hover cards, events outline and symbols.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { byRule, extensionUri, quickFixes, waitForDiagnostics, waitForOutline, workspaceUri, writeFile } from './helpers';

describe('Copydesk article features (real VS Code)', () => {
  const sampleUri = () => workspaceUri('newsroom', 'sample-features.md');

  before(async () => {
    await writeFile(workspaceUri('newsroom', '.copydesk.yaml'), 'version: 1\n');
    await vscode.workspace.fs.writeFile(sampleUri(), await vscode.workspace.fs.readFile(extensionUri('samples', 'iraq-us-withdrawal.md')));
  });

  it('corrects house spellings with a quick fix ("Kerbala" to "Karbala"), undone by one undo', async () => {
    const doc = await vscode.workspace.openTextDocument(sampleUri());
    await vscode.window.showTextDocument(doc);
    const diags = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'names/house-spelling').length >= 5, 'names/house-spelling on the sample');
    const flagged = byRule(diags, 'names/house-spelling').map((d) => doc.getText(d.range));
    for (const name of ['Kataeb Hizbollah', 'Kerbala']) assert.ok(flagged.some((f) => f.includes(name)), `${name} flagged in ${JSON.stringify(flagged)}`);
    const kerbala = byRule(diags, 'names/house-spelling').find((d) => doc.getText(d.range).includes('Kerbala'))!;
    const actions = await quickFixes(doc.uri, kerbala.range);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, 'a preferred fix is offered');
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('holy city of Karbala,'), 'house spelling written');
    assert.ok(!doc.getText().includes('Kerbala'));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the text byte for byte');
  });

  it('reports a registry YAML error on the registry file itself', async () => {
    const registry = workspaceUri('newsroom', 'actors.yaml');
    await writeFile(registry, '- name: Jane Doe\n  kind: person\n- name: Acme Corp\n  kind: robot\n');
    await writeFile(workspaceUri('newsroom', '.copydesk.yaml'), 'version: 1\nregistries: [actors.yaml]\n');
    const diags = await waitForDiagnostics(registry, (d) => d.length > 0, 'a diagnostic on actors.yaml');
    assert.equal(diags[0].range.start.line, 3, diags[0].message);
    assert.match(diags[0].message, /kind/);
    await writeFile(workspaceUri('newsroom', '.copydesk.yaml'), 'version: 1\n');
    await waitForDiagnostics(registry, (d) => d.length === 0, 'the registry diagnostic to clear once it is no longer used');
  });

  it('shows a hover card on a known actor', async () => {
    const doc = await vscode.workspace.openTextDocument(sampleUri());
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'names/house-spelling').length > 0, 'analysis');
    const at = doc.getText().indexOf('Pompeo called');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Mike Pompeo/);
    assert.match(text, /Secretary of State/i);
  });

  it('shows what a relative date resolves to when hovered, against the article date', async () => {
    const uri = workspaceUri('newsroom', 'date-hover.md');
    // The article date is a Friday: "last Friday" is the week before, "next Tuesday" the coming one.
    await writeFile(uri, '---\ndate: 2024-03-15\n---\n\nThe council voted last Friday to close the bridge and will meet again next Tuesday.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const hoverAt = async (words: string) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf(words) + 6));
      return { text: hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'), range: hovers[0]?.range };
    };
    const last = await hoverAt('last Friday');
    assert.match(last.text, /Friday 8 March 2024/);
    assert.equal(last.range && doc.getText(last.range), 'last Friday');
    assert.match((await hoverAt('next Tuesday')).text, /Tuesday 19 March 2024/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('flags an unattributed quote and Insert attribution writes house style as one undoable edit', async () => {
    const uri = workspaceUri('newsroom', 'unattributed.md');
    // The quote follows a paragraph that says the words were said, by no one: nothing to continue, so it is flagged.
    // (A quote after a paragraph that only names a person is a lead-in, reported as quotes/continuation when on.)
    const body = '---\ndate: 2020-01-10\n---\n\nUS Secretary of State Mike Pompeo visited Baghdad on Thursday.\n\nThe bridge over the Tigris was closed after the storm. Officials gave no date for the work.\n\n“We will rebuild the bridge by spring.”\n';
    await writeFile(uri, body);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diags = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'quotes/unattributed').length === 1, 'quotes/unattributed');
    const actions = await quickFixes(doc.uri, byRule(diags, 'quotes/unattributed')[0].range);
    const quickFix = actions.find((a) => a.command?.command === 'copydesk.insertAttribution');
    assert.ok(quickFix?.command, 'the quick fix offers Insert attribution');
    // Run the quick fix's own command and arguments, with the speaker an editor would choose in its quick pick.
    const ok = await vscode.commands.executeCommand<boolean>(quickFix.command.command, { ...quickFix.command.arguments?.[0], speaker: 'Mike Pompeo' });
    assert.equal(ok, true);
    assert.ok(doc.getText().includes('“We will rebuild the bridge by spring,” Pompeo said.'), doc.getText());
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'quotes/unattributed').length === 0, 'the warning to clear');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), body);
  });

  it('Insert attribution at the cursor keeps straight quotes and CRLF line endings', async () => {
    const uri = workspaceUri('newsroom', 'crlf.md');
    const body = 'Mike Pompeo spoke in Baghdad.\r\n\r\nThe talks went on late into the night.\r\n\r\n"We will stay."\r\n\r\nThe talks went on.\r\n';
    await writeFile(uri, body);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'quotes/unattributed').length === 1, 'quotes/unattributed in the CRLF file');
    const inside = doc.positionAt(body.indexOf('will'));
    editor.selection = new vscode.Selection(inside, inside);
    const ok = await vscode.commands.executeCommand<boolean>('copydesk.insertAttribution', { speaker: 'Mike Pompeo' });
    assert.equal(ok, true);
    assert.equal(doc.getText(), body.replace('"We will stay."', '"We will stay," Pompeo said.'));
    assert.equal(doc.eol, vscode.EndOfLine.CRLF);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), body, 'one undo restores the text exactly');
  });

  it('opens the events outline with the resolved dates, and lists events as symbols', async () => {
    const doc = await vscode.workspace.openTextDocument(sampleUri());
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('copydesk.showEventsOutline');
    const message = await waitForOutline((m) => m.type === 'update' && m.file === doc.uri.toString());
    assert.equal(message.type, 'update');
    if (message.type !== 'update') return;
    const values = message.groups.map((g) => g.value);
    for (const v of ['2020-01-10', '2020-01-09', '2020-01-03']) assert.ok(values.includes(v), `a ${v} group in ${JSON.stringify(values)}`);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols.length >= 5, `events as symbols (${symbols.length})`);
    // The outline follows edits: a new dated sentence appears under its day.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n\nThe Kurdish parliament voted on Wednesday to back the request.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const updated = await waitForOutline((m) => m.type === 'update' && m.groups.some((g) => g.value === '2020-01-08' && g.rows.some((r) => /voted/.test(r.what))));
    assert.equal(updated.type, 'update');
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('shows each quote in the outline as its speaker saying it, for people outside the registry', async () => {
    const uri = workspaceUri('newsroom', 'local-quotes.md');
    const body =
      '---\ndate: 2024-03-15\n---\n\nThe city council met on Thursday to debate the flood plan.\n\n' +
      '“We cannot take chances,” Mayor Karen Whitfield told reporters after the vote.\n\n' +
      '“It is a disaster,” said Maria Gonzalez, who owns a bakery on Main Street.\n\n' +
      'Tom Reyes, a retired engineer, doubts the levee. “We will stay,” he added.\n';
    await writeFile(uri, body);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('copydesk.showEventsOutline');
    const message = await waitForOutline((m) => m.type === 'update' && m.file === doc.uri.toString());
    assert.equal(message.type, 'update');
    if (message.type !== 'update') return;
    const quoteRows = message.groups.flatMap((g) => g.rows).filter((r) => r.source === 'quote' && r.who);
    const said = (who: string, words: string) => quoteRows.some((r) => r.who === who && r.what.includes(words));
    assert.ok(said('Karen Whitfield', 'We cannot take chances'), JSON.stringify(quoteRows));
    assert.ok(said('Maria Gonzalez', 'It is a disaster'), JSON.stringify(quoteRows));
    assert.ok(said('Tom Reyes', 'We will stay'), JSON.stringify(quoteRows));
    // A quote's own words are never its actor.
    for (const r of message.groups.flatMap((g) => g.rows)) assert.ok(!/chances|disaster|stay/.test(r.who), `actor "${r.who}"`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
