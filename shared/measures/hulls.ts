import type { Box, Point } from '../domain/geometry.js';

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/**
 * The convex hull of points (Andrew's monotone chain), without repeated or collinear points,
 * turning so that cross(previous, current, next) > 0 at every vertex. Fewer than three distinct
 * points give what there is.
 */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const unique = sorted.filter((p, i) => i === 0 || p.x !== sorted[i - 1]!.x || p.y !== sorted[i - 1]!.y);
  if (unique.length < 3) return unique;
  const half = (list: readonly Point[]) => {
    const chain: Point[] = [];
    for (const p of list) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, p) <= 0) chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  return [...half(unique), ...half([...unique].reverse())];
}

const round = (value: number) => Math.round(value * 10) / 10;

const cornersOf = (boxes: readonly Box[]): Point[] =>
  boxes.flatMap((b) => [
    { x: b.x, y: b.y },
    { x: b.x + b.width, y: b.y },
    { x: b.x + b.width, y: b.y + b.height },
    { x: b.x, y: b.y + b.height },
  ]);

/**
 * Whether an outline around a group's boxes would take in no other actor (no other box's centre
 * inside the members' hull). A group scattered over the map would be outlined across actors that
 * are not in it: such a group is shown by its members' letters only, since the outline would say
 * something false.
 */
export function hullIsClear(members: readonly Box[], others: readonly Box[]): boolean {
  const hull = convexHull(cornersOf(members));
  if (hull.length < 3) return true;
  return !others.some((b) => {
    const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    return hull.every((a, i) => cross(a, hull[(i + 1) % hull.length]!, centre) > 0);
  });
}

/**
 * A soft outline around boxes: their convex hull grown by `padding` on every side, its corners
 * rounded with that radius (the hull's Minkowski sum with a disc), as an SVG path. The edges are
 * the hull's own, moved out along their normal; an arc of the same radius joins two of them
 * around each corner, so the outline keeps `padding` away from every box.
 */
export function softHullPath(boxes: readonly Box[], padding: number): string {
  const hull = convexHull(cornersOf(boxes));
  if (hull.length === 0) return '';
  if (hull.length < 3) {
    // Boxes with no area: a rounded capsule around what there is.
    const [a, b = a] = hull as [Point, Point?];
    return `M ${round(a!.x - padding)} ${round(a!.y)} A ${padding} ${padding} 0 1 1 ${round(b.x + padding)} ${round(b.y)} A ${padding} ${padding} 0 1 1 ${round(a!.x - padding)} ${round(a!.y)} Z`;
  }
  // Outward normal of the edge from a to b, for a hull turning with cross > 0 (counter-clockwise
  // with y up): the right-hand side of the edge's direction.
  const normal = (a: Point, b: Point): Point => {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy);
    return { x: dy / length, y: -dx / length };
  };
  const shift = (p: Point, n: Point): Point => ({ x: round(p.x + n.x * padding), y: round(p.y + n.y * padding) });
  const parts: string[] = [];
  hull.forEach((vertex, i) => {
    const previous = hull[(i - 1 + hull.length) % hull.length]!;
    const next = hull[(i + 1) % hull.length]!;
    const arriving = shift(vertex, normal(previous, vertex));
    const leaving = shift(vertex, normal(vertex, next));
    parts.push(`${i === 0 ? 'M' : 'L'} ${arriving.x} ${arriving.y}`);
    // The turn at a vertex of a convex hull is less than half a turn: the small arc, turning the
    // way the hull turns (SVG's sweep 1 is the direction of increasing angle).
    parts.push(`A ${padding} ${padding} 0 0 1 ${leaving.x} ${leaving.y}`);
  });
  return `${parts.join(' ')} Z`;
}
