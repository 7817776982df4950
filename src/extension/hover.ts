// Hover cards for known actors (and names the article spells), rendered as untrusted Markdown.
import * as vscode from 'vscode';
import { hoverCardAt } from '../core/names/hoverCard';
import type { LintController } from './lint';

/** Shows the registry card for the name under the cursor. */
export class ActorHoverProvider implements vscode.HoverProvider {
  constructor(private readonly lint: LintController) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await this.lint.analyzeNow(document);
    if (!analysis) return undefined;
    const card = hoverCardAt(analysis.guide.config, analysis.result, document.offsetAt(position));
    if (!card) return undefined;
    const md = new vscode.MarkdownString(card.markdown);
    md.isTrusted = false;
    md.supportHtml = false;
    md.supportThemeIcons = false;
    return new vscode.Hover(md, new vscode.Range(document.positionAt(card.range.start), document.positionAt(card.range.end)));
  }
}
