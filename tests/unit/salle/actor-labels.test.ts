// The moderation list's names of actors: the same object while no name changes, so that moving
// an actor on the canvas draws none of the waiting proposals again.
import { describe, expect, it } from 'vitest';
import { actorLabels } from '../../../renderer/salle/actor-labels.js';
import { newActor } from '../../../shared/domain/model.js';

const actors = [
  newActor({ id: 'college', label: 'Collège', category: 'education', x: 100, y: 50 }),
  newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 400, y: 50 }),
];

describe('actorLabels', () => {
  it('names each actor by its id', () => {
    const labels = actorLabels(actors);
    expect([...labels]).toEqual([
      ['college', 'Collège'],
      ['caf', 'CAF'],
    ]);
  });

  it('answers the previous object when actors only moved', () => {
    const before = actorLabels(actors);
    const moved = actors.map((a) => ({ ...a, x: a.x + 5 }));
    expect(actorLabels(moved, before)).toBe(before);
  });

  it('answers a new object when a name changes, an actor comes or goes', () => {
    const before = actorLabels(actors);
    const renamed = actorLabels([{ ...actors[0]!, label: 'Collège Jean Moulin' }, actors[1]!], before);
    expect(renamed).not.toBe(before);
    expect(renamed.get('college')).toBe('Collège Jean Moulin');
    const added = newActor({ id: 'pmi', label: 'PMI', category: 'sante', x: 0, y: 0 });
    expect(actorLabels([...actors, added], before).get('pmi')).toBe('PMI');
    const fewer = actorLabels([actors[0]!], before);
    expect(fewer).not.toBe(before);
    expect(fewer.has('caf')).toBe(false);
  });

  it('does not take a swap of ids for the same names', () => {
    const before = actorLabels(actors);
    const swapped = actorLabels(
      [
        { id: 'college', label: 'CAF' },
        { id: 'caf', label: 'Collège' },
      ],
      before,
    );
    expect(swapped).not.toBe(before);
    expect(swapped.get('caf')).toBe('Collège');
  });
});
