// The "Show Events Outline" webview: a locked-down panel that follows the active article.
import * as vscode from './vscode';
import { buildTimeline, whenWords } from '../core/events/timeline';
import { escapeHtml } from '../core/html';
import { houseSpeller } from '../core/names/houseSpelling';
import type { AnalysisResult, ArticleEvent } from '../core/types';
import { isFromWebview, type EventRow, type OutlineState, type ToWebview } from '../webview/protocol';
import type { LintController } from './lint';

export const OUTLINE_VIEW_TYPE = 'copydesk.eventsOutline';

/** The events of an analysis as the webview's message (names in house spelling; `text` is the analysed text). */
export function outlineMessage(uri: vscode.Uri, result: AnalysisResult, text: string): ToWebview {
  const house = houseSpeller(result.entities, text);
  const toRow = (e: ArticleEvent, value: string | null): EventRow => ({
    start: e.start,
    end: e.end,
    whenText: whenWords(e, value),
    who: e.who.map(house).join(', '),
    what: e.action ? [e.action, e.what].filter(Boolean).join(' ') : e.summary,
    where: e.where,
    source: e.source ?? 'narrative',
    reportedBy: e.reportedBy ? house(e.reportedBy) : null,
    sentence: e.text.length > 400 ? e.text.slice(0, 399) + '…' : e.text,
  });
  const timeline = buildTimeline(result.events);
  return {
    type: 'update',
    file: uri.toString(),
    fileLabel: uri.path.split('/').pop() || uri.toString(),
    date: result.date,
    groups: timeline.groups.map((g) => ({ value: g.value, label: g.label, rows: g.events.map((e) => toRow(e, g.value)) })),
  };
}

/** A random nonce for the CSP, from the platform's crypto (Node and web worker alike). */
function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Owns at most one outline panel, and restores it after a window reload. */
export class EventsOutline implements vscode.Disposable, vscode.WebviewPanelSerializer<OutlineState> {
  private panel: vscode.WebviewPanel | undefined;
  private documentUri: vscode.Uri | undefined;
  /** The document the latest `follow` is for. */
  private following: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last message posted (for tests and for re-sending on `ready`). */
  lastMessage: ToWebview | undefined;
  private readonly posted = new vscode.EventEmitter<ToWebview>();
  readonly onDidPost = this.posted.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly lint: LintController) {
    this.disposables.push(
      this.posted,
      vscode.window.registerWebviewPanelSerializer(OUTLINE_VIEW_TYPE, this),
      // Follow every article that becomes active: a tab switch, or one just opened (Quick Open, the Explorer) and not yet analysed.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.panel && editor.document.uri.scheme !== 'output') void this.follow(editor.document);
      }),
      lint.onDidAnalyze(({ document, analysis }) => {
        if (!this.panel) return;
        const key = document.uri.toString();
        // The article shown, or the one the outline is waiting for (its own run may have lost a race to the editor's).
        if ((this.documentUri?.toString() === key || this.following === key) && analysis) {
          this.documentUri = document.uri;
          this.post(outlineMessage(document.uri, analysis.result, document.getText()));
        } else if (!this.documentUri && analysis) this.follow(document);
      }),
    );
  }

  /** Open (or reveal) the panel for the active article. */
  async show(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!this.panel) this.attach(vscode.window.createWebviewPanel(OUTLINE_VIEW_TYPE, 'Events Outline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options()));
    else this.panel.reveal(vscode.ViewColumn.Beside, true);
    if (editor) await this.follow(editor.document);
    else this.post({ type: 'empty', reason: 'Open an article to see its events.' });
  }

  /** Restore a panel after reload (its state names the article it showed). */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: OutlineState | undefined): Promise<void> {
    panel.webview.options = this.options();
    this.attach(panel);
    if (state?.file) {
      try {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.file));
        await this.follow(doc);
        return;
      } catch {
        // the file is gone: fall through to the empty state
      }
    }
    this.post({ type: 'empty', reason: 'Open an article to see its events.' });
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.webview.html = this.html(panel.webview);
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.documentUri = undefined;
    }, null, this.disposables);
    panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m), null, this.disposables);
  }

  /** Show a document's events (analysing it first if needed). */
  private async follow(document: vscode.TextDocument): Promise<void> {
    const wanted = (this.following = document.uri.toString());
    const analysis = await this.lint.analyzeNow(document);
    // Another article became active while this one was analysed: that one wins.
    if (this.following !== wanted) return;
    if (!analysis) {
      if (!this.documentUri) this.post({ type: 'empty', reason: `${document.uri.path.split('/').pop()} is not an article Copydesk checks.` });
      return;
    }
    this.documentUri = document.uri;
    this.post(outlineMessage(document.uri, analysis.result, document.getText()));
  }

  private post(message: ToWebview): void {
    this.lastMessage = message;
    void this.panel?.webview.postMessage(message);
    this.posted.fire(message);
  }

  /** Handle a (validated) message from the webview. */
  private async receive(m: unknown): Promise<void> {
    if (!isFromWebview(m)) return;
    if (m.type === 'ready') {
      if (this.lastMessage) void this.panel?.webview.postMessage(this.lastMessage);
      return;
    }
    if (!this.documentUri) return;
    await revealRange(this.documentUri, m.start, m.end);
  }

  private html(webview: vscode.Webview): string {
    const n = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'outline.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'outline.css'));
    const csp = `default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${n}';`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(style.toString())}">
<title>Events Outline</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="empty">Loading events…</p></main>
<script nonce="${escapeHtml(n)}" src="${escapeHtml(script.toString())}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Select [start, end) in the article's editor (opening it beside the outline if needed). */
export async function revealRange(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
