// The end-to-end steps, in order, each as an editor would do it in the workbench with the packaged Copydesk
// installed and samples/ open. They share one window: later steps see earlier steps' edits (each is written so
// that an earlier step's failure does not fail it).
import fs from 'node:fs';
import path from 'node:path';
import { pause, until } from './workbench.mjs';

export const ARTICLE = 'iraq-us-withdrawal.md';
/** README screenshots (file in docs/screenshots/ → the step that takes it). */
export const SCREENSHOTS = {
  'diagnostics.png': 'a',
  'hover.png': 'b',
  'insert-attribution.png': 'c',
  'events-outline.png': 'e',
};
const QUOTE = '“We will rebuild the bridge by spring.”';
const ATTRIBUTED = '“We will rebuild the bridge by spring,” Pompeo said.';

// Throws `message` unless `cond` holds.
function check(cond, message) {
  if (!cond) throw new Error(message);
}

// 1-based line and column of a UTF-16 offset in `text`, as the status bar shows them (no tabs in the sample).
function lineCol(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The steps, each { id, title, run }, bound to one Workbench. */
export function createSteps(wb) {
  const page = wb.page;
  const articlePath = () => path.join(wb.workspace, ARTICLE);
  // Makes the sample article the active editor (Quick Open) unless it already is; steps also run alone (--only).
  const article = async () => {
    const active = page.locator('.tabs-container .tab.active').filter({ hasText: ARTICLE });
    if (!(await active.count())) await wb.openFile(ARTICLE);
  };

  return [
    {
      id: 'a',
      title: 'the Problems panel lists the Copydesk findings of the sample',
      async run() {
        await wb.openFile(ARTICLE);
        await wb.showProblems();
        await wb.filterProblems('');
        const expected = ['style/towards', 'names/house-spelling', 'style/defence', 'style/fuelling'];
        await until(async () => (await wb.problemRows()).some((x) => x.rule), { timeout: 30_000, what: 'Copydesk findings in the Problems panel' });
        await wb.shot('diagnostics.png');
        // Type each rule id into the panel's filter box (the list only renders the rows that fit on screen).
        const rows = [];
        for (const rule of expected) {
          await wb.filterProblems(rule);
          rows.push(...(await until(async () => { const r = await wb.problemsFor(rule); return r.length > 0 && r; }, { what: `${rule} in the Problems panel` })));
        }
        await wb.filterProblems('');
        const towards = rows.find((r) => r.rule === 'style/towards');
        check(/'toward'/.test(towards.message), `style/towards says to use 'toward': ${towards.message}`);
        const spellings = rows.filter((r) => r.rule === 'names/house-spelling').map((r) => r.message);
        check(spellings.some((m) => m.includes('Kataib Hezbollah')), `names/house-spelling flags Kataeb Hizbollah: ${spellings.join(' | ')}`);
        check(spellings.some((m) => m.includes('Karbala')), `names/house-spelling flags Kerbala: ${spellings.join(' | ')}`);
        check(rows.every((r) => r.source === 'copydesk'), 'every marker comes from copydesk');
      },
    },
    {
      id: 'b',
      title: 'hovering a known actor (Pompeo) shows the hover card',
      async run() {
        await article();
        await wb.focusEditor();
        await wb.keyboard.press('Control+Home');
        const at = await until(() => wb.wordPosition('Pompeo'), { what: '"Pompeo" on screen' });
        const card = page.locator('.monaco-hover').filter({ hasText: 'Mike Pompeo' });
        await until(
          async () => {
            // Move onto the word (twice, so the editor sees a mouse move), then give the hover its delay.
            await page.mouse.move(at.x - 3, at.y);
            await page.mouse.move(at.x, at.y);
            await card.first().waitFor({ timeout: 2500 });
            return true;
          },
          { what: 'the hover card for Mike Pompeo', timeout: 20_000 },
        );
        const text = (await card.first().textContent()) ?? '';
        check(/Secretary of State/i.test(text), `the card gives his title: ${text}`);
        await wb.shot('hover.png');
        await page.mouse.move(5, 400);
        await wb.keyboard.press('Escape');
      },
    },
    {
      id: 'c',
      title: 'F1 "Copydesk: Insert attribution", choosing Mike Pompeo, writes the attribution in house style',
      async run() {
        await article();
        // A new paragraph with an unattributed quote, after the paragraph that names Mike Pompeo.
        await wb.find('It says Pompeo called the Iraqi premier.');
        await wb.focusEditor(); // the find widget may still hold the keyboard
        await wb.keyboard.press('End');
        await wb.keyboard.press('Enter');
        await wb.keyboard.press('Enter');
        await wb.keyboard.type(QUOTE, { delay: 5 });
        await wb.waitForEditorText(QUOTE);
        check((await wb.editorText()).replace(/\s+/g, ' ').includes('It says Pompeo called the Iraqi premier.'), 'the quote went into a new paragraph, the sentence before it is intact');
        await wb.command('Copydesk: Insert attribution');
        const pick = page.locator('.quick-input-widget');
        await pick.filter({ hasText: 'who said it?' }).waitFor({ timeout: 15_000 });
        const row = pick.locator('.monaco-list-row').filter({ hasText: 'Mike Pompeo' }).first();
        await row.waitFor();
        await wb.shot('insert-attribution.png');
        await row.click();
        await wb.waitForEditorText(ATTRIBUTED);
      },
    },
    {
      id: 'd',
      title: 'a quick fix from the light bulb (Ctrl+.) applies: towards → toward',
      async run() {
        await article();
        await wb.filterProblems('towards');
        const before = (await wb.problemsFor('style/towards')).length;
        check(before > 0, 'the sample has a style/towards finding to fix');
        // Select the word, then Ctrl+. — again if the menu opened before the re-check of the edited article landed
        // (a user waits for the squiggle; the menu then offers the fix).
        const action = page.locator('.action-widget .monaco-list-row.action').filter({ hasText: "'toward'" }).first();
        await until(
          async () => {
            await wb.find('towards');
            await wb.keyboard.press('Control+.');
            const shown = await action.waitFor({ timeout: 2000 }).then(() => true, () => false);
            if (!shown) await wb.keyboard.press('Escape');
            return shown;
          },
          { what: "the light-bulb menu to offer the 'toward' fix", timeout: 20_000 },
        );
        await wb.trace('d-lightbulb-menu');
        // Arrow down to the fix (as with the keyboard in the light-bulb menu), then Enter.
        for (let i = 0; i < 20 && !/\bfocused\b/.test((await action.getAttribute('class')) ?? ''); i++) await wb.keyboard.press('ArrowDown');
        check(/\bfocused\b/.test((await action.getAttribute('class')) ?? ''), "the 'toward' fix can be chosen in the light-bulb menu");
        await wb.keyboard.press('Enter');
        await wb.waitForEditorText('signals toward de-escalation');
        await until(async () => (await wb.problemsFor('style/towards')).length === before - 1, {
          what: 'the style/towards finding to leave the Problems panel',
        });
        await wb.filterProblems('');
      },
    },
    {
      id: 'e',
      title: '"Copydesk: Show Events Outline" lists dated events; clicking a row selects that sentence',
      async run() {
        await article();
        await wb.save(); // so the test can read the text the outline's offsets refer to
        const text = fs.readFileSync(articlePath(), 'utf8');
        await wb.command('Copydesk: Show Events Outline');
        const frame = wb.outlineFrame();
        await frame.locator('.row').first().waitFor({ timeout: 30_000 });
        const dates = await frame.locator('section.group h2 code').allTextContents();
        for (const d of ['2020-01-10', '2020-01-09', '2020-01-03']) check(dates.includes(d), `a ${d} group in the outline (got ${dates.join(', ')})`);
        // For the README: the article and its outline side by side, without the side bar and panel.
        await wb.toggleChrome();
        await wb.shot('events-outline.png');
        await wb.toggleChrome();
        // Click the last row (furthest from the cursor at the top), then read where the cursor went.
        const rows = frame.locator('.row');
        const row = rows.nth((await rows.count()) - 1);
        const start = Number(await row.getAttribute('data-start'));
        const end = Number(await row.getAttribute('data-end'));
        check(Number.isInteger(start) && end > start && end <= text.length, `the row carries a range inside the article: [${start}, ${end})`);
        await row.click();
        const want = lineCol(text, end);
        const status = await until(
          async () => {
            const s = await wb.selectionStatus();
            return new RegExp(`^Ln ${want.line}, Col ${want.col} \\(${end - start} selected\\)$`).test(s) && s;
          },
          { what: `the status bar to show Ln ${want.line}, Col ${want.col} (${end - start} selected)` },
        );
        check(status, 'selection moved');
        const sentence = text.slice(start, end);
        check(/\p{L}/u.test(sentence), `the selection is prose: ${JSON.stringify(sentence)}`);
      },
    },
    {
      id: 'f',
      title: 'with copydesk.run = onSave, a new "towards" shows in Problems only after Ctrl+S',
      async run() {
        await wb.command('Preferences: Open Workspace Settings (JSON)');
        await page.locator('.tabs-container .tab.active').filter({ hasText: 'settings.json' }).waitFor();
        await wb.focusEditor();
        await until(async () => (await wb.editorText()).includes('{'), { what: 'the new settings.json to show' });
        await wb.keyboard.press('Control+A');
        await wb.keyboard.press('Delete');
        await until(async () => (await wb.editorText()).trim() === '', { what: 'settings.json to be emptied' });
        await wb.keyboard.insertText('{ "copydesk.run": "onSave" }\n');
        await wb.waitForEditorText('{ "copydesk.run": "onSave" }');
        await wb.trace('f-settings-typed');
        await wb.save();
        await wb.keyboard.press('Control+W');
        await wb.trace('f-settings-closed');
        await wb.openFile(ARTICLE);
        await wb.trace('f-article-open');
        await wb.filterProblems('towards');
        const before = (await wb.problemsFor('style/towards')).length;
        await wb.focusEditor();
        await wb.keyboard.press('Control+End');
        await wb.trace('f-ctrl-end');
        await wb.keyboard.press('Enter');
        await wb.keyboard.press('Enter');
        await wb.trace('f-enters');
        await wb.keyboard.type('The talks moved towards a deal.', { delay: 5 });
        await wb.waitForEditorText('The talks moved towards a deal.');
        await wb.trace('f-typed');
        await pause(2000); // well past copydesk.debounceMs (250 ms): with onType it would show by now
        const early = (await wb.problemsFor('style/towards')).length - before;
        check(early === 0, `copydesk.run is onSave, yet the Problems panel shows ${early} new style/towards finding(s) before Ctrl+S`);
        check(await wb.isDirty(), 'the article has unsaved changes (files.autoSave is off)');
        await wb.save();
        await until(async () => (await wb.problemsFor('style/towards')).length === before + 1, {
          what: 'the new style/towards finding after Ctrl+S',
        });
      },
    },
    {
      id: 'g',
      title: 'an article quoting <img onerror> and </script><script> shows them as text in the outline; no script runs',
      async run() {
        const img = '<img src=x onerror=alert(1)>';
        const script = '</script><script>alert(1)</script>';
        const name = 'hostile.story';
        fs.writeFileSync(path.join(wb.workspace, name), `---\ndate: 2020-01-10\n---\n“We took the ${img} depot ${script} on Wednesday,” the commander said.\n`);
        const dialogs = [];
        const onDialog = (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        };
        page.on('dialog', onDialog);
        try {
          // Open it from the Explorer (Quick Open's file search may not have indexed a file this new yet).
          const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).first();
          await row.waitFor({ timeout: 30_000 });
          await row.dblclick();
          await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor();
          await wb.command('Copydesk: Show Events Outline');
          const frame = wb.outlineFrame();
          const sentence = frame.locator('.row .sentence').filter({ hasText: 'onerror' }).first();
          await sentence.waitFor({ timeout: 30_000 });
          const shown = (await sentence.textContent()) ?? '';
          check(shown.includes(img) && shown.includes(script), `the row shows the characters as text: ${shown}`);
          check((await frame.locator('img').count()) === 0, 'no <img> element was created in the webview');
          check((await frame.locator('main script').count()) === 0, 'no <script> element was created in the content');
          await pause(500); // an injected onerror handler would fire on load
          check(dialogs.length === 0, `no script ran (dialogs: ${dialogs.join(', ')})`);
        } finally {
          page.off('dialog', onDialog);
        }
      },
    },
  ];
}
