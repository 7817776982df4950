// Style-guide rules: compile literal and RE2 patterns once, run them per paragraph, combine consistency article-wide.
import { RE2JS } from 're2js';
import type { StyleRuleSpec } from '../config/styleGuide';
import { clipText, type ConfigProblem } from '../config/validate';
import type { Finding, Span } from '../types';
import { escapeRegExp } from '../search';

export interface RuleMatch extends Span {
  /** Index into the rule's patterns (or forms); 0 for regex rules. */
  which: number;
  text: string;
}

interface Matcher {
  find(text: string): RuleMatch[];
}

export interface CompiledRule {
  spec: StyleRuleSpec;
  matcher: Matcher;
  /** Matches the rule's `unless` phrases, or null when it has none. */
  exceptions: Matcher | null;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** Escape a literal for a JS RegExp, letting spaces match any whitespace and ' match curly apostrophes. */
function literalSource(pattern: string): string {
  const source = escapeRegExp(pattern)
    .replace(/\s+/g, '\\s+')
    .replace(/['\u2019]/g, "['\u2019]")
    .replace(/["\u201C\u201D]/g, '["\u201C\u201D]');
  // A leading space may only start at the start of a whitespace run (where the leftmost match starts anyway):
  // otherwise a long run is retried from each of its positions, quadratic in the run's length.
  return source.startsWith('\\s+') ? '(?<!\\s)' + source : source;
}

/** Whether [start, end) sits on word boundaries (only checked where the pattern itself starts/ends with a word char). */
function onWordBoundary(text: string, start: number, end: number): boolean {
  const first = text.slice(start, start + 2);
  const last = text.slice(Math.max(start, end - 2), end);
  if (start > 0 && WORD_CHAR.test(Array.from(first)[0] ?? '') && WORD_CHAR.test(charBefore(text, start))) return false;
  if (end < text.length && WORD_CHAR.test(Array.from(last).pop() ?? '') && WORD_CHAR.test(charAt(text, end))) return false;
  return true;
}

function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1] ?? '';
}

function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 32);
}

/** Matcher for literal patterns: one alternation RegExp, boundaries checked after matching. */
function literalMatcher(patterns: string[], caseSensitive: boolean, wholeWord: boolean): Matcher {
  const sorted = patterns.map((p, i) => ({ p, i })).sort((a, b) => b.p.length - a.p.length);
  const re = new RegExp(sorted.map(({ p }) => `(${literalSource(p)})`).join('|'), caseSensitive ? 'gu' : 'giu');
  return {
    find(text) {
      const out: RuleMatch[] = [];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const start = m.index;
        const end = start + m[0].length;
        if (wholeWord && !onWordBoundary(text, start, end)) {
          re.lastIndex = start + 1;
          continue;
        }
        const group = m.slice(1).findIndex((g) => g !== undefined);
        out.push({ start, end, which: sorted[group].i, text: m[0] });
      }
      return out;
    },
  };
}

/** Matcher for RE2 regexes: linear time whatever the pattern, so no rule can hang the host.
 * Named groups mark what is flagged: the first named group that took part is the finding, the rest is context. */
function re2Matcher(source: string, caseSensitive: boolean, wholeWord: boolean): Matcher {
  const re = RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  const named = Object.values(re.namedGroups()).sort((a, b) => a - b);
  return {
    find(text) {
      const out: RuleMatch[] = [];
      // Most paragraphs hold no match: the DFA's yes/no answer is far cheaper than the capturing engines' search.
      if (!re.test(text)) return out;
      const m = re.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        const end = m.end();
        if (!wholeWord || onWordBoundary(text, m.start(), end)) {
          const group = named.find((g) => m.start(g) >= 0);
          const [s, e] = group === undefined ? [m.start(), end] : [m.start(group), m.end(group)];
          if (e > s) out.push({ start: s, end: e, which: 0, text: text.slice(s, e) });
        }
        from = end > m.start() ? end : m.start() + 1;
      }
      return out;
    },
  };
}

/** Compile the guide's rules; a pattern that cannot compile is reported at its rule, the others still run. */
export function compileRules(specs: StyleRuleSpec[], problems: ConfigProblem[]): CompiledRule[] {
  const compiled: CompiledRule[] = [];
  for (const spec of specs) {
    if (spec.severity === 'off') continue;
    try {
      const matcher = spec.kind === 'consistency'
        ? literalMatcher(spec.forms, spec.caseSensitive, spec.wholeWord)
        : spec.regex !== undefined
          ? re2Matcher(spec.regex, spec.caseSensitive, spec.wholeWord)
          : literalMatcher(spec.patterns, spec.caseSensitive, spec.wholeWord);
      const exceptions = spec.unless.length ? literalMatcher(spec.unless, spec.caseSensitive, true) : null;
      compiled.push({ spec, matcher, exceptions });
    } catch (e) {
      problems.push({
        source: spec.source,
        message: `Rule '${clipText(spec.id, 60)}': the regex cannot be used (${clipText((e as Error).message, 100)}). Regexes run on a linear-time engine (RE2 syntax: no backreferences or lookaround).`,
        ...(spec.regex !== undefined && spec.regexAt ? spec.regexAt : { line: spec.sourceLine, column: spec.sourceColumn, start: spec.sourceStart, end: spec.sourceEnd }),
        severity: 'error',
      });
    }
  }
  return compiled;
}

/** Fill `{match}`, `{replace}` and `{other}` in a rule message. */
export function formatMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(match|replace|other)\}/g, (_, k: string) => values[k] ?? '');
}

/** Carry the match's capitalisation over to the replacement (Towards -> Toward, TOWARDS -> TOWARD). */
export function matchCase(match: string, replacement: string): string {
  if (match.length > 1 && match === match.toUpperCase() && match !== match.toLowerCase()) return replacement.toUpperCase();
  const first = match[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

export interface ParagraphStyleResult {
  /** substitute/avoid findings, paragraph-relative. */
  findings: Finding[];
  /** Consistency occurrences, paragraph-relative: rule index -> matches. */
  forms: { rule: number; match: RuleMatch }[];
}

/** Whether `m` lies inside one of the spans from index `from` on (sorted by start, none before `from` ends at or after m.end). */
function insideAny(spans: Span[], from: number, m: Span): boolean {
  for (let i = from; i < spans.length && spans[i].start <= m.start; i++) if (m.end <= spans[i].end) return true;
  return false;
}

/** Run every rule on one paragraph's prose. Offsets are relative to the paragraph. */
export function runRulesOnParagraph(rules: CompiledRule[], text: string): ParagraphStyleResult {
  const findings: Finding[] = [];
  const forms: { rule: number; match: RuleMatch }[] = [];
  rules.forEach((rule, ruleIndex) => {
    const { spec } = rule;
    const allowed = rule.exceptions?.find(text) ?? [];
    let ai = 0; // matches and exceptions both come in text order: one sweep, not every exception per match
    for (const match of rule.matcher.find(text)) {
      while (ai < allowed.length && allowed[ai].end < match.end) ai++;
      if (insideAny(allowed, ai, match)) continue;
      if (spec.kind === 'consistency') {
        forms.push({ rule: ruleIndex, match });
        continue;
      }
      const rawReplace = spec.replacements[match.which] ?? '';
      const replace = spec.caseSensitive ? rawReplace : matchCase(match.text, rawReplace);
      const template = spec.message ?? (spec.kind === 'substitute' ? "Use '{replace}' instead of '{match}'." : "Avoid '{match}'.");
      findings.push({
        rule: `style/${spec.id}`,
        severity: spec.severity === 'off' ? 'hint' : spec.severity,
        message: formatMessage(template, { match: match.text, replace }),
        start: match.start,
        end: match.end,
        link: spec.link,
        fixes: spec.kind === 'substitute' && spec.regex === undefined
          ? [{ title: `Replace with '${replace}'`, edits: [{ start: match.start, end: match.end, newText: replace }], preferred: true }]
          : [],
      });
    }
  });
  return { findings, forms };
}

/** Article-wide consistency: where two forms of one rule both appear, flag the less used (ties: the later) form. */
export function consistencyFindings(rules: CompiledRule[], occurrences: { rule: number; match: RuleMatch }[]): Finding[] {
  const findings: Finding[] = [];
  const byRule = new Map<number, RuleMatch[]>();
  for (const o of occurrences) {
    const list = byRule.get(o.rule);
    if (list) list.push(o.match);
    else byRule.set(o.rule, [o.match]);
  }
  for (const [ruleIndex, matches] of byRule) {
    const spec = rules[ruleIndex].spec;
    const counts = new Map<number, { n: number; first: number }>();
    for (const m of matches) {
      const c = counts.get(m.which) ?? { n: 0, first: m.start };
      c.n++;
      c.first = Math.min(c.first, m.start);
      counts.set(m.which, c);
    }
    if (counts.size < 2) continue;
    const dominant = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0][0];
    const keep = spec.forms[dominant];
    for (const m of matches) {
      if (m.which === dominant) continue;
      findings.push({
        rule: `style/${spec.id}`,
        severity: spec.severity === 'off' ? 'hint' : spec.severity,
        message: formatMessage(spec.message ?? "The article also uses '{other}'; pick one form.", { match: m.text, other: keep, replace: keep }),
        start: m.start,
        end: m.end,
        link: spec.link,
        fixes: [{ title: `Replace with '${keep}'`, edits: [{ start: m.start, end: m.end, newText: keep }] }],
      });
    }
  }
  return findings;
}
