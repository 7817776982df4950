// The events-outline webview script: renders messages, keeps state, sends reveal requests, keyboard navigation.
import { type FromWebview, type OutlineState, type ToWebview } from './protocol';
import { renderOutline } from './render';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): (OutlineState & { last?: ToWebview }) | undefined;
  setState(state: OutlineState & { last?: ToWebview }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;

/** Render a message and remember it, so a reload shows the same outline at once; another article starts at its top. */
function show(message: ToWebview): void {
  const file = message.type === 'update' ? message.file : null;
  const same = file !== null && vscode.getState()?.file === file;
  root.innerHTML = renderOutline(message);
  vscode.setState({ file, last: message });
  if (!same) window.scrollTo(0, 0);
}

function rows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.row'));
}

function reveal(row: HTMLElement): void {
  vscode.postMessage({ type: 'reveal', start: Number(row.dataset.start), end: Number(row.dataset.end) });
}

/** Move the roving tab stop to a row. */
function focusRow(row: HTMLElement | undefined): void {
  if (!row) return;
  for (const r of rows()) r.tabIndex = -1;
  row.tabIndex = 0;
  row.focus();
}

root.addEventListener('click', (e) => {
  const row = (e.target as HTMLElement).closest<HTMLElement>('.row');
  if (row) {
    focusRow(row);
    reveal(row);
  }
});

root.addEventListener('keydown', (e) => {
  const row = (e.target as HTMLElement).closest<HTMLElement>('.row');
  if (!row) return;
  const all = rows();
  const i = all.indexOf(row);
  if (e.key === 'ArrowDown') focusRow(all[Math.min(all.length - 1, i + 1)]);
  else if (e.key === 'ArrowUp') focusRow(all[Math.max(0, i - 1)]);
  else if (e.key === 'Home') focusRow(all[0]);
  else if (e.key === 'End') focusRow(all[all.length - 1]);
  else if (e.key === 'Enter' || e.key === ' ') reveal(row);
  else return;
  e.preventDefault();
});

window.addEventListener('message', (e: MessageEvent<ToWebview>) => {
  const m = e.data;
  if (m && (m.type === 'update' || m.type === 'empty')) show(m);
});

const saved = vscode.getState();
if (saved?.last) show(saved.last);
vscode.postMessage({ type: 'ready' });
