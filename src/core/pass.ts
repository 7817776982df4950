// What every analysis pass shares: prepared configuration, the per-paragraph cache and the pass context.
import type { StyleGuide } from './config/styleGuide';
import type { ConfigProblem } from './config/validate';
import type { ArticleDocument } from './document';
import type { CompiledRule } from './style/rules';
import type { ArticleEvent, Entity, Finding, Quote, Span, UnlistedQuotes } from './types';

/** Configuration prepared once per style guide: compiled rules and anything a pass precomputes. */
export interface PreparedConfig {
  guide: StyleGuide;
  rules: CompiledRule[];
  /** Problems found while compiling (bad regexes), reported on the style guide itself. */
  problems: ConfigProblem[];
  /** Per-pass precomputed data (registry indexes and the like), keyed by pass id. */
  extras: Map<string, unknown>;
}

/**
 * Longest paragraph (UTF-16 code units) read as prose. No real paragraph comes near (100k characters are some
 * 16,000 words); beyond it names, dates, events and quote attribution are not read, so a pasted dump or a hostile
 * input cannot make them degrade. Style rules still run on it and its quotes are still found.
 */
export const MAX_PROSE_PARAGRAPH = 100_000;

/** Whether a paragraph is too long to be read as prose (see MAX_PROSE_PARAGRAPH). */
export function overProseBound(text: string): boolean {
  return text.length > MAX_PROSE_PARAGRAPH;
}

/** Per-paragraph memo: results survive one analysis run after their last use, so edits reuse the rest. */
export class ParagraphCache {
  // One map keyed by the paragraph text itself, each entry holding every pass's result for that text: one hash
  // lookup per paragraph and run for all passes together (no key concatenation). Pass ids are plain words, never
  // names of Object.prototype members.
  private current = new Map<string, Record<string, unknown>>();
  private previous = new Map<string, Record<string, unknown>>();
  hits = 0;
  misses = 0;

  /** Result of `compute` for this pass and paragraph text, computed at most once while it stays in use. */
  get<T>(pass: string, text: string, compute: () => T): T {
    let entry = this.current.get(text);
    if (entry === undefined) {
      // (An entry the last run used comes along whole: the other passes will ask for it too.)
      entry = this.previous.get(text) ?? {};
      this.current.set(text, entry);
    }
    if (pass in entry) {
      this.hits++;
      return entry[pass] as T;
    }
    this.misses++;
    const v = compute();
    entry[pass] = v;
    return v;
  }

  /** Called after each run: forget what the last two runs did not use. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** What the passes have produced so far; later passes read earlier ones' output. */
export interface PassContext {
  doc: ArticleDocument;
  config: PreparedConfig;
  date: string | null;
  cache: ParagraphCache;
  findings: Finding[];
  quotes: Quote[];
  unlistedQuotes: UnlistedQuotes[];
  entities: Entity[];
  events: ArticleEvent[];
}

/** An analysis pass. Passes run in registration order; each may read what earlier passes produced. */
export interface Pass {
  id: string;
  run(ctx: PassContext): void;
}

/** Shift paragraph-relative spans to article offsets (returns copies). */
export function shiftSpan<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/** Shift a finding and its fix edits. */
export function shiftFinding(f: Finding, by: number): Finding {
  return { ...shiftSpan(f, by), fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => shiftSpan(e, by)) })) };
}

