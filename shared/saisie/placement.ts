/** The room an actor takes on the canvas, with a margin, for placing new ones. */
const cell = { width: 220, height: 110 };
const actorSize = { width: 180, height: 64 };

interface Positioned {
  x: number;
  y: number;
}

function overlaps(a: Positioned, b: Positioned): boolean {
  return Math.abs(a.x - b.x) < cell.width && Math.abs(a.y - b.y) < cell.height;
}

/**
 * The nearest free place for a new actor around a point (its centre), searched on rings of a
 * grid so that actors typed one after the other do not pile up; returns the top-left corner.
 */
export function freeSpot(actors: readonly Positioned[], around: Positioned): Positioned {
  const origin = { x: Math.round(around.x - actorSize.width / 2), y: Math.round(around.y - actorSize.height / 2) };
  for (let ring = 0; ring < 40; ring++) {
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const spot = { x: origin.x + dx * cell.width, y: origin.y + dy * cell.height };
        if (!actors.some((actor) => overlaps(actor, spot))) return spot;
      }
    }
  }
  return origin;
}
