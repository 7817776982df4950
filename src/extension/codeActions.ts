// Quick fixes from the core's fixes, "Insert attribution" on unattributed quotes, and source.fixAll.copydesk.
import * as vscode from './vscode';
import { fixAllEdits } from '../core/edits';
import type { Diagnostic as CoreDiagnostic, TextEdit } from '../core/types';
import { ruleOf, type LintController } from './lint';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');
export const INSERT_ATTRIBUTION_COMMAND = 'copydesk.insertAttribution';

/** Build one WorkspaceEdit from core edits, applied exactly as planned (one undo step). */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  return we;
}

/** Provides Copydesk's code actions for the current analysis of a document. */
export class CopydeskCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly lint: LintController) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wantsFixAll = !context.only || context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only);
    // Fixes must match this version of the text: the findings on screen (mapped through unsaved edits when
    // `run: onSave` holds them), else a fresh analysis (a cache hit when nothing changed).
    const shown = context.only && wantsFixAll ? undefined : this.lint.shownFor(document);
    const findings = shown ?? (await this.lint.analyzeNow(document))?.result.diagnostics;
    if (!findings) return [];
    const actions: vscode.CodeAction[] = [];
    if (context.only && wantsFixAll) {
      const all = fixAllAction(document, findings);
      return all ? [all] : [];
    }
    for (const vsDiag of context.diagnostics) {
      const rule = ruleOf(vsDiag);
      if (!rule) continue;
      const start = document.offsetAt(vsDiag.range.start);
      const end = document.offsetAt(vsDiag.range.end);
      const core = findings.find((d) => d.rule === rule && d.start === start && d.end === end);
      if (!core) continue;
      for (const fix of core.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, fix.edits);
        action.diagnostics = [vsDiag];
        action.isPreferred = fix.preferred === true;
        actions.push(action);
      }
      if (rule === 'quotes/unattributed' || rule === 'quotes/continuation') {
        const action = new vscode.CodeAction('Insert attribution…', vscode.CodeActionKind.QuickFix);
        action.command = { command: INSERT_ATTRIBUTION_COMMAND, title: 'Insert attribution', arguments: [{ uri: document.uri.toString(), offset: start }] };
        action.diagnostics = [vsDiag];
        action.isPreferred = true;
        actions.push(action);
      }
    }
    void range;
    return actions;
  }
}

/** All preferred fixes that do not overlap, as one action (one undo step). */
export function fixAllAction(document: vscode.TextDocument, diagnostics: CoreDiagnostic[]): vscode.CodeAction | undefined {
  const edits = fixAllEdits(diagnostics);
  if (!edits.length) return undefined;
  const action = new vscode.CodeAction('Copydesk: fix all', FIX_ALL_KIND);
  action.edit = toWorkspaceEdit(document, edits);
  return action;
}
