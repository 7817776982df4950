// Plain data shared by every pass and adapter. Offsets are UTF-16 code units; `end` is exclusive.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor should apply by default (`isPreferred`). */
  preferred?: boolean;
}

/** One problem found in an article, before line/column are computed. */
export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
  link?: string;
}

export interface Diagnostic extends Finding {
  /** 1-based line and column (column in UTF-16 code units). */
  line: number;
  column: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Quote extends TextSpan {
  attributed: boolean;
  speaker: null | (TextSpan & { name: string | null });
  cue: null | TextSpan;
  /** Where the desk's sources hold the quote (null: in none); absent when the guide has no sources. */
  source?: QuoteSource | null;
}

/**
 * The quotes of one paragraph over the quote or prose bound (not prose: attribution is not checked there). They are
 * found, but kept as offsets rather than one `Quote` record each: such a paragraph may hold 100k quotes, and their
 * records made its analysis grow faster than its length. A quote of it that continues into, or from, another paragraph
 * is a `Quote` record as usual.
 */
export interface UnlistedQuotes extends Span {
  /** How many quotes the paragraph holds (besides any listed as records). */
  count: number;
  /** Absolute [start, end) offsets of the quoted stretches, flat and strictly ascending: [start, end, start, end, ...]; quotes that overlap or touch are merged. */
  offsets: number[];
}

/** A quote's match in a source file: offsets and line in that file, the cue time and speaker label of a transcript. */
export interface QuoteSource {
  file: string;
  start: number;
  end: number;
  line: number;
  time: string | null;
  speaker: string | null;
  verbatim: boolean;
  /** Word diff, quote order: `dropped` = the source's words, `added` = the quote's. */
  diff?: { op: 'same' | 'added' | 'dropped'; text: string }[];
}

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

export interface Entity {
  name: string;
  kind: EntityKind;
  known: boolean;
  mentions: TextSpan[];
}

export interface ArticleEvent extends TextSpan {
  summary: string;
  who: string[];
  where: string | null;
  /** The first date of the event's clause (its words and TIMEX3 value), as the tagger resolved it. */
  when: null | { text: string; value: string };
  /** Every date of the clause, `when` first ("met on Dec. 12 and again on March 20" has two). */
  dates?: { text: string; value: string }[];
  /** The verb phrase ("voted", "has told", "will travel"). */
  action?: string;
  /** What or whom the action concerns, shortened. */
  what?: string | null;
  /** Told in the article's own voice, inside a quote, or attributed by a "said"/"according to" frame. */
  source?: 'narrative' | 'quote' | 'claim';
  /** Who reports it (the frame's subject or the quote's speaker), when known. */
  reportedBy?: string | null;
  /** The words of a temporal expression that could not be resolved (no article date), else null. */
  whenText?: string | null;
  /** `when` is not in the clause: it is the narrative's reference time, the paragraph's last date before it. */
  inferred?: boolean;
}

/** A temporal expression with its TIMEX3 type and value ('2020-01-10', '2020-W02', 'P3D', 'PRESENT_REF'). */
export interface TimeExpression extends TextSpan {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  /** A comparison point ("the worst since 1996", "a year earlier"), not the date of the clause's event. */
  comparison?: boolean;
  /** For a duration that counts from the story's last date ("two days later"), the date it points at. */
  date?: string;
}

/** The `copydesk analyze` contract. */
export interface AnalysisResult {
  file: string;
  date: string | null;
  quotes: Quote[];
  /** The quotes of paragraphs over the quote or prose bound, as offsets (not in `quotes`). */
  unlistedQuotes: UnlistedQuotes[];
  entities: Entity[];
  events: ArticleEvent[];
  /** Every temporal expression, resolved against the article date and the narrative's reference time. */
  times: TimeExpression[];
  diagnostics: Diagnostic[];
}
