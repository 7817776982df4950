// Property tests: random hostile text never makes the analysis throw, and every range is inside the text on char boundaries.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import type { AnalysisResult, Span } from '../../src/core/types';
import { loadGuide } from './helpers';

const PIECES = [
  '"', '\u201C', '\u201D', '\u2018', '\u2019', "'", '`', '```\n', '<!--', '-->', '---\n', '\n', '\r\n', '\r', ' ', '  ', '\t', '.', ',', ':', '—',
  'said', ' he said.', 'told', 'according to', 'Kataeb Hizbollah', 'al-Muhandis', 'Al Sistani', 'Qassem', 'Qasem', 'last Friday', 'on Thursday night',
  'towards', 'OK', 'okay', 'Mike Pompeo', 'The statement said', '# ', '- ', '[x](http://a.b/c)', 'https://x.y/z',
  'كتائب حزب الله', 'آية الله', '😀', '👩🏽‍⚕️', 'e\u0301', 'Çavuşoğlu', '\uD800', '\uDC00', '\u0000', '\uFEFF', 'Ａ', '\u200B',
];

const hostileText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 12 })), { maxLength: 80 }).map((xs) => xs.join(''));

/** Whether offset splits a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** Every span the result holds. */
function allSpans(r: AnalysisResult): Span[] {
  const spans: Span[] = [];
  for (const q of r.quotes) {
    spans.push(q);
    if (q.speaker) spans.push(q.speaker);
    if (q.cue) spans.push(q.cue);
  }
  for (const e of r.entities) spans.push(...e.mentions);
  for (const e of r.events) spans.push(e);
  for (const d of r.diagnostics) {
    spans.push(d);
    for (const f of d.fixes) spans.push(...f.edits);
  }
  return spans;
}

function checkResult(text: string, r: AnalysisResult): void {
  for (const s of allSpans(r)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), 'integer offsets');
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} inside ${text.length}`);
    assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `span ${s.start}-${s.end} on character boundaries`);
  }
  for (const q of r.quotes) assert.equal(q.text, text.slice(q.start, q.end));
  for (const e of r.entities) for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end));
}

describe('robustness (property tests)', function () {
  this.timeout(120000);
  let analyzer: Analyzer;
  before(async () => {
    analyzer = new Analyzer(prepareConfig((await loadGuide()).guide));
  });

  for (const file of ['story.md', 'story.txt']) {
    it(`never throws and keeps every range inside the text (${file})`, () => {
      fc.assert(
        fc.property(hostileText, fc.constantFrom<string | undefined>(undefined, '2020-01-10', '2019-12-31'), (text, date) => {
          checkResult(text, analyzer.analyze(text, { file, date }));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('handles 100 KB lines of mixed script', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), (a, b) => {
        const line = (a + ' said “' + b + '” ').repeat(Math.ceil(100_000 / (a.length + b.length + 10))).slice(0, 100_000);
        checkResult(line, analyzer.analyze(line, { file: 'long.txt' }));
      }),
      { numRuns: 6 },
    );
  });
});
