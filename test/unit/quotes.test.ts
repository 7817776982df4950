import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { loadStyleGuide, type StyleGuide } from '../../src/core/config/styleGuide';
import { prepareConfig, Analyzer } from '../../src/core/analyze';
import type { AnalysisResult, Quote } from '../../src/core/types';
import { findQuotes } from '../../src/core/quotes/finder';

let guide: StyleGuide;
before(async () => {
  const reader = { read: async () => undefined, resolve: (_a: string, b: string) => b };
  guide = (await loadStyleGuide({ path: null, reader })).guide;
});

function analyze(text: string, file = 'a.md', g: StyleGuide = guide): AnalysisResult {
  return new Analyzer(prepareConfig(g)).analyze(text, { file, date: '2020-01-10' });
}
const rules = (r: AnalysisResult, rule: string) => r.diagnostics.filter((d) => d.rule === rule);
const speakerOf = (q: Quote) => q.speaker?.text ?? null;
/** Quote texts found in one paragraph. */
const quoteTexts = (s: string) => findQuotes(s).quotes.map((q) => s.slice(q.start, q.end));

describe('quotes: finder', () => {
  it('finds straight and curly double quotes', () => {
    assert.deepEqual(quoteTexts('He said "yes" and “no” today.'), ['"yes"', '“no”']);
  });

  it('keeps single quotes inside double quotes as part of the outer quote', () => {
    assert.deepEqual(quoteTexts('“They chanted ‘No to America’ all night,” he said.'), ['“They chanted ‘No to America’ all night,”']);
  });

  it('finds single-quoted quotes in headlines and British-style copy', () => {
    assert.deepEqual(quoteTexts("Pompeo: 'We will stay'"), ["'We will stay'"]);
    assert.deepEqual(quoteTexts('Crowds chanted ‘No to America’ outside.'), ['‘No to America’']);
  });

  it('does not take apostrophes and primes for quote marks', () => {
    assert.deepEqual(quoteTexts('In the ’90s rock ’n’ roll fans of Kata\'ib don’t care.'), []);
    assert.deepEqual(quoteTexts("The players' union said he is 5'10\" tall."), []);
    assert.deepEqual(quoteTexts('The ‘90s were loud, the players’ bus late.'), []);
    assert.deepEqual(quoteTexts('He is 6\'3" and she said "fine."'), ['"fine."']);
  });

  it('leaves a quote open at the end of a paragraph', () => {
    const q = findQuotes('“We will stay. We will fight.').quotes;
    assert.equal(q.length, 1);
    assert.equal(q[0].closed, false);
    assert.equal(q[0].opensParagraph, true);
  });

  it('marks short scare quotes, titles and chants as needing no speaker', () => {
    const reason = (s: string) => findQuotes(s).quotes.map((q) => q.noSpeaker);
    assert.deepEqual(reason('It is the so-called "maximum pressure" campaign.'), ['term']);
    assert.deepEqual(reason('They watched the documentary "The Square" twice.'), ['title']);
    assert.deepEqual(reason('Crowds chanted "Death to the dictator and his friends" for hours.'), ['chant']);
    assert.deepEqual(reason('It was a "grave mistake" by the council.'), ['term']);
    assert.deepEqual(reason('"We will never leave this country without a fight."'), [null]);
  });

  it('never throws and keeps ranges inside the text on nasty input', () => {
    const inputs = [
      '\uD800"\uDC00“”‘’\'\'"',
      'قال المتحدث "نحن هنا" اليوم 😀 e\u0301 “',
      '"'.repeat(5000),
      '“a ' + 'b '.repeat(50000) + '”',
      "'".repeat(3000) + '’'.repeat(3000),
      '\r\n"\r\n"',
    ];
    for (const s of inputs) {
      const { quotes } = findQuotes(s);
      for (const q of quotes) assert.ok(q.start >= 0 && q.end <= s.length && q.start < q.end);
      const r = analyze(s + '\n\n' + s, 'a.md');
      for (const q of r.quotes) assert.ok(q.start >= 0 && q.end <= s.length * 2 + 2);
      analyze(s, 'a.txt');
    }
  });
});

describe('quotes: attribution', () => {
  it('attributes after the quote with a comma', () => {
    const r = analyze('“We will stay,” Pompeo said.');
    assert.equal(speakerOf(r.quotes[0]), 'Pompeo');
    assert.equal(r.quotes[0].cue?.text, 'said');
    assert.equal(rules(r, 'quotes/unattributed').length, 0);
  });

  it('attributes before the quote with a colon', () => {
    const r = analyze('Secretary of State Mike Pompeo told reporters: "We are not leaving Iraq."');
    assert.equal(speakerOf(r.quotes[0]), 'Secretary of State Mike Pompeo');
    assert.equal(r.quotes[0].speaker?.name, 'Mike Pompeo');
  });

  it('attributes inverted speech with an appositive', () => {
    const r = analyze('"The talks are over," said Mike Pompeo, the secretary of state.');
    assert.equal(speakerOf(r.quotes[0]), 'Mike Pompeo');
  });

  it('attributes with according to, in a statement, and quoted as saying', () => {
    assert.equal(speakerOf(analyze('"The border is closed," according to the interior ministry.').quotes[0]), 'the interior ministry');
    assert.equal(speakerOf(analyze('"We condemn the attack," the ministry said in a statement.').quotes[0]), 'the ministry');
    assert.equal(speakerOf(analyze('Reuters quoted Adel Abdul-Mahdi as saying "the decision is final."').quotes[0]), 'Adel Abdul-Mahdi');
    assert.equal(speakerOf(analyze('"No comment," a spokesman wrote on Twitter.').quotes[0]), 'a spokesman');
    assert.equal(speakerOf(analyze('"We were not consulted," officials added.').quotes[0]), 'officials');
  });

  it('takes the house cue verbs from the style guide', () => {
    const text = 'Mayor Jane Ruiz on Monday mused: "We will rebuild the bridge."\n\n“It will take years,” Ruiz opined.';
    const house = { ...guide, quotes: { ...guide.quotes, cues: ['mused', 'opined', 'harrumphed'] } };
    const r = analyze('"Never again," Ruiz harrumphed.', 'a.md', house);
    assert.equal(speakerOf(r.quotes[0]), 'Ruiz');
    assert.equal(rules(analyze(text, 'a.md', house), 'quotes/unattributed').length, 0);
  });

  it('attributes a partial quote inside a sentence to its subject', () => {
    const r = analyze('The commander vowed a "crushing response to any attack on our bases" on Sunday.');
    assert.equal(speakerOf(r.quotes[0]), 'The commander');
  });

  it('attributes both halves of a split quote', () => {
    const r = analyze('“The first part,” he said, “and the second part.”\n\nEarlier, Ahmed Hassan spoke.'.replace('Earlier, Ahmed Hassan spoke.', 'Ahmed Hassan arrived.'));
    assert.equal(r.quotes.length, 2);
    assert.deepEqual(r.quotes.map(speakerOf), ['he', 'he']);
  });

  it('attributes a quote that closes before the rest of the attribution', () => {
    const r = analyze('Ahmed Hassan spoke on Friday.\n\n"The situation is deteriorating" in the region, he said.');
    assert.equal(speakerOf(r.quotes[0]), 'he');
    assert.equal(r.quotes[0].speaker?.name, 'Ahmed Hassan');
  });

  it('resolves a pronoun to the person named in an earlier paragraph, with the full name', () => {
    const text = 'Grand Mufti Omar Farouk Saleh condemned the strikes.\n\nMufti Saleh said the attacks were illegal.\n\n"It will only entrench the crisis," he said.';
    const r = analyze(text);
    assert.equal(r.quotes[0].speaker?.text, 'he');
    assert.equal(r.quotes[0].speaker?.name, 'Omar Farouk Saleh');
    assert.equal(rules(r, 'quotes/unclear-speaker').length, 0);
  });

  it('reports a pronoun speaker with no one to refer to', () => {
    const r = analyze('The weather was cold.\n\n"We will win," she said.');
    assert.equal(r.quotes[0].attributed, true);
    const u = rules(r, 'quotes/unclear-speaker');
    assert.equal(u.length, 1);
    assert.equal(u[0].severity, 'info');
  });

  it('joins a quote running over paragraphs into one attributed quote', () => {
    const text = '"We will stay," Pompeo said. "Our troops are there to help.\n\n"They will leave when the job is done.\n\n"Not a day before."\n\nThe talks continue.';
    const r = analyze(text);
    assert.equal(r.quotes.length, 2);
    assert.ok(r.quotes[1].text.includes('Not a day before.'));
    assert.equal(speakerOf(r.quotes[1]), 'Pompeo');
    assert.equal(rules(r, 'quotes/unattributed').length, 0);
  });

  it('lets a new quote paragraph after a closed quote continue its speaker (issue 11; quotes/continuation is off by default)', () => {
    const r = analyze('"We will stay," Pompeo said.\n\n"The troops are there to help Iraq."');
    assert.equal(rules(r, 'quotes/unattributed').length, 0);
    assert.equal(rules(r, 'quotes/continuation').length, 0);
    assert.equal(speakerOf(r.quotes[1]), 'Pompeo');
  });

  it('takes the speaker of a paragraph ending with a colon', () => {
    const r = analyze('Pompeo said on Twitter:\n\n"We will stay in Iraq until the job is done."');
    assert.equal(speakerOf(r.quotes[0]), 'Pompeo');
  });

  it('takes the person named in a colon introduction without a speech verb', () => {
    const r = analyze('On July 6, Senator Ada Brennan made the following comment:\n\n"Young people who left school are out of work at twice the rate."');
    assert.equal(r.quotes[0].attributed, true);
    assert.match(speakerOf(r.quotes[0]) ?? '', /Ada Brennan/);
    assert.equal(r.diagnostics.filter((d) => d.rule === 'quotes/unattributed').length, 0);
    const unnamed = analyze('The challenge is shown by this finding:\n\n"Twenty companies reported 900 subsidiaries to regulators last year."');
    assert.equal(unnamed.quotes[0].attributed, false, 'no person named: still flagged');
  });

  it('keeps one speaker for several quotes in one paragraph', () => {
    const r = analyze('"We will stay," Pompeo said. "The troops are there to help."');
    assert.deepEqual(r.quotes.map(speakerOf), ['Pompeo', 'Pompeo']);
  });

  it('flags an unattributed quote but not scare quotes, titles or chants', () => {
    const text = [
      'The so-called "maximum pressure" campaign went on.',
      'She watched the documentary "The Square" on Friday.',
      "Crowds chanted 'No to America' in the square.",
      '"We will never accept foreign troops on our soil."',
    ].join('\n\n');
    const r = analyze(text);
    const u = rules(r, 'quotes/unattributed');
    assert.equal(u.length, 1);
    assert.ok(text.slice(u[0].start, u[0].end).startsWith('"We will never'));
    assert.deepEqual(u[0].fixes, []);
  });

  it('treats a plain-text file line by line', () => {
    const r = analyze('Headline here\n"We are leaving," the general said.\nTroops packed up.\n"Nobody said this."', 'a.txt');
    assert.equal(r.quotes.length, 2);
    assert.equal(rules(r, 'quotes/unattributed').length, 1);
  });

  it('keeps CRLF offsets exact', () => {
    const text = 'First line.\r\n\r\n“We will stay,” Pompeo said.\r\n';
    const r = analyze(text);
    assert.equal(text.slice(r.quotes[0].start, r.quotes[0].end), '“We will stay,”');
    assert.equal(text.slice(r.quotes[0].speaker!.start, r.quotes[0].speaker!.end), 'Pompeo');
  });
});

describe('quotes: the sample article', () => {
  it('finds five attributed quotes with the expected speakers and no unattributed finding', () => {
    const text = readFileSync('samples/iraq-us-withdrawal.md', 'utf8');
    const r = analyze(text, 'samples/iraq-us-withdrawal.md');
    assert.equal(r.quotes.length, 5);
    assert.ok(r.quotes.every((q) => q.attributed));
    assert.deepEqual(r.quotes.map(speakerOf), ['the statement', 'the statement', 'State Department spokeswoman Morgan Ortagus', 'he', 'he']);
    assert.equal(r.quotes[2].speaker?.name, 'Morgan Ortagus');
    assert.match(r.quotes[3].speaker?.name ?? '', /Sistani/);
    assert.match(r.quotes[4].speaker?.name ?? '', /Sistani/);
    assert.equal(rules(r, 'quotes/unattributed').length, 0);
    assert.equal(rules(r, 'quotes/unclear-speaker').length, 0);
  });

  it('reuses paragraph work when one paragraph changes', () => {
    const text = readFileSync('samples/iraq-us-withdrawal.md', 'utf8');
    const a = new Analyzer(prepareConfig(guide));
    a.analyze(text, { file: 'a.md' });
    const before = a.cache.misses;
    const r = a.analyze(text.replace('Agencies', 'Agencies and staff'), { file: 'a.md' });
    assert.ok(a.cache.misses - before <= 5); // one paragraph: four passes and the temporal tagger
    assert.equal(r.quotes.length, 5);
  });
});
