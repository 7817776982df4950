import { strict as assert } from 'assert';
import { analyzeWith, found } from './helpers';

// The style/* findings of the embedded guide on `text`, as "rule:matched text".
async function styleFindings(text: string, yaml?: string): Promise<string[]> {
  return found(await analyzeWith(text, yaml), text).filter((f) => f.startsWith('style/'));
}

describe('embedded guide: claimed only where it reports speech', () => {
  it('stays quiet on ordinary usage', async () => {
    for (const text of [
      'The fire claimed three lives on Sunday.',
      'A militant group claimed responsibility for the blast.',
      'The county claimed federal disaster aid after the flood.',
      'Sanders claimed victory in a tweet.',
      'The attack was claimed by the group on Monday.',
      'She claimed the nomination on Tuesday.',
      'All of the claims in the suit are false, and that is final.',
      "He repeated Trump's false claims that the vote was rigged.",
      'Officials rejected her claims that the tally was wrong.',
    ]) assert.deepEqual(await styleFindings(text), [], text);
  });

  it('flags claimed and claims that report speech, only the verb', async () => {
    const cases: [string, string][] = [
      ['The mayor claimed that the bridge was safe.', 'claimed'],
      ['The mayor claimed on Tuesday that the bridge was safe.', 'claimed'],
      ['The mayor claimed in an interview with the paper that the bridge was safe.', 'claimed'],
      ['The suit claims that the mayor lied.', 'claims'],
      ['The mayor claimed he had inspected the bridge.', 'claimed'],
      ['The mayor claimed Smith was to blame.', 'claimed'],
      ['The mayor claimed it was safe.', 'claimed'],
      ['The mayor claimed: "The bridge is safe."', 'claimed'],
      ['"The bridge is safe," the mayor claimed.', 'claimed'],
      ['“The bridge is safe,” she claimed.', 'claimed'],
      ['This sort of spending, the council claimed, is legal.', 'claimed'],
    ];
    for (const [text, word] of cases) assert.deepEqual(await styleFindings(text), [`style/claimed:${word}`], text);
  });

  it('keeps the message and the case of the flagged word', async () => {
    const text = 'Claimed that he won, the mayor left.';
    const r = await analyzeWith(text);
    const d = r.diagnostics.find((x) => x.rule === 'style/claimed');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(text.slice(d.start, d.end), 'Claimed');
    assert.match(d.message, /'Claimed' casts doubt/);
  });
});

describe('style rules: a regex with named groups flags the group, the rest is context', () => {
  it('flags the first named group that took part', async () => {
    const yaml = "version: 1\nrules:\n  - id: slams\n    kind: avoid\n    regex: '(?P<verb>slam(?:s|med))\\s+(?:the|a)\\b|\\bthe\\s+(?P<noun>slam)\\b'\n";
    const text = 'He slammed the door. The slam shook the wall. They slam shut.';
    assert.deepEqual(await styleFindings(text, yaml), ['style/slams:slammed', 'style/slams:slam']);
  });

  it('a regex without named groups still flags the whole match', async () => {
    const yaml = "version: 1\nrules:\n  - id: slams\n    kind: avoid\n    regex: '\\bslam(s|med)?\\s+the'\n";
    assert.deepEqual(await styleFindings('He slammed the door.', yaml), ['style/slams:slammed the']);
  });
});

describe('embedded guide: towards keeps the verb forwards', () => {
  it('flags the adverbs, not the verb', async () => {
    assert.deepEqual(await styleFindings('She forwards an email and moves towards the door afterwards.'), ['style/towards:towards', 'style/towards:afterwards']);
  });
});

describe('style rules leave interview transcripts alone (the speakers\' words)', () => {
  it('skips Q/A and NAME: turns and the paragraphs between them, not the narrative around', async () => {
    const text = [
      'The mayor moved towards a deal.',
      'Q: Where are the talks going?',
      'A: We are moving towards a deal.',
      'And we will get there towards spring.',
      'Q: When?',
      'A: Soon.',
      'The council moved towards a vote afterwards.',
    ].join('\n\n');
    assert.deepEqual(await styleFindings(text), ['style/towards:towards', 'style/towards:towards', 'style/towards:afterwards']);
    const r = await analyzeWith(text.replace(/\n\n/g, '\n'), undefined, 'story.txt');
    const lines = r.diagnostics.filter((d) => d.rule === 'style/towards').map((d) => d.line);
    assert.deepEqual(lines, [1, 7, 7]);
  });

  it('needs three labelled turns with two labels: one kicker is not a transcript', async () => {
    const text = 'UPDATE: The talks moved towards a deal.\n\nThe mayor left afterwards.\n';
    assert.deepEqual(await styleFindings(text), ['style/towards:towards', 'style/towards:afterwards']);
    const turns = 'TAPPER: Where is it going?\n\nFALLIN: We all need to work towards unity.\n\nTAPPER: Thanks.\n';
    assert.deepEqual(await styleFindings(turns), []);
  });
});

describe('embedded guide: claimed across a no-break space', () => {
  it('reads a no-break space as a space', async () => {
    assert.deepEqual(await styleFindings('When he claimed\u00a0Obama was the founder, nobody laughed.'), ['style/claimed:claimed']);
  });
});
