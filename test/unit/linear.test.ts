// Large inputs: passes that yield 100k+ items return them all (no `push(...items)` stack overflow), and the
// sweeps that replaced per-match rescans (ignore comments, `unless` exceptions, nearest attribution) give the
// same answers as the plain definitions. Speed itself is measured by bench/scaling-quotes.mjs, not here.
import { strict as assert } from 'assert';
import { prepareConfig, stylePass, type PassContext } from '../../src/core/analyze';
import { isSuppressed, parseArticle, type ArticleDocument } from '../../src/core/document';
import { eventsPass } from '../../src/core/events/pass';
import { namesPass } from '../../src/core/names/pass';
import { ParagraphCache } from '../../src/core/pass';
import { MAX_QUOTES_PER_PARAGRAPH } from '../../src/core/quotes/pass';
import { pushAll } from '../../src/core/search';
import { analyzeWith, loadGuide } from './helpers';

const MANY = 140_000; // past the ~120k arguments where `push(...items)` overflows the stack

/** A pass context over plain text (one paragraph per line). */
async function contextFor(text: string, yaml?: string): Promise<PassContext> {
  const { guide } = await loadGuide(yaml);
  return { doc: parseArticle(text, 'plain'), config: prepareConfig(guide), date: '2020-01-10', cache: new ParagraphCache(), findings: [], quotes: [], unlistedQuotes: [], entities: [], events: [] };
}

/** `sentence` repeated `MANY` times, 1,000 to a line. */
function lines(sentence: string): string {
  return (sentence.repeat(1000) + '\n').repeat(MANY / 1000);
}

/** A small seeded generator, so the property checks are reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('linear passes on large inputs', () => {
  it('pushAll appends more items than a spread call could take', () => {
    const target = [1];
    const items = Array.from({ length: 300_000 }, (_, i) => i);
    assert.throws(() => [].push(...(items as never[])), RangeError, 'the case pushAll exists for');
    assert.equal(pushAll(target, items), target);
    assert.equal(target.length, 300_001);
    assert.equal(target[300_000], 299_999);
  });

  it('returns 140k consistency findings of one rule', async () => {
    const ctx = await contextFor(lines('US U.S. '));
    stylePass.run(ctx);
    assert.equal(ctx.findings.filter((f) => f.rule === 'style/us-abbreviation').length, MANY);
  });

  it('returns 140k house-spelling findings for a registry variant', async () => {
    const ctx = await contextFor(lines('Ali Sistani. '));
    namesPass.run(ctx);
    assert.equal(ctx.findings.filter((f) => f.rule === 'names/house-spelling').length, MANY);
    assert.equal(ctx.entities.length, 1);
  });

  it('returns 140k events', async () => {
    const ctx = await contextFor(lines('Police fled. '));
    eventsPass.run(ctx);
    assert.equal(ctx.events.length, MANY);
  });

  it('loads a guide with 150k house cues', async () => {
    const cues = Array.from({ length: 150_000 }, (_, i) => `c${i.toString(36)}`);
    const { guide, problems } = await loadGuide(`version: 1\nquotes:\n  cues: [${cues.join(',')}]\n`);
    assert.deepEqual(problems, []);
    assert.ok(guide.quotes.cues.length >= 150_000);
  });

  it('isSuppressed agrees with a scan of every ignore region, on random regions and findings', () => {
    const rules = ['style/towards', 'style/per-cent', 'names/house-spelling', 'quotes/unattributed'];
    const names = ['style/towards', 'towards', 'style', 'per-cent', 'names', 'quotes/unattributed', 'other'];
    const next = rng(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
    for (let round = 0; round < 30; round++) {
      const suppressions = Array.from({ length: 1 + Math.floor(next() * 40) }, () => {
        const start = Math.floor(next() * 1000);
        return { start, end: start + Math.floor(next() * 300), rules: next() < 0.2 ? null : [pick(names), ...(next() < 0.3 ? [pick(names)] : [])] };
      });
      const doc = { ...parseArticle('', 'markdown'), suppressions } as ArticleDocument;
      for (let k = 0; k < 200; k++) {
        const rule = pick(rules);
        const start = Math.floor(next() * 1200);
        const end = start + Math.floor(next() * 20);
        const family = rule.split('/')[0];
        const expected = suppressions.some((s) => s.start <= start && end <= s.end && (!s.rules || s.rules.some((r) => r === rule || r === family || r === rule.slice(family.length + 1))));
        assert.equal(isSuppressed(doc, rule, start, end), expected, JSON.stringify({ round, rule, start, end }));
      }
    }
  });

  it('applies many ignore comments to many findings in one article', async () => {
    const blocks: string[] = [];
    for (let i = 0; i < 300; i++) {
      blocks.push(i % 3 === 0 ? '<!-- copydesk-disable towards -->' : i % 3 === 1 ? 'Off towards here.' : '<!-- copydesk-enable towards -->\n\nOn towards here.');
    }
    const text = blocks.join('\n\n');
    const r = await analyzeWith(text);
    const hits = r.diagnostics.filter((d) => d.rule === 'style/towards');
    assert.equal(hits.length, 100);
    assert.ok(hits.every((d) => text.slice(d.start - 3, d.start) === 'On '));
  });

  it('keeps the `unless` exceptions of a rule in a long paragraph', async () => {
    const parts = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 'the Ministry of Defence said' : i % 3 === 1 ? 'the defence of the city' : 'the Defence Ministry'));
    const text = parts.join(' ') + '.';
    const r = await analyzeWith(text);
    const hits = r.diagnostics.filter((d) => d.rule === 'style/defence');
    assert.equal(hits.length, 1000);
    assert.ok(hits.every((d) => text.slice(d.start - 4, d.end) === 'the defence'));
  });

  it('matches a literal pattern that starts with a space from the start of each whitespace run', async () => {
    const yaml = 'version: 1\nrules:\n  - id: space-comma\n    kind: avoid\n    pattern: " ,"\n';
    const text = `One , two${' '.repeat(5000)}, three,four  ,five${' '.repeat(20000)}x.`;
    const r = await analyzeWith(text, yaml);
    const hits = r.diagnostics.filter((d) => d.rule === 'style/space-comma').map((d) => [d.start, d.end]);
    const five = text.indexOf('  ,five');
    assert.deepEqual(hits, [[3, 5], [9, 5010], [five, five + 3]]);
  });

  describe('the quote bound per paragraph', () => {
    /** One paragraph of `n` short quotes, each attributed by "Haddad said." in the same sentence. */
    const paragraph = (n: number) => 'Mayor Amira Haddad spoke. ' + '“Yes,” Haddad said. '.repeat(n).trimEnd() + '\n';

    it('a paragraph over the bound keeps its quotes as unlisted offsets, unattributed, with one not-prose finding and no saying events', async () => {
      const text = paragraph(MAX_QUOTES_PER_PARAGRAPH + 1);
      const r = await analyzeWith(text);
      // Every quote is found, as offsets of the paragraph's one unlisted group (no Quote records).
      assert.equal(r.quotes.length, 0);
      assert.equal(r.unlistedQuotes.length, 1);
      const [group] = r.unlistedQuotes;
      assert.deepEqual([group.start, group.end, group.count], [0, text.length - 1, MAX_QUOTES_PER_PARAGRAPH + 1]);
      const stretches: string[] = [];
      for (let i = 0; i < group.offsets.length; i += 2) stretches.push(text.slice(group.offsets[i], group.offsets[i + 1]));
      assert.equal(stretches.length, MAX_QUOTES_PER_PARAGRAPH + 1);
      assert.ok(stretches.every((s) => s === '“Yes,”'));
      const notProse = r.diagnostics.filter((d) => d.rule === 'quotes/not-prose');
      assert.equal(notProse.length, 1);
      assert.equal(notProse[0].severity, 'info');
      assert.deepEqual([notProse[0].start, notProse[0].end], [0, text.length - 1]);
      assert.match(notProse[0].message, /2,001 quotes.*not prose/);
      assert.equal(r.diagnostics.filter((d) => d.rule.startsWith('quotes/') && d.rule !== 'quotes/not-prose').length, 0);
      assert.equal(r.events.filter((e) => e.source === 'quote').length, 0);
    });

    it('a paragraph at the bound, and the paragraphs around one over it, are analysed normally', async () => {
      const r = await analyzeWith(paragraph(MAX_QUOTES_PER_PARAGRAPH));
      assert.equal(r.quotes.length, MAX_QUOTES_PER_PARAGRAPH);
      assert.ok(r.quotes.every((q) => q.speaker?.name === 'Amira Haddad' && q.cue?.text === 'said'));
      assert.equal(r.diagnostics.filter((d) => d.rule === 'quotes/not-prose').length, 0);
      assert.equal(r.events.filter((e) => e.source === 'quote').length, MAX_QUOTES_PER_PARAGRAPH);
      const mixed = await analyzeWith('“We will build it,” Haddad said.\n\n' + paragraph(MAX_QUOTES_PER_PARAGRAPH + 1));
      assert.equal(mixed.quotes[0].speaker?.text, 'Haddad');
      assert.equal(mixed.quotes.filter((q) => q.speaker).length, 1);
      assert.equal(mixed.unlistedQuotes[0].count, MAX_QUOTES_PER_PARAGRAPH + 1);
    });

    it('style rules and date checks skip the unlisted quotes of a paragraph over the bound, as they skip listed ones', async () => {
      // "in order to" inside each quote (speakers' words: skipped), and once outside them (reported).
      const text = 'They came in order to win. ' + '“We came in order to win,” Haddad said. '.repeat(MAX_QUOTES_PER_PARAGRAPH + 1).trimEnd() + '\n';
      const r = await analyzeWith(text);
      assert.equal(r.unlistedQuotes[0].count, MAX_QUOTES_PER_PARAGRAPH + 1);
      const hits = r.diagnostics.filter((d) => d.rule === 'style/in-order-to');
      assert.deepEqual(hits.map((d) => d.start), [10]);
    });

    it('a quote of a paragraph over the bound that continues into the next paragraph stays a record', async () => {
      const text = paragraph(MAX_QUOTES_PER_PARAGRAPH + 1).trimEnd() + ' “We will go on.\n\n“And we will stay,” Haddad said.\n';
      const r = await analyzeWith(text);
      assert.equal(r.unlistedQuotes[0].count, MAX_QUOTES_PER_PARAGRAPH + 1);
      assert.equal(r.quotes.length, 1);
      assert.equal(r.quotes[0].text, '“We will go on.\n\n“And we will stay,”');
      assert.equal(r.quotes[0].attributed, false);
      // ... and one that runs on from the paragraph before into the first quote of one over the bound.
      const into = '“We will go on.\n\n' + paragraph(MAX_QUOTES_PER_PARAGRAPH + 1).replace('Mayor Amira Haddad spoke. ', '');
      const r2 = await analyzeWith(into);
      assert.equal(r2.unlistedQuotes[0].count, MAX_QUOTES_PER_PARAGRAPH);
      assert.deepEqual(r2.quotes.map((q) => q.text), ['“We will go on.\n\n“Yes,”']);
      assert.equal(r2.unlistedQuotes[0].offsets[0], into.indexOf('“Yes,”', 20));
    });
  });
});
