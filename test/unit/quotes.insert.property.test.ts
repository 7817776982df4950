// Insert attribution over random quote positions: the quote stays intact, the attribution lands in its sentence, and it then counts as attributed.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/edits';
import { planAttribution, quoteAt } from '../../src/core/quotes/insertAttribution';
import { loadGuide } from './helpers';

const NEUTRAL = ['Talks went on.', 'The convoy moved north at dawn.', 'Prices rose on Friday.'];
const MARKS: [string, string][] = [['“', '”'], ['"', '"']];
const INNER = ['We will stay', 'Is this the end', 'Our troops help the army here'];
/** What follows the quote's sentence in its paragraph: nothing, prose, an attributed quote, an unattributed one. */
const AFTER = ['', ' Then more text followed.', ' “Another line,” the ministry said.', ' "They left." The talks ended.'];
// Speakers the attribution grammar reads after a quote; names with lower-case particles (al-Sistani) are issue 11.
const SPEAKERS = ['Mike Pompeo', 'the ministry'];

interface Case {
  before: string;
  sentence: string;
  /** Offset of the quote's opening mark inside `sentence`. */
  at: number;
  words: string;
  open: string;
  after: string;
  tail: string;
  speaker: string;
  final: boolean;
  /** The quote ends with ? or !. */
  bang: boolean;
}

const quoteCase = fc
  .record({
    before: fc.array(fc.constantFrom(...NEUTRAL), { maxLength: 2 }),
    paraBefore: fc.boolean(),
    marks: fc.constantFrom(...MARKS),
    inner: fc.constantFrom(...INNER),
    end: fc.constantFrom('.', '?', '!', ',', '', '.outside'),
    mid: fc.boolean(),
    after: fc.constantFrom(...AFTER),
    tail: fc.constantFrom('', '\n\nPrices rose on Friday.', '\n\n"We will go."'),
    speaker: fc.constantFrom(...SPEAKERS),
  })
  .map(({ before, paraBefore, marks: [open, close], inner, end, mid, after, tail, speaker }): Case => {
    const lead = before.join(' ') + (before.length ? (paraBefore ? '\n\n' : ' ') : '');
    if (mid) {
      // Inside a sentence: `The talks ended and “we will stay” was the word.`
      const words = inner[0].toLowerCase() + inner.slice(1);
      const quote = open + words + (end === '?' || end === '!' ? end : '') + close;
      const prefix = 'The talks ended and ';
      return { before: lead, sentence: `${prefix}${quote} was the word.`, at: prefix.length, words, open, after, tail, speaker, final: false, bang: false };
    }
    const quote = end === '.outside' ? `${open}${inner}${close}.` : `${open}${inner}${end}${close}`;
    return { before: lead, sentence: quote, at: 0, words: inner, open, after, tail, speaker, final: true, bang: end === '?' || end === '!' };
  });

describe('quotes: insert attribution (property)', function () {
  this.timeout(120000);
  let analyzer: Analyzer;
  before(async () => {
    analyzer = new Analyzer(prepareConfig((await loadGuide()).guide));
  });

  it('keeps the quote, writes the attribution in its sentence, and the quote is then attributed', () => {
    fc.assert(
      fc.property(quoteCase, (c) => {
        const text = c.before + c.sentence + c.after + c.tail;
        const r = analyzer.analyze(text, { file: 'story.md' });
        const q = quoteAt(r, c.before.length + c.at + 1);
        assert.ok(q, `a quote in ${JSON.stringify(text)}`);
        const plan = planAttribution(text, r, q, c.speaker, 'said');
        assert.ok('edits' in plan, `planned for ${JSON.stringify(text)}: ${'error' in plan ? plan.error : ''}`);
        const out = applyEdits(text, plan.edits);
        const where = `${JSON.stringify(text)} -> ${JSON.stringify(out)}`;
        // Only the quote's sentence changes; the quote's words stay whole right after its mark.
        assert.ok(out.startsWith(c.before) && out.endsWith(c.after + c.tail), `edits stay in the sentence: ${where}`);
        const middle = out.slice(c.before.length, out.length - c.after.length - c.tail.length);
        assert.ok(middle.startsWith(c.sentence.slice(0, c.at) + c.open + c.words), `quote intact: ${where}`);
        assert.ok(middle.endsWith(`${c.speaker} said.`), `attribution ends the sentence: ${where}`);
        assert.ok(!/\s[,.]|[,.]{2}/.test(middle.replace(/[“”"]/g, '')), `no stray punctuation: ${where}`);
        // Re-analysed, the quote is attributed (to the chosen speaker when it ends its sentence).
        const r2 = analyzer.analyze(out, { file: 'story.md' });
        const q2 = quoteAt(r2, c.before.length + c.at + 1);
        assert.ok(q2 && q2.attributed, `attributed after insertion: ${where}`);
        assert.ok(!r2.diagnostics.some((d) => d.rule === 'quotes/unattributed' && d.start < q2.end && q2.start < d.end), `no unattributed finding: ${where}`);
        // Known gap in the attribution grammar (issue 11, not the insertion): `“...!” Mike Pompeo said.` is read as two sentences
        // (a capital after ?/! starts one), so another cue of the paragraph may win; the quote is still attributed.
        if (c.final && !(c.bang && /^\p{Lu}/u.test(c.speaker))) assert.ok(q2.speaker && q2.speaker.text.includes(c.speaker.split(' ').pop()!), `speaker is ${c.speaker}: ${where} (${q2.speaker?.text})`);
      }),
      { numRuns: 500 },
    );
  });
});
