// Reading a guide's source files from disk for the quote check (bounded: size, count, no pipes or devices).
import * as fs from 'fs';
import * as path from 'path';
import type { StyleGuide } from '../core/config/styleGuide';
import { globRoot, isSourcePath, MAX_SOURCE_BYTES, MAX_SOURCE_FILES, sourcePatterns } from '../core/sources/globs';
import { SourceIndex } from '../core/sources/sourceIndex';
import { openNonBlocking, readAtMost, type OpenedFile } from './articles';

/** The source index of a guide (empty when it has none), and whether the guide declares its sources. */
export function loadSources(guide: StyleGuide, guidePath: string | null, err: (s: string) => void): { index: SourceIndex; declared: boolean } {
  const index = new SourceIndex();
  const where = sourcePatterns(guide, guidePath);
  if (!where) return { index, declared: false };
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || seen.size >= MAX_SOURCE_FILES) return;
    if (!isSourcePath(path.relative(where.base, file), where.patterns)) return;
    seen.add(file);
    const text = readSource(file);
    if (text === null) err(`copydesk: skipped source ${file}: not a regular file, unreadable or over ${MAX_SOURCE_BYTES / 1024 / 1024} MB`);
    else index.setFile(file, text);
  };
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory() && depth < 12) walk(full, depth + 1);
      else if (e.isFile()) visit(full);
    }
  };
  for (const p of where.patterns) {
    const root = path.resolve(where.base, globRoot(p));
    const st = fs.statSync(root, { throwIfNoEntry: false });
    if (st?.isDirectory()) walk(root, 0);
    else if (st?.isFile()) visit(root);
  }
  return { index, declared: where.declared };
}

/** A source file's text, or null when it is not a regular file or too large. */
function readSource(file: string): string | null {
  let opened: OpenedFile | undefined;
  try {
    opened = openNonBlocking(file);
    if (opened.type !== 'file' || opened.size > MAX_SOURCE_BYTES) return null;
    return readAtMost(opened.fd, MAX_SOURCE_BYTES);
  } catch {
    return null;
  } finally {
    if (opened) fs.closeSync(opened.fd);
  }
}
