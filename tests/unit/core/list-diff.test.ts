import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffList } from '../../../electron/core/map/list-diff.js';

interface Item {
  id: string;
  v: number;
}

const item = (id: string, v = 0): Item => ({ id, v });

/** What must be written, computed the plain way, to check the fast path against. */
function expected(before: readonly Item[], after: readonly Item[]) {
  const old = new Map(before.map((i) => [i.id, i]));
  const now = new Set(after.map((i) => i.id));
  return {
    removed: before.filter((i) => !now.has(i.id)).map((i) => i.id),
    changed: after.filter((i) => old.has(i.id) && old.get(i.id) !== i),
    added: after.filter((i) => !old.has(i.id)),
  };
}

describe('diffList: what a save writes', () => {
  it('writes nothing for the same list', () => {
    const list = [item('a'), item('b')];
    expect(diffList(list, list)).toEqual({ removed: [], changed: [], added: [] });
  });

  it('finds the moved element of a list whose order is kept', () => {
    const a = item('a');
    const c = item('c');
    const moved = item('b', 1);
    expect(diffList([a, item('b'), c], [a, moved, c])).toEqual({ removed: [], changed: [moved], added: [] });
  });

  it('sees a removal and an addition in the same place, not a change', () => {
    const a = item('a');
    const added = item('z');
    expect(diffList([a, item('b')], [a, added])).toEqual({ removed: ['b'], changed: [], added: [added] });
  });

  it('agrees with the plain computation on any edit of a list', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (from, to, touched) => {
        const before = from.map((id) => item(id));
        const byId = new Map(before.map((i) => [i.id, i]));
        // Kept elements stay the same object unless touched, as applyOp does.
        const after = to.map((id, n) => {
          const old = byId.get(id);
          return old && !touched[n] ? old : item(id, n + 1);
        });
        expect(diffList(before, after)).toEqual(expected(before, after));
      }),
    );
  });
});
