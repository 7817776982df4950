// The pipeline: parse the article, run the passes in order (reusing per-paragraph work), return the contract.
import type { StyleGuide } from './config/styleGuide';
import type { ConfigProblem } from './config/validate';
import { isSuppressed, lineColumn, parseArticle, type ArticleDocument, type ArticleFormat, formatForFile } from './document';
import { articleTimes, datelineDate } from './time';
import { dateCheckFindings } from './time/checks';
import { eventsPass } from './events/pass';
import { namesPass } from './names/pass';
import { quotesPass } from './quotes/pass';
import { ParagraphCache, shiftFinding, shiftSpan, type Pass, type PassContext, type PreparedConfig } from './pass';
import { compileRules, consistencyFindings, runRulesOnParagraph, type ParagraphStyleResult } from './style/rules';
import { transcriptTurns } from './style/transcript';
import { firstIndexWhereNot, pushAll } from './search';
import { planFix } from './edits';
import type { AnalysisResult, Diagnostic, Finding, Fix, Severity, Span, UnlistedQuotes } from './types';

export { ParagraphCache, type Pass, type PassContext, type PreparedConfig } from './pass';

/** Compile a loaded guide for analysis. */
export function prepareConfig(guide: StyleGuide): PreparedConfig {
  const problems: ConfigProblem[] = [];
  const rules = compileRules(guide.rules, problems);
  return { guide, rules, problems, extras: new Map() };
}

/**
 * The style-guide pass: substitute and avoid per paragraph, consistency across the article. Direct quotes
 * (found by the quotes pass, which runs first) and interview transcript turns are the speakers' words: rules skip
 * them unless `inQuotes`.
 */
export const stylePass: Pass = {
  id: 'style',
  run(ctx) {
    const rules = ctx.config.rules;
    const turns = transcriptTurns(ctx.doc.paragraphs);
    const inQuote = insideAny(turns.length ? [...ctx.quotes, ...turns] : ctx.quotes, ctx.unlistedQuotes);
    const byId = new Map(rules.map((r) => [`style/${r.spec.id}`, r.spec]));
    const occurrences: ParagraphStyleResult['forms'] = [];
    for (const p of ctx.doc.paragraphs) {
      const r = ctx.cache.get('style', p.text, () => runRulesOnParagraph(rules, p.text));
      for (const f of r.findings) {
        const shifted = shiftFinding(f, p.start);
        if (byId.get(f.rule)?.inQuotes || !inQuote(shifted)) ctx.findings.push(shifted);
      }
      for (const o of r.forms) {
        const match = shiftSpan(o.match, p.start);
        if (rules[o.rule].spec.inQuotes || !inQuote(match)) occurrences.push({ rule: o.rule, match });
      }
    }
    pushAll(ctx.findings, consistencyFindings(rules, occurrences));
  },
};

/**
 * A test for whether a span lies inside one of `spans` (the direct quotes: the speaker's words) or one of the
 * `unlisted` quotes of paragraphs over the bound.
 */
export function insideAny(spans: Span[], unlisted: readonly UnlistedQuotes[] = []): (s: Span) => boolean {
  // Merged at the first question: an article with no dates or no style matches never asks.
  let merged: Span[] | null = null;
  return (s) => {
    merged ??= mergeSpans(spans);
    const i = firstIndexWhereNot(merged, (q) => q.end <= s.start);
    if (i < merged.length && merged[i].start <= s.start && s.end <= merged[i].end) return true;
    const g = unlisted.length ? unlisted[firstIndexWhereNot(unlisted, (u) => u.end <= s.start)] : undefined;
    return !!g && g.start <= s.start && insideOffsets(g.offsets, s);
  };
}

/** Whether a span lies inside one of the [start, end) stretches of a flat, strictly ascending offset list. */
function insideOffsets(o: readonly number[], s: Span): boolean {
  // The last offset at or before s.start belongs to the only stretch that can hold s (a start, or the end of the
  // stretch s would have to close with): `j | 1` is that stretch's end.
  const j = firstIndexWhereNot(o, (x) => x <= s.start) - 1;
  return j >= 0 && s.end <= o[j | 1];
}

/** The date checks (`dates/...`) on the tagger's expressions; after the quotes pass, whose quotes they respect. */
export const datesPass: Pass = {
  id: 'dates',
  run(ctx) {
    pushAll(ctx.findings, dateCheckFindings(ctx.doc.text, articleTimes(ctx), ctx.date, insideAny(ctx.quotes, ctx.unlistedQuotes), ctx.config.guide.dates.weekdayWindow));
  },
};

/** Spans sorted by start with overlaps (nested quotes) merged, so a binary search finds the one around an offset. */
function mergeSpans(spans: readonly Span[]): Span[] {
  // The given spans are kept as they are (never changed): a new one is made only where two overlap.
  // (Quotes come in article order: no copy and no sort unless some span starts before the one ahead of it.)
  let inOrder = true;
  for (let i = 1; i < spans.length && inOrder; i++) inOrder = spans[i - 1].start <= spans[i].start;
  const sorted = inOrder ? spans : [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (!last || s.start > last.end) out.push(s);
    else if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end };
  }
  return out;
}

/** Passes in order: later ones read what earlier ones produced (style skips the quotes found before it). */
const passes: Pass[] = [namesPass, quotesPass, stylePass, datesPass, eventsPass];

export interface AnalyzeOptions {
  /** File name or URI, used for the format and echoed in the result. */
  file: string;
  format?: ArticleFormat;
  /** Article date (YYYY-MM-DD); else front matter `date:`; else null. */
  date?: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The YYYY-MM-DD a value starts with, if that is a real calendar date (2024-02-29 yes, 2021-02-29 no). */
export function calendarDatePrefix(value: string | null | undefined): string | null {
  const m = value ? ISO_DATE.exec(value) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? m[0] : null;
}

/** Whether a value is exactly a real YYYY-MM-DD calendar date. */
export function isCalendarDate(value: string): boolean {
  return value.length === 10 && calendarDatePrefix(value) === value;
}

/** `article/date` (warning) at a front-matter `date:` whose value is not a calendar date, so it is not used. */
export function frontMatterDateFindings(doc: ArticleDocument): Finding[] {
  const value = doc.frontMatter?.date;
  if (!doc.frontMatterSpan || !value || calendarDatePrefix(value)) return [];
  const block = doc.text.slice(doc.frontMatterSpan.start, doc.frontMatterSpan.end);
  const lines = [...block.matchAll(/^(date\s*:[ \t]*)(["']?)(.*?)\2[ \t]*$/gim)];
  const m = lines[lines.length - 1];
  if (!m) return [];
  const start = doc.frontMatterSpan.start + m.index! + m[1].length + m[2].length;
  return [{
    rule: 'article/date',
    severity: 'warning',
    start,
    end: start + m[3].length,
    message: `Front-matter date '${value}' is not a calendar date (expected YYYY-MM-DD); it is not used as the article date.`,
    fixes: [],
  }];
}

/** The article's date: the option, else front matter `date:` (a real calendar date), else a dated dateline. */
export function articleDate(doc: ArticleDocument, explicit?: string | null): string | null {
  for (const candidate of [explicit, doc.frontMatter?.date]) {
    const d = calendarDatePrefix(candidate);
    if (d) return d;
  }
  for (const p of doc.paragraphs.slice(0, 2)) {
    const d = datelineDate(p.text);
    if (d) return d;
  }
  return null;
}

/** Runs analyses for one document, keeping paragraph caches between runs. */
export class Analyzer {
  readonly cache = new ParagraphCache();
  constructor(readonly config: PreparedConfig) {}

  /** Analyse the whole text; paragraphs unchanged since the last runs are not recomputed. */
  analyze(text: string, options: AnalyzeOptions): AnalysisResult {
    const format = options.format ?? formatForFile(options.file);
    return this.analyzeDocument(parseArticle(text, format), options);
  }

  /**
   * Analyse in slices that yield between paragraphs, so a long article never blocks the caller for long:
   * each paragraph's per-paragraph work is computed alone (filling the cache), then the article-level
   * assembly runs on cache hits. Returns undefined when cancelled.
   */
  async analyzeInSlices(text: string, options: AnalyzeOptions, control: SliceControl): Promise<AnalysisResult | undefined> {
    const format = options.format ?? formatForFile(options.file);
    const doc = parseArticle(text, format);
    const budget = control.budgetMs ?? 8;
    let sliceStart = now();
    for (const p of doc.paragraphs) {
      if (now() - sliceStart >= budget) {
        await control.yieldNow();
        if (control.isCancelled()) return undefined;
        sliceStart = now();
      }
      this.runPasses(parseArticle(p.text, format), { ...options, format });
    }
    // The article-level assembly on cache hits, yielding between passes (each pass reads only the cache and the
    // earlier passes' output), so a long article's assembly is not one long slice either.
    await control.yieldNow();
    if (control.isCancelled()) return undefined;
    sliceStart = now();
    const ctx = this.context(doc, options);
    for (const pass of passes) {
      if (now() - sliceStart >= budget) {
        await control.yieldNow();
        if (control.isCancelled()) return undefined;
        sliceStart = now();
      }
      pass.run(ctx);
    }
    // The findings' finishing (overrides, sort, line numbers) is a slice of its own too.
    if (now() - sliceStart >= budget) {
      await control.yieldNow();
      if (control.isCancelled()) return undefined;
    }
    this.cache.endRun();
    return this.result(ctx, options);
  }

  private analyzeDocument(doc: ArticleDocument, options: AnalyzeOptions): AnalysisResult {
    const ctx = this.context(doc, options);
    for (const pass of passes) pass.run(ctx);
    this.cache.endRun();
    return this.result(ctx, options);
  }

  /** Run every pass on a document without ending the cache run (used to warm paragraphs one by one). */
  private runPasses(doc: ArticleDocument, options: AnalyzeOptions): void {
    const ctx = this.context(doc, options);
    for (const pass of passes) pass.run(ctx);
  }

  private context(doc: ArticleDocument, options: AnalyzeOptions): PassContext {
    return { doc, config: this.config, date: articleDate(doc, options.date), cache: this.cache, findings: frontMatterDateFindings(doc), quotes: [], unlistedQuotes: [], entities: [], events: [] };
  }

  private result(ctx: PassContext, options: AnalyzeOptions): AnalysisResult {
    const doc = ctx.doc;
    return {
      file: options.file,
      date: ctx.date,
      quotes: ctx.quotes,
      unlistedQuotes: ctx.unlistedQuotes,
      entities: ctx.entities,
      events: ctx.events,
      times: articleTimes(ctx),
      diagnostics: finishFindings(ctx.findings, doc, this.config.guide),
    };
  }
}

/**
 * Most findings of one rule reported per article. Beyond it the text is not prose an editor reads finding by finding
 * (and the Problems panel chokes on 100k entries): one summary finding at the last one's position stands for the rest.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

const byPosition = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule);

/** Apply severity overrides and ignore comments, cap each rule's count, plan fixes on prose only, sort, and add line/column. */
function finishFindings(findings: Finding[], doc: ArticleDocument, guide: StyleGuide): Diagnostic[] {
  const out: Diagnostic[] = [];
  const counts = new Map<string, number>();
  const lastOver = new Map<string, { f: Finding; severity: Severity }>();
  for (const f of findings.slice().sort(byPosition)) {
    const override = guide.severities[f.rule];
    if (override === 'off') continue;
    if (isSuppressed(doc, f.rule, f.start, f.end)) continue;
    const n = (counts.get(f.rule) ?? 0) + 1;
    counts.set(f.rule, n);
    if (n > MAX_FINDINGS_PER_RULE) {
      lastOver.set(f.rule, { f, severity: override ?? f.severity });
      continue;
    }
    const { line, column } = lineColumn(doc.lineStarts, f.start);
    const fixes = f.fixes.length ? f.fixes.map((fix) => planFix(doc, fix)).filter((fix): fix is Fix => fix !== null) : f.fixes;
    out.push({ ...f, fixes, severity: override ?? f.severity, line, column });
  }
  for (const [rule, { f, severity }] of lastOver) {
    const more = counts.get(rule)! - MAX_FINDINGS_PER_RULE;
    const message = `…and ${more.toLocaleString('en-US')} more ${rule} findings in this article (at most ${MAX_FINDINGS_PER_RULE.toLocaleString('en-US')} are listed): the text is probably not prose.`;
    out.push({ ...f, severity, message, fixes: [], ...lineColumn(doc.lineStarts, f.start) });
  }
  return lastOver.size ? out.sort(byPosition) : out;
}

/** Add findings computed outside the passes (e.g. across articles) with the same overrides, ignore comments and order. */
export function withExtraFindings(result: AnalysisResult, extra: Finding[], text: string, format: ArticleFormat, guide: StyleGuide): AnalysisResult {
  if (!extra.length) return result;
  const doc = parseArticle(text, format);
  const added = finishFindings(extra, doc, guide);
  const diagnostics = [...result.diagnostics, ...added].sort(byPosition);
  return { ...result, diagnostics };
}

/** How a sliced analysis yields and learns it is cancelled. */
export interface SliceControl {
  /** Give the event loop a turn (e.g. `new Promise(r => setTimeout(r, 0))`). */
  yieldNow(): Promise<void>;
  isCancelled(): boolean;
  /** Longest slice of work between yields, in ms (default 8). */
  budgetMs?: number;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** One-shot analysis without a cache. */
export function analyzeText(text: string, options: AnalyzeOptions, config: PreparedConfig): AnalysisResult {
  return new Analyzer(config).analyze(text, options);
}
