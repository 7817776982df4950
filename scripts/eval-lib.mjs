// Shared by the PolNeAR evaluators: read a split (text/*.txt, attributions/*.ann) and its gold direct quotes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A double quotation mark (or the two apostrophes some papers print for one): a Content span holding one is a direct quote. */
export const QUOTE_MARK = /["\u201C\u201D]|''/;

/** Character overlap of two spans (end exclusive). */
export const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Parse a brat .ann file into attribution relations (discontinuous spans taken from first start to last end). */
export function parseAnn(src) {
  const spans = new Map();
  const rels = [];
  for (const line of src.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d/.test(cols[0])) {
      const [type, ...rest] = cols[1].split(' ');
      const segs = rest.join(' ').split(';').map((s) => s.trim().split(' ').map(Number));
      spans.set(cols[0], { type, start: segs[0][0], end: segs[segs.length - 1][1], text: cols[2] ?? '' });
    } else if (/^E\d/.test(cols[0])) {
      rels.push(cols[1].split(' ').map((r) => r.split(':')));
    }
  }
  const role = (roles, name) => roles.filter(([r]) => r.startsWith(name)).map(([, id]) => spans.get(id)).filter(Boolean);
  return rels.map((roles) => ({ contents: role(roles, 'Content'), sources: role(roles, 'Source'), cues: role(roles, 'Cue') }));
}

/** The articles of a split, first annotator's file per article: { name, text, rels }. */
export function* readSplit(dir) {
  const seen = new Set();
  for (const ann of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const name = ann.replace(/_[0-9a-f]+\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    yield { name, text: readFileSync(join(dir, 'text', name + '.txt'), 'utf8'), rels: parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8')) };
  }
}

/** Gold direct quotes, one per Content span with a quote mark: { start, end, sources, cues }; `keepCues(rel)` picks whose cues count. */
export function goldQuotes(text, rels, keepCues = () => true) {
  const gold = new Map();
  for (const r of rels) {
    for (const c of r.contents) {
      if (!QUOTE_MARK.test(text.slice(c.start, c.end))) continue;
      const key = c.start + ':' + c.end;
      const g = gold.get(key) ?? { start: c.start, end: c.end, sources: [], cues: [] };
      g.sources.push(...r.sources);
      if (keepCues(r)) g.cues.push(...r.cues);
      gold.set(key, g);
    }
  }
  return [...gold.values()];
}

/** A text excerpt around a span, on one line (for the developer's terminal only). */
export const excerpt = (text, s, pad = 80) => text.slice(Math.max(0, s.start - pad), Math.min(text.length, s.end + pad)).replace(/\s+/g, ' ');
