// Findings carried through unsaved edits: moved when the edit is elsewhere, dropped when it touches their words.
import { strict as assert } from 'assert';
import { applyEdits } from '../../src/core/edits';
import { mapDiagnostics, mapSpan } from '../../src/core/mapEdits';
import type { Diagnostic } from '../../src/core/types';

const TEXT = 'He walked towards the river. She went towards the town.';

/** A `towards` finding at its n-th occurrence, with its fix. */
function towards(n: number): Diagnostic {
  let start = -1;
  for (let i = 0; i <= n; i++) start = TEXT.indexOf('towards', start + 1);
  const end = start + 'towards'.length;
  return { rule: 'style/towards', message: 'Use toward.', severity: 'warning', start, end, line: 1, column: start + 1, fixes: [{ title: "Change to 'toward'", edits: [{ start: end - 1, end, newText: '' }], preferred: true }] } as Diagnostic;
}

describe('findings mapped through edits', () => {
  it('moves a finding and its fix past an edit before it, and the fix still does its job', () => {
    const changes = [{ start: 0, end: 2, newText: 'The old man' }];
    const edited = applyEdits(TEXT, changes);
    const [first, second] = mapDiagnostics([towards(0), towards(1)], changes);
    for (const d of [first, second]) {
      assert.equal(edited.slice(d.start, d.end), 'towards');
      assert.equal(applyEdits(edited, d.fixes[0].edits).slice(d.start, d.end - 1), 'toward');
    }
  });

  it('leaves a finding before the edit where it is, and drops one whose words were edited', () => {
    const at = TEXT.indexOf('towards the town') + 3;
    const out = mapDiagnostics([towards(0), towards(1)], [{ start: at, end: at, newText: 'x' }]);
    assert.deepEqual(out.map((d) => d.start), [towards(0).start]);
  });

  it('keeps a finding when typing right before or right after it, and handles several changes of one event', () => {
    const d = towards(1);
    assert.equal(mapSpan(d, [{ start: d.start, end: d.start, newText: 'ab' }])?.start, d.start + 2);
    assert.equal(mapSpan(d, [{ start: d.end, end: d.end, newText: 'ab' }])?.start, d.start);
    const changes = [{ start: 40, end: 40, newText: '' }, { start: 0, end: 3, newText: '' }, { start: 5, end: 5, newText: 'xyz' }].filter((c) => c.start < d.start);
    assert.equal(mapSpan(d, changes)?.start, d.start);
  });
});
