// Which files are a guide's sources: its `sources:` globs (or the `sources/` folder beside it), and the limits on reading them.
import type { StyleGuide } from '../config/styleGuide';

/** Largest source file read (4 MiB); larger ones are skipped. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;
/** Most source files read per guide. */
export const MAX_SOURCE_FILES = 5000;
/** Extensions read as sources: text and Markdown, captions, HTML. */
export const SOURCE_EXT = /\.(txt|md|markdown|vtt|srt|html?)$/i;
/** The folder beside the guide that holds sources when the guide names none. */
export const DEFAULT_SOURCES = 'sources/**';

/** The source globs of a guide, relative to `base` (a guide path's folder, `/`-separated); `declared` when the guide names them. */
export function sourcePatterns(guide: StyleGuide, guidePath: string | null): { base: string; patterns: string[]; declared: boolean } | null {
  const from = guide.sources?.from ?? guidePath;
  if (!from) return null;
  const base = from.replace(/\\/g, '/').replace(/\/[^/]*$/, '');
  return guide.sources ? { base, patterns: guide.sources.patterns, declared: true } : { base, patterns: [DEFAULT_SOURCES], declared: false };
}

/** A glob (`**`, `*`, `?`, `{a,b}`) as a regular expression over `/`-separated relative paths; a folder name means all in it. */
export function globToRegExp(glob: string): RegExp {
  let g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!/[*?{]/.test(g) && !SOURCE_EXT.test(g)) g = g.replace(/\/?$/, '/**');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      re += g[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += g[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.lastIndexOf('(?:') > re.lastIndexOf(')')) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether a path relative to the guide's folder is one of its sources. */
export function isSourcePath(relative: string, patterns: string[]): boolean {
  const rel = relative.replace(/\\/g, '/');
  return SOURCE_EXT.test(rel) && patterns.some((p) => globToRegExp(p).test(rel));
}

/** The folder part of a glob before its first wildcard (`../desk/sources/*.vtt` → `../desk/sources`), where a walk starts. */
export function globRoot(glob: string): string {
  const parts = glob.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (/[*?{]/.test(p)) break;
    fixed.push(p);
  }
  const last = parts[parts.length - 1];
  if (fixed.length === parts.length - 1 && !/[*?{]/.test(last) && !SOURCE_EXT.test(last)) fixed.push(last);
  return fixed.join('/') || '.';
}

/** Whether a file (path or URI, like the guide's) is one of the guide's sources, so it is not read as an article. */
export function isGuideSource(guide: StyleGuide, guidePath: string | null, file: string): boolean {
  const where = sourcePatterns(guide, guidePath);
  const f = file.replace(/\\/g, '/');
  return !!where && f.startsWith(where.base + '/') && isSourcePath(f.slice(where.base.length + 1), where.patterns);
}
