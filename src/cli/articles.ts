// Reading article files for the CLI without ever blocking or aborting: what cannot be read is skipped with a reason.
import * as fs from 'fs';
import { Analyzer, type PreparedConfig } from '../core/analyze';
import type { ConfigFileInfo } from '../core/config/styleGuide';
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

/** A file opened without blocking (a FIFO with no writer would wait forever), with the descriptor's type and size. */
export interface OpenedFile extends ConfigFileInfo {
  fd: number;
}

/** Open `file` read-only and non-blocking and stat the open descriptor (the caller closes it). */
export function openNonBlocking(file: string): OpenedFile {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    return { fd, type: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other', size: st.size };
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}

/** The UTF-8 text of an open file, reading at most `maxBytes` (null when it holds more, whatever its stat said). */
export function readAtMost(fd: number, maxBytes: number): string | null {
  const buf = Buffer.alloc(maxBytes + 1);
  let n = 0;
  for (let got = 1; got > 0 && n < buf.length; n += got) got = fs.readSync(fd, buf, n, buf.length - n, null);
  return n > maxBytes ? null : buf.toString('utf8', 0, n);
}

/**
 * Read an article as UTF-8 text, or say why it was skipped. Never opens a FIFO or device in blocking mode: the
 * path is stat'ed first, opened non-blocking, and the open file checked again, so nothing can hang the read.
 */
export function readArticleFile(file: string): ReadOutcome {
  const why = notRegular(file);
  if (why) return { skipped: why };
  const tooLarge = `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`;
  let opened: OpenedFile | undefined;
  try {
    opened = openNonBlocking(file);
    if (opened.type !== 'file') return { skipped: 'not a regular file' };
    if (opened.size > MAX_ARTICLE_BYTES) return { skipped: tooLarge };
    const text = readAtMost(opened.fd, MAX_ARTICLE_BYTES);
    if (text === null) return { skipped: tooLarge };
    return looksBinary(text) ? { skipped: 'binary file' } : { text };
  } catch (e) {
    return { skipped: `unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  } finally {
    if (opened) fs.closeSync(opened.fd);
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
