// Renders the events outline to HTML; every string goes through escapeHtml.
import { escapeHtml } from '../core/html';
import type { EventRow, ToWebview } from './protocol';

const SOURCE_LABEL: Record<EventRow['source'], string> = { narrative: 'reported', quote: 'in a quote', claim: 'claim' };

/** One row: when (with the original words), who, what, where, and where it comes from. */
function renderRow(row: EventRow, index: number): string {
  const source = row.source === 'narrative' ? '' : `<span class="badge ${escapeHtml(row.source)}">${escapeHtml(SOURCE_LABEL[row.source])}${row.reportedBy ? ` · ${escapeHtml(row.reportedBy)}` : ''}</span>`;
  return `<li class="row" role="button" tabindex="${index === 0 ? 0 : -1}" data-start="${row.start}" data-end="${row.end}">
  <span class="when">${row.whenText ? `“${escapeHtml(row.whenText)}”` : ''}</span>
  <span class="who">${escapeHtml(row.who || '—')}</span>
  <span class="what">${escapeHtml(row.what)}</span>
  ${row.where ? `<span class="where">${escapeHtml(row.where)}</span>` : ''}
  ${source}
  <span class="sentence">${escapeHtml(row.sentence)}</span>
</li>`;
}

/** The whole outline body for a message from the extension. */
export function renderOutline(message: ToWebview): string {
  if (message.type === 'empty') return `<p class="empty">${escapeHtml(message.reason)}</p>`;
  const total = message.groups.reduce((n, g) => n + g.rows.length, 0);
  if (!total) return `<p class="empty">No events found in ${escapeHtml(message.fileLabel)}.</p>`;
  let index = 0;
  const groups = message.groups
    .map((g) => `<section class="group${g.value ? '' : ' undated'}"><h2>${escapeHtml(g.label)}${g.value ? ` <code>${escapeHtml(g.value)}</code>` : ''}</h2>
<ul role="list">${g.rows.map((r) => renderRow(r, index++)).join('')}</ul></section>`)
    .join('');
  return `<header><h1>${escapeHtml(message.fileLabel)}</h1><p class="meta">${message.date ? `Article date ${escapeHtml(message.date)}` : 'No article date: relative dates cannot be resolved (add <code>date:</code> to the front matter).'} · ${total} events</p></header>${groups}`;
}
