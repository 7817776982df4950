// The temporal tagger: every date, time, duration and set in a text, with TIMEX3 types and values (news mode).
import { findTimes, type RawTime } from './grammar';
import { advance, resolveTime, timeState, type TimeState } from './resolve';
import type { TimeExpression } from '../types';
import { overProseBound, type PassContext } from '../pass';

export { findTimes, type RawTime, type TimeSpec, type TimeType } from './grammar';
export { timeState, type TimeState } from './resolve';
export { datelineDate, DATELINE_PREFIX } from './dateline';

/** A resolved temporal expression (UTF-16 offsets into the tagged text). */
export type TimeExpr = TimeExpression;

/** Resolve one paragraph's expressions in order (the state carries the narrative's reference time on), shifted by `offset`. */
export function resolveTimes(raws: RawTime[], st: TimeState, offset = 0): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (const r of raws) {
    const value = resolveTime(r.spec, r.tense, st, r.comparison);
    if (value === null) continue;
    if (r.type === 'DATE' || r.type === 'TIME') advance(st, value, r.comparison);
    const t: TimeExpr = { start: r.start + offset, end: r.end + offset, text: r.text, type: r.type, value };
    if (r.comparison) t.comparison = true;
    if (r.spec.k === 'later') {
      const date = resolveTime({ k: 'shift', unit: r.spec.unit, n: r.spec.n, from: 'ref' }, null, st);
      if (date && st.refDay !== null) t.date = date;
    }
    out.push(t);
  }
  return out;
}

/** Every temporal expression of a text resolved against the article date (YYYY-MM-DD, or null for X placeholders). */
export function tagTimes(text: string, articleDate: string | null): TimeExpr[] {
  return resolveTimes(findTimes(text), timeState(articleDate));
}

const byContext = new WeakMap<PassContext, TimeExpr[]>();

/** A paragraph's temporal expressions before resolution (cached per paragraph text; shared with the events pass). */
export function paragraphTimes(ctx: PassContext, text: string): RawTime[] {
  return overProseBound(text) ? [] : ctx.cache.get('times', text, () => findTimes(text));
}

/** The article's expressions: found per paragraph (cached), resolved in article order; computed once per analysis run. */
export function articleTimes(ctx: PassContext): TimeExpr[] {
  let out = byContext.get(ctx);
  if (out) return out;
  const state = timeState(ctx.date);
  out = [];
  for (const p of ctx.doc.paragraphs) {
    for (const t of resolveTimes(paragraphTimes(ctx, p.text), state, p.start)) out.push(t);
  }
  byContext.set(ctx, out);
  return out;
}
