export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function centerOf(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the segment from the box's centre towards `toward` leaves the box. */
export function borderPoint(box: Box, toward: { x: number; y: number }): { x: number; y: number } {
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
  label: { x: number; y: number };
  /** Length of the visible part, between the two outlines. */
  length: number;
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
  if (offset === 0 || length === 0) return { path: `M ${start.x},${start.y} L ${end.x},${end.y}`, label: mid, length };
  const normal = { x: -(end.y - start.y) / length, y: (end.x - start.x) / length };
  const label = { x: mid.x + normal.x * offset, y: mid.y + normal.y * offset };
  // A quadratic curve passes halfway to its control point at its middle.
  const control = { x: mid.x + normal.x * offset * 2, y: mid.y + normal.y * offset * 2 };
  return { path: `M ${start.x},${start.y} Q ${control.x},${control.y} ${end.x},${end.y}`, label, length };
}
