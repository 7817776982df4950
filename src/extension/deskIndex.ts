// The desk index: the workspace's other articles, analysed in the background, for names spelled differently across them.
import * as vscode from './vscode';
import { Analyzer } from '../core/analyze';
import { formatForFile, looksBinary } from '../core/document';
import { deskSpellings, findingsAgainstDesk, type DeskSpellings } from '../core/names/acrossDesk';
import type { Entity, Finding } from '../core/types';
import type { GuideService } from './guides';
import { yieldNow } from './lint';

const ARTICLE_GLOB = '**/*.{md,markdown,txt,article,story}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test,dist,out}/**';
const MAX_FILES = 2000;
const MAX_FILE_CHARS = 500_000;


/** Entities of every article in the workspace, kept fresh by a file watcher; work happens in small slices. */
export class DeskIndex implements vscode.Disposable {
  private readonly entities = new Map<string, Entity[]>();
  private readonly queue = new Set<string>();
  private running = false;
  private disposed = false;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a batch of files was (re)indexed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly guides: GuideService, private readonly log: (line: string) => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    this.disposables.push(
      watcher,
      this.changed,
      watcher.onDidCreate((u) => this.enqueue(u)),
      watcher.onDidChange((u) => this.enqueue(u)),
      watcher.onDidDelete((u) => {
        if (!this.entities.has(u.toString())) return;
        this.set(u.toString(), undefined);
        this.changed.fire();
      }),
    );
  }

  /** Start indexing the workspace in the background. */
  async start(): Promise<void> {
    const files = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, MAX_FILES);
    for (const f of files) this.enqueue(f);
  }

  /** Record the entities of an article the editor just analysed (the freshest source). */
  update(uri: vscode.Uri, entities: Entity[]): void {
    this.set(uri.toString(), entities);
  }

  /** Store an article's entities; the prepared desk of any other article is now out of date. */
  private set(key: string, entities: Entity[] | undefined): void {
    if (entities) this.entities.set(key, entities);
    else this.entities.delete(key);
    if (this.prepared && this.prepared.file !== key) this.prepared = undefined;
  }

  /** The other articles' spellings, indexed once per article being typed in (not once per keystroke). */
  private prepared: { file: string; desk: DeskSpellings } | undefined;

  /** Cross-article findings for an article: names it spells unlike the desk's other articles. */
  findingsFor(uri: vscode.Uri, entities: Entity[], distinct: string[][]): Finding[] {
    if (this.entities.size < 2) return [];
    const key = uri.toString();
    if (this.prepared?.file !== key) {
      const others = [...this.entities].filter(([file]) => file !== key).map(([file, ents]) => ({ file: label(file), entities: ents }));
      this.prepared = { file: key, desk: deskSpellings(others, label(key)) };
    }
    return findingsAgainstDesk({ file: label(key), entities }, this.prepared.desk, distinct);
  }

  private enqueue(uri: vscode.Uri): void {
    this.queue.add(uri.toString());
    void this.drain();
  }

  /** Index queued files one at a time, yielding between slices so typing never waits. */
  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let indexed = 0;
    try {
      while (this.queue.size && !this.disposed) {
        const key = this.queue.values().next().value as string;
        this.queue.delete(key);
        const uri = vscode.Uri.parse(key);
        if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) continue; // the editor keeps open ones fresh
        const guideUri = await this.guides.guideUriFor(uri);
        if (!guideUri && !/\.(article|story)$/i.test(uri.path)) continue; // not a newsroom article
        let text: string;
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          if (bytes.length > MAX_FILE_CHARS * 2) continue;
          text = new TextDecoder().decode(bytes);
          if (looksBinary(text)) continue;
        } catch {
          this.set(key, undefined);
          continue;
        }
        const { config } = await this.guides.configFor(uri);
        const result = await new Analyzer(config).analyzeInSlices(text, { file: key, format: formatForFile(uri.path) }, { yieldNow, isCancelled: () => this.disposed });
        if (!result) return;
        this.set(key, result.entities);
        indexed++;
        await yieldNow();
      }
    } catch (e) {
      this.log(`Desk index: ${(e as Error).message}`);
    } finally {
      this.running = false;
    }
    if (indexed) {
      this.log(`Desk index: ${this.entities.size} articles indexed.`);
      this.changed.fire();
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
  }
}

/** A short name for an article in messages: its path inside the workspace. */
function label(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}
