// The Getting Started walkthrough's commands: open the sample story, show its hover card, attribution and outline,
// and create a .copydesk.yaml for the user's folder from the shipped template (never over an existing one).
import * as vscode from './vscode';
import { insertAttribution } from './attribution';
import { ARTICLE_LANGUAGE, type LintController } from './lint';

export const OPEN_SAMPLE_COMMAND = 'copydesk.openSample';
export const CREATE_GUIDE_COMMAND = 'copydesk.createGuide';
export const GUIDE_FILE = '.copydesk.yaml';

/** Register the walkthrough's commands; returns their disposables. */
export function registerWalkthrough(extensionUri: vscode.Uri, lint: LintController): vscode.Disposable[] {
  const media = (name: string) => vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', name);
  let sample: vscode.Uri | undefined;

  // The sample story's editor: the one opened before if still open, else a new unsaved copy (nothing on disk).
  const showSample = async (): Promise<vscode.TextEditor> => {
    const open = sample && vscode.workspace.textDocuments.find((d) => d.uri.toString() === sample!.toString() && !d.isClosed);
    const document = open || (await vscode.workspace.openTextDocument({ language: ARTICLE_LANGUAGE, content: new TextDecoder().decode(await vscode.workspace.fs.readFile(media('sample.story'))) }));
    sample = document.uri;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    return vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside, preserveFocus: false });
  };

  return [
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async () => void (await showSample())),
    vscode.commands.registerCommand('copydesk.tour.showHover', async () => {
      const editor = await showSample();
      const analysis = await lint.analyzeNow(editor.document);
      const known = analysis?.result.entities.find((e) => e.known && e.kind === 'person' && e.mentions.length);
      if (!known) return;
      const at = editor.document.positionAt(known.mentions[0].start);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at));
      await vscode.commands.executeCommand('editor.action.showHover');
    }),
    vscode.commands.registerCommand('copydesk.tour.insertAttribution', async () => {
      const editor = await showSample();
      const quote = (await lint.analyzeNow(editor.document))?.result.quotes.find((q) => !q.attributed);
      return insertAttribution(lint, quote ? { offset: quote.start + 1 } : {});
    }),
    vscode.commands.registerCommand('copydesk.tour.showEventsOutline', async () => {
      await showSample();
      await vscode.commands.executeCommand('copydesk.showEventsOutline');
    }),
    vscode.commands.registerCommand(CREATE_GUIDE_COMMAND, () => createGuide(media('copydesk.yaml'))),
  ];
}

/**
 * Write `.copydesk.yaml` from the template into the active article's workspace folder (or the first one) and open it.
 * An existing file is opened and left as it is (the file is created by a workspace edit that never overwrites).
 */
export async function createGuide(template: vscode.Uri): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('Copydesk: open a folder of stories first; its .copydesk.yaml goes at its top.');
    return undefined;
  }
  const target = vscode.Uri.joinPath(folder.uri, GUIDE_FILE);
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (!exists) {
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { ignoreIfExists: true, contents: await vscode.workspace.fs.readFile(template) });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(`Copydesk: could not create ${target.fsPath || target.path}.`);
      return undefined;
    }
  } else {
    void vscode.window.showInformationMessage(`Copydesk: ${folder.name} already has a ${GUIDE_FILE}; it is left as it is.`);
  }
  await vscode.window.showTextDocument(target);
  return target;
}
