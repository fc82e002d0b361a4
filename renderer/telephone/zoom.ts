/** Where the map picture stands in its frame: moved by (x, y), then scaled. Pure. */
export interface View {
  x: number;
  y: number;
  scale: number;
}

export const minScale = 1;
export const maxScale = 8;

export const fitted: View = { x: 0, y: 0, scale: 1 };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Zooms by `factor` around a point of the frame (a pinch's middle, or the frame's centre for
 * the buttons), so that what is under the fingers stays under them.
 */
export function zoomAt(view: View, factor: number, point: { x: number; y: number }): View {
  const scale = clamp(view.scale * factor, minScale, maxScale);
  const applied = scale / view.scale;
  return { scale, x: point.x - (point.x - view.x) * applied, y: point.y - (point.y - view.y) * applied };
}

/** Keeps the picture covering the frame: it cannot be dragged out of sight. */
export function contain(view: View, frame: { width: number; height: number }): View {
  const minX = frame.width - frame.width * view.scale;
  const minY = frame.height - frame.height * view.scale;
  return { scale: view.scale, x: clamp(view.x, minX, 0), y: clamp(view.y, minY, 0) };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

export function toTransform(view: View): string {
  return `translate(${view.x.toFixed(1)}px, ${view.y.toFixed(1)}px) scale(${view.scale.toFixed(3)})`;
}
