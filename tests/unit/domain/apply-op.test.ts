import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOp, applyOps } from '../../../shared/domain/apply-op.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { invertOp } from '../../../shared/domain/invert-op.js';
import { limits } from '../../../shared/domain/limits.js';
import {
  type Actor,
  type MapState,
  type Note,
  newActor,
  newLink,
  newNote,
  type Zone,
} from '../../../shared/domain/model.js';
import { OpError } from '../../../shared/domain/op-error.js';
import { type MapOp, mapOpSchema } from '../../../shared/domain/operations.js';

function actor(id: string, fields: Partial<Actor> = {}): Actor {
  return newActor({ id, label: `Acteur ${id}`, category: 'education', x: 0, y: 0, ...fields });
}

/** a — b — c, with links ab and bc. */
function sampleMap(): MapState {
  return {
    codebook: defaultCodebook(),
    actors: [actor('a'), actor('b', { category: 'commune' }), actor('c', { x: 10, y: 20 })],
    links: [
      newLink({ id: 'ab', source: 'a', target: 'b', kind: 'information' }),
      newLink({ id: 'bc', source: 'b', target: 'c', kind: 'orientation' }),
    ],
    notes: [],
    zones: [],
  };
}

function opErrorOf(fn: () => unknown): OpError {
  try {
    fn();
  } catch (error) {
    if (error instanceof OpError) return error;
    throw error;
  }
  throw new Error('expected an OpError');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('applyOp', () => {
  it('adds an actor at the end and leaves the input map untouched', () => {
    const map = sampleMap();
    const before = structuredClone(map);
    const next = applyOp(map, { type: 'actor.add', actor: actor('d') });
    expect(next.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(map).toEqual(before);
    expect(next.links).toEqual(map.links);
  });

  it('works on a deeply frozen map, which proves it never mutates its input', () => {
    const map = deepFreeze(sampleMap());
    const ops: MapOp[] = [
      { type: 'actor.add', actor: actor('d') },
      { type: 'actor.update', id: 'a', patch: { label: 'Collège' } },
      { type: 'actor.move', moves: [{ id: 'b', x: 5, y: 6 }] },
      { type: 'link.add', link: newLink({ id: 'cd', source: 'c', target: 'd', kind: 'instance' }) },
      { type: 'link.update', id: 'ab', patch: { quality: 'difficile' } },
      { type: 'link.remove', id: 'bc' },
      { type: 'actor.remove', id: 'c' },
    ];
    expect(() => applyOps(map, ops)).not.toThrow();
  });

  it('refuses an actor whose id is taken, with the code conflict', () => {
    const error = opErrorOf(() => applyOp(sampleMap(), { type: 'actor.add', actor: actor('a') }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('a');
  });

  it('refuses an actor whose category is not in the codebook, with the code invalid', () => {
    const error = opErrorOf(() =>
      applyOp(sampleMap(), { type: 'actor.add', actor: actor('d', { category: 'inconnue' }) }),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/Catégorie inconnue/);
  });

  it('refuses a new actor once the workshop holds the maximum number of actors', () => {
    const map: MapState = {
      codebook: defaultCodebook(),
      actors: Array.from({ length: limits.actorsPerWorkshop }, (_, i) => actor(`a${i}`)),
      links: [],
      notes: [],
      zones: [],
    };
    expect(opErrorOf(() => applyOp(map, { type: 'actor.add', actor: actor('one-more') })).code).toBe('invalid');
  });

  it('updates only the fields of the patch', () => {
    const next = applyOp(sampleMap(), {
      type: 'actor.update',
      id: 'b',
      patch: { label: 'Mairie', contact: 'accueil' },
    });
    expect(next.actors[1]).toEqual({ ...actor('b', { category: 'commune' }), label: 'Mairie', contact: 'accueil' });
  });

  it('reads a patch field given as undefined as "unchanged", as the database does', () => {
    const next = applyOp(sampleMap(), {
      type: 'actor.update',
      id: 'a',
      patch: { label: undefined, notes: 'vu' },
    });
    expect(next.actors[0]?.label).toBe('Acteur a');
    expect(next.actors[0]?.notes).toBe('vu');
    const linked = applyOp(sampleMap(), { type: 'link.update', id: 'ab', patch: { kind: undefined, notes: 'x' } });
    expect(linked.links[0]?.kind).toBe('information');
  });

  it('refuses to update an unknown actor or to give it an unknown category', () => {
    expect(opErrorOf(() => applyOp(sampleMap(), { type: 'actor.update', id: 'zz', patch: { label: 'x' } })).code).toBe(
      'not_found',
    );
    expect(
      opErrorOf(() => applyOp(sampleMap(), { type: 'actor.update', id: 'a', patch: { category: 'nope' } })).code,
    ).toBe('invalid');
  });

  it('moves several actors at once, and moves none when one of them is unknown', () => {
    const map = sampleMap();
    const next = applyOp(map, {
      type: 'actor.move',
      moves: [
        { id: 'a', x: 1, y: 2 },
        { id: 'c', x: -3, y: 4.5 },
      ],
    });
    expect(next.actors.map((a) => [a.x, a.y])).toEqual([
      [1, 2],
      [0, 0],
      [-3, 4.5],
    ]);
    const error = opErrorOf(() =>
      applyOp(map, {
        type: 'actor.move',
        moves: [
          { id: 'a', x: 1, y: 2 },
          { id: 'ghost', x: 1, y: 2 },
        ],
      }),
    );
    expect(error.code).toBe('not_found');
    expect(map).toEqual(sampleMap());
  });

  it('removing an actor removes every link attached to it, and only those', () => {
    const next = applyOp(sampleMap(), { type: 'actor.remove', id: 'b' });
    expect(next.actors.map((a) => a.id)).toEqual(['a', 'c']);
    expect(next.links).toEqual([]);
    const other = applyOp(sampleMap(), { type: 'actor.remove', id: 'a' });
    expect(other.links.map((l) => l.id)).toEqual(['bc']);
  });

  it('refuses to remove an unknown actor with the code not_found', () => {
    expect(opErrorOf(() => applyOp(sampleMap(), { type: 'actor.remove', id: 'ghost' })).code).toBe('not_found');
  });

  it('adds a link between two existing actors', () => {
    const next = applyOp(sampleMap(), {
      type: 'link.add',
      link: newLink({ id: 'ac', source: 'a', target: 'c', kind: 'convention', status: 'desired' }),
    });
    expect(next.links.map((l) => l.id)).toEqual(['ab', 'bc', 'ac']);
  });

  it('refuses a link to an unknown actor, a loop, a taken id and an unknown kind', () => {
    const map = sampleMap();
    const add = (fields: Parameters<typeof newLink>[0]) => () =>
      applyOp(map, { type: 'link.add', link: newLink(fields) });
    expect(opErrorOf(add({ id: 'x', source: 'a', target: 'ghost', kind: 'autre' })).code).toBe('not_found');
    expect(opErrorOf(add({ id: 'x', source: 'ghost', target: 'a', kind: 'autre' })).code).toBe('not_found');
    expect(opErrorOf(add({ id: 'x', source: 'a', target: 'a', kind: 'autre' })).code).toBe('invalid');
    expect(opErrorOf(add({ id: 'ab', source: 'a', target: 'c', kind: 'autre' })).code).toBe('conflict');
    expect(opErrorOf(add({ id: 'x', source: 'a', target: 'c', kind: 'telepathie' })).code).toBe('invalid');
  });

  it('updates and removes links, and refuses unknown link ids with not_found', () => {
    const updated = applyOp(sampleMap(), {
      type: 'link.update',
      id: 'bc',
      patch: { intensity: 'forte', directed: true },
    });
    expect(updated.links[1]).toMatchObject({ id: 'bc', intensity: 'forte', directed: true, kind: 'orientation' });
    expect(applyOp(sampleMap(), { type: 'link.remove', id: 'ab' }).links.map((l) => l.id)).toEqual(['bc']);
    expect(opErrorOf(() => applyOp(sampleMap(), { type: 'link.remove', id: 'ghost' })).code).toBe('not_found');
    expect(
      opErrorOf(() => applyOp(sampleMap(), { type: 'link.update', id: 'ghost', patch: { notes: 'x' } })).code,
    ).toBe('not_found');
    expect(opErrorOf(() => applyOp(sampleMap(), { type: 'link.update', id: 'ab', patch: { kind: 'nope' } })).code).toBe(
      'invalid',
    );
  });

  it('gives every OpError a French message', () => {
    const error = opErrorOf(() => applyOp(sampleMap(), { type: 'link.remove', id: 'ghost' }));
    expect(error.name).toBe('OpError');
    expect(error.message).toMatch(/Lien introuvable/);
  });

  it('applyOps stops at the first refused operation and throws', () => {
    const ops: MapOp[] = [
      { type: 'actor.add', actor: actor('d') },
      { type: 'actor.remove', id: 'ghost' },
      { type: 'actor.add', actor: actor('e') },
    ];
    expect(() => applyOps(sampleMap(), ops)).toThrow(OpError);
  });

  it('never mutates its input, whatever the operation, accepted or refused (property)', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'ab', 'bc', 'zz');
    const op: fc.Arbitrary<MapOp> = fc.oneof(
      ids.map((id): MapOp => ({ type: 'actor.add', actor: actor(id) })),
      fc
        .tuple(ids, fc.constantFrom('Nouveau', 'Autre'))
        .map(([id, label]): MapOp => ({ type: 'actor.update', id, patch: { label } })),
      fc
        .tuple(ids, fc.integer({ min: -100, max: 100 }))
        .map(([id, x]): MapOp => ({ type: 'actor.move', moves: [{ id, x, y: x }] })),
      ids.map((id): MapOp => ({ type: 'actor.remove', id })),
      fc.tuple(ids, ids, ids).map(
        ([id, source, target]): MapOp => ({
          type: 'link.add',
          link: newLink({ id, source, target, kind: 'autre' }),
        }),
      ),
      ids.map((id): MapOp => ({ type: 'link.update', id, patch: { notes: 'n' } })),
      ids.map((id): MapOp => ({ type: 'link.remove', id })),
      fc.tuple(ids, ids, fc.boolean()).map(
        ([id, on, toLink]): MapOp => ({
          type: 'note.add',
          note: newNote({
            id,
            kind: 'frein',
            text: 'note',
            x: 0,
            y: 0,
            attachedTo: { type: toLink ? 'link' : 'actor', id: on },
            owners: toLink ? [] : [on],
          }),
        }),
      ),
      ids.map((id): MapOp => ({ type: 'note.remove', id })),
      ids.map(
        (id): MapOp => ({
          type: 'zone.add',
          zone: { id, label: 'Z', color: '#000000', x: 0, y: 0, width: 50, height: 50, shape: 'cercle' },
        }),
      ),
      fc.boolean().map(
        (reassign): MapOp => ({
          type: 'codebook.set',
          codebook: {
            ...defaultCodebook(),
            categories: defaultCodebook().categories.filter((c) => c.id !== 'commune'),
          },
          reassign: { categories: reassign ? { commune: 'autres' } : {}, linkKinds: {} },
        }),
      ),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
        let map = sampleMap();
        for (const one of ops) {
          expect(mapOpSchema.safeParse(one).success).toBe(true);
          const current = map;
          const before = structuredClone(current);
          try {
            map = applyOp(current, one);
          } catch (error) {
            expect(error).toBeInstanceOf(OpError);
          }
          expect(current).toEqual(before);
        }
        const frozen = deepFreeze(structuredClone(map));
        const snapshot = structuredClone(frozen);
        for (const one of ops) {
          try {
            applyOp(frozen, one);
          } catch (error) {
            expect(error).toBeInstanceOf(OpError);
          }
        }
        expect(frozen).toEqual(snapshot);
      }),
      { numRuns: 200 },
    );
  });
});

describe('applyOp on notes, zones and the codebook', () => {
  function withNotes(): MapState {
    const map = sampleMap();
    return {
      ...map,
      notes: [
        newNote({ id: 'on-a', kind: 'constat', text: 'Sur a', x: 0, y: 0, attachedTo: { type: 'actor', id: 'a' } }),
        newNote({ id: 'on-ab', kind: 'frein', text: 'Sur ab', x: 0, y: 0, attachedTo: { type: 'link', id: 'ab' } }),
        newNote({ id: 'on-bc', kind: 'besoin', text: 'Sur bc', x: 0, y: 0, attachedTo: { type: 'link', id: 'bc' } }),
        newNote({ id: 'piste', kind: 'piste-action', text: 'Piste', x: 5, y: 5, owners: ['a', 'c'] }),
      ],
    };
  }

  it('removing an actor keeps the notes on it and on its links, freed, and drops it from the owners', () => {
    const map = withNotes();
    const next = applyOp(map, { type: 'actor.remove', id: 'a' });
    expect(next.notes.map((n) => n.id)).toEqual(['on-a', 'on-ab', 'on-bc', 'piste']);
    expect(next.notes[0]?.attachedTo).toBeNull();
    expect(next.notes[1]?.attachedTo).toBeNull();
    expect(next.notes[2]).toBe(map.notes[2]);
    expect(next.notes[3]?.owners).toEqual(['c']);
    expect(map.notes[3]?.owners).toEqual(['a', 'c']);
  });

  it('removing a link frees the notes attached to it', () => {
    const next = applyOp(withNotes(), { type: 'link.remove', id: 'bc' });
    expect(next.notes.find((n) => n.id === 'on-bc')?.attachedTo).toBeNull();
    expect(next.notes.find((n) => n.id === 'on-ab')?.attachedTo).toEqual({ type: 'link', id: 'ab' });
  });

  it('refuses a note attached to, or carried by, an unknown actor or link', () => {
    const add = (fields: Partial<Note>) => () =>
      applyOp(withNotes(), {
        type: 'note.add',
        note: newNote({ id: 'n', kind: 'constat', text: 't', x: 0, y: 0, ...fields }),
      });
    expect(opErrorOf(add({ attachedTo: { type: 'actor', id: 'ghost' } })).code).toBe('not_found');
    expect(opErrorOf(add({ attachedTo: { type: 'link', id: 'ghost' } })).code).toBe('not_found');
    expect(opErrorOf(add({ owners: ['a', 'ghost'] })).code).toBe('not_found');
    expect(opErrorOf(add({ id: 'piste' })).code).toBe('conflict');
    expect(
      opErrorOf(() =>
        applyOp(withNotes(), { type: 'note.update', id: 'piste', patch: { attachedTo: { type: 'actor', id: 'x' } } }),
      ).code,
    ).toBe('not_found');
  });

  it('adds, updates and removes zones, and refuses unknown or taken zone ids', () => {
    const zone: Zone = {
      id: 'z',
      label: 'Quartier nord',
      color: '#112233',
      x: 0,
      y: 0,
      width: 300,
      height: 200,
      shape: 'rectangle',
    };
    const withZone = applyOp(sampleMap(), { type: 'zone.add', zone });
    expect(withZone.zones).toEqual([zone]);
    expect(applyOp(withZone, { type: 'zone.update', id: 'z', patch: { shape: 'cercle' } }).zones[0]?.shape).toBe(
      'cercle',
    );
    expect(applyOp(withZone, { type: 'zone.remove', id: 'z' }).zones).toEqual([]);
    expect(opErrorOf(() => applyOp(withZone, { type: 'zone.add', zone })).code).toBe('conflict');
    expect(opErrorOf(() => applyOp(withZone, { type: 'zone.remove', id: 'y' })).code).toBe('not_found');
  });

  it('codebook.set moves actors and links off the codes that go, and refuses to leave any pointing nowhere', () => {
    const map = sampleMap();
    const codebook = {
      categories: map.codebook.categories.filter((c) => c.id !== 'commune'),
      linkKinds: map.codebook.linkKinds.filter((k) => k.id !== 'orientation'),
    };
    const next = applyOp(map, {
      type: 'codebook.set',
      codebook,
      reassign: { categories: { commune: 'autres' }, linkKinds: { orientation: 'autre' } },
    });
    expect(next.codebook).toEqual(codebook);
    expect(next.actors.map((a) => a.category)).toEqual(['education', 'autres', 'education']);
    expect(next.actors[0]).toBe(map.actors[0]);
    expect(next.links.map((l) => l.kind)).toEqual(['information', 'autre']);
    const refused = opErrorOf(() =>
      applyOp(map, {
        type: 'codebook.set',
        codebook,
        reassign: { categories: {}, linkKinds: { orientation: 'autre' } },
      }),
    );
    expect(refused.code).toBe('invalid');
    const twice = { ...codebook, categories: [...codebook.categories, codebook.categories[0]!] };
    expect(
      opErrorOf(() =>
        applyOp(map, {
          type: 'codebook.set',
          codebook: twice,
          reassign: { categories: { commune: 'autres' }, linkKinds: { orientation: 'autre' } },
        }),
      ).code,
    ).toBe('invalid');
  });
});

describe('mapOpSchema', () => {
  it('refuses a patch that sets nothing, even written with undefined fields', () => {
    expect(mapOpSchema.safeParse({ type: 'actor.update', id: 'a', patch: {} }).success).toBe(false);
    expect(mapOpSchema.safeParse({ type: 'actor.update', id: 'a', patch: { label: undefined } }).success).toBe(false);
    expect(mapOpSchema.safeParse({ type: 'link.update', id: 'a', patch: { notes: undefined } }).success).toBe(false);
  });

  it('refuses to move or re-identify an actor through a patch', () => {
    expect(mapOpSchema.safeParse({ type: 'actor.update', id: 'a', patch: { x: 1 } }).success).toBe(false);
    expect(mapOpSchema.safeParse({ type: 'actor.update', id: 'a', patch: { id: 'b' } }).success).toBe(false);
    expect(mapOpSchema.safeParse({ type: 'link.update', id: 'a', patch: { source: 'b' } }).success).toBe(false);
  });
});

describe('influence, stance and saved views', () => {
  const view = (id: string, name: string) => ({
    id,
    name,
    filter: { statuses: ['desired'] },
    measure: 'influence' as const,
    groups: false,
    layers: ['souhaites' as const],
  });

  it('sets an influence and a stance, and null clears them: no key left, as never given', () => {
    const set = applyOp(sampleMap(), { type: 'actor.update', id: 'a', patch: { influence: 4, stance: 'reticent' } });
    expect(set.actors[0]).toMatchObject({ influence: 4, stance: 'reticent' });
    const cleared = applyOp(set, { type: 'actor.update', id: 'a', patch: { influence: null, stance: null } });
    expect(Object.hasOwn(cleared.actors[0]!, 'influence')).toBe(false);
    expect(Object.hasOwn(cleared.actors[0]!, 'stance')).toBe(false);
    expect(cleared.actors[0]).toEqual(sampleMap().actors[0]);
  });

  it('undoes a first influence back to « not given », and a change back to the old value', () => {
    const before = sampleMap();
    const op: MapOp = { type: 'actor.update', id: 'a', patch: { influence: 5 } };
    const after = applyOp(before, op);
    const inverse = invertOp(before, op, after);
    expect(inverse).toEqual([{ type: 'actor.update', id: 'a', patch: { influence: null } }]);
    expect(mapOpSchema.safeParse(inverse[0]).success).toBe(true);
    expect(applyOps(after, inverse)).toEqual(before);
    const again: MapOp = { type: 'actor.update', id: 'a', patch: { influence: 2 } };
    expect(invertOp(after, again, applyOp(after, again))).toEqual([
      { type: 'actor.update', id: 'a', patch: { influence: 5 } },
    ]);
  });

  it('the schema refuses an influence outside 0–5, a fraction, an unknown stance', () => {
    for (const influence of [6, -1, 2.5, '3']) {
      expect(mapOpSchema.safeParse({ type: 'actor.update', id: 'a', patch: { influence } }).success).toBe(false);
    }
    expect(mapOpSchema.safeParse({ type: 'actor.update', id: 'a', patch: { stance: 'pour' } }).success).toBe(false);
    // null is for clearing through a patch; a new actor simply has no key.
    expect(mapOpSchema.safeParse({ type: 'actor.add', actor: { ...actor('z'), influence: null } }).success).toBe(false);
  });

  it('views.set replaces the saved views; two views of one name or id are refused; undo sets them back', () => {
    const before = sampleMap();
    const op: MapOp = { type: 'views.set', views: [view('v1', 'Les liens souhaités'), view('v2', 'Autour de la CAF')] };
    const after = applyOp(before, op);
    expect(after.views?.map((v) => v.name)).toEqual(['Les liens souhaités', 'Autour de la CAF']);
    expect(applyOps(after, invertOp(before, op, after)).views).toEqual([]);
    expect(
      opErrorOf(() => applyOp(before, { type: 'views.set', views: [view('v1', 'A'), view('v2', ' a ')] })).message,
    ).toBe('Deux vues portent le même nom\u00a0: «\u202f a \u202f».');
    expect(
      opErrorOf(() => applyOp(before, { type: 'views.set', views: [view('v1', 'A'), view('v1', 'B')] })).code,
    ).toBe('invalid');
    expect(mapOpSchema.safeParse({ type: 'views.set', views: [{ ...view('v1', ''), name: '  ' }] }).success).toBe(
      false,
    );
    expect(
      mapOpSchema.safeParse({
        type: 'views.set',
        views: [{ ...view('v1', 'A'), filter: { statuses: ['x'], extra: 1 } }],
      }).success,
    ).toBe(false);
  });
});
