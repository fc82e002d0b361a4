import type { Shape } from './codebook.js';

/**
 * The outline of each category shape, shared by the canvas (renderer/carte/shapes.tsx) and the
 * map picture (shared/map-picture), so that a category looks the same on the wall and on paper.
 */

/** Shapes drawn as polygons in a 100×100 box stretched to the actor; the others are rounded boxes. */
export const shapePolygons: Partial<Record<Shape, string>> = {
  hexagone: '10,2 90,2 99,50 90,98 10,98 1,50',
  octogone: '8,2 92,2 99,20 99,80 92,98 8,98 1,80 1,20',
  parallelogramme: '12,2 99,2 88,98 1,98',
  fleche: '1,2 86,2 99,50 86,98 1,98',
  maison: '1,30 50,2 99,30 99,98 1,98',
};

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const inset = (vertical: number, horizontal: number, bottom = vertical, left = horizontal): Insets => ({
  top: vertical,
  right: horizontal,
  bottom,
  left,
});

/** Inner padding, in pixels, that keeps the label inside slanted or pointed outlines. */
export function shapeInsets(shape: Shape): Insets {
  switch (shape) {
    case 'hexagone':
    case 'parallelogramme':
      return inset(10, 26);
    case 'fleche':
      return { top: 10, right: 30, bottom: 10, left: 14 };
    case 'maison':
      return inset(22, 14, 8);
    case 'ellipse':
      return inset(12, 24);
    case 'pilule':
      return inset(10, 22);
    default:
      return inset(10, 14);
  }
}
