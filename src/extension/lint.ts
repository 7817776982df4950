// The one refresh loop: lint on open, on type (debounced) or on save; drop stale results; clear on close.
import * as vscode from './vscode';
import { Analyzer, withExtraFindings } from '../core/analyze';
import { looksBinary, type ArticleFormat } from '../core/document';
import { mapDiagnostics } from '../core/mapEdits';
import type { AnalysisResult, Diagnostic as CoreDiagnostic } from '../core/types';
import type { DeskIndex } from './deskIndex';
import { withQuoteSources } from '../core/sources/check';
import type { QuoteSources } from './quoteSources';
import { GuideService, type ResolvedGuide } from './guides';
import { readSettings } from './settings';

export const ARTICLE_LANGUAGE = 'article';
/** Articles longer than this are analysed in slices that yield to the extension host. */
export const SLICE_ABOVE_CHARS = 20_000;
const SLICE_BUDGET_MS = 10;

/** Give the extension host's event loop a turn between slices of work. */
export const yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The last analysis of a document, with the version it describes. */
export interface DocumentAnalysis {
  version: number;
  result: AnalysisResult;
  guide: ResolvedGuide;
}

interface DocState {
  timer?: ReturnType<typeof setTimeout>;
  generation: number;
  analyzer?: Analyzer;
  analyzerConfig?: unknown;
  last?: DocumentAnalysis;
  /** The findings on screen, mapped through the edits since they were published (for quick fixes until the next check). */
  shown?: { version: number; diagnostics: CoreDiagnostic[] };
}

const SEVERITY: Record<CoreDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Lints article documents and publishes diagnostics; other features read `analysisFor`. */
export class LintController implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('copydesk');
  private readonly states = new Map<string, DocState>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly analyzed = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: DocumentAnalysis | null; skipped?: string }>();
  /** Fires after each document analysis is published (or skipped, with the reason). */
  readonly onDidAnalyze = this.analyzed.event;
  private readonly progress = new vscode.EventEmitter<{ document: vscode.TextDocument; busy: boolean }>();
  /** Fires when a long (sliced) analysis starts and ends. */
  readonly onDidChangeBusy = this.progress.event;

  /** Set after construction: the desk index for names spelled differently across articles. */
  desk: DeskIndex | undefined;
  /** Set after construction: each guide's source files, for the quote check. */
  quoteSources: QuoteSources | undefined;

  constructor(private readonly guides: GuideService, private readonly log: (line: string) => void) {
    this.disposables.push(
      this.diagnostics,
      this.analyzed,
      this.progress,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) {
          // A new version with no edit (e.g. reloaded from disk): re-check so fixes and hovers match it.
          const last = this.states.get(e.document.uri.toString())?.last;
          if (last && last.version !== e.document.version) this.schedule(e.document, 0);
          return;
        }
        const s = readSettings(e.document.uri);
        if (s.run === 'onType') this.schedule(e.document, s.debounceMs);
        else this.bumpGeneration(e.document);
        this.mapShown(e, s.run === 'onSave');
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('copydesk')) this.relintAll();
      }),
      guides.onDidChange(() => this.relintAll()),
    );
    this.relintAll();
  }

  /** Re-lint every open document (after a settings or style-guide change). */
  relintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** The latest analysis of a document, only if it still matches the document's version. */
  analysisFor(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const last = this.states.get(document.uri.toString())?.last;
    return last && last.version === document.version ? last : undefined;
  }

  /** Analyse now (awaitable), for commands that need a fresh result. */
  async analyzeNow(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const fresh = this.analysisFor(document);
    if (fresh) return fresh;
    await this.run(document);
    return this.analysisFor(document);
  }

  /** The findings on screen for this version of the document (published, or mapped through edits since), if any. */
  shownFor(document: vscode.TextDocument): CoreDiagnostic[] | undefined {
    const shown = this.states.get(document.uri.toString())?.shown;
    return shown && shown.version === document.version ? shown.diagnostics : undefined;
  }

  /**
   * With `run: onSave`, move the findings on screen (and their fixes) through an edit, so squiggles and quick fixes
   * follow the text until the next check; with `onType` the next check comes within the debounce.
   */
  private mapShown(e: vscode.TextDocumentChangeEvent, held: boolean): void {
    const state = this.states.get(e.document.uri.toString());
    const shown = state?.shown;
    if (!state || !shown) return;
    state.shown = undefined;
    if (!held) return;
    // One event per version: a gap means a change was missed, and the findings can no longer be placed.
    if (shown.version !== e.document.version - 1 || e.document.isClosed) return;
    const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newText: c.text }));
    state.shown = { version: e.document.version, diagnostics: mapDiagnostics(shown.diagnostics, changes) };
    this.diagnostics.set(e.document.uri, state.shown.diagnostics.map((d) => toVsDiagnostic(e.document, d)));
  }

  private bumpGeneration(document: vscode.TextDocument): DocState {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { generation: 0 };
      this.states.set(key, state);
    }
    state.generation++;
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    return state;
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isCandidate(document)) return;
    const state = this.bumpGeneration(document);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(document);
    }, delay);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const state = this.states.get(key);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(key);
    this.diagnostics.delete(document.uri);
  }

  /** Analyse one document and publish, unless a newer edit arrived meanwhile. */
  private async run(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const state = this.states.get(key) ?? { generation: 0 };
    this.states.set(key, state);
    const generation = ++state.generation;
    try {
      const settings = readSettings(document.uri, this.log);
      // With `run: onSave`, unsaved text is analysed (for commands, hovers, symbols) but never published,
      // whatever asked for the run: a style-guide change, the desk index, or a command.
      const publish = !(document.isDirty && settings.run === 'onSave');
      const format = await articleFormat(document, this.guides, settings.articles);
      if (!settings.enable || !format) {
        this.diagnostics.delete(document.uri);
        state.last = state.shown = undefined;
        return;
      }
      const guide = await this.guides.configFor(document.uri);
      if (document.isClosed || generation !== state.generation) return;
      if (this.quoteSources?.isSource(guide, document.uri)) {
        // A statement or transcript the quote check reads is the source's words, not an article.
        this.diagnostics.delete(document.uri);
        state.last = state.shown = undefined;
        return;
      }
      const text = document.getText();
      const skipped = tooBigOrBinary(text, settings.maxFileSizeKB);
      if (skipped) {
        this.diagnostics.delete(document.uri);
        state.last = state.shown = undefined;
        this.analyzed.fire({ document, analysis: null, skipped });
        return;
      }
      if (!state.analyzer || state.analyzerConfig !== guide.config) {
        state.analyzer = new Analyzer(guide.config);
        state.analyzerConfig = guide.config;
      }
      const version = document.version;
      const stale = () => document.isClosed || generation !== state.generation || version !== document.version;
      const options = { file: document.uri.toString(), format };
      let result: AnalysisResult | undefined;
      if (text.length < SLICE_ABOVE_CHARS) result = state.analyzer.analyze(text, options);
      else {
        this.progress.fire({ document, busy: true });
        try {
          result = await state.analyzer.analyzeInSlices(text, options, { yieldNow, isCancelled: stale, budgetMs: SLICE_BUDGET_MS });
        } finally {
          this.progress.fire({ document, busy: false });
        }
      }
      if (!result || stale()) return;
      if (this.desk) {
        this.desk.update(document.uri, result.entities);
        const across = this.desk.findingsFor(document.uri, result.entities, guide.config.guide.names.distinct);
        result = withExtraFindings(result, across, text, format, guide.config.guide);
      }
      const sources = await this.quoteSources?.forGuide(guide);
      if (stale()) return;
      if (sources) result = withQuoteSources(result, text, format, guide.config.guide, sources.index, sources.declared);
      state.last = { version, result, guide };
      if (!publish) return;
      state.shown = { version, diagnostics: result.diagnostics };
      this.diagnostics.set(document.uri, result.diagnostics.map((d) => toVsDiagnostic(document, d)));
      this.analyzed.fire({ document, analysis: state.last });
    } catch (e) {
      // Never a stack trace in the editor: the log has the details, the status bar says where to look.
      this.log(`Analysis of ${document.uri.toString(true)} failed: ${(e as Error).stack ?? e}`);
      if (!document.isClosed) this.analyzed.fire({ document, analysis: null, skipped: 'Copydesk could not check this file; the Copydesk log (command "Copydesk: Show log") has the details.' });
    }
  }

  dispose(): void {
    for (const s of this.states.values()) if (s.timer) clearTimeout(s.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Convert a core diagnostic (UTF-16 offsets) to a VS Code diagnostic. */
export function toVsDiagnostic(document: vscode.TextDocument, d: CoreDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(d.start), document.positionAt(d.end));
  const diag = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
  diag.source = 'copydesk';
  diag.code = d.link ? { value: d.rule, target: vscode.Uri.parse(d.link) } : d.rule;
  return diag;
}

/** The rule id of a VS Code diagnostic made by toVsDiagnostic. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== 'copydesk') return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code !== undefined ? String(d.code) : undefined;
}

/** Cheap pre-filter: languages that can be articles at all. */
function isCandidate(document: vscode.TextDocument): boolean {
  return document.languageId === ARTICLE_LANGUAGE || document.languageId === 'markdown' || document.languageId === 'plaintext';
}

/**
 * When a document is an article, and in which format:
 * - language `article` (.article, .story): always, plain-text paragraphs;
 * - Markdown or plain text: only inside a newsroom folder, i.e. a .copydesk.yaml above it (or the
 *   copydesk.styleGuide setting), or a path matching a `copydesk.articles` glob. A programmer's README stays quiet.
 */
export async function articleFormat(document: vscode.TextDocument, guides: GuideService, globs: string[]): Promise<ArticleFormat | null> {
  if (document.languageId === ARTICLE_LANGUAGE) return 'plain';
  if (!isCandidate(document)) return null;
  const format: ArticleFormat = document.languageId === 'markdown' ? 'markdown' : 'plain';
  if (globs.some((g) => vscode.languages.match({ pattern: g }, document) > 0)) return format;
  return (await guides.guideUriFor(document.uri)) ? format : null;
}

/** Why a text is not analysed (too big or binary), or null. */
function tooBigOrBinary(text: string, maxKB: number): string | null {
  if (text.length > maxKB * 1024) return `Copydesk paused: file is larger than copydesk.maxFileSizeKB (${maxKB} KB).`;
  if (looksBinary(text)) return 'Copydesk paused: the file looks binary.';
  return null;
}
