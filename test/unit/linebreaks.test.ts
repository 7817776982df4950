// Line breaks per Unicode and SARIF: CR, LF, CRLF (one break), U+2028 and U+2029 each end a line, everywhere a
// position or a paragraph is computed.
import { strict as assert } from 'assert';
import { computeLineStarts, lineColumn, parseArticle } from '../../src/core/document';
import { analyzeWith } from './helpers';

const LS = '\u2028';
const PS = '\u2029';

/** The line and column of the first occurrence of `needle`. */
function where(text: string, needle: string): { line: number; column: number } {
  return lineColumn(computeLineStarts(text), text.indexOf(needle));
}

describe('line breaks: CR, LF, CRLF, U+2028, U+2029', () => {
  it('starts a line after each break, counting CRLF once', () => {
    assert.deepEqual(computeLineStarts('a\nb\nc'), [0, 2, 4]);
    assert.deepEqual(computeLineStarts('a\rb\rc'), [0, 2, 4]);
    assert.deepEqual(computeLineStarts('a\r\nb\r\nc'), [0, 3, 6]);
    assert.deepEqual(computeLineStarts(`a${LS}b${PS}c`), [0, 2, 4]);
    assert.deepEqual(computeLineStarts('a\r\rb'), [0, 2, 3], 'two CRs are two breaks');
    assert.deepEqual(computeLineStarts('a\n\rb'), [0, 2, 3], 'LF then CR is two breaks');
    assert.deepEqual(computeLineStarts('a\r'), [0, 2], 'a final CR opens an empty last line');
  });

  it('gives the same line and column whatever the break, mixed in one text', () => {
    for (const br of ['\n', '\r', '\r\n', LS, PS]) {
      assert.deepEqual(where(`One.${br}Two.${br}Three towards.`, 'towards'), { line: 3, column: 7 }, JSON.stringify(br));
    }
    const mixed = `One.\r\nTwo.\rThree.${LS}Four.${PS}Five.\nSix towards.`;
    assert.deepEqual(where(mixed, 'Four'), { line: 4, column: 1 });
    assert.deepEqual(where(mixed, 'towards'), { line: 6, column: 5 });
  });

  it('splits plain text into one paragraph per line for every break', () => {
    const text = `One.\rTwo.\r\nThree.${LS}Four.${PS}Five.\n\rSix.`;
    assert.deepEqual(parseArticle(text, 'plain').paragraphs.map((p) => p.text), ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.']);
  });

  it('splits Markdown paragraphs at blank lines made of any breaks', () => {
    for (const br of ['\r', '\r\n', LS, PS]) {
      const doc = parseArticle(`First line${br}goes on.${br}${br}# Head${br}Second.`, 'markdown');
      assert.deepEqual(
        doc.paragraphs.map((p) => [p.text.replace(/\r\n|[\r\n\u2028\u2029]/g, '|'), p.heading]),
        [['First line|goes on.', false], ['# Head', true], ['Second.', false]],
        JSON.stringify(br),
      );
    }
  });

  it('reads front matter closed by CR-only or U+2028 breaks', () => {
    for (const br of ['\r', '\r\n', LS]) {
      const doc = parseArticle(`---${br}title: Towards${br}date: 2020-01-10${br}---${br}Body.`, 'markdown');
      assert.deepEqual(doc.frontMatter, { title: 'Towards', date: '2020-01-10' }, JSON.stringify(br));
      assert.deepEqual(doc.paragraphs.map((p) => p.text), ['Body.']);
    }
  });

  it('keeps every line-break character where masked text is blanked', () => {
    const text = `Before.\r\r<!-- a\rcomment${LS}over${PS}lines\r\n -->\r\rAfter.`;
    const doc = parseArticle(text, 'markdown');
    assert.equal(doc.prose.length, text.length);
    for (let i = 0; i < text.length; i++) {
      if ('\r\n\u2028\u2029'.includes(text[i])) assert.equal(doc.prose[i], text[i], `break at ${i}`);
    }
    assert.deepEqual(doc.paragraphs.map((p) => p.text), ['Before.', 'After.']);
  });

  it('treats only the first line of a CR-only .article as its headline', async () => {
    const text = 'Troops to stay\r"We are leaving," the general said.\rTroops packed up.\r"Nobody said this."';
    const r = await analyzeWith(text, undefined, 'story.article');
    assert.equal(r.quotes.length, 2);
    assert.equal(r.quotes[0].attributed, true);
    const flagged = r.diagnostics.filter((d) => d.rule === 'quotes/unattributed');
    assert.equal(flagged.length, 1, 'the quote on the last line is no headline text');
    assert.equal(flagged[0].line, 4);
    assert.equal(flagged[0].column, 1);
  });

  it('reports findings at the right line and column with CRLF, CR, U+2028 and U+2029 endings', async () => {
    for (const br of ['\r\n', '\r', LS, PS]) {
      const text = `# Title${br}${br}First paragraph.${br}${br}They went towards the city.`;
      const r = await analyzeWith(text);
      const d = r.diagnostics.find((x) => x.rule === 'style/towards');
      assert.ok(d, JSON.stringify(br));
      assert.deepEqual([d.line, d.column], [5, 11], JSON.stringify(br));
    }
  });

  it('applies copydesk-disable-next-line to the next line with CR-only breaks', async () => {
    const text = 'A towards.\r\r<!-- copydesk-disable-next-line -->\rB towards.\r\rC towards.';
    const r = await analyzeWith(text);
    const hits = r.diagnostics.filter((d) => d.rule === 'style/towards').map((d) => text.slice(d.start - 2, d.end));
    assert.deepEqual(hits, ['A towards', 'C towards']);
  });
});
