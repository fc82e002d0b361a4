import type { MapState, Zone } from './model.js';
import type { MapOp } from './operations.js';
import { zoneContains } from './zone-geometry.js';

export { zoneContains };

export interface Point {
  x: number;
  y: number;
}

export interface Carried {
  actorIds: string[];
  noteIds: string[];
  /** Smaller zones whose centre lies inside: the inner rings of an écocarte go with the outer one. */
  zoneIds: string[];
}

/**
 * What moving these zones takes along: the actors and free notes whose centre lies inside one of
 * them, and the smaller zones centred inside. `centreOf` says where an element's centre is (its
 * size is known only on screen). The moved zones themselves are never in the answer.
 */
export function carriedBy(
  map: Pick<MapState, 'actors' | 'notes' | 'zones'>,
  zoneIds: readonly string[],
  centreOf: (kind: 'actor' | 'note', id: string) => Point,
): Carried {
  const moved = new Set(zoneIds);
  const zones = map.zones.filter((z) => moved.has(z.id));
  const inside = (point: Point, except?: Zone) => zones.some((z) => z !== except && zoneContains(z, point));
  const area = (z: Zone) => z.width * z.height;
  return {
    actorIds: map.actors.filter((a) => inside(centreOf('actor', a.id))).map((a) => a.id),
    noteIds: map.notes.filter((n) => n.attachedTo === null && inside(centreOf('note', n.id))).map((n) => n.id),
    zoneIds: map.zones
      .filter(
        (other) =>
          !moved.has(other.id) &&
          zones.some(
            (z) =>
              area(other) < area(z) && zoneContains(z, { x: other.x + other.width / 2, y: other.y + other.height / 2 }),
          ),
      )
      .map((z) => z.id),
  };
}

/**
 * The operations that put actors, notes and zones where they now are on screen: one actor.move for
 * all the actors, one update per note or zone, nothing for what did not move. Sent as one apply,
 * they make one undo step.
 */
export function positionOps(map: MapState, positions: ReadonlyMap<string, Point>): MapOp[] {
  const round = (p: Point) => ({ x: Math.round(p.x), y: Math.round(p.y) });
  const moved = <T extends { id: string; x: number; y: number }>(items: readonly T[]) =>
    items.flatMap((item) => {
      const to = positions.get(item.id);
      if (!to) return [];
      const at = round(to);
      return at.x === item.x && at.y === item.y ? [] : [{ id: item.id, ...at }];
    });
  const actorMoves = moved(map.actors);
  return [
    ...moved(map.zones).map((z): MapOp => ({ type: 'zone.update', id: z.id, patch: { x: z.x, y: z.y } })),
    ...(actorMoves.length > 0 ? [{ type: 'actor.move', moves: actorMoves } as MapOp] : []),
    ...moved(map.notes).map((n): MapOp => ({ type: 'note.update', id: n.id, patch: { x: n.x, y: n.y } })),
  ];
}
