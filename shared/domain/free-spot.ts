import type { Point } from './zone-contents.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box, margin: number) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

/**
 * Where to put a new element of `size` near `centre` without covering another: the centre itself
 * if free, else the nearest free place on rings around it (a note dropped on another hides its text).
 */
export function freeSpot(
  centre: Point,
  size: { width: number; height: number },
  taken: readonly Box[],
  margin = 16,
): Point {
  const at = (p: Point): Box => ({ x: p.x - size.width / 2, y: p.y - size.height / 2, ...size });
  const free = (p: Point) => !taken.some((box) => overlaps(at(p), box, margin));
  if (free(centre)) return centre;
  const step = { x: size.width + margin, y: size.height + margin };
  for (let ring = 1; ring <= 8; ring++) {
    const candidates: Point[] = [];
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring)
          candidates.push({ x: centre.x + dx * step.x, y: centre.y + dy * step.y });
      }
    }
    candidates.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
    const spot = candidates.find(free);
    if (spot) return spot;
  }
  return centre;
}
