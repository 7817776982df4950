// Timeline views of the events for adapters: date groups, a text outline, and document-symbol data.
import type { AnalysisResult, ArticleEvent } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/lexicon';

export interface TimelineGroup {
  /** Resolved ISO value ("2020-01-09", "2020-01", "2020-W02", "2014"), or null for undated events. */
  value: string | null;
  label: string;
  events: ArticleEvent[];
}

export interface Timeline {
  groups: TimelineGroup[];
}

export interface EventSymbol {
  name: string;
  detail: string;
  start: number;
  end: number;
}


const SEASONS: Record<string, [string, number]> = { SP: ['Spring', 2], SU: ['Summer', 5], FA: ['Autumn', 8], WI: ['Winter', 11] };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
/** TimeML's vague references ("recently", "now", "in the future"): their group label and place (past first, then after the dates). */
const REFS: Record<string, [string, number]> = { PAST_REF: ['In the past', Number.MIN_SAFE_INTEGER], PRESENT_REF: ['Now', Number.MAX_SAFE_INTEGER - 2], FUTURE_REF: ['In the future', Number.MAX_SAFE_INTEGER - 1] };

/** Sort key for a TIMEX3 value: the first day it covers, then coarser values before finer ones on that day. */
function sortKey(value: string): [number, number] {
  if (REFS[value]) return [REFS[value][1], 0];
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(value))) return [Date.UTC(+m[1], +m[2] - 1, +m[3]), 4];
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return [Date.UTC(+m[1], +m[2] - 1, +m[3]), 3];
  if ((m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value))) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const dow = new Date(jan4).getUTCDay() || 7;
    return [jan4 - (dow - 1) * 86400000 + (+m[2] - 1) * 7 * 86400000, 2];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return [Date.UTC(+m[1], +m[2] - 1, 1), 1];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return [Date.UTC(+m[1], 3 * (+m[2] - 1), 1), 1];
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return [Date.UTC(+m[1], 6 * (+m[2] - 1), 1), 1];
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return [Date.UTC(+m[1], SEASONS[m[2]][1], 1), 1];
  if ((m = /^(\d{4})/.exec(value))) return [Date.UTC(+m[1], 0, 1), 0];
  if ((m = /^(\d{1,3})$/.exec(value))) return [Date.UTC(+m[1] * 10 ** (4 - m[1].length), 0, 1), -1];
  return [Number.MAX_SAFE_INTEGER, 0];
}

/** A human label for a TIMEX3 value: "Thursday 9 January 2020", "January 2020", "Week 2 of 2020", "Q3 2019", "the 1990s". */
export function dateLabel(value: string | null): string {
  if (value === null) return 'Undated';
  if (REFS[value]) return REFS[value][0];
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})T(?:(\d{2}:\d{2})|([A-Z]{2}))$/.exec(value))) return `${dateLabel(m[1])}, ${m[2] ?? PARTS_OF_DAY[m[3]] ?? m[3]}`;
  if ((m = /^(\d{4})-([QH][1-4])$/.exec(value))) return `${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]][0]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(value))) return `Weekend of week ${+m[2]}, ${m[1]}`;
  if ((m = /^(\d{3})$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return `${WEEKDAY_NAMES[d.getUTCDay()]} ${+m[3]} ${MONTH_NAMES[+m[2] - 1]} ${m[1]}`;
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return `Week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-WXX$/.exec(value))) return `A week in ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTH_NAMES[+m[2] - 1] ?? m[2]} ${m[1]}`;
  return value;
}

/** Every date of an event (`when` first); an event with two dates is listed under both. */
export const eventDates = (e: ArticleEvent): { text: string; value: string }[] => e.dates ?? (e.when ? [e.when] : []);

/** The words of the event's date shown under the group of `value` ("Dec. 12" under 12 December, "March 20" under 20 March). */
export const whenWords = (e: ArticleEvent, value: string | null): string | null =>
  eventDates(e).find((d) => d.value === value)?.text ?? e.when?.text ?? e.whenText ?? null;

/** Group events by resolved date, chronologically; undated events last, in article order. */
export function buildTimeline(events: ArticleEvent[]): Timeline {
  const byValue = new Map<string, ArticleEvent[]>();
  const undated: ArticleEvent[] = [];
  for (const e of events) {
    const dates = eventDates(e);
    if (!dates.length) undated.push(e);
    for (const { value } of dates) {
      const list = byValue.get(value) ?? [];
      list.push(e);
      byValue.set(value, list);
    }
  }
  const values = [...byValue.keys()].sort((a, b) => {
    const [ka, pa] = sortKey(a);
    const [kb, pb] = sortKey(b);
    return ka - kb || pa - pb || a.localeCompare(b);
  });
  const groups: TimelineGroup[] = values.map((value) => ({ value, label: dateLabel(value), events: byValue.get(value)!.sort((x, y) => x.start - y.start) }));
  if (undated.length) groups.push({ value: null, label: dateLabel(null), events: undated.sort((x, y) => x.start - y.start) });
  return { groups };
}

/** One line describing an event: summary, where, original date words (those of `value`'s group), who reports it. */
export function eventLine(e: ArticleEvent, value: string | null = e.when?.value ?? null): string {
  const parts = [e.summary];
  if (e.where) parts.push(`(${e.where})`);
  if (e.when) parts.push(`[“${whenWords(e, value)}”${e.inferred ? ', inferred' : ''}]`);
  else if (e.whenText) parts.push(`[“${e.whenText}”, unresolved]`);
  if (e.source === 'quote') parts.push(`— quote${e.reportedBy ? `, ${e.reportedBy}` : ''}`);
  else if (e.source === 'claim') parts.push(`— claim${e.reportedBy ? ` by ${e.reportedBy}` : ''}`);
  return parts.join(' ').replace(/[\r\n]+/g, ' ');
}

/** The timeline as plain text for `copydesk outline FILE`. */
export function formatOutline(result: Pick<AnalysisResult, 'file' | 'date' | 'events'>): string {
  const lines = [`Events in ${result.file}${result.date ? ` (article date ${result.date})` : ' (no article date)'}`];
  if (!result.events.length) return lines.concat('', 'No events found.', '').join('\n');
  for (const g of buildTimeline(result.events).groups) {
    lines.push('', g.value ? `${g.label}  ${g.value}` : g.label);
    for (const e of g.events) lines.push(`  - ${eventLine(e, g.value)}`);
  }
  return lines.join('\n') + '\n';
}

/** Plain data for a DocumentSymbolProvider: one symbol per event, in article order. */
export function eventSymbols(result: Pick<AnalysisResult, 'events'>): EventSymbol[] {
  return result.events.map((e) => ({
    name: e.summary || e.text.slice(0, 60),
    detail: [e.when ? eventDates(e).map((d) => `${d.value} (${d.text})`).join(', ') : e.whenText ? `“${e.whenText}”` : '', e.where ?? '', e.source && e.source !== 'narrative' ? e.source : '']
      .filter(Boolean)
      .join(' · '),
    start: e.start,
    end: e.end,
  }));
}
