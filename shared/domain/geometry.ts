/**
 * Where links are drawn between actor boxes: shared by the canvas and the map picture so
 * that both draw the same lines.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export function centerOf(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the segment from the box's centre towards `toward` leaves the box. */
export function borderPoint(box: Box, toward: Point): Point {
  const c = centerOf(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

export interface LinkGeometry {
  path: string;
  /** Where the label sits: the middle of the drawn line or curve. */
  label: Point;
  /** Length of the visible part, between the two outlines. */
  length: number;
  start: Point;
  end: Point;
  /** The curve's control point; the line's middle when the link is straight. */
  control: Point;
}

/** Space between two links joining the same pair of actors. */
const parallelGap = 30;

/**
 * The line of a link between two actor boxes. Several links between the same pair bow apart
 * symmetrically (offsets measured from a fixed orientation of the pair, so that a link each way
 * does not overlap), each one readable on its own.
 */
export function linkGeometry(
  from: Box,
  to: Box,
  parallel: { index: number; count: number },
  flipped: boolean,
): LinkGeometry {
  const start = borderPoint(from, centerOf(to));
  const end = borderPoint(to, centerOf(from));
  const length = Math.hypot(end.x - start.x, end.y - start.y);
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const offset = (parallel.index - (parallel.count - 1) / 2) * parallelGap * (flipped ? -1 : 1);
  if (offset === 0 || length === 0) {
    return { path: `M ${start.x},${start.y} L ${end.x},${end.y}`, label: mid, length, start, end, control: mid };
  }
  const normal = { x: -(end.y - start.y) / length, y: (end.x - start.x) / length };
  const label = { x: mid.x + normal.x * offset, y: mid.y + normal.y * offset };
  // A quadratic curve passes halfway to its control point at its middle.
  const control = { x: mid.x + normal.x * offset * 2, y: mid.y + normal.y * offset * 2 };
  return {
    path: `M ${start.x},${start.y} Q ${control.x},${control.y} ${end.x},${end.y}`,
    label,
    length,
    start,
    end,
    control,
  };
}

/** Where a link stands among the links joining the same two actors: drawn side by side. */
export interface Parallel {
  index: number;
  count: number;
}

function pairKey(link: { source: string; target: string }): string {
  return link.source < link.target ? `${link.source}|${link.target}` : `${link.target}|${link.source}`;
}

/** Numbers the links of each pair of actors, whatever their direction. */
export function parallels(links: readonly { id: string; source: string; target: string }[]): Map<string, Parallel> {
  const groups = new Map<string, string[]>();
  for (const link of links) {
    const key = pairKey(link);
    const group = groups.get(key);
    if (group) group.push(link.id);
    else groups.set(key, [link.id]);
  }
  const result = new Map<string, Parallel>();
  for (const group of groups.values()) {
    for (const [index, id] of group.entries()) result.set(id, { index, count: group.length });
  }
  return result;
}
