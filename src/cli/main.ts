// The copydesk command line: pre-publish checks (text, JSON, SARIF), the analysis contract, the events outline.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer, prepareConfig, withExtraFindings, type PreparedConfig } from '../core/analyze';
import { loadStyleGuide, type ConfigReader } from '../core/config/styleGuide';
import type { ConfigProblem } from '../core/config/validate';
import { formatForFile, looksBinary } from '../core/document';
import { formatOutline } from '../core/events/timeline';
import { crossArticleFindings } from '../core/names/acrossDesk';
import type { AnalysisResult, Diagnostic } from '../core/types';
import { toSarif } from './sarif';

const GUIDE_FILE = '.copydesk.yaml';
const ARTICLE_EXT = /\.(article|story)$/i;
const PROSE_EXT = /\.(md|markdown|txt)$/i;

const USAGE = `Usage:
  copydesk check PATHS... [--format text|json|sarif] [--config FILE]
  copydesk analyze FILE [--date YYYY-MM-DD] [--config FILE]
  copydesk outline FILE [--date YYYY-MM-DD] [--config FILE]

check    lints articles; exits 1 when any finding is an error.
         Folders include .article/.story files, and .md/.txt files under a ${GUIDE_FILE}.
analyze  prints one JSON object: quotes, entities, events, diagnostics.
outline  prints the article's events as a timeline.`;

class UsageError extends Error {}

interface Args {
  command: string;
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  config?: string;
  date?: string;
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
    else if (a === '--date') {
      const d = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new UsageError(`--date must be YYYY-MM-DD, not '${d}'.`);
      args.date = d;
    } else if (a.startsWith('--')) throw new UsageError(`Unknown option ${a}.`);
    else args.paths.push(a);
  }
  if (!['check', 'analyze', 'outline'].includes(command)) throw new UsageError(`Unknown command '${command}'.`);
  if (!args.paths.length) throw new UsageError(`${command} needs a path.`);
  return args;
}

const nodeReader: ConfigReader = {
  read: async (p) => {
    try {
      return fs.readFileSync(p, 'utf8');
    } catch {
      return undefined;
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
        this.problems.push(...loaded.problems, ...prepared.problems);
        return prepared;
      });
      this.cache.set(key, entry);
    }
    return entry;
  }
}

/** Article files under the given paths: files as named; folders by extension and newsroom rule. */
function collectFiles(paths: string[], configs: Configs): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (ARTICLE_EXT.test(entry.name) || (PROSE_EXT.test(entry.name) && configs.guideFor(full))) out.push(full);
    }
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new UsageError(`No such file or folder: ${p}`);
    if (fs.statSync(p).isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

/** Read a file as text, refusing binary files and ones too large to be an article. */
function readArticle(file: string): string {
  const buf = fs.readFileSync(file);
  if (buf.length > 50 * 1024 * 1024) throw new Error(`${file}: larger than 50 MB, not analysed.`);
  const text = buf.toString('utf8');
  if (looksBinary(text)) throw new Error(`${file}: looks binary, not analysed.`);
  return text;
}

async function analyzeFile(file: string, configs: Configs, date?: string): Promise<AnalysisResult> {
  const text = readArticle(file);
  const config = await configs.get(file);
  return new Analyzer(config).analyze(text, { file, format: formatForFile(file), date });
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
      const files = collectFiles(args.paths, configs);
      let results: AnalysisResult[] = [];
      for (const f of files) results.push(await analyzeFile(f, configs));
      results = await withAcrossDesk(results, configs);
      if (args.format === 'json') out(JSON.stringify({ results, configProblems: configs.problems }, null, 2));
      else if (args.format === 'sarif') out(JSON.stringify(toSarif(results, configs.problems), null, 2));
      else out(textReport(results, configs.problems));
      const hasError = (ds: Diagnostic[]) => ds.some((d) => d.severity === 'error');
      return results.some((r) => hasError(r.diagnostics)) || configs.problems.some((p) => p.severity === 'error') ? 1 : 0;
    }
    if (args.paths.length !== 1) throw new UsageError(`${args.command} takes one file.`);
    const result = await analyzeFile(args.paths[0], configs, args.date);
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
async function withAcrossDesk(results: AnalysisResult[], configs: Configs): Promise<AnalysisResult[]> {
  if (results.length < 2) return results;
  const all = results.map((r) => ({ file: r.file, entities: r.entities }));
  const out: AnalysisResult[] = [];
  for (const r of results) {
    const config = await configs.get(r.file);
    const extra = crossArticleFindings({ file: r.file, entities: r.entities }, all, config.guide.names.distinct);
    out.push(withExtraFindings(r, extra, readArticle(r.file), formatForFile(r.file), config.guide));
  }
  return out;
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
