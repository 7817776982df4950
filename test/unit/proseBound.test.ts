// The prose length bound: a paragraph longer than MAX_PROSE_PARAGRAPH is not read for names, dates, events or
// attribution (one `quotes/not-prose` info finding says so); style rules and quote finding still run on it, and
// paragraphs under the bound (every real one) are read as before.
import { strict as assert } from 'assert';
import { MAX_PROSE_PARAGRAPH } from '../../src/core/pass';
import { analyzeWith } from './helpers';

const SENTENCE = '“We will stay,” Mayor Amira Haddad said on Tuesday, in order to win the Ministry of Defence over. ';

/** One paragraph of SENTENCE repeated up to `chars` characters (cut at a sentence end). */
const paragraph = (chars: number) => SENTENCE.repeat(Math.floor(chars / SENTENCE.length)).trimEnd();

describe('the prose length bound per paragraph', () => {
  it('a paragraph over the bound: quotes found but unattributed, no names, dates or events, style rules still run', async () => {
    const long = paragraph(MAX_PROSE_PARAGRAPH + 2 * SENTENCE.length);
    assert.ok(long.length > MAX_PROSE_PARAGRAPH);
    const n = Math.round((long.length + 1) / SENTENCE.length);
    const text = `${long}\n\n${SENTENCE.trimEnd()}\n`;
    const r = await analyzeWith(text, undefined, 'story.md', '2020-01-10');
    const at = long.length + 2; // the short paragraph after the long one
    const inLong = (s: { start: number }) => s.start < long.length;
    // Quotes: all found, the long paragraph's as unlisted offsets (not attributed); the short paragraph's attributed.
    assert.equal(r.quotes.length, 1);
    assert.equal(r.unlistedQuotes.length, 1);
    assert.deepEqual([r.unlistedQuotes[0].start, r.unlistedQuotes[0].end, r.unlistedQuotes[0].count], [0, long.length, n]);
    assert.equal(r.unlistedQuotes[0].offsets.length, 2 * n);
    assert.equal(text.slice(r.unlistedQuotes[0].offsets[0], r.unlistedQuotes[0].offsets[1]), '“We will stay,”');
    // ... and the names' reference rules (courtesy titles, title case) pass over it like the rest of the names pass.
    assert.equal(r.diagnostics.filter((d) => d.rule.startsWith('names/') && inLong(d)).length, 0);
    assert.equal(r.quotes.find((q) => q.start >= at)?.speaker?.name, 'Amira Haddad');
    // One not-prose finding over the long paragraph that names the bound.
    const notProse = r.diagnostics.filter((d) => d.rule === 'quotes/not-prose');
    assert.equal(notProse.length, 1);
    assert.deepEqual([notProse[0].start, notProse[0].end, notProse[0].severity], [0, long.length, 'info']);
    assert.match(notProse[0].message, /characters long \(more than 100,000\).*not prose/);
    // No names, dates or events from the long paragraph; the short one has each.
    assert.equal(r.entities.flatMap((e) => e.mentions).filter(inLong).length, 0);
    assert.ok(r.entities.some((e) => e.name === 'Amira Haddad'));
    assert.equal(r.times.filter(inLong).length, 0);
    assert.equal(r.times.filter((t) => t.start >= at).length, 1);
    assert.equal(r.events.filter(inLong).length, 0);
    assert.ok(r.events.some((e) => e.start >= at));
    // Style rules (including the `defence` rule's `unless` exceptions) still run over the whole long paragraph.
    const inOrderTo = r.diagnostics.filter((d) => d.rule === 'style/in-order-to');
    assert.ok(inOrderTo.length >= 1000, `in-order-to findings: ${inOrderTo.length}`);
    assert.equal(r.diagnostics.filter((d) => d.rule === 'style/defence').length, 0);
  });

  it('a paragraph just under the bound is read in full', async () => {
    const long = paragraph(MAX_PROSE_PARAGRAPH);
    assert.ok(long.length <= MAX_PROSE_PARAGRAPH);
    const n = Math.round((long.length + 1) / SENTENCE.length);
    const r = await analyzeWith(long + '\n', undefined, 'story.md', '2020-01-10');
    assert.equal(r.diagnostics.filter((d) => d.rule === 'quotes/not-prose').length, 0);
    assert.equal(r.quotes.length, n);
    assert.ok(r.quotes.every((q) => q.speaker?.name === 'Amira Haddad'));
    assert.equal(r.times.length, n);
    assert.ok(r.entities.some((e) => e.name === 'Amira Haddad'));
    assert.ok(r.events.length >= n);
  });
});
