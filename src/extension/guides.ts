// Finds each article's .copydesk.yaml (setting, or walking up like .editorconfig), loads it, reports its problems.
import * as vscode from './vscode';
import { prepareConfig, type PreparedConfig } from '../core/analyze';
import { loadStyleGuide, type ConfigReader } from '../core/config/styleGuide';
import type { ConfigProblem } from '../core/config/validate';
import { computeLineStarts, lineColumn } from '../core/document';
import { readSettings } from './settings';

export const GUIDE_FILE = '.copydesk.yaml';
/** Quiet time after the last edit of a guide before it is reloaded (typing YAML reloads once, not per key). */
export const GUIDE_RELOAD_DEBOUNCE_MS = 400;

export interface ResolvedGuide {
  /** The guide file, or null when only the embedded default applies. */
  uri: vscode.Uri | null;
  config: PreparedConfig;
  /** Files this guide was built from. */
  sources: string[];
}

const decoder = new TextDecoder('utf-8');

/** Owns style-guide discovery, loading, caching, diagnostics on the YAML, and change notifications. */
export class GuideService implements vscode.Disposable {
  private readonly loaded = new Map<string, Promise<ResolvedGuide>>();
  private readonly lookups = new Map<string, Promise<vscode.Uri | null>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly diagnostics = vscode.languages.createDiagnosticCollection('copydesk-style-guide');
  /** Fires when any guide (or where guides are) may have changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: (line: string) => void) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
    const onFile = (uri: vscode.Uri) => this.invalidate(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(onFile),
      watcher.onDidCreate(onFile),
      watcher.onDidDelete(onFile),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isGuideSource(e.document.uri)) this.invalidate(e.document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('copydesk.styleGuide') || e.affectsConfiguration('copydesk.articles')) this.invalidateAll();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidateAll()),
      this.diagnostics,
      this.changed,
    );
  }

  /** Whether a YAML file is a guide (or a file a loaded guide was built from). */
  private isGuideSource(uri: vscode.Uri): boolean {
    if (uri.path.endsWith('/' + GUIDE_FILE)) return true;
    return this.sourceUris.has(uri.toString());
  }

  private sourceUris = new Set<string>();
  /** Per guide, the files it last put problems on. */
  private readonly reported = new Map<string, Set<string>>();

  private reloadTimer: ReturnType<typeof setTimeout> | undefined;

  /** A guide file changed (typed or written): reload once the edits pause. */
  private invalidate(uri: vscode.Uri): void {
    if (!this.isGuideSource(uri) && !uri.path.endsWith('.copydesk.yml')) return;
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => this.invalidateAll(), GUIDE_RELOAD_DEBOUNCE_MS);
  }

  /** Drop every cached guide and lookup, and tell listeners to re-lint. */
  invalidateAll(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = undefined;
    this.loaded.clear();
    this.lookups.clear();
    this.changed.fire();
  }

  /** The guide that applies to a document: copydesk.styleGuide, else the nearest .copydesk.yaml above it. */
  async guideUriFor(doc: vscode.Uri): Promise<vscode.Uri | null> {
    const setting = readSettings(doc, this.log).styleGuide.trim();
    if (setting) {
      const folder = vscode.workspace.getWorkspaceFolder(doc);
      if (/^[a-z][\w+.-]*:/i.test(setting)) return vscode.Uri.parse(setting);
      if (setting.startsWith('/')) return doc.with({ path: setting });
      if (folder) return vscode.Uri.joinPath(folder.uri, setting);
    }
    return this.findUp(parentOf(doc), vscode.workspace.getWorkspaceFolder(doc)?.uri ?? null);
  }

  /** Walk up from `dir` to the workspace folder (or the file system root) looking for .copydesk.yaml. */
  private findUp(dir: vscode.Uri, stopAt: vscode.Uri | null): Promise<vscode.Uri | null> {
    const key = dir.toString();
    let found = this.lookups.get(key);
    if (!found) {
      found = (async () => {
        const candidate = vscode.Uri.joinPath(dir, GUIDE_FILE);
        if (await exists(candidate)) return candidate;
        const up = parentOf(dir);
        if (up.path === dir.path || (stopAt && dir.path === stopAt.path) || (stopAt && !dir.path.startsWith(stopAt.path))) return null;
        return this.findUp(up, stopAt);
      })();
      this.lookups.set(key, found);
    }
    return found;
  }

  /** The prepared configuration for a document (cached per guide file). */
  async configFor(doc: vscode.Uri): Promise<ResolvedGuide> {
    // Restricted mode: a workspace's YAML is not trusted input, so only the embedded guide and registry apply.
    const uri = vscode.workspace.isTrusted ? await this.guideUriFor(doc) : null;
    const key = uri?.toString() ?? '';
    let entry = this.loaded.get(key);
    if (!entry) {
      const loading = this.load(uri);
      this.loaded.set(key, (entry = loading));
      // A load that failed is not kept: the next document (or a reload) tries again.
      loading.catch(() => {
        if (this.loaded.get(key) === loading) this.loaded.delete(key);
      });
    }
    return entry;
  }

  private async load(uri: vscode.Uri | null): Promise<ResolvedGuide> {
    const texts = new Map<string, string>();
    const reader: ConfigReader = {
      read: async (path) => {
        const text = await readText(vscode.Uri.parse(path));
        if (text !== undefined) texts.set(path, text);
        return text;
      },
      // Type and size before reading, so a pipe, a device or a huge file is refused (the core enforces the limit).
      stat: async (path) => {
        let st: vscode.FileStat;
        try {
          st = await vscode.workspace.fs.stat(vscode.Uri.parse(path));
        } catch (e) {
          if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
          throw e;
        }
        return { type: st.type & vscode.FileType.File ? 'file' : st.type & vscode.FileType.Directory ? 'directory' : 'other', size: st.size };
      },
      resolve: (from, rel) => {
        if (/^[a-z][\w+.-]*:/i.test(rel)) return rel;
        const base = vscode.Uri.parse(from);
        return (rel.startsWith('/') ? base.with({ path: rel }) : vscode.Uri.joinPath(parentOf(base), rel)).toString();
      },
    };
    const loaded = await loadStyleGuide({ path: uri?.toString() ?? null, reader });
    const config = prepareConfig(loaded.guide);
    for (const s of loaded.sources) if (!s.startsWith('copydesk:')) this.sourceUris.add(s);
    this.report(uri?.toString() ?? '', [...loaded.problems, ...config.problems], texts, loaded.sources);
    if (!vscode.workspace.isTrusted) this.log('Restricted mode: the workspace is not trusted, so .copydesk.yaml files and registries are not loaded; the embedded style guide and registry apply.');
    this.log(`Style guide ${uri ? uri.toString(true) : '(embedded default only)'}: ${loaded.guide.rules.length} rules, ${loaded.guide.actors.length} newsroom actors, ${loaded.problems.length + config.problems.length} problems; layers: ${loaded.sources.join(' → ')}`);
    return { uri, config, sources: loaded.sources };
  }

  /** Put each problem on the YAML file it belongs to, at its line and column. */
  private report(guideKey: string, problems: ConfigProblem[], texts: Map<string, string>, sources: string[]): void {
    // Clear what this guide reported last time (files it may no longer use) and what its sources show now.
    for (const s of this.reported.get(guideKey) ?? []) this.diagnostics.delete(vscode.Uri.parse(s));
    for (const s of sources) if (!s.startsWith('copydesk:')) this.diagnostics.delete(vscode.Uri.parse(s));
    this.reported.set(guideKey, new Set(problems.map((p) => p.source).filter((s) => !s.startsWith('copydesk:'))));
    const bySource = new Map<string, vscode.Diagnostic[]>();
    const lineStarts = new Map<string, ReturnType<typeof computeLineStarts>>();
    for (const p of problems) {
      if (p.source.startsWith('copydesk:')) continue;
      let starts = lineStarts.get(p.source);
      if (!starts) lineStarts.set(p.source, (starts = computeLineStarts(texts.get(p.source) ?? '')));
      const a = lineColumn(starts, p.start);
      const b = lineColumn(starts, Math.max(p.end, p.start));
      const range = p.end > p.start
        ? new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1)
        : new vscode.Range(Math.max(0, p.line - 1), Math.max(0, p.column - 1), Math.max(0, p.line - 1), Math.max(0, p.column - 1) + 1);
      const d = new vscode.Diagnostic(range, p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'copydesk';
      d.code = 'config';
      const list = bySource.get(p.source);
      if (list) list.push(d);
      else bySource.set(p.source, [d]);
    }
    for (const [source, diags] of bySource) this.diagnostics.set(vscode.Uri.parse(source), diags);
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The folder containing a URI. */
export function parentOf(uri: vscode.Uri): vscode.Uri {
  const path = uri.path.replace(/\/[^/]*\/?$/, '') || '/';
  return uri.with({ path });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Text of a file: the open editor's (unsaved) text when there is one, else the file on disk. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
