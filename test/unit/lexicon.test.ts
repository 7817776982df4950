import { strict as assert } from 'assert';
import * as L from '../../src/core/lexicon';
import { ORG_WORDS as NAMES_ORG_WORDS, TITLES as NAMES_TITLES, CALENDAR as NAMES_CALENDAR } from '../../src/core/names/lexicon';
import { CUE_WORDS, PERSON_PRONOUNS as CUE_PERSON_PRONOUNS, PERSON_TITLES } from '../../src/core/quotes/cues';
import { MONTHS, WEEKDAYS } from '../../src/core/time/lexicon';

const missing = (sub: Iterable<string>, source: ReadonlySet<string>) => [...sub].filter((w) => !source.has(w));

describe('shared lexicon', () => {
  const sets = Object.entries(L).filter((e): e is [string, ReadonlySet<string>] => e[1] instanceof Set);

  it('holds only lower-case, trimmed, non-empty words', () => {
    assert.ok(sets.length >= 15, `found ${sets.length} sets`);
    for (const [name, set] of sets) {
      assert.ok(set.size > 0, `${name} is empty`);
      for (const w of set) assert.ok(w === w.toLowerCase() && /^\S+$/.test(w), `${name}: "${w}"`);
    }
  });

  it('keeps every named subset inside its source set', () => {
    const subsets: [string, Iterable<string>, ReadonlySet<string>][] = [
      ['PERSON_PRONOUNS', L.PERSON_PRONOUNS, L.SUBJECT_PRONOUNS],
      ['TITLES_BEFORE_NAME', L.TITLES_BEFORE_NAME, L.TITLES],
      ['ROLE_TITLES', L.ROLE_TITLES, L.TITLES],
      ['NAME_ORG_WORDS', L.NAME_ORG_WORDS, L.ORG_WORDS],
      ['MONTH_WORDS', L.MONTH_WORDS, L.CALENDAR],
      ['MONTH_ABBREVIATIONS', L.MONTH_ABBREVIATIONS, L.CALENDAR],
      ['WEEKDAY_WORDS', L.WEEKDAY_WORDS, L.CALENDAR],
      ['REPORTING_VERBS', L.REPORTING_VERBS, L.SPEECH_VERBS],
      ['REPORTING_VERBS_BEFORE_THAT', L.REPORTING_VERBS_BEFORE_THAT, L.SPEECH_VERBS],
    ];
    for (const [name, sub, source] of subsets) assert.deepEqual(missing(sub, source), [], `${name} ⊄ its source`);
  });

  it('has no word in two sets that should be disjoint', () => {
    assert.deepEqual([...L.ROLE_TITLES].filter((w) => L.TITLES_BEFORE_NAME.has(w)), []);
    assert.deepEqual([...L.REPORTING_VERBS].filter((w) => L.REPORTING_VERBS_BEFORE_THAT.has(w)), []);
    assert.deepEqual([...L.TITLES].filter((w) => L.ORG_WORDS.has(w) && !['state'].includes(w)), [], 'a title is not an organisation word');
    assert.deepEqual([...L.CALENDAR].filter((w) => L.TITLES.has(w) || L.ORG_WORDS.has(w)), []);
  });

  it('derives calendar words from the month and weekday names', () => {
    assert.equal(L.MONTH_NAMES.length, 12);
    assert.equal(L.WEEKDAY_NAMES.length, 7);
    assert.deepEqual([...L.MONTH_ABBREVIATIONS].sort(), 'apr aug dec feb jan jul jun mar nov oct sep sept'.split(' '));
    assert.equal(L.CALENDAR.size, 12 + 12 + 7);
    // The time tables and the name finder read the same months and weekdays.
    for (const k of MONTHS.keys()) assert.ok(L.CALENDAR.has(k.toLowerCase()), k);
    for (const k of WEEKDAYS.keys()) assert.ok(L.WEEKDAY_WORDS.has(k.toLowerCase()), k);
    assert.equal(NAMES_CALENDAR, L.CALENDAR);
  });

  it('generates speech-verb forms without noun-like bases', () => {
    for (const w of ['said', 'says', 'added', 'adding', 'tweeted', 'quipped', 'denied', 'replies', 'notes', 'claimed', 'told']) assert.ok(L.SPEECH_VERBS.has(w), w);
    for (const noun of L.NOUNISH_SPEECH_VERBS) assert.ok(!L.SPEECH_VERBS.has(noun), `bare noun "${noun}" is a cue`);
    assert.equal(new Set(CUE_WORDS).size, L.SPEECH_VERBS.size);
  });

  it('gives abbreviated titles their period for the speaker finder only where they are abbreviations', () => {
    for (const t of ['gen.', 'sen.', 'mr.', 'dr.', 'rev.']) assert.ok(PERSON_TITLES.has(t), t);
    assert.ok(!PERSON_TITLES.has('president.') && !PERSON_TITLES.has('coach.'));
    assert.deepEqual(new Set([...PERSON_TITLES].map((t) => t.replace(/\.$/, ''))), L.TITLES);
  });

  it('is the lexicon the names and quotes passes read, the name finder keeping place words out of organisations', () => {
    assert.equal(NAMES_TITLES, L.TITLES_BEFORE_NAME);
    assert.equal(NAMES_ORG_WORDS, L.NAME_ORG_WORDS);
    assert.equal(CUE_PERSON_PRONOUNS, L.PERSON_PRONOUNS);
    for (const place of ['city', 'county', 'river', 'states']) assert.ok(L.ORG_WORDS.has(place) && !NAMES_ORG_WORDS.has(place), place);
  });
});
