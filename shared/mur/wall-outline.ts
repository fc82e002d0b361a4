import type { Shape } from '../domain/codebook.js';

/**
 * The outline of an actor on the wall around its name: how much bigger than the name the box is,
 * and its border. Unlike the editor's fixed 180 px boxes, a wall box fits its name, so the room
 * kept for slanted or rounded sides grows with the box: a hexagon's points take a tenth of its
 * width on each side, a house's roof the upper part of its height.
 */
export interface WallOutline {
  width: number;
  height: number;
  /** Border width in px (0 for polygons, drawn as an image). */
  border: number;
}

export function wallOutline(shape: Shape, fontSize: number, text: { width: number; height: number }): WallOutline {
  const f = fontSize;
  const w = text.width;
  const h = text.height;
  switch (shape) {
    case 'ellipse':
      return { width: w * 1.22 + 0.5 * f, height: h * 1.3 + 0.4 * f, border: 4 };
    case 'pilule':
      return { width: w + h + 0.5 * f, height: h + 0.45 * f, border: 4 };
    case 'hexagone':
    case 'parallelogramme':
      return { width: (w + 0.35 * f) / 0.78, height: h + 0.45 * f, border: 0 };
    case 'fleche':
      return { width: (w + 0.35 * f) / 0.84, height: h + 0.45 * f, border: 0 };
    case 'octogone':
      return { width: (w + 0.35 * f) / 0.86, height: (h + 0.3 * f) / 0.9, border: 0 };
    case 'maison':
      return { width: w + 0.6 * f, height: (h + 0.3 * f) / 0.7, border: 0 };
    case 'double':
      return { width: w + 0.6 * f + 14, height: h + 0.3 * f + 14, border: 7 };
    default:
      return { width: w + 0.6 * f + 8, height: h + 0.3 * f + 8, border: 4 };
  }
}
