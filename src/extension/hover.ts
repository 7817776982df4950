// Hover cards for known actors (and names the article spells) and for dates, rendered as untrusted Markdown.
import * as vscode from './vscode';
import { hoverCardAt } from '../core/names/hoverCard';
import { timeHoverAt } from '../core/time/describe';
import type { LintController } from './lint';

/** Shows the registry card for the name under the cursor, else what the date under it resolves to. */
export class ActorHoverProvider implements vscode.HoverProvider {
  constructor(private readonly lint: LintController) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await this.lint.analyzeNow(document);
    if (!analysis) return undefined;
    const offset = document.offsetAt(position);
    const card = hoverCardAt(analysis.guide.config, analysis.result, offset) ?? timeHoverAt(analysis.result, offset);
    if (!card) return undefined;
    const md = new vscode.MarkdownString(card.markdown);
    md.isTrusted = false;
    md.supportHtml = false;
    md.supportThemeIcons = false;
    return new vscode.Hover(md, new vscode.Range(document.positionAt(card.range.start), document.positionAt(card.range.end)));
  }
}
