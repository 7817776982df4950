// Property test: after any sequence of edits, the incremental Analyzer (paragraph caches kept between runs)
// returns exactly what a fresh Analyzer returns on the same text.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import fc from 'fast-check';
import { Analyzer, prepareConfig, type PreparedConfig } from '../../src/core/analyze';
import { loadGuide } from './helpers';

const SAMPLE = fs.readFileSync('samples/iraq-us-withdrawal.md', 'utf8');
const DESK_GUIDE = fs.readFileSync('samples/.copydesk.yaml', 'utf8');
const OPTIONS = { file: 'iraq-us-withdrawal.md', date: '2020-01-10' };

/** What editors type: quote marks, names and their variant spellings, dates, attributions, style-rule words, breaks. */
const PIECES = [
  '\u201C', '\u201D', '"', "'", '\u2019', '\u2018',
  'Kataeb Hizbollah', 'Kataib Hezbollah', 'Hizbollah Brigades', 'Qasem', 'Qassem', 'Qassem Soleimani', 'Qasem Soleimani', 'Soleimani',
  'Mike Pompeo', 'Pompeo', 'Abdul-Mahdi', 'Adel Abdul Mahdi', 'Mark Milley', 'Miley', 'Morgan Ortagus', 'Al Sistani', 'al-Sistani',
  'last Friday', 'on Thursday', 'Thursday night', 'last week', 'yesterday', 'two days later', 'Jan. 3', 'on Jan. 3, 2020', 'in March',
  ' he said.', ' she said.', ', the statement said.', 'said Pompeo', 'according to officials', 'told reporters', ':',
  '\u201CWe will leave,\u201D he said.', '\u201CThis is not over.', ' \u201CIt is,\u201D Pompeo said.',
  'towards', 'okay', 'OK', 'US', 'U.S.', 'de-escalation', 'deescalation', 'brink of', 'claimed',
  '\n\n', '\n', '\n\n# ', '\n\n- ', '. ', ', ', ' ', '<!-- copydesk-disable-next-line -->\n', '`code`',
  'The', 'the', 'and', 'Iraq', 'Tehran', 'Washington',
];

type Edit =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; piece: string }
  | { kind: 'undo'; back: number };

const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const at = fc.double({ min: 0, max: 1, noNaN: true });
// Lengths up to 400 characters: within a paragraph or across paragraph breaks (paragraphs run ~130-310 characters).
const length = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 400 }));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, piece }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, length, piece }) },
  // Undo back to an earlier text: earlier paragraph versions may then come from the cache.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), back: fc.integer({ min: 1, max: 4 }) }) },
);

/** Apply one edit to the current text; `history` holds the earlier texts (for undo). */
function apply(text: string, e: Edit, history: string[]): string {
  if (e.kind === 'undo') return history[Math.max(0, history.length - e.back)] ?? text;
  const pos = Math.floor(e.at * text.length);
  if (e.kind === 'insert') return text.slice(0, pos) + e.piece + text.slice(pos);
  const end = Math.min(text.length, pos + e.length);
  return text.slice(0, pos) + (e.kind === 'replace' ? e.piece : '') + text.slice(end);
}

describe('incremental analysis (property test)', function () {
  this.timeout(60000);
  let config: PreparedConfig;
  before(async () => {
    config = prepareConfig((await loadGuide(DESK_GUIDE)).guide);
  });

  it('after every edit of a random sequence, equals a fresh analysis of the same text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: 10 }), async (edits) => {
        const analyzer = new Analyzer(config);
        let text = SAMPLE;
        const history: string[] = [];
        analyzer.analyze(text, OPTIONS);
        for (const [e, sliced] of edits) {
          const next = apply(text, e, history);
          history.push(text);
          text = next;
          // Long documents are analysed in slices on the extension host: that path must agree too.
          const incremental = sliced
            ? await analyzer.analyzeInSlices(text, OPTIONS, { yieldNow: async () => {}, isCancelled: () => false, budgetMs: 0 })
            : analyzer.analyze(text, OPTIONS);
          const fresh = new Analyzer(config).analyze(text, OPTIONS);
          assert.deepStrictEqual(incremental, fresh);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the cache effective: a one-paragraph edit recomputes only that paragraph', () => {
    const analyzer = new Analyzer(config);
    analyzer.analyze(SAMPLE, OPTIONS);
    const before = analyzer.cache.misses;
    const edited = SAMPLE.replace('Grand Ayatollah Ali Al Sistani said', 'Grand Ayatollah Ali Al Sistani also said');
    assert.notEqual(edited, SAMPLE);
    analyzer.analyze(edited, OPTIONS);
    // One paragraph, once per pass that caches per paragraph (and once for the temporal tagger).
    assert.ok(analyzer.cache.misses - before <= 5, `${analyzer.cache.misses - before} paragraph computations`);
    assert.deepStrictEqual(analyzer.analyze(edited, OPTIONS), new Analyzer(config).analyze(edited, OPTIONS));
  });
});
