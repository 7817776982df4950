// The quote check: quotes held against statements, transcripts and captions, with the conventions of quoting.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/edits';
import { checkQuotes, labelMatchesSpeaker, quoteSourceHover, withQuoteSources } from '../../src/core/sources/check';
import { globRoot, globToRegExp, isSourcePath, sourcePatterns } from '../../src/core/sources/globs';
import { parseSource, runAt } from '../../src/core/sources/parse';
import { SourceIndex } from '../../src/core/sources/sourceIndex';
import type { AnalysisResult, Quote } from '../../src/core/types';
import { loadGuide } from './helpers';

const STATEMENT = [
  '# Statement of the ministry',
  '',
  'The minister said the talks in Geneva were useful and that a second round would begin in March, after the holidays.',
  '',
  'We will not accept any agreement that leaves our farmers without water, and we will say so at every meeting.',
].join('\n');

/** Quotes found by a bare scan of curly or straight marks (the matcher's input, without the attribution grammar). */
function scanQuotes(text: string): Quote[] {
  return [...text.matchAll(/“[^”]*”|"[^"]*"/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], attributed: true, speaker: null, cue: null }));
}

function indexOf(files: Record<string, string>): SourceIndex {
  const index = new SourceIndex();
  for (const [file, text] of Object.entries(files)) index.setFile(file, text);
  return index;
}

/** The check of every quote of `text` against one statement. */
function check(text: string, files: Record<string, string> = { 'statement.md': STATEMENT }, quotes = scanQuotes(text)) {
  return checkQuotes(quotes, text, indexOf(files), true);
}

/** The text after applying the first fix of the first finding of `rule`. */
function fixed(text: string, findings: ReturnType<typeof check>['findings'], rule = 'quotes/altered'): string {
  const f = findings.find((x) => x.rule === rule);
  assert.ok(f, `no ${rule}`);
  return applyEdits(text, f.fixes[0].edits);
}

describe('quote check: matching conventions', () => {
  it('a verbatim partial quote matches inside a longer sentence, whatever the marks and case', () => {
    for (const q of ['“the talks in Geneva were useful”', '"The talks in Geneva were useful"', '“THE TALKS, IN GENEVA, WERE USEFUL!”']) {
      const r = check(`He said ${q} on Friday.`);
      assert.equal(r.sources[0]?.verbatim, true, q);
      assert.equal(r.sources[0]?.line, 3);
      assert.deepEqual(r.findings, []);
    }
  });

  it('an ellipsis stands for omitted words (three dots, spaced dots or the ellipsis character)', () => {
    for (const dots of ['...', '…', '. . .']) {
      const r = check(`“We will not accept any agreement ${dots} at every meeting,” she said.`);
      assert.equal(r.sources[0]?.verbatim, true, dots);
    }
  });

  it('brackets are the editor’s words, in place of the source’s or added', () => {
    assert.equal(check('“[The talks] were useful and a second round would begin in March,” she said.').sources[0]?.verbatim, false);
    assert.equal(check('“[The talks in Geneva] were useful and that a second round would begin in March”').sources[0]?.verbatim, true);
    assert.equal(check('“We will not accept any agreement that leaves our [country’s] farmers without water”').sources[0]?.verbatim, true);
  });

  it('a changed word is reported with both words, and the fix restores the source’s', () => {
    const text = '“The talks in Geneva were helpful and a second round would begin in March,” he said.';
    const r = check(text);
    assert.equal(r.sources[0]?.verbatim, false);
    assert.deepEqual(r.sources[0]?.diff?.filter((d) => d.op !== 'same'), [
      { op: 'dropped', text: 'useful' },
      { op: 'added', text: 'helpful' },
      { op: 'dropped', text: 'that' },
    ]);
    assert.match(r.findings[0].message, /“helpful” instead of “useful”/);
    assert.equal(fixed(text, r.findings), '“The talks in Geneva were useful and that a second round would begin in March,” he said.');
  });

  it('added, dropped and reordered words are differences; the fix puts the source back', () => {
    const added = '“We will never accept any agreement that leaves our farmers without water.”';
    assert.equal(fixed(added, check(added).findings), '“We will not accept any agreement that leaves our farmers without water.”');
    const dropped = '“We will accept any agreement that leaves our farmers without water.”';
    assert.equal(fixed(dropped, check(dropped).findings), '“We will not accept any agreement that leaves our farmers without water.”');
    const reordered = '“We will not accept any agreement that leaves without water our farmers.”';
    const r = check(reordered);
    assert.equal(r.findings[0].rule, 'quotes/altered');
    assert.equal(fixed(reordered, r.findings), '“We will not accept any agreement that leaves our farmers without water.”');
  });

  it('a quote split by its attribution is matched as one', async () => {
    const text = 'The minister spoke on Friday.\n\n“The talks in Geneva were useful,” the minister said, “and that a second round would begin in March.”';
    const { guide } = await loadGuide();
    const result = new Analyzer(prepareConfig(guide)).analyze(text, { file: 'a.md' });
    assert.equal(result.quotes.length, 2);
    const r = checkQuotes(result.quotes, text, indexOf({ 's.md': STATEMENT }), true);
    assert.equal(r.sources[0]?.verbatim, true);
    assert.equal(r.sources[1], r.sources[0]);
  });

  it('a quote no source holds is not-in-source only when the guide declares sources', () => {
    const text = '“Nobody said anything like this at any meeting,” she said.';
    const index = indexOf({ 's.md': STATEMENT });
    assert.deepEqual(checkQuotes(scanQuotes(text), text, index, true).findings.map((f) => f.rule), ['quotes/not-in-source']);
    assert.deepEqual(checkQuotes(scanQuotes(text), text, index, false).findings, []);
    assert.equal(checkQuotes(scanQuotes(text), text, index, false).sources[0], null);
    // One or two words in quotes are terms, not quotations: not checked.
    assert.deepEqual(check('He called it “a farce”.').findings, []);
  });
});

describe('quote check: transcripts and captions', () => {
  const VTT = [
    'WEBVTT',
    '',
    'NOTE written for this test',
    '',
    '00:00:01.000 --> 00:00:04.000',
    '<v Maria Lopez>We have asked the council to reopen',
    '',
    '00:00:04.000 --> 00:00:07.500',
    'the bridge before the winter, and it refused.',
  ].join('\n');

  it('a quote across two caption cues matches, located at the first cue’s time code with its voice', () => {
    const r = check('“We have asked the council to reopen the bridge before the winter,” Lopez said.', { 'council.vtt': VTT });
    assert.equal(r.sources[0]?.verbatim, true);
    assert.equal(r.sources[0]?.time, '00:00:01.000');
    assert.equal(r.sources[0]?.speaker, 'Maria Lopez');
  });

  it('SRT cues keep time codes and drop cue numbers; the fix joins the cues with a space', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nWe have asked the council\n\n2\n00:00:03,000 --> 00:00:06,000\nto reopen the bridge today.\n';
    const text = '“We asked the council to reopen the bridge today.”';
    const r = check(text, { 'c.srt': srt });
    assert.equal(r.sources[0]?.time, '00:00:01.000');
    assert.equal(fixed(text, r.findings), '“We have asked the council to reopen the bridge today.”');
    assert.deepEqual(parseSource('c.srt', srt).words.includes('2'), false);
  });

  it('speaker labels: the words of someone else, or of the interviewer, are a speaker mismatch', async () => {
    const transcript = 'Q: Will the bridge reopen before the winter starts?\n\nPOMPEO: We are working with the council every single day on it.\n\nMR. HALE: The council has not answered our letters at all.\n';
    const { guide } = await loadGuide();
    const analyze = (text: string) => new Analyzer(prepareConfig(guide)).analyze(text, { file: 'a.md' });
    const rules = (text: string) => withQuoteSources(analyze(text), text, 'markdown', guide, indexOf({ 'briefing.txt': transcript }), true).diagnostics.filter((d) => d.rule.startsWith('quotes/')).map((d) => `${d.rule}:${text.slice(d.start, d.end)}`);
    assert.deepEqual(rules('Secretary of State Mike Pompeo met reporters.\n\n“We are working with the council every single day,” Pompeo said.'), []);
    assert.deepEqual(rules('Secretary of State Mike Pompeo met reporters.\n\n“The council has not answered our letters,” Pompeo said.'), ['quotes/speaker-mismatch:Pompeo']);
    assert.deepEqual(rules('Secretary of State Mike Pompeo met reporters.\n\n“Will the bridge reopen before the winter starts?” Pompeo said.'), ['quotes/speaker-mismatch:Pompeo']);
    assert.equal(labelMatchesSpeaker('MR. HALE', 'David Hale'), true);
    assert.equal(labelMatchesSpeaker('POMPEO', 'David Hale'), false);
    assert.equal(labelMatchesSpeaker('Maria Lopez', 'Lopez'), true);
  });

  it('labels and HTML markup are not words; HTML entities do not split words', () => {
    const doc = parseSource('p.html', '<html><style>p{}</style><p>The minister&rsquo;s <b>office</b> said&nbsp;so.</p></html>');
    assert.deepEqual(doc.words, ['the', "minister's", 'office', 'said', 'so']);
    const t = parseSource('t.txt', 'Q: Why?\nA: Because the council said so.\n');
    assert.deepEqual(t.words, ['why', 'because', 'the', 'council', 'said', 'so']);
    assert.equal(runAt(t.speakers, 1), 'A');
  });
});

describe('quote check: index and configuration', () => {
  it('a source file updated or removed changes the answer', () => {
    const index = indexOf({ 's.md': STATEMENT });
    const text = '“a second round would begin in April, after the holidays”';
    assert.equal(checkQuotes(scanQuotes(text), text, index, true).sources[0]?.verbatim, false);
    index.setFile('s.md', STATEMENT.replace('March', 'April'));
    assert.equal(checkQuotes(scanQuotes(text), text, index, true).sources[0]?.verbatim, true);
    index.removeFile('s.md');
    assert.equal(index.size, 0);
  });

  it('`sources:` globs are relative to the guide that declares them; default the sources/ folder', async () => {
    const declared = (await loadGuide('sources: [transcripts/*.vtt, notes]\n')).guide;
    assert.deepEqual(sourcePatterns(declared, '/desk/.copydesk.yaml'), { base: '/desk', patterns: ['transcripts/*.vtt', 'notes'], declared: true });
    assert.deepEqual(sourcePatterns((await loadGuide('version: 1\n')).guide, '/desk/.copydesk.yaml'), { base: '/desk', patterns: ['sources/**'], declared: false });
    assert.ok(isSourcePath('transcripts/a.vtt', ['transcripts/*.vtt']));
    assert.ok(!isSourcePath('transcripts/deep/a.vtt', ['transcripts/*.vtt']));
    assert.ok(isSourcePath('notes/x/y.md', ['notes']));
    assert.ok(isSourcePath('sources/a/b.html', ['sources/**']));
    assert.ok(!isSourcePath('sources/photo.jpg', ['sources/**']));
    assert.ok(globToRegExp('{a,b}/*.txt').test('b/c.txt'));
    assert.equal(globRoot('../shared/sources/**/*.vtt'), '../shared/sources');
    assert.equal((await loadGuide('sources: 7\n')).problems.length > 0, true);
  });

  it('the hover says where a verbatim quote is, and shows the diff of an altered one', () => {
    const text = '“The talks in Geneva were useful,” and “The talks in Geneva were helpful.”';
    const r = check(text);
    const result = { quotes: scanQuotes(text).map((q, i) => ({ ...q, source: r.sources[i] })) } as AnalysisResult;
    assert.match(quoteSourceHover(result, 3, (s) => s)!.markdown, /word for word in statement\.md, line 3/);
    assert.match(quoteSourceHover(result, 40, (s) => s)!.markdown, /~~useful~~ \*\*helpful\*\*/);
  });
});

describe('quote check: property', () => {
  const VOCAB = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x${(i * 7919) % 97}`);
  const passage = fc.array(fc.integer({ min: 0, max: VOCAB.length - 1 }), { minLength: 60, maxLength: 200 });

  it('a quote cut verbatim from a source passage always matches; one changed word is always in the diff', () => {
    fc.assert(
      fc.property(passage, fc.nat(), fc.integer({ min: 6, max: 25 }), fc.nat(), fc.boolean(), (ids, at, len, which, straight) => {
        const words = ids.map((i) => VOCAB[i]);
        const source = words.map((w, i) => (i % 9 === 8 ? `${w}.` : i % 5 === 4 ? `${w},` : w)).join(' ');
        const start = at % (words.length - len);
        const cut = words.slice(start, start + len);
        const [open, close] = straight ? ['"', '"'] : ['“', '”'];
        const verbatim = `${open}${cut.join(' ')}${close}`;
        const ok = check(verbatim, { 'src.txt': source });
        assert.equal(ok.sources[0]?.verbatim, true);
        const k = which % len;
        const changed = cut.slice();
        changed[k] = 'zzchanged';
        const text = `${open}${changed.join(' ')}${close}`;
        const r = check(text, { 'src.txt': source });
        assert.equal(r.sources[0]?.verbatim, false);
        assert.ok(r.sources[0]?.diff?.some((d) => d.op === 'added' && d.text.split(' ').includes('zzchanged')), JSON.stringify(r.sources[0]?.diff));
        assert.equal(r.findings[0]?.rule, 'quotes/altered');
      }),
      { numRuns: 300 },
    );
  });
});
