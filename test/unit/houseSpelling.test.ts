// Names taken from the article (speakers, actors) are shown in the registry's house spelling.
import { strict as assert } from 'assert';
import { houseSpeller } from '../../src/core/names/houseSpelling';
import type { Entity } from '../../src/core/types';

const TEXT = 'Grand Ayatollah Ali Al Sistani spoke. Later Sistani left. Jane Roe stayed.';

/** An entity with mentions at the given words of TEXT. */
function entity(name: string, known: boolean, ...words: string[]): Entity {
  return { name, kind: 'person', known, mentions: words.map((w) => ({ start: TEXT.indexOf(w), end: TEXT.indexOf(w) + w.length, text: w })) };
}

describe('house spelling of names in phrases', () => {
  const house = houseSpeller([entity('Ali al-Sistani', true, 'Ali Al Sistani', 'Sistani'), entity('Jane Roe', false, 'Jane Roe')], TEXT);

  it('rewrites a known entity’s mention inside a longer phrase, keeping the title', () => {
    assert.equal(house('Grand Ayatollah Ali Al Sistani'), 'Grand Ayatollah Ali al-Sistani');
  });

  it('never rewrites a name already in house spelling through a shorter mention', () => {
    assert.equal(house('Ali al-Sistani'), 'Ali al-Sistani');
    assert.equal(house('Ayatollah Sistani'), 'Ayatollah Ali al-Sistani');
  });

  it('leaves unknown names, parts of words and other phrases alone', () => {
    assert.equal(house('Jane Roe'), 'Jane Roe');
    assert.equal(house('Sistanis'), 'Sistanis');
    assert.equal(house('the statement'), 'the statement');
  });
});
