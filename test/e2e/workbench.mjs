// A small page object over the VS Code workbench (code-server 1.100.3) for the end-to-end steps: keyboard and
// mouse as a user would use them, and readers for what a user sees (editor text, Problems panel, status bar).
import path from 'node:path';

const EDITOR = '.editor-group-container.active .monaco-editor';
const QUICK_INPUT = '.quick-input-widget';
const PROBLEM_ROW = '.markers-panel .monaco-list-row';

// Resolves once `fn` returns a truthy value (which is returned); polls; rejects after `timeout` ms naming `what`.
export async function until(fn, { timeout = 15_000, interval = 150, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

// Resolves after `ms` milliseconds; only where a user would also wait (debounce windows), never for readiness.
export const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** The workbench in one browser page. */
export class Workbench {
  constructor(page, { workspace, shotsDir }) {
    this.page = page;
    this.workspace = workspace;
    this.shotsDir = shotsDir;
    this.keyboard = page.keyboard;
  }

  // Waits until the workbench shows the workspace folder in the Explorer.
  async ready() {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await this.page.locator('#workbench\\.parts\\.statusbar').waitFor();
  }

  // Saves a screenshot of the whole window as `name` in the screenshots folder.
  async shot(name) {
    await this.page.screenshot({ path: path.join(this.shotsDir, name) });
  }

  // With COPYDESK_E2E_TRACE=1, saves a numbered screenshot (trace-NN-label.png) to follow a step action by action.
  async trace(label) {
    if (process.env.COPYDESK_E2E_TRACE !== '1') return;
    this.traceCount = (this.traceCount ?? 0) + 1;
    await this.page.screenshot({ path: path.join(this.shotsDir, '..', `trace-${String(this.traceCount).padStart(2, '0')}-${label}.png`) });
  }

  // Hides (or shows again) the primary side bar (Ctrl+B) and the panel (Ctrl+J), for screenshots.
  async toggleChrome() {
    const sidebar = this.page.locator('#workbench\\.parts\\.sidebar');
    const panel = this.page.locator('#workbench\\.parts\\.panel');
    const visible = async () => (await sidebar.isVisible()) || (await panel.isVisible());
    const wasVisible = await visible();
    await this.focusEditor();
    if ((await sidebar.isVisible()) === wasVisible) await this.keyboard.press('Control+B');
    if ((await panel.isVisible()) === wasVisible) await this.keyboard.press('Control+J');
    await until(async () => (await sidebar.isVisible()) !== wasVisible && (await panel.isVisible()) !== wasVisible, {
      what: `the side bar and panel to be ${wasVisible ? 'hidden' : 'shown'}`,
      timeout: 5000,
    });
    await pause(300); // let the editors re-layout before a screenshot
  }

  // Closes whatever transient UI is open (quick input, widgets, menus) with Escape.
  async reset() {
    for (let i = 0; i < 3; i++) await this.keyboard.press('Escape');
  }

  // Focuses the first editor group (Ctrl+1).
  async focusEditor() {
    await this.keyboard.press('Control+1');
    await this.page.locator(`${EDITOR} textarea`).first().waitFor();
  }

  // Opens a workspace file by name with Quick Open (Ctrl+P) and waits for its editor to be active.
  async openFile(name) {
    // Quick Open's file search can lag behind a file just written: ask again a few times before giving up.
    for (let attempt = 1; ; attempt++) {
      await this.keyboard.press('Control+P');
      const input = this.page.locator(`${QUICK_INPUT} input`);
      await input.waitFor();
      await input.fill(name);
      const row = this.page.locator(`${QUICK_INPUT} .monaco-list-row`).filter({ hasText: name }).first();
      if (await row.waitFor({ timeout: 10_000 }).then(() => true, () => false)) break;
      await this.keyboard.press('Escape');
      if (attempt === 3) throw new Error(`Quick Open did not find ${name}`);
    }
    await this.keyboard.press('Enter');
    await this.page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor();
    await this.page.locator(`${EDITOR} .view-lines`).waitFor();
  }

  // Runs a command from the command palette (F1), choosing the row whose label is `title`.
  async command(title) {
    await this.keyboard.press('F1');
    const input = this.page.locator(`${QUICK_INPUT} input`);
    await input.waitFor();
    await input.fill(`>${title}`);
    const row = this.page.locator(`${QUICK_INPUT} .monaco-list-row`).filter({ hasText: title }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
  }

  // Selects the first match of `text` after the cursor with the editor's Find widget (Ctrl+F), then closes it.
  async find(text) {
    await this.focusEditor();
    await this.keyboard.press('Control+F');
    const input = this.page.locator(`${EDITOR} .find-widget .input, ${EDITOR} .find-widget textarea`).first();
    await input.waitFor();
    await input.fill(text);
    await until(async () => /(\d+) of (\d+)/.test((await this.page.locator(`${EDITOR} .find-widget .matchesCount`).textContent()) ?? ''), {
      what: `a match for "${text}"`,
      timeout: 5000,
    });
    await this.keyboard.press('Enter');
    await this.keyboard.press('Escape');
    await until(async () => /\(\d+ selected\)/.test(await this.selectionStatus()), { what: `"${text}" to be selected`, timeout: 5000 });
  }

  // True when the active editor tab has unsaved changes.
  async isDirty() {
    return (await this.page.locator('.tabs-container .tab.active.dirty').count()) > 0;
  }

  // Saves the active editor with Ctrl+S and waits until its tab is no longer dirty.
  async save() {
    await this.focusEditor();
    await this.keyboard.press('Control+S');
    await until(async () => !(await this.isDirty()), { what: 'the active editor to be saved' });
  }

  // The text of the active editor's rendered lines (the visible part), one string per model line in view order.
  async editorText() {
    return this.page.evaluate((sel) => {
      const root = document.querySelector(`${sel} .view-lines`);
      if (!root) return '';
      const lines = Array.from(root.querySelectorAll('.view-line')).map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.textContent ?? '' }));
      lines.sort((a, b) => a.top - b.top);
      return lines.map((l) => l.text.replace(/\u00a0/g, ' ')).join('\n');
    }, EDITOR);
  }

  // Waits until the active editor shows `needle` (wrapped lines are joined, so a sentence may span view lines).
  async waitForEditorText(needle, timeout = 15_000) {
    const flat = (s) => s.replace(/\s+/g, ' ');
    return until(async () => flat((await this.editorText()).replace(/\n/g, '')).includes(flat(needle)) || flat(await this.editorText()).includes(flat(needle)), {
      timeout,
      what: `the editor to show ${JSON.stringify(needle)}`,
    });
  }

  // Centre of the first rendered occurrence of `word` in the active editor, in page coordinates, or null.
  async wordPosition(word) {
    return this.page.evaluate(
      ({ sel, word }) => {
        const root = document.querySelector(`${sel} .view-lines`);
        if (!root) return null;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf(word);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + word.length);
          const b = range.getBoundingClientRect();
          if (b.width > 0) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
        return null;
      },
      { sel: EDITOR, word },
    );
  }

  // Shows the Problems panel (Ctrl+Shift+M toggles, so only when it is not visible yet).
  async showProblems() {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible().catch(() => false))) await this.keyboard.press('Control+Shift+M');
    await panel.waitFor();
  }

  // Types `text` into the Problems panel's filter box (empty clears it).
  async filterProblems(text) {
    await this.showProblems();
    const input = this.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await input.fill(text);
  }

  // The rows of the Problems panel now: { file } rows and { message, source, rule, line, col } marker rows.
  async problemRows() {
    await this.showProblems();
    const texts = await this.page.locator(PROBLEM_ROW).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    return texts.map((t) => {
      const m = /^(.*?)(copydesk)\(?([a-z]+\/[a-z0-9-]+)\)?\s*\[Ln (\d+), Col (\d+)\]$/s.exec(t);
      if (m) return { message: m[1], source: m[2], rule: m[3], line: Number(m[4]), col: Number(m[5]), text: t };
      return { text: t };
    });
  }

  // The Copydesk marker rows of the Problems panel with a given rule id.
  async problemsFor(rule) {
    return (await this.problemRows()).filter((r) => r.rule === rule);
  }

  // The status bar's "Ln X, Col Y (N selected)" text; '' when no text editor has the focus (the item is hidden then).
  async selectionStatus() {
    const item = this.page.locator('#status\\.editor\\.selection');
    return (await item.count()) ? ((await item.textContent({ timeout: 5000 })) ?? '').trim() : '';
  }

  // The events-outline webview's content frame (webviews are an iframe inside an iframe).
  outlineFrame() {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
  }

  // Switches the colour theme with "Preferences: Color Theme" (label as listed, e.g. "Light Modern"); waits for it.
  async setTheme(label) {
    await this.command('Preferences: Color Theme');
    const input = this.page.locator(`${QUICK_INPUT} input`);
    await input.fill(label);
    const row = this.page.locator(`${QUICK_INPUT} .monaco-list-row`).filter({ hasText: label }).first();
    await row.waitFor();
    await row.click();
    const kind = /light/i.test(label) ? '.vs' : '.vs-dark';
    await this.page.locator(`.monaco-workbench${kind}`).waitFor({ timeout: 10_000 });
    await pause(300); // webviews receive the new theme's colours by message
  }

  // Drags the sash between the two editor groups until the events outline (the right group's webview) is `width`
  // px wide (±4); returns the width reached.
  async resizeOutline(width) {
    const frame = this.page.locator('iframe.webview.ready').last();
    for (let i = 0; i < 6; i++) {
      const now = (await frame.boundingBox())?.width ?? 0;
      if (Math.abs(now - width) <= 4) return now;
      const sashes = await this.page.locator('#workbench\\.parts\\.editor .monaco-sash.vertical').evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).filter((r) => r.height > 100).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })),
      );
      if (!sashes.length) throw new Error('no sash between the editor groups');
      const at = sashes[sashes.length - 1];
      await this.page.mouse.move(at.x, at.y);
      await this.page.mouse.down();
      await this.page.mouse.move(at.x + (now - width) / 2, at.y, { steps: 4 });
      await this.page.mouse.move(at.x + (now - width), at.y, { steps: 4 });
      await this.page.mouse.up();
      await pause(200);
    }
    return (await frame.boundingBox())?.width ?? 0;
  }
}
