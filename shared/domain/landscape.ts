export interface Point {
  x: number;
  y: number;
}

/**
 * Turns a drawing so that its longest extent runs left to right: walls and screens are wider
 * than tall, and a map laid out tall would be shown small. Rotation about the centroid by the
 * angle of the principal axis (from the covariance of the points); distances are unchanged.
 */
export function landscape<T extends Point>(points: readonly T[]): T[] {
  if (points.length < 3) return points.slice();
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - cx) ** 2;
    syy += (p.y - cy) ** 2;
    sxy += (p.x - cx) * (p.y - cy);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  return points.map((p) => ({
    ...p,
    x: cx + (p.x - cx) * cos - (p.y - cy) * sin,
    y: cy + (p.x - cx) * sin + (p.y - cy) * cos,
  }));
}
