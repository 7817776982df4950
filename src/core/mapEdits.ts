// Carry findings through edits made after they were found (unsaved typing with `run: onSave`), until the next check.
import type { Diagnostic, Span, TextEdit } from './types';

/** A span moved through `changes` (all relative to the text before them, not overlapping), or null when one touched it. */
export function mapSpan<T extends Span>(span: T, changes: readonly TextEdit[]): T | null {
  let shift = 0;
  for (const c of changes) {
    // Before the span (typing right before a word included) moves it; after it leaves it; anything else touches it.
    if (c.end <= span.start) shift += c.newText.length - (c.end - c.start);
    else if (c.start < span.end) return null;
  }
  return shift ? { ...span, start: span.start + shift, end: span.end + shift } : span;
}

/** Findings moved through `changes`: a finding whose words were edited is dropped, and so is a fix whose edits were touched. */
export function mapDiagnostics(diagnostics: readonly Diagnostic[], changes: readonly TextEdit[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const moved = mapSpan(d, changes);
    if (!moved) continue;
    const fixes = d.fixes.flatMap((f) => {
      const edits = f.edits.map((e) => mapSpan(e, changes));
      return edits.every((e): e is TextEdit => e !== null) ? [{ ...f, edits }] : [];
    });
    out.push({ ...moved, fixes });
  }
  return out;
}
