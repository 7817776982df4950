// Copydesk's entry point: wires the refresh loop, providers, commands and status bar; every disposable is owned.
import * as vscode from './vscode';
import { insertAttribution, type InsertAttributionArgs } from './attribution';
import { CopydeskCodeActions, FIX_ALL_KIND, fixAllAction, INSERT_ATTRIBUTION_COMMAND } from './codeActions';
import { DeskIndex } from './deskIndex';
import { GuideService } from './guides';
import { ActorHoverProvider } from './hover';
import { ARTICLE_LANGUAGE, LintController } from './lint';
import { EventsOutline } from './outline';
import { StatusBar } from './statusBar';
import { EventSymbolProvider } from './symbols';
import { registerWalkthrough } from './walkthrough';
import { QuoteSources, QuoteSourceHoverProvider, showQuoteInSource, SHOW_QUOTE_IN_SOURCE_COMMAND } from './quoteSources';

/** The API returned from activate, used by the extension-host tests. */
export interface CopydeskApi {
  lint: LintController;
  guides: GuideService;
  outline: EventsOutline;
  status: StatusBar;
}

const ARTICLE_SELECTORS: vscode.DocumentSelector = [{ language: ARTICLE_LANGUAGE }, { language: 'markdown' }, { language: 'plaintext' }];

/** Activate: build the services and register everything with the context. */
export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const output = vscode.window.createOutputChannel('Copydesk');
  const log = (line: string) => output.appendLine(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const guides = new GuideService(log);
  const lint = new LintController(guides, log);
  const status = new StatusBar(lint);
  const desk = new DeskIndex(guides, log);
  lint.desk = desk;
  const quoteSources = new QuoteSources(log);
  lint.quoteSources = quoteSources;
  quoteSources.onDidChange(() => lint.relintAll(), null, context.subscriptions);
  guides.onDidChange(() => quoteSources.reset(), null, context.subscriptions);
  desk.onDidChange(() => lint.relintAll(), null, context.subscriptions);
  // Index the desk after start-up work is done, so activation stays lean.
  const deskTimer = setTimeout(() => void desk.start(), 2000);
  const outline = new EventsOutline(context.extensionUri, lint);
  context.subscriptions.push(
    desk,
    { dispose: () => clearTimeout(deskTimer) },
    outline,
    vscode.commands.registerCommand('copydesk.showEventsOutline', () => outline.show()),
    vscode.commands.registerCommand(INSERT_ATTRIBUTION_COMMAND, (args?: InsertAttributionArgs) => insertAttribution(lint, args ?? {})),
    vscode.languages.registerHoverProvider(ARTICLE_SELECTORS, new ActorHoverProvider(lint)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTORS, new EventSymbolProvider(lint), { label: 'Copydesk events' }),
    output,
    guides,
    lint,
    status,
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTORS, new CopydeskCodeActions(lint), CopydeskCodeActions.metadata),
    vscode.commands.registerCommand('copydesk.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const analysis = await lint.analyzeNow(editor.document);
      const action = analysis && fixAllAction(editor.document, analysis.result.diagnostics);
      if (action?.edit) await vscode.workspace.applyEdit(action.edit);
      else vscode.window.showInformationMessage('Copydesk: nothing to fix automatically here.');
    }),
    vscode.commands.registerCommand('copydesk.reloadStyleGuide', () => guides.invalidateAll()),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
    quoteSources,
    vscode.languages.registerHoverProvider(ARTICLE_SELECTORS, new QuoteSourceHoverProvider(lint)),
    vscode.commands.registerCommand(SHOW_QUOTE_IN_SOURCE_COMMAND, (args?: { uri?: string; offset?: number }) => showQuoteInSource(lint, args)),
    ...registerWalkthrough(context.extensionUri, lint),
  );
  log(`Copydesk activated (${typeof process === 'undefined' ? 'web' : 'desktop'} extension host); fix-all kind ${FIX_ALL_KIND.value}.`);
  return { lint, guides, outline, status };
}

/** Nothing to do: every resource is disposed through context.subscriptions. */
export function deactivate(): void {}
