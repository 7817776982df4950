// The quote check in the editor: each guide's source files read with workspace.fs (none in Restricted Mode), watched,
// and the hover and "Show quote in source" command over the core's results.
import * as vscode from './vscode';
import { escapeMarkdown } from '../core/names/hoverCard';
import { quoteSourceHover } from '../core/sources/check';
import { globRoot, isGuideSource, isSourcePath, MAX_SOURCE_BYTES, MAX_SOURCE_FILES, SOURCE_EXT, sourcePatterns } from '../core/sources/globs';
import { SourceIndex } from '../core/sources/sourceIndex';
import type { ResolvedGuide } from './guides';
import type { LintController } from './lint';

export const SHOW_QUOTE_IN_SOURCE_COMMAND = 'copydesk.showQuoteInSource';
/** Quiet time after a source file changes before open articles are re-checked. */
const SOURCE_REFRESH_MS = 300;

interface SourceSet {
  index: SourceIndex;
  declared: boolean;
  base: string;
  patterns: string[];
}

const decoder = new TextDecoder('utf-8');

/** Loads, caches and watches the source files of each guide; fires `onDidChange` when any of them changes. */
export class QuoteSources implements vscode.Disposable {
  private readonly sets = new Map<string, Promise<SourceSet | undefined>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) after a source file was added, changed or removed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly log: (line: string) => void) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,vtt,srt,html,htm}');
    this.disposables.push(
      watcher,
      this.changed,
      watcher.onDidCreate((u) => void this.update(u)),
      watcher.onDidChange((u) => void this.update(u)),
      watcher.onDidDelete((u) => void this.update(u, true)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length || !SOURCE_EXT.test(e.document.uri.path)) return;
        // Typing in a source re-indexes it once the typing pauses, not per key.
        const key = e.document.uri.toString();
        clearTimeout(this.typing.get(key));
        this.typing.set(key, setTimeout(() => (this.typing.delete(key), void this.update(e.document.uri, false, e.document.getText())), SOURCE_REFRESH_MS));
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reset()),
    );
  }

  /** Forget every loaded set (the guides changed, or trust was granted). */
  reset(): void {
    this.sets.clear();
  }

  /** Whether a document is one of its guide's quote sources (read by the check, not linted as an article). */
  isSource(guide: ResolvedGuide, uri: vscode.Uri): boolean {
    return !!guide.uri && vscode.workspace.isTrusted && isGuideSource(guide.config.guide, guide.uri.toString(), uri.toString());
  }

  /** The source set of an article's guide, loaded once (undefined: no guide file, untrusted workspace, or no sources). */
  forGuide(guide: ResolvedGuide): Promise<SourceSet | undefined> {
    if (!guide.uri || !vscode.workspace.isTrusted) return Promise.resolve(undefined);
    const key = guide.uri.toString();
    let got = this.sets.get(key);
    if (!got) this.sets.set(key, (got = this.load(guide).catch((e) => (this.log(`Reading quote sources failed: ${e}`), undefined))));
    return got;
  }

  private async load(guide: ResolvedGuide): Promise<SourceSet | undefined> {
    const where = sourcePatterns(guide.config.guide, guide.uri!.toString());
    if (!where) return undefined;
    const set: SourceSet = { index: new SourceIndex(), ...where };
    const baseUri = vscode.Uri.parse(where.base);
    const seen = new Set<string>();
    for (const p of where.patterns) {
      const root = globRoot(p);
      const rest = p.slice(root.length + 1) || '**/*';
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.joinPath(baseUri, root), SOURCE_EXT.test(rest) || /[*?{]/.test(rest) ? rest : `${rest}/**/*`), null, MAX_SOURCE_FILES);
      for (const uri of files) {
        if (seen.size >= MAX_SOURCE_FILES || seen.has(uri.toString()) || !SOURCE_EXT.test(uri.path)) continue;
        seen.add(uri.toString());
        const text = await readSource(uri);
        if (text !== undefined) set.index.setFile(uri.toString(), text);
      }
    }
    if (set.index.size) this.log(`Quote check: ${set.index.size} source file(s) for ${guide.uri!.toString(true)}.`);
    return set;
  }

  /** A file was written, typed in or deleted: update the sets it belongs to, then re-check (debounced). */
  private async update(uri: vscode.Uri, deleted = false, typed?: string): Promise<void> {
    if (!SOURCE_EXT.test(uri.path)) return;
    const key = uri.toString();
    let touched = false;
    for (const pending of this.sets.values()) {
      const set = await pending;
      if (!set || !key.startsWith(set.base + '/')) continue;
      if (!isSourcePath(key.slice(set.base.length + 1), set.patterns) && !set.index.files().some((f) => f.file === key)) continue;
      const text = deleted ? undefined : typed ?? (await readSource(uri));
      if (text === undefined) set.index.removeFile(key);
      else set.index.setFile(key, text);
      touched = true;
    }
    if (!touched) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), SOURCE_REFRESH_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.typing.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** A source file's text: an open document's (maybe unsaved) text, else the file's, unless it is too big. */
async function readSource(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    const st = await vscode.workspace.fs.stat(uri);
    if (st.type !== vscode.FileType.File || st.size > MAX_SOURCE_BYTES) return undefined;
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Hover on a quote: where its source holds it, or the word diff when it differs. */
export class QuoteSourceHoverProvider implements vscode.HoverProvider {
  constructor(private readonly lint: LintController) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await this.lint.analyzeNow(document);
    const card = analysis && quoteSourceHover(analysis.result, document.offsetAt(position), escapeMarkdown);
    if (!card) return undefined;
    const md = new vscode.MarkdownString(card.markdown);
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, new vscode.Range(document.positionAt(card.start), document.positionAt(card.end)));
  }
}

/** "Copydesk: Show quote in source": open the source at the match of the quote under the cursor (or at `args`). */
export async function showQuoteInSource(lint: LintController, args?: { uri?: string; offset?: number }): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const document = args?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : editor?.document;
  if (!document) return;
  const offset = args?.offset ?? (editor ? document.offsetAt(editor.selection.active) : 0);
  const analysis = await lint.analyzeNow(document);
  const quote = analysis?.result.quotes.find((q) => q.start <= offset && offset <= q.end && q.source);
  if (!quote?.source) {
    void vscode.window.showInformationMessage('Copydesk: no quote with a source here (put the cursor in a direct quote that a source file holds).');
    return;
  }
  const source = await vscode.workspace.openTextDocument(vscode.Uri.parse(quote.source.file));
  const range = new vscode.Range(source.positionAt(quote.source.start), source.positionAt(quote.source.end));
  await vscode.window.showTextDocument(source, { selection: range, viewColumn: vscode.ViewColumn.Beside });
}
