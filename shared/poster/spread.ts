import type { Box } from '../domain/geometry.js';
import type { MapState, Zone } from '../domain/model.js';
import { zoneContains } from '../domain/zone-geometry.js';
import { placeActor, placeFreeNote } from '../map-picture/layout.js';

/**
 * Placing a map on a poster, where names are far larger than on the canvas relative to the
 * distances between actors: the actors' boxes (snug to their names) move, the arrangement the
 * group drew is kept as far as the paper allows, and zones grow to hold again what they held.
 */

/** Room kept between two boxes, for the links and their labels. */
export const posterGap = { x: 28, y: 40 };
/** Room kept around what a zone holds, and above it for the zone's name. */
const zonePadding = 30;
const zoneNameRoom = 26;

const centreOf = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
};
const grow = (b: Box, factor: number): Box => {
  const c = centreOf(b);
  return {
    x: c.x - (b.width * factor) / 2,
    y: c.y - (b.height * factor) / 2,
    width: b.width * factor,
    height: b.height * factor,
  };
};

/** What moves: actors and free notes, their boxes on the canvas and on the poster. */
interface Items {
  /** Boxes as the canvas draws them (where each element is, for zones). */
  drawn: Box[];
  /** Boxes on the poster, sized, not yet placed. */
  sized: Box[];
  actorCount: number;
}

function itemsOf(map: MapState): Items {
  const free = map.notes.filter((n) => n.attachedTo === null);
  const notes = free.map((n) => placeFreeNote(n).box);
  return {
    drawn: [...map.actors.map((a) => placeActor(a, map).box), ...notes],
    sized: [...map.actors.map((a) => placeActor(a, map, true).box), ...notes],
    actorCount: map.actors.length,
  };
}

/** The map with its actors and free notes at `placed` (same order as itemsOf), zones grown around them. */
function placeItems(
  map: MapState,
  items: Items,
  placed: readonly Box[],
  zoneBox: (z: Zone) => Box | undefined,
): MapState {
  const actors = map.actors.map((a, i) => ({ ...a, x: placed[i]!.x, y: placed[i]!.y }));
  let next = items.actorCount;
  const notes = map.notes.map((n) => {
    if (n.attachedTo !== null) return n;
    const box = placed[next++]!;
    return { ...n, x: box.x, y: box.y };
  });
  // Smaller zones first, so that an outer ring grows around inner rings already grown.
  const area = (z: Zone) => z.width * z.height;
  const grown = new Map<string, Zone>();
  for (const zone of [...map.zones].sort((a, b) => area(a) - area(b))) {
    let needed: Box | undefined;
    items.drawn.forEach((box, i) => {
      if (zoneContains(zone, centreOf(box))) needed = needed ? union(needed, placed[i]!) : placed[i]!;
    });
    for (const inner of map.zones) {
      const done = grown.get(inner.id);
      if (done && area(inner) < area(zone) && zoneContains(zone, centreOf(inner))) {
        needed = needed ? union(needed, done) : done;
      }
    }
    let box = zoneBox(zone);
    if (needed) {
      let around: Box = {
        x: needed.x - zonePadding,
        y: needed.y - zonePadding - zoneNameRoom,
        width: needed.width + 2 * zonePadding,
        height: needed.height + 2 * zonePadding + zoneNameRoom,
      };
      // An ellipse holds the corners of a box only when √2 larger than it.
      if (zone.shape === 'cercle') around = grow(around, Math.SQRT2);
      box = box ? union(box, around) : around;
    }
    if (box) grown.set(zone.id, { ...zone, ...box });
  }
  // A zone with no place of its own and nothing in it is left out.
  return { ...map, actors, notes, zones: map.zones.flatMap((z) => grown.get(z.id) ?? []) };
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width + posterGap.x &&
  b.x < a.x + a.width + posterGap.x &&
  a.y < b.y + b.height + posterGap.y &&
  b.y < a.y + a.height + posterGap.y;

/**
 * The map with the distances between elements multiplied by kx across and ky down, each box
 * centred where its element was: the drawing itself, closer together. Undefined when two boxes
 * would then touch.
 */
export function closerMap(map: MapState, kx: number, ky: number): MapState | undefined {
  const items = itemsOf(map);
  const placed = items.sized.map((size, i) => {
    const c = centreOf(items.drawn[i]!);
    return { ...size, x: c.x * kx - size.width / 2, y: c.y * ky - size.height / 2 };
  });
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) if (overlap(placed[i]!, placed[j]!)) return undefined;
  }
  return placeItems(map, items, placed, (z) => ({
    x: z.x * kx,
    y: z.y * ky,
    width: Math.max(20, z.width * kx),
    height: Math.max(20, z.height * ky),
  }));
}

/**
 * The map in rows, when the drawing is too dense for the paper even brought closer: elements
 * taken from top to bottom into `rows` rows, each row from left to right as drawn, centred on
 * the widest. The order of the drawing is kept (who is above, who is left); the distances are not.
 */
export function rowsMap(map: MapState, rows: number): MapState {
  const items = itemsOf(map);
  const order = items.drawn.map((b, i) => ({ i, c: centreOf(b) })).sort((a, b) => a.c.y - b.c.y || a.c.x - b.c.x);
  const perRow = Math.ceil(order.length / Math.max(1, rows));
  const lines: number[][] = [];
  for (let start = 0; start < order.length; start += perRow) {
    lines.push(
      order
        .slice(start, start + perRow)
        .sort((a, b) => a.c.x - b.c.x)
        .map((o) => o.i),
    );
  }
  const widthOf = (line: number[]) =>
    line.reduce((sum, i) => sum + items.sized[i]!.width, 0) + posterGap.x * Math.max(0, line.length - 1);
  const widest = Math.max(0, ...lines.map(widthOf));
  const placed: Box[] = [...items.sized];
  let y = 0;
  for (const line of lines) {
    const height = Math.max(...line.map((i) => items.sized[i]!.height));
    // Spread across the widest row, so that columns roughly line up as they did.
    const spare = line.length > 1 ? (widest - widthOf(line)) / (line.length - 1) : 0;
    let x = line.length > 1 ? 0 : (widest - widthOf(line)) / 2;
    for (const i of line) {
      const size = items.sized[i]!;
      placed[i] = { ...size, x, y: y + (height - size.height) / 2 };
      x += size.width + posterGap.x + spare;
    }
    y += height + posterGap.y;
  }
  // Zones keep no place of their own here: they are drawn around what they hold.
  return placeItems(map, items, placed, () => undefined);
}
