// Plain-English readings of TIMEX3 values, for the hover on a date ("last Friday" → Friday 3 January 2020).
import { parseIsoDay, weekday } from './calendar';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon';
import { escapeMarkdown } from '../names/hoverCard';
import type { TextSpan, TimeExpression } from '../types';

const SEASON: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' };
const PART: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REF: Record<string, string> = { PRESENT_REF: 'the present', PAST_REF: 'the past', FUTURE_REF: 'the future' };
const ORDINAL = ['first', 'second', 'third', 'fourth'];
const UNIT: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', Q: 'quarter', DE: 'decade', CE: 'century' };
const TIME_UNIT: Record<string, string> = { H: 'hour', M: 'minute', S: 'second' };

const year = (y: string): string => (y === 'XXXX' ? 'an unstated year' : y);
const plural = (n: string, unit: string): string => (n === 'X' ? `several ${unit}s` : `${n} ${unit}${n === '1' ? '' : 's'}`);

/** A calendar date read out: 'Friday 3 January 2020'. */
function dayText(iso: string): string | null {
  const n = parseIsoDay(iso);
  if (n === null) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return `${WEEKDAY_NAMES[weekday(n)]} ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** A duration value read out ('P3D' → '3 days', 'PT2H' → '2 hours'), or null when it is not one. */
function durationText(v: string): string | null {
  const m = /^P(?:(\d+|X)(Y|M|W|D|Q|DE|CE))?(?:T(\d+|X)(H|M|S))?$/.exec(v);
  if (!m || (!m[1] && !m[3])) return null;
  return [m[1] ? plural(m[1], UNIT[m[2]]) : '', m[3] ? plural(m[3], TIME_UNIT[m[4]]) : ''].filter(Boolean).join(' ');
}

/** What a TIMEX3 value stands for, in words; the value itself when no reading applies. */
export function describeValue(value: string, type: TimeExpression['type'] = 'DATE'): string {
  if (REF[value]) return REF[value];
  const dur = durationText(value);
  if (dur) return type === 'SET' ? `every ${dur.replace(/^1 /, '')}` : dur;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})|T(MO|AF|EV|NI|DT))?$/.exec(value))) {
    const day = dayText(m[1]);
    if (day) return m[2] ? `${day}, ${m[2]}` : m[3] ? `${day}, ${PART[m[3]]}` : day;
  }
  if ((m = /^(\d{4}|XXXX)-XX-XX$/.exec(value))) return `a day in ${year(m[1])}`;
  if ((m = /^(\d{4}|XXXX)-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) return `${MONTH_NAMES[+m[2] - 1]} ${year(m[1])}`;
  if ((m = /^(\d{4}|XXXX)-W(\d{2})(-WE)?$/.exec(value))) return `${m[3] ? 'the weekend of ' : ''}week ${+m[2]} of ${year(m[1])}`;
  if ((m = /^(\d{4}|XXXX)-WXX$/.exec(value))) return `a week in ${year(m[1])}`;
  if ((m = /^XXXX-WXX-([1-7])$/.exec(value))) return `every ${WEEKDAY_NAMES[+m[1] % 7]}`;
  if ((m = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value))) return m[1] === 'XXXX' ? SEASON[m[2]] : `${SEASON[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4}|XXXX)-(Q|H)([1-4])$/.exec(value))) return `the ${ORDINAL[+m[3] - 1]} ${m[2] === 'Q' ? 'quarter' : 'half'} of ${year(m[1])}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${value}00s`;
  return value;
}

/** The hover text of one expression: its reading, the TIMEX3 value, and what kind of date it is. */
export function describeTime(t: TimeExpression): string {
  let s = describeValue(t.value, t.type);
  if (t.date) s += `, to ${describeValue(t.date)}`;
  if (t.comparison) s += ' (a comparison point, not the date of the event)';
  return s;
}

/** The hover card for the temporal expression at an offset, or null when there is none. */
export function timeHoverAt(result: { times: TimeExpression[] }, offset: number): { markdown: string; range: TextSpan } | null {
  const t = result.times.find((x) => x.start <= offset && offset < x.end);
  if (!t) return null;
  const kind = t.type.charAt(0) + t.type.slice(1).toLowerCase();
  return { markdown: `**${kind}**: ${escapeMarkdown(describeTime(t))} (\`${t.value.replace(/[`\s]/g, '')}\`)`, range: t };
}
