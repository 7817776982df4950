// The attribution grammar (issue 11): speaker phrases with particles, two-apostrophe quotes, colon introductions,
// continuation paragraphs and headline-style quotes that need no speaker. Each on a small article written here.
import { strict as assert } from 'assert';
import { analyzeWith } from './helpers';

const rules = (r: { diagnostics: { rule: string }[] }) => r.diagnostics.map((d) => d.rule).filter((x) => x.startsWith('quotes/'));
const speakerOf = (r: { quotes: { text: string; speaker: { text: string } | null }[] }, marker: string) => r.quotes.find((q) => q.text.includes(marker))?.speaker?.text ?? null;

describe('quotes: attribution grammar', () => {
  it('reads a speaker that opens with a lower-case particle (al-, el-, von der, de la)', async () => {
    for (const name of ['al-Sistani', 'el-Sisi', 'von der Leyen', 'de la Cruz']) {
      const r = await analyzeWith(`The cleric spoke after prayers.\n\n"We will not be intimidated," ${name} said.`);
      assert.deepEqual(rules(r), [], name);
      assert.ok(speakerOf(r, 'intimidated')?.endsWith(name.split(' ').pop()!), name);
    }
  });

  it('pairs two apostrophes as a double quote mark and attributes both quotes of the paragraph', async () => {
    const r = await analyzeWith("Mr. Kemp spoke last.\n\n''If we had waited, I would be there still,'' Mr. Dale said by telephone. ''It was cold.''");
    assert.equal(r.quotes.length, 2);
    assert.equal(speakerOf(r, 'waited'), 'Mr. Dale');
    assert.ok(r.quotes.every((q) => q.attributed));
    assert.deepEqual(rules(r), []);
  });

  it('gives a quote to the name a colon hands it to', async () => {
    const r = await analyzeWith('The result did not surprise the pollster Dana Reyes: "Early winners always get a bounce."\n\nMore from Reyes: "The bounce fades by spring."');
    assert.equal(speakerOf(r, 'Early winners'), 'the pollster Dana Reyes');
    assert.equal(speakerOf(r, 'bounce fades'), 'Reyes');
    assert.deepEqual(rules(r), []);
  });

  it('does not take "went" alone for a speech verb', async () => {
    const r = await analyzeWith('Talks went on.\n\n"We will stay."');
    assert.deepEqual(rules(r), ['quotes/unattributed']);
  });
});

describe('quotes: continuation paragraphs', () => {
  const story = 'Rain fell on the town.\n\n"The river is rising," Mayor Ana Ortiz said on Tuesday.\n\n"We have sandbags for every street."';

  it('continues the one speaker of the paragraph before: attributed, no warning', async () => {
    const r = await analyzeWith(story);
    const q = r.quotes.find((x) => x.text.includes('sandbags'))!;
    assert.equal(q.attributed, true);
    assert.equal(q.speaker?.name, 'Ana Ortiz');
    assert.deepEqual(rules(r), []);
  });

  it('continues reported speech too, and chains over quote paragraphs', async () => {
    const r = await analyzeWith('Ortiz said the town had never flooded so early.\n\n"We are ready."\n\n"Nobody will be left behind."');
    assert.ok(r.quotes.every((q) => q.attributed && q.speaker?.name === 'Ortiz'));
    assert.deepEqual(rules(r), []);
  });

  it('reports quotes/continuation (info, off by default) when the desk turns it on', async () => {
    const r = await analyzeWith(story, 'severities:\n  quotes/continuation: info\n');
    const d = r.diagnostics.filter((x) => x.rule === 'quotes/continuation');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'info');
    assert.ok(story.slice(d[0].start, d[0].end).includes('sandbags'));
  });

  it('does not continue when another person is named after the attribution, or when the paragraph before has no speaker', async () => {
    const other = await analyzeWith('"The river is rising," Ortiz said. Fire chief Tom Adler arrived an hour later.\n\n"We have sandbags for every street."');
    assert.deepEqual(rules(other), ['quotes/unattributed']);
    const none = await analyzeWith('Rain fell on the town.\n\n"We have sandbags for every street."');
    assert.deepEqual(rules(none), ['quotes/unattributed']);
  });

  it('does not continue across two speakers', async () => {
    const r = await analyzeWith('"It is rising," Ortiz said. "It is not," Adler said.\n\n"We have sandbags."');
    assert.deepEqual(rules(r), ['quotes/unattributed']);
  });
});

describe('quotes: headline-style quotes need no speaker', () => {
  it('a short quote alone between dashes, a short single-quoted subhead, a quote in a capitals line', async () => {
    const r = await analyzeWith("The hall filled early.\n\n– 'Who cares?' –\n\nDelegates cheered.\n\n'Totally on board.'\n\nThe vote came late.\n\n3. FOR FARMERS 'THE RAIN IS BACK.'\n\nCrops recovered.");
    assert.deepEqual(rules(r), []);
  });

  it('still flags a plain quote paragraph in double marks', async () => {
    const r = await analyzeWith('The hall filled early.\n\n"We are not going anywhere."');
    assert.deepEqual(rules(r), ['quotes/unattributed']);
  });
});
