import { strict as assert } from 'assert';
import { isSuppressed, lineColumn, parseArticle } from '../../src/core/document';

describe('article document', () => {
  it('splits plain text by line and Markdown by blank line', () => {
    const plain = parseArticle('One.\nTwo.\r\nThree.', 'plain');
    assert.deepEqual(plain.paragraphs.map((p) => p.text), ['One.', 'Two.', 'Three.']);
    const md = parseArticle('One line\ncontinues.\n\n# Head\nNext para.\n\n- item one\n- item two', 'markdown');
    assert.deepEqual(md.paragraphs.map((p) => p.text), ['One line\ncontinues.', '# Head', 'Next para.', '- item one', '- item two']);
    assert.equal(md.paragraphs[1].heading, true);
  });

  it('reads front matter and never treats it as prose', () => {
    const doc = parseArticle('---\ntitle: "A towards headline"\ndate: 2020-01-10\n---\nBody towards.', 'markdown');
    assert.deepEqual(doc.frontMatter, { title: 'A towards headline', date: '2020-01-10' });
    assert.deepEqual(doc.paragraphs.map((p) => p.text), ['Body towards.']);
    assert.equal(doc.prose.length, doc.text.length);
  });

  it('masks Markdown code, HTML comments, link URLs and bare URLs, keeping offsets', () => {
    const text = 'See `towards` and [the guide](https://x.org/towards "towards") or <https://y.org/towards>.\n\n```\ntowards\n```\n\n<!-- towards -->\n\n    indented towards\n\nhttps://z.org/towards end';
    const doc = parseArticle(text, 'markdown');
    assert.equal(doc.prose.length, text.length);
    assert.ok(!/towards/.test(doc.prose), doc.prose);
    assert.ok(doc.prose.includes('[the guide'));
    assert.equal(doc.prose.split('\n').length, text.split('\n').length, 'line breaks kept');
  });

  it('records ignore comments', () => {
    const text = '<!-- copydesk-disable style/towards -->\nA towards.\n<!-- copydesk-enable -->\nB towards.\n<!-- copydesk-disable-next-line -->\nC towards.\nD towards.';
    const doc = parseArticle(text, 'markdown');
    const at = (s: string) => text.indexOf(s);
    assert.equal(isSuppressed(doc, 'style/towards', at('A towards'), at('A towards') + 9), true);
    assert.equal(isSuppressed(doc, 'style/other', at('A towards'), at('A towards') + 9), false);
    assert.equal(isSuppressed(doc, 'style/towards', at('B towards'), at('B towards') + 9), false);
    assert.equal(isSuppressed(doc, 'names/inconsistent', at('C towards'), at('C towards') + 9), true);
    assert.equal(isSuppressed(doc, 'style/towards', at('D towards'), at('D towards') + 9), false);
  });

  it('gives 1-based line and UTF-16 column', () => {
    const doc = parseArticle('ab\r\n😀x\nz', 'plain');
    assert.deepEqual(lineColumn(doc.lineStarts, 'ab\r\n😀'.length), { line: 2, column: 3 });
  });
});
