/**
 * A monotone map from one axis of the map (the facilitator's coordinates) to the same axis of the
 * wall, through knots: the i-th smallest map coordinate goes to the i-th smallest wall coordinate.
 * What lies between two actors stays between them, so a zone drawn around actors still holds
 * them on the wall, and the facilitator's view on the map has a matching region on the wall.
 */
export type AxisMap = (value: number) => number;

export function axisMap(from: readonly number[], to: readonly number[], bounds: { min: number; max: number }): AxisMap {
  const sources = [...from].sort((a, b) => a - b);
  const targets = [...to].sort((a, b) => a - b);
  // Equal map coordinates share one knot, at the mean of their wall coordinates.
  const knots: { at: number; to: number }[] = [];
  for (let i = 0; i < sources.length; i++) {
    const at = sources[i]!;
    let end = i;
    let sum = 0;
    while (end < sources.length && sources[end] === at) sum += targets[end++]!;
    knots.push({ at, to: sum / (end - i) });
    i = end - 1;
  }
  const clamp = (v: number) => Math.min(bounds.max, Math.max(bounds.min, v));
  if (knots.length === 0) return () => (bounds.min + bounds.max) / 2;
  const first = knots[0]!;
  const last = knots[knots.length - 1]!;
  // Beyond the outermost actors: the overall scale, so a zone's margin keeps its proportion.
  const slope = knots.length > 1 && last.at > first.at ? (last.to - first.to) / (last.at - first.at) : 1;
  return (value) => {
    if (value <= first.at) return clamp(first.to - (first.at - value) * slope);
    if (value >= last.at) return clamp(last.to + (value - last.at) * slope);
    let lo = 0;
    let hi = knots.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (knots[mid]!.at <= value) lo = mid;
      else hi = mid;
    }
    const a = knots[lo]!;
    const b = knots[hi]!;
    return clamp(a.to + ((value - a.at) / (b.at - a.at)) * (b.to - a.to));
  };
}
