// The copydesk command line: pre-publish checks (text, JSON, SARIF), the analysis contract, the events outline.
import * as fs from 'fs';
import * as path from 'path';
import { isCalendarDate, prepareConfig, withExtraFindings, type PreparedConfig } from '../core/analyze';
import { loadStyleGuide, MAX_CONFIG_BYTES, type ConfigReader, type StyleGuide } from '../core/config/styleGuide';
import type { ConfigProblem } from '../core/config/validate';
import { formatForFile } from '../core/document';
import { pushAll } from '../core/search';
import { formatOutline } from '../core/events/timeline';
import { acrossDeskFindings } from '../core/names/acrossDesk';
import type { AnalysisResult, Diagnostic } from '../core/types';
import { analyzeArticle, openNonBlocking, readArticleFile, readAtMost, skippedLine, type OpenedFile } from './articles';
import { analyzeInPool, poolSize, type PoolJob } from './pool';
import { toSarif } from './sarif';
import { loadSources } from './sources';
import { withQuoteSources } from '../core/sources/check';
import { isGuideSource } from '../core/sources/globs';
import type { SourceIndex } from '../core/sources/sourceIndex';

const GUIDE_FILE = '.copydesk.yaml';
const ARTICLE_EXT = /\.(article|story)$/i;
const PROSE_EXT = /\.(md|markdown|txt)$/i;

const USAGE = `Usage:
  copydesk check PATHS... [--format text|json|sarif] [--config FILE] [--jobs N]
  copydesk analyze FILE [--date YYYY-MM-DD] [--config FILE]
  copydesk outline FILE [--date YYYY-MM-DD] [--config FILE]

check    lints articles; exits 1 when any finding is an error.
         Folders include .article/.story files, and .md/.txt files under a ${GUIDE_FILE}.
         Files that cannot be read are skipped, one line each on stderr. --jobs: worker threads
         (default: up to 4 for more than 20 files).
analyze  prints one JSON object: quotes, unlistedQuotes, entities, events, times, diagnostics.
outline  prints the article's events as a timeline.`;

class UsageError extends Error {}

interface Args {
  command: string;
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  config?: string;
  date?: string;
  jobs?: number;
}

/** Parse argv (after node and script). */
export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  const args: Args = { command, paths: [], format: 'text' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`Unknown format '${f}'.`);
      args.format = f;
    } else if (a === '--config') args.config = value();
    else if (a === '--jobs') {
      const n = value();
      if (!/^[1-9]\d{0,2}$/.test(n)) throw new UsageError(`--jobs must be a whole number from 1, not '${n}'.`);
      args.jobs = +n;
    }
    else if (a === '--date') {
      const d = value();
      if (!isCalendarDate(d)) throw new UsageError(`--date '${d}' is not a calendar date: expected YYYY-MM-DD (e.g. 2024-02-29).`);
      args.date = d;
    } else if (a.startsWith('--')) throw new UsageError(`Unknown option ${a}.`);
    else args.paths.push(a);
  }
  if (!['check', 'analyze', 'outline'].includes(command)) throw new UsageError(`Unknown command '${command}'.`);
  if (!args.paths.length) throw new UsageError(`${command} needs a path.`);
  return args;
}

/** Configuration files from disk: regular files only, never more than MAX_CONFIG_BYTES read. */
const nodeReader: ConfigReader = {
  read: async (p) => {
    let opened: OpenedFile | undefined;
    try {
      opened = openNonBlocking(p);
      if (opened.type !== 'file' || opened.size > MAX_CONFIG_BYTES) return undefined;
      return readAtMost(opened.fd, MAX_CONFIG_BYTES) ?? undefined;
    } catch {
      return undefined;
    } finally {
      if (opened) fs.closeSync(opened.fd);
    }
  },
  stat: async (p) => {
    let opened: OpenedFile | undefined;
    try {
      opened = openNonBlocking(p);
      return { type: opened.type, size: opened.size };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    } finally {
      if (opened) fs.closeSync(opened.fd);
    }
  },
  resolve: (from, rel) => path.resolve(path.dirname(from), rel),
};

/** Nearest .copydesk.yaml at or above a folder. */
function findGuide(dir: string): string | null {
  let d = path.resolve(dir);
  for (;;) {
    const candidate = path.join(d, GUIDE_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** Loads and caches prepared configs per guide file, collecting guide problems. */
class Configs {
  private cache = new Map<string, Promise<PreparedConfig>>();
  private sourceSets = new Map<string, { index: SourceIndex; declared: boolean }>();
  readonly problems: ConfigProblem[] = [];
  constructor(private readonly explicit?: string) {}

  guideFor(file: string): string | null {
    return this.explicit ? path.resolve(this.explicit) : findGuide(path.dirname(file));
  }

  get(file: string): Promise<PreparedConfig> {
    const guide = this.guideFor(file);
    const key = guide ?? '';
    let entry = this.cache.get(key);
    if (!entry) {
      entry = loadStyleGuide({ path: guide, reader: nodeReader }).then((loaded) => {
        const prepared = prepareConfig(loaded.guide);
        pushAll(pushAll(this.problems, loaded.problems), prepared.problems);
        return prepared;
      });
      this.cache.set(key, entry);
    }
    return entry;
  }

  /** The quote check's sources for an article's guide, read once per guide. */
  async sources(file: string, err: (s: string) => void): Promise<{ index: SourceIndex; declared: boolean }> {
    const guide = this.guideFor(file);
    let got = this.sourceSets.get(guide ?? '');
    if (!got) this.sourceSets.set(guide ?? '', (got = loadSources((await this.get(file)).guide, guide, err)));
    return got;
  }
}

/** Add the quote check (each quote's source, quotes/... findings) to results, with each article's guide's sources. */
async function withSources(results: AnalysisResult[], texts: string[], configs: Configs, err: (s: string) => void): Promise<AnalysisResult[]> {
  const out: AnalysisResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const { index, declared } = await configs.sources(results[i].file, err);
    out.push(withQuoteSources(results[i], texts[i], formatForFile(results[i].file), (await configs.get(results[i].file)).guide, index, declared));
  }
  return out;
}

/** Article files under the given paths (files as named; folders by extension and newsroom rule), and folders it could not list. */
function collectFiles(paths: string[], configs: Configs): { files: string[]; skipped: { file: string; reason: string }[] } {
  const out: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ file: dir, reason: `unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (ARTICLE_EXT.test(entry.name) || (PROSE_EXT.test(entry.name) && configs.guideFor(full))) out.push(full);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = fs.statSync(p).isDirectory();
    } catch {
      if (!fs.lstatSync(p, { throwIfNoEntry: false })) throw new UsageError(`No such file or folder: ${p}`);
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return { files: out, skipped };
}

/** Read one named file for analyze/outline: a file that cannot be read is an error here. */
async function analyzeFile(file: string, configs: Configs, err: (s: string) => void, date?: string): Promise<AnalysisResult> {
  const read = readArticleFile(file);
  if ('skipped' in read) throw new Error(`${file}: ${read.skipped}, not analysed.`);
  const [result] = await withSources([analyzeArticle(read.text, file, await configs.get(file), date)], [read.text], configs, err);
  return result;
}

/** Analyse the readable files, on a worker pool for a large desk; results in file order, same either way. */
async function checkFiles(files: string[], configs: Configs, jobs: number | undefined, err: (s: string) => void): Promise<{ results: AnalysisResult[]; texts: string[] }> {
  const texts: string[] = [];
  const readable: string[] = [];
  for (const file of files) {
    const read = readArticleFile(file);
    if ('skipped' in read) err(skippedLine(file, read.skipped));
    else {
      readable.push(file);
      texts.push(read.text);
    }
  }
  const size = poolSize(readable.length, jobs);
  if (size <= 1) {
    const results: AnalysisResult[] = [];
    for (let i = 0; i < readable.length; i++) results.push(analyzeArticle(texts[i], readable[i], await configs.get(readable[i])));
    return { results, texts };
  }
  const guides = new Map<string, StyleGuide>();
  const poolJobs: PoolJob[] = [];
  for (let i = 0; i < readable.length; i++) {
    const guideKey = configs.guideFor(readable[i]) ?? '';
    if (!guides.has(guideKey)) guides.set(guideKey, (await configs.get(readable[i])).guide);
    poolJobs.push({ id: i, file: readable[i], text: texts[i], guideKey });
  }
  return { results: await analyzeInPool(poolJobs, guides, size), texts };
}

function textReport(results: AnalysisResult[], problems: ConfigProblem[]): string {
  const lines: string[] = [];
  for (const p of problems) lines.push(`${p.source}:${p.line}:${p.column}: ${p.severity} ${p.message} [config]`);
  let total = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.rule}]`);
      total++;
    }
  }
  lines.push(`${results.length} article(s) checked, ${total} finding(s).`);
  return lines.join('\n');
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) err(`copydesk: ${e.message}`);
      err(USAGE);
      return e.message ? 2 : 0;
    }
    throw e;
  }
  const configs = new Configs(args.config);
  try {
    if (args.command === 'check') {
      const collected = collectFiles(args.paths, configs);
      for (const s of collected.skipped) err(skippedLine(s.file, s.reason));
      // A folder's quote sources (statements, transcripts) are not articles; a source named on the command line is checked.
      const articles: string[] = [];
      for (const f of collected.files) {
        const guide = configs.guideFor(f);
        if (args.paths.includes(f) || !isGuideSource((await configs.get(f)).guide, guide, path.resolve(f))) articles.push(f);
      }
      const checked = await checkFiles(articles, configs, args.jobs, err);
      const results = await withSources(await withAcrossDesk(checked.results, checked.texts, configs), checked.texts, configs, err);
      if (args.format === 'json') out(JSON.stringify({ results, configProblems: configs.problems }, null, 2));
      else if (args.format === 'sarif') out(JSON.stringify(toSarif(results, configs.problems), null, 2));
      else out(textReport(results, configs.problems));
      const hasError = (ds: Diagnostic[]) => ds.some((d) => d.severity === 'error');
      return results.some((r) => hasError(r.diagnostics)) || configs.problems.some((p) => p.severity === 'error') ? 1 : 0;
    }
    if (args.paths.length !== 1) throw new UsageError(`${args.command} takes one file.`);
    const result = await analyzeFile(args.paths[0], configs, err, args.date);
    for (const p of configs.problems) err(`${p.source}:${p.line}:${p.column}: ${p.severity} ${p.message}`);
    if (args.command === 'analyze') out(JSON.stringify(result, null, 2));
    else out(formatOutline(result));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`copydesk: ${e.message}`);
      return 2;
    }
    err(`copydesk: ${(e as Error).message}`);
    return 2;
  }
}

/** Add names/inconsistent-across: a name spelled here one way and another way in the other checked articles. */
async function withAcrossDesk(results: AnalysisResult[], texts: string[], configs: Configs): Promise<AnalysisResult[]> {
  if (results.length < 2) return results;
  const guides = await Promise.all(results.map((r) => configs.get(r.file).then((c) => c.guide)));
  const extra = acrossDeskFindings(results.map((r) => ({ file: r.file, entities: r.entities })), (i) => guides[i].names.distinct);
  return results.map((r, i) => withExtraFindings(r, extra[i], texts[i], formatForFile(r.file), guides[i]));
}

if (require.main === module) {
  main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n')).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`copydesk: unexpected error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
