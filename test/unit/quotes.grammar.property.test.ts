// Every attribution Insert attribution writes is read back as one: names with particles, titles, apostrophes.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/edits';
import { planAttribution, quoteAt } from '../../src/core/quotes/insertAttribution';
import { loadGuide } from './helpers';

const GIVEN = ['Ali', 'Maria', 'Conan', 'Jean', 'Ursula', 'Osama', 'Kwame', 'Li'];
const PARTICLE = ['', 'al-', 'el-', 'bin ', 'de la ', 'van ', 'von ', 'von der ', 'de '];
const FAMILY = ['Sistani', 'Sisi', "O'Brien", "Ng'ang'a", 'Cruz', 'Leyen', 'Laden', 'Gogh', 'Mensah', "D'Souza", 'McAllister'];
const TITLE = ['', 'Grand Ayatollah ', 'Sen. ', 'Gen. ', 'Dr. ', 'Foreign Minister '];

describe('quotes: Insert attribution is recognised (property)', () => {
  // The guide is prepared once: preparing it (rule compilation) costs more than the two analyses of a run.
  let config: ReturnType<typeof prepareConfig>;
  before(async () => {
    config = prepareConfig((await loadGuide()).guide);
  });

  it('attributes the quote to the name it wrote, with or without a first reference before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GIVEN),
        fc.constantFrom(...PARTICLE),
        fc.constantFrom(...FAMILY),
        fc.constantFrom(...TITLE),
        fc.boolean(),
        fc.constantFrom('said', 'added', 'told reporters'),
        (given, particle, family, title, seenBefore, verb) => {
          const surname = particle + family;
          const full = `${given} ${surname}`;
          const text = `${seenBefore ? `${full} arrived on Monday.` : 'The talks went on late.'}\n\n"We will not be intimidated."\n\nThe meeting ended at noon.`;
          const analyzer = new Analyzer(config);
          const before = analyzer.analyze(text, { file: 'a.md' });
          const q = quoteAt(before, text.indexOf('We will'))!;
          const plan = planAttribution(text, before, q, full, verb, { title: title.trim() || undefined });
          assert.ok('edits' in plan, 'error' in plan ? plan.error : '');
          const out = applyEdits(text, plan.edits);
          const after = new Analyzer(config).analyze(out, { file: 'a.md' });
          const quote = after.quotes.find((x) => x.text.includes('intimidated'))!;
          assert.equal(quote.attributed, true, out);
          assert.ok(quote.speaker!.text.endsWith(surname.split(' ').pop()!), `${out} → ${quote.speaker!.text}`);
          assert.deepEqual(after.diagnostics.filter((d) => d.rule.startsWith('quotes/')).map((d) => d.rule), [], out);
        },
      ),
      { numRuns: 150 },
    );
  });
});
