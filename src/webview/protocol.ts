// The typed message protocol between the events-outline webview and the extension.

/** One event row as the webview shows it. */
export interface EventRow {
  start: number;
  end: number;
  /** The words of the date expression ("last Friday"), or null. */
  whenText: string | null;
  who: string;
  what: string;
  where: string | null;
  source: 'narrative' | 'quote' | 'claim';
  reportedBy: string | null;
  /** The article's own words for the event (its clause or sentence). */
  sentence: string;
}

export interface GroupView {
  value: string | null;
  label: string;
  rows: EventRow[];
}

/** Extension → webview. */
export type ToWebview =
  | { type: 'update'; file: string; fileLabel: string; date: string | null; groups: GroupView[] }
  | { type: 'empty'; reason: string };

/** Webview → extension. */
export type FromWebview = { type: 'ready' } | { type: 'reveal'; start: number; end: number };

/** State the webview keeps across reloads (VS Code's getState/setState). */
export interface OutlineState {
  file: string | null;
}

/** Type guard for messages from the webview (it is untrusted input). */
export function isFromWebview(m: unknown): m is FromWebview {
  if (!m || typeof m !== 'object') return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'ready') return true;
  if (t === 'reveal') {
    const { start, end } = m as { start?: unknown; end?: unknown };
    return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number);
  }
  return false;
}
