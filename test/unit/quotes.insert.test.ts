import { strict as assert } from 'assert';
import { loadStyleGuide, type StyleGuide } from '../../src/core/config/styleGuide';
import { prepareConfig, Analyzer } from '../../src/core/analyze';
import type { AnalysisResult, TextEdit } from '../../src/core/types';
import { planAttribution, quoteAt, speakerCandidates } from '../../src/core/quotes/insertAttribution';

let guide: StyleGuide;
before(async () => {
  const reader = { read: async () => undefined, resolve: (_a: string, b: string) => b };
  guide = (await loadStyleGuide({ path: null, reader })).guide;
});

const analyze = (text: string, file = 'a.md'): AnalysisResult => new Analyzer(prepareConfig(guide)).analyze(text, { file });

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Attribute the quote holding `marker` and return the new text. */
function attribute(text: string, marker: string, speaker: string, verb = 'said', opts = {}): string {
  const r = analyze(text);
  const q = quoteAt(r, text.indexOf(marker));
  assert.ok(q, 'no quote at marker');
  const plan = planAttribution(text, r, q, speaker, verb, opts);
  assert.ok('edits' in plan, 'error' in plan ? plan.error : '');
  return apply(text, plan.edits);
}

describe('quotes: insert attribution', () => {
  it('turns a final period into a comma and adds the attribution (straight quotes)', () => {
    assert.equal(attribute('Talks went on.\n\n"We will stay."', 'We will', 'Pompeo'), 'Talks went on.\n\n"We will stay," Pompeo said.');
  });

  it('keeps curly quotes', () => {
    assert.equal(attribute('Talks went on.\n\n“We will stay today.”', 'We will', 'Pompeo'), 'Talks went on.\n\n“We will stay today,” Pompeo said.');
  });

  it('uses the full name (and title) on first reference, the surname later', () => {
    const first = 'Talks went on.\n\n“We will stay.”';
    assert.equal(attribute(first, 'We will', 'Mike Pompeo', 'said', { title: 'Secretary of State' }), 'Talks went on.\n\n“We will stay,” Secretary of State Mike Pompeo said.');
    const later = 'Mike Pompeo called on Thursday.\n\n“We will stay.”';
    assert.equal(attribute(later, 'We will', 'Mike Pompeo'), 'Mike Pompeo called on Thursday.\n\n“We will stay,” Pompeo said.');
  });

  it('writes generic and organisation speakers as given, with the chosen verb', () => {
    assert.equal(attribute('“Is this the end?”', 'Is this', 'the ministry', 'asked'), '“Is this the end?” the ministry asked.');
  });

  it('handles a period outside the quote and a quote inside a sentence', () => {
    assert.equal(attribute('He called it "a disgrace".', 'a disgrace', 'Pompeo'), 'He called it "a disgrace," Pompeo said.');
    assert.equal(attribute('The plan was "designed to fail from the start" by the council.', 'designed', 'Pompeo'), 'The plan was "designed to fail from the start" by the council, Pompeo said.');
  });

  it('attributes a quote running over paragraphs after its first sentence', () => {
    const text = '“We will stay. Our troops help.\n\n“They leave when done.”';
    const r = analyze(text);
    const plan = planAttribution(text, r, r.quotes[0], 'Pompeo', 'said');
    assert.ok('edits' in plan);
    assert.equal(apply(text, plan.edits), '“We will stay,” Pompeo said. “Our troops help.\n\n“They leave when done.”');
  });

  it('writes in the quote’s own sentence when more text follows it (issue 10)', () => {
    assert.equal(attribute('“We will stay.” Then more text.', 'We will', 'Mike Pompeo'), '“We will stay,” Mike Pompeo said. Then more text.');
    assert.equal(attribute('"We will stay." "Another one," he said.', 'We will', 'Pompeo'), '"We will stay," Pompeo said. "Another one," he said.');
    assert.equal(attribute('"We will stay. " Then more.', 'We will', 'Pompeo'), '"We will stay," Pompeo said. Then more.');
    assert.equal(attribute('“Will we stay?” Then more.', 'Will we', 'the ministry', 'asked'), '“Will we stay?” the ministry asked. Then more.');
    assert.equal(attribute('Talks went on and "we will stay" was\nthe word. More.', 'we will', 'Pompeo'), 'Talks went on and "we will stay" was\nthe word, Pompeo said. More.');
  });

  it('never writes inside code or comments', () => {
    assert.equal(attribute('Talks went on and "we will stay" was the `word`. More.', 'we will', 'Pompeo'), 'Talks went on and "we will stay" was the `word`, Pompeo said. More.');
    assert.equal(attribute('“We will stay.”<!-- TK --> More.', 'We will', 'Pompeo'), '“We will stay,” Pompeo said.<!-- TK --> More.');
  });

  it('keeps CRLF line ends', () => {
    assert.equal(attribute('Talks.\r\n\r\n"We will stay."\r\n', 'We will', 'Pompeo'), 'Talks.\r\n\r\n"We will stay," Pompeo said.\r\n');
  });

  it('refuses an empty speaker', () => {
    const r = analyze('"We will stay."');
    assert.ok('error' in planAttribution('"We will stay."', r, r.quotes[0], ' ', 'said'));
  });

  it('lists the article’s people and organisations, nearest first', () => {
    const text = 'Mike Pompeo spoke in Washington.\n\nLater, Prime Minister Adel Abdul-Mahdi replied.\n\n"We will stay."';
    const r = analyze(text);
    const c = speakerCandidates(r, text.indexOf('"We'), text);
    assert.ok(c.length >= 2);
    const names = c.map((x) => x.name);
    assert.ok(names.some((n) => /Abdul-Mahdi/.test(n)));
    assert.ok(names.some((n) => /Pompeo/.test(n)));
    assert.ok(names.findIndex((n) => /Abdul-Mahdi/.test(n)) < names.findIndex((n) => /Pompeo/.test(n)));
  });
});
