// Shared helpers for host tests: open files, wait on events (never sleeps), reach the extension's API.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'copydesk.copydesk';

/** Activate Copydesk and return its API. */
export async function api(): Promise<CopydeskApi> {
  const ext = vscode.extensions.getExtension<CopydeskApi>(EXTENSION_ID);
  assert.ok(ext, 'Copydesk extension is installed');
  return ext.activate();
}

/** URI of a file in the (temporary copy of the) test workspace. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** URI of a file in the extension's own folder (samples, fixtures). */
export function extensionUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, ...segments);
}

/** Write a UTF-8 file. */
export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Resolve once `predicate` holds for the diagnostics of `uri`, checking now and on every change. */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (predicate(d)) {
        sub.dispose();
        clearTimeout(timer);
        resolve(d);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Timed out waiting for ${what}; diagnostics now: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((x) => `${x.code && typeof x.code === 'object' ? x.code.value : x.code}@${x.range.start.line}`))}`));
    }, timeoutMs);
    check();
  });
}

/**
 * The quick fixes VS Code offers for a range, as the light bulb asks for them. VS Code may withdraw such a request
 * ("Canceled") when the workbench is busy with the document (seen once in the web worker host right after an edit);
 * a withdrawn request is asked again, up to three times, as the light bulb would. Any other error is the test's.
 */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    } catch (e) {
      if (attempt >= 3 || !/Canceled/.test(String((e as Error)?.message ?? e))) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Copydesk diagnostics with a given rule id. */
export function byRule(diags: vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return diags.filter((d) => d.source === 'copydesk' && (typeof d.code === 'object' ? d.code.value : d.code) === rule);
}

type OutlineMessage = NonNullable<CopydeskApi['outline']['lastMessage']>;

/** Resolve with the first outline message matching `predicate` (the last one posted counts). */
export async function waitForOutline(predicate: (m: OutlineMessage) => boolean, timeoutMs = 15000): Promise<OutlineMessage> {
  const copydesk = await api();
  return new Promise((resolve, reject) => {
    if (copydesk.outline.lastMessage && predicate(copydesk.outline.lastMessage)) return resolve(copydesk.outline.lastMessage);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Timed out waiting for the outline; last: ${JSON.stringify(copydesk.outline.lastMessage)?.slice(0, 400)}`));
    }, timeoutMs);
    const sub = copydesk.outline.onDidPost((m) => {
      if (!predicate(m)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(m);
    });
  });
}
