// The status bar item: the active article's counts, or why Copydesk is paused on it.
import * as vscode from './vscode';
import type { LintController } from './lint';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Findings per severity: the Problems panel lists errors, warnings and infos; hints show only in the editor. */
export function severityCounts(diagnostics: readonly { severity: string }[]): { errors: number; warnings: number; infos: number; hints: number } {
  const count = (s: string) => diagnostics.filter((x) => x.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}

/** Shows counts for the active editor's article and opens the Problems panel on click. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private readonly paused = new Map<string, string>();

  constructor(private readonly lint: LintController) {
    this.item.name = 'Copydesk';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      lint.onDidAnalyze(({ document, skipped }) => {
        if (skipped) this.paused.set(document.uri.toString(), skipped);
        else this.paused.delete(document.uri.toString());
        if (vscode.window.activeTextEditor?.document === document) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      lint.onDidChangeBusy(({ document, busy }) => {
        if (vscode.window.activeTextEditor?.document !== document) return;
        if (busy) {
          this.item.text = '$(sync~spin) Copydesk';
          this.item.tooltip = 'Copydesk is checking this long article…';
          this.item.show();
        } else this.update();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.paused.delete(d.uri.toString())),
    );
    this.update();
  }

  /** What the item shows now (for tests). */
  get shown(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: String(this.item.tooltip ?? '') };
  }

  /** Refresh the item for the active editor. */
  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const pausedReason = doc && this.paused.get(doc.uri.toString());
    if (doc && pausedReason) {
      this.item.text = '$(debug-pause) Copydesk';
      this.item.tooltip = pausedReason;
      this.item.show();
      return;
    }
    const analysis = doc && this.lint.analysisFor(doc);
    void vscode.commands.executeCommand('setContext', 'copydesk.isArticle', !!analysis);
    if (!analysis) {
      this.item.hide();
      return;
    }
    const { errors, warnings, infos, hints } = severityCounts(analysis.result.diagnostics);
    // (Quotes of a paragraph over the bound are counted, though not listed one by one.)
    const quotes = analysis.result.quotes.length + analysis.result.unlistedQuotes.reduce((n, u) => n + u.count, 0);
    this.item.text = `$(book) ${errors ? `$(error) ${errors} ` : ''}$(warning) ${warnings} $(info) ${infos}`;
    const hinted = hints ? ` (as in the Problems panel; plus ${plural(hints, 'hint')} shown only in the editor)` : '';
    this.item.tooltip = `Copydesk: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}${hinted}; ${quotes} quotes, ${analysis.result.entities.length} names, ${analysis.result.events.length} events. Click for the Problems panel.${vscode.workspace.isTrusted ? '' : ' Restricted mode: the workspace is not trusted, so only the embedded style guide and registry apply.'}`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
