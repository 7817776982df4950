// Document symbols: the article's events in VS Code's Outline view and breadcrumbs.
import * as vscode from './vscode';
import { eventSymbols } from '../core/events/timeline';
import type { LintController } from './lint';

/** Lists events as symbols, from the current (or a fresh) analysis. */
export class EventSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly lint: LintController) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.lint.analyzeNow(document);
    if (!analysis) return [];
    return eventSymbols(analysis.result).map((s) => {
      const range = new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
      return new vscode.DocumentSymbol(s.name || '(event)', s.detail, vscode.SymbolKind.Event, range, range);
    });
  }
}
