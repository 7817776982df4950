// "Copydesk: Insert attribution": pick a speaker (article names, registry actors, free text) and write house style.
import * as vscode from './vscode';
import { findActor, namesIndex } from '../core/names/registry';
import { planAttribution, quoteAt, speakerCandidates } from '../core/quotes/insertAttribution';
import type { Quote } from '../core/types';
import { toWorkspaceEdit } from './codeActions';
import type { LintController } from './lint';

/** Arguments for keybindings, quick fixes and tests. */
export interface InsertAttributionArgs {
  speaker?: string;
  verb?: string;
  title?: string;
  uri?: string;
  /** An offset inside the quote; default: the cursor. */
  offset?: number;
}

interface SpeakerItem extends vscode.QuickPickItem {
  name: string;
}

/** Run the command; returns whether an attribution was inserted. */
export async function insertAttribution(lint: LintController, args: InsertAttributionArgs = {}): Promise<boolean> {
  const editor = args.uri
    ? await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)))
    : vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Copydesk: open an article and put the cursor in a quote.');
    return false;
  }
  const document = editor.document;
  const analysis = await lint.analyzeNow(document);
  if (!analysis) {
    void vscode.window.showInformationMessage('Copydesk: this file is not an article Copydesk checks (see the README on .copydesk.yaml).');
    return false;
  }
  const offset = args.offset ?? document.offsetAt(editor.selection.active);
  const quote = quoteAt(analysis.result, offset) ?? nearestUnattributed(analysis.result.quotes, offset);
  if (!quote) {
    void vscode.window.showInformationMessage('Copydesk: put the cursor in a quote to attribute.');
    return false;
  }
  const config = analysis.guide.config;
  const speaker = args.speaker ?? (await pickSpeaker(analysis.result, quote, config));
  if (!speaker) return false;
  const verb = args.verb ?? config.guide.quotes.verb ?? 'said';
  const title = args.title ?? findActor(namesIndex(config), speaker)?.title;
  const text = document.getText();
  if (document.version !== analysis.version) {
    void vscode.window.showWarningMessage('Copydesk: the article changed meanwhile; run Insert attribution again.');
    return false;
  }
  // Planned on the text as the linter masked it (the same format rule as lint.ts), so no edit touches code or comments.
  const format = document.languageId === 'markdown' ? 'markdown' : 'plain';
  const plan = planAttribution(text, analysis.result, quote, speaker, verb, { title, format });
  if ('error' in plan) {
    void vscode.window.showWarningMessage(`Copydesk: ${plan.error}`);
    return false;
  }
  return vscode.workspace.applyEdit(toWorkspaceEdit(document, plan.edits));
}

/** The unattributed quote the cursor is nearest to, when it is not inside one. */
function nearestUnattributed(quotes: Quote[], offset: number): Quote | null {
  let best: Quote | null = null;
  let bestDistance = Infinity;
  for (const q of quotes) {
    if (q.attributed) continue;
    const d = Math.min(Math.abs(q.start - offset), Math.abs(q.end - offset));
    if (d < bestDistance && d <= 200) {
      best = q;
      bestDistance = d;
    }
  }
  return best;
}

/** Quick pick of the article's people and organisations (nearest first), then registry actors, or free text. */
async function pickSpeaker(result: Parameters<typeof speakerCandidates>[0], quote: Quote, config: Parameters<typeof namesIndex>[0]): Promise<string | undefined> {
  const fromArticle: SpeakerItem[] = speakerCandidates(result, quote.start).map((c) => ({ label: c.label, description: c.detail, name: c.name }));
  const seen = new Set(fromArticle.map((i) => i.name));
  const registry: SpeakerItem[] = namesIndex(config)
    .actors.filter((a) => a.kind !== 'place' && !seen.has(a.name))
    .map((a) => ({ label: a.name, description: a.title ?? a.kind, detail: a.description, name: a.name }));
  const base: (SpeakerItem | vscode.QuickPickItem)[] = [
    ...(fromArticle.length ? [{ label: 'In this article', kind: vscode.QuickPickItemKind.Separator }] : []),
    ...fromArticle,
    ...(registry.length ? [{ label: 'Known actors', kind: vscode.QuickPickItemKind.Separator }] : []),
    ...registry,
  ];
  const pick = vscode.window.createQuickPick<SpeakerItem | vscode.QuickPickItem>();
  pick.title = 'Insert attribution: who said it?';
  pick.placeholder = 'Choose a speaker, or type a name (a long title after a comma: Jane Roe, the city engineer)';
  pick.items = base;
  pick.matchOnDescription = true;
  pick.onDidChangeValue((value) => {
    const typed = value.trim();
    pick.items = typed && !base.some((i) => 'name' in i && i.name.toLowerCase() === typed.toLowerCase())
      ? [{ label: typed, description: 'use as typed', name: typed, alwaysShow: true } as SpeakerItem, ...base]
      : base;
  });
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0] as SpeakerItem | undefined;
      done = true;
      resolve(chosen?.name ?? (pick.value.trim() || undefined));
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
