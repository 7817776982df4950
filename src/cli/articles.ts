// Reading article files for the CLI without ever blocking or aborting: what cannot be read is skipped with a reason.
import * as fs from 'fs';
import { Analyzer, type PreparedConfig } from '../core/analyze';
import { formatForFile, looksBinary } from '../core/document';
import type { AnalysisResult } from '../core/types';

/** Articles larger than this are not analysed. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { text: string } | { skipped: string };

/** Why a path cannot be an article (not a regular file, dangling symlink...), or null if it is a regular file. */
function notRegular(file: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
    if (st.isSymbolicLink()) st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP') return isLink(file) ? 'dangling symlink' : 'no such file';
    return `unreadable: ${code ?? (e as Error).message}`;
  }
  return st.isFile() ? null : 'not a regular file';
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Read an article as UTF-8 text, or say why it was skipped. Never opens a FIFO or device in blocking mode: the
 * path is stat'ed first, opened non-blocking, and the open file checked again, so nothing can hang the read.
 */
export function readArticleFile(file: string): ReadOutcome {
  const why = notRegular(file);
  if (why) return { skipped: why };
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { skipped: 'not a regular file' };
    if (st.size > MAX_ARTICLE_BYTES) return { skipped: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` };
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < buf.length) {
      const n = fs.readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    const text = buf.subarray(0, got).toString('utf8');
    return looksBinary(text) ? { skipped: 'binary file' } : { text };
  } catch (e) {
    return { skipped: `unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The one-line report of a skipped file. */
export function skippedLine(file: string, reason: string): string {
  return `copydesk: skipped ${file}: ${reason}`;
}

/** Analyse one article's text (the same call on the main thread and in the worker pool). */
export function analyzeArticle(text: string, file: string, config: PreparedConfig, date?: string): AnalysisResult {
  return new Analyzer(config).analyze(text, { file, format: formatForFile(file), date });
}
