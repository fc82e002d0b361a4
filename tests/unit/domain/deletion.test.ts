import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../shared/domain/apply-op.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { deletionOf } from '../../../shared/domain/deletion.js';
import { type MapState, newActor, newLink } from '../../../shared/domain/model.js';

/** a, b, c, d; links ab, bc, cd, ad. */
function sampleMap(): MapState {
  return {
    codebook: defaultCodebook(),
    actors: ['a', 'b', 'c', 'd'].map((id) => newActor({ id, label: id, category: 'autres', x: 0, y: 0 })),
    links: [
      ['ab', 'a', 'b'],
      ['bc', 'b', 'c'],
      ['cd', 'c', 'd'],
      ['ad', 'a', 'd'],
    ].map(([id, source, target]) => newLink({ id: id!, source: source!, target: target!, kind: 'autre' })),
    notes: [],
    zones: [],
  };
}

describe('deletionOf', () => {
  it('counts the links attached to a deleted actor along with it', () => {
    const deletion = deletionOf(sampleMap(), ['a'], []);
    expect(deletion.actorCount).toBe(1);
    expect(deletion.linkCount).toBe(2);
    expect(deletion.ops).toEqual([{ type: 'actor.remove', id: 'a' }]);
  });

  it('removes selected links before actors, and does not count a link twice when its actor goes too', () => {
    const deletion = deletionOf(sampleMap(), ['a'], ['ab', 'bc']);
    expect(deletion.ops).toEqual([
      { type: 'link.remove', id: 'bc' },
      { type: 'actor.remove', id: 'a' },
    ]);
    expect(deletion.actorCount).toBe(1);
    expect(deletion.linkCount).toBe(3);
  });

  it('ignores unknown ids', () => {
    const deletion = deletionOf(sampleMap(), ['ghost'], ['nowhere']);
    expect(deletion).toEqual({ ops: [], actorCount: 0, linkCount: 0 });
  });

  it('counts and removes a link selected twice only once', () => {
    const map = sampleMap();
    const deletion = deletionOf(map, ['a', 'a'], ['cd', 'cd']);
    expect(deletion.actorCount).toBe(1);
    expect(deletion.linkCount).toBe(3);
    expect(() => applyOps(map, deletion.ops)).not.toThrow();
  });

  it('does not change the map it is given', () => {
    const map = sampleMap();
    const before = structuredClone(map);
    deletionOf(map, ['a', 'b'], ['cd']);
    expect(map).toEqual(before);
  });

  it('gives operations that apply cleanly and remove exactly the counted actors and links (property)', () => {
    const actorIds = ['a', 'b', 'c', 'd', 'ghost'];
    const linkIds = ['ab', 'bc', 'cd', 'ad', 'nowhere'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...actorIds), { maxLength: 6 }),
        fc.array(fc.constantFrom(...linkIds), { maxLength: 6 }),
        (actors, links) => {
          const map = sampleMap();
          const deletion = deletionOf(map, actors, links);
          const after = applyOps(map, deletion.ops);
          expect(map.actors.length - after.actors.length).toBe(deletion.actorCount);
          expect(map.links.length - after.links.length).toBe(deletion.linkCount);
          for (const id of actors) expect(after.actors.some((a) => a.id === id)).toBe(false);
          for (const id of links) expect(after.links.some((l) => l.id === id)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
