import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../shared/domain/apply-op.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { freeSpot } from '../../../shared/domain/free-spot.js';
import { type MapState, newActor, newNote, type Zone } from '../../../shared/domain/model.js';
import { placeNear } from '../../../shared/domain/note-place.js';
import { carriedBy, positionOps, zoneContains } from '../../../shared/domain/zone-contents.js';

const zone = (id: string, fields: Partial<Zone>): Zone => ({
  id,
  label: id,
  color: '#0072B2',
  x: 0,
  y: 0,
  width: 100,
  height: 100,
  shape: 'rectangle',
  ...fields,
});

function sample(): MapState {
  return {
    codebook: defaultCodebook(),
    actors: [
      newActor({ id: 'dedans', label: 'Dedans', category: 'education', x: 40, y: 40 }),
      newActor({ id: 'dehors', label: 'Dehors', category: 'education', x: 400, y: 40 }),
    ],
    links: [],
    notes: [
      newNote({ id: 'libre', kind: 'constat', text: 'Libre', x: 20, y: 20 }),
      newNote({
        id: 'rattachee',
        kind: 'frein',
        text: 'Sur Dedans',
        x: 20,
        y: 20,
        attachedTo: { type: 'actor', id: 'dedans' },
      }),
    ],
    zones: [zone('grande', { width: 300, height: 300 }), zone('petite', { x: 100, y: 100, width: 80, height: 80 })],
  };
}

/** Elements are points here: their centre is their position. */
const at = (map: MapState) => (kind: 'actor' | 'note', id: string) => {
  const item = kind === 'actor' ? map.actors.find((a) => a.id === id) : map.notes.find((n) => n.id === id);
  return { x: item?.x ?? Number.NaN, y: item?.y ?? Number.NaN };
};

describe('zones', () => {
  it('un cercle contient son centre, pas les coins de son carré', () => {
    const circle = zone('c', { shape: 'cercle', width: 200, height: 200 });
    expect(zoneContains(circle, { x: 100, y: 100 })).toBe(true);
    expect(zoneContains(circle, { x: 100, y: 1 })).toBe(true);
    expect(zoneContains(circle, { x: 5, y: 5 })).toBe(false);
    expect(zoneContains(zone('r', {}), { x: 5, y: 5 })).toBe(true);
  });

  it('déplacer une zone emporte les acteurs, les notes libres et les zones plus petites dont le centre est dedans', () => {
    const map = sample();
    expect(carriedBy(map, ['grande'], at(map))).toEqual({
      actorIds: ['dedans'],
      noteIds: ['libre'],
      zoneIds: ['petite'],
    });
    // The small zone does not carry the large one.
    expect(carriedBy(map, ['petite'], at(map)).zoneIds).toEqual([]);
  });

  it('les positions à l’arrêt donnent une seule série d’opérations, rien pour ce qui n’a pas bougé', () => {
    const map = sample();
    const ops = positionOps(
      map,
      new Map([
        ['grande', { x: 50.4, y: 10 }],
        ['dedans', { x: 90, y: 50 }],
        ['dehors', { x: 400, y: 40 }],
        ['libre', { x: 70, y: 30 }],
      ]),
    );
    expect(ops).toEqual([
      { type: 'zone.update', id: 'grande', patch: { x: 50, y: 10 } },
      { type: 'actor.move', moves: [{ id: 'dedans', x: 90, y: 50 }] },
      { type: 'note.update', id: 'libre', patch: { x: 70, y: 30 } },
    ]);
    const moved = applyOps(map, ops);
    expect(moved.zones[0]).toMatchObject({ x: 50, y: 10 });
    expect(positionOps(map, new Map([['dehors', { x: 400, y: 40 }]]))).toEqual([]);
  });

  it('une note se place à côté de ce à quoi elle est rattachée', () => {
    const map = sample();
    expect(placeNear(map, { type: 'actor', id: 'dedans' }, { x: 0, y: 0 })).toEqual({ x: 250, y: 10 });
    expect(placeNear(map, null, { x: 7, y: 8 })).toEqual({ x: 7, y: 8 });
  });
});

describe('place libre', () => {
  it('garde le centre s’il est libre, sinon la place libre la plus proche', () => {
    const size = { width: 100, height: 50 };
    expect(freeSpot({ x: 0, y: 0 }, size, [])).toEqual({ x: 0, y: 0 });
    const first = { x: -50, y: -25, ...size };
    const spot = freeSpot({ x: 0, y: 0 }, size, [first]);
    expect(spot).not.toEqual({ x: 0, y: 0 });
    const box = { x: spot.x - 50, y: spot.y - 25, ...size };
    const apart =
      box.x >= first.x + first.width ||
      first.x >= box.x + box.width ||
      box.y >= first.y + first.height ||
      first.y >= box.y + box.height;
    expect(apart).toBe(true);
  });
});
