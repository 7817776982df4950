import { strict as assert } from 'assert';
import { escapeHtml } from '../../src/core/html';
import { isFromWebview } from '../../src/webview/protocol';
import { renderOutline } from '../../src/webview/render';

describe('webview safety', () => {
  it('escapeHtml escapes every HTML-significant character', () => {
    assert.equal(escapeHtml(`<script>alert("x")</script> & 'y' \`z\``), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; &#96;z&#96;');
    assert.equal(escapeHtml(undefined), '');
    assert.equal(escapeHtml('كتائب حزب الله 😀'), 'كتائب حزب الله 😀');
  });

  it('renders hostile article strings as text, never markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = renderOutline({
      type: 'update', file: 'file:///a.md', fileLabel: evil, date: '2020-01-10',
      groups: [{ value: '2020-01-09', label: evil, rows: [{ start: 0, end: 5, whenText: evil, who: evil, what: evil, where: evil, source: 'claim', reportedBy: evil, sentence: `“${evil} </script><script>alert(1)</script>”` }] }],
    });
    assert.ok(!html.includes('<img'), html);
    assert.ok(!/<\/?script/i.test(html), 'no script tags');
    assert.ok(html.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.match(renderOutline({ type: 'empty', reason: 'Nothing <b>here</b>' }), /Nothing &lt;b&gt;here/);
  });

  it('validates messages from the webview', () => {
    assert.equal(isFromWebview({ type: 'reveal', start: 1, end: 4 }), true);
    assert.equal(isFromWebview({ type: 'reveal', start: -1, end: 4 }), false);
    assert.equal(isFromWebview({ type: 'reveal', start: '1', end: 4 }), false);
    assert.equal(isFromWebview({ type: 'run', command: 'rm -rf' }), false);
    assert.equal(isFromWebview(null), false);
  });
});
