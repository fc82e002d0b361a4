import type { Shape } from '../domain/codebook.js';
import type { Box } from '../domain/geometry.js';
import { shapePolygons } from '../domain/shape-outlines.js';
import { mixWithWhite, safeColour } from './colour.js';
import { num } from './svg-number.js';

/**
 * The outline of an actor in SVG: the same shapes as the canvas (polygons from
 * shared/domain/shape-outlines.ts, rounded boxes for the CSS-drawn ones), the stroke kept
 * inside the box as a CSS border is.
 */
export function outlineSvg(shape: Shape, colour: string, box: Box, strokeWidth = 3.5): string {
  const stroke = safeColour(colour);
  const fill = mixWithWhite(stroke, 0.16);
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${num(strokeWidth)}"`;
  const points = shapePolygons[shape];
  if (points) {
    const scaled = points
      .split(' ')
      .map((pair) => {
        const [px = 0, py = 0] = pair.split(',').map(Number);
        return `${num(box.x + (px / 100) * box.width)},${num(box.y + (py / 100) * box.height)}`;
      })
      .join(' ');
    return `<polygon points="${scaled}" ${paint} stroke-linejoin="round"/>`;
  }
  const half = strokeWidth / 2;
  const inner = { x: box.x + half, y: box.y + half, width: box.width - strokeWidth, height: box.height - strokeWidth };
  const rect = (b: Box, radius: number, attributes: string) =>
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="${num(radius)}" ${attributes}/>`;
  switch (shape) {
    case 'ellipse':
      return `<ellipse cx="${num(box.x + box.width / 2)}" cy="${num(box.y + box.height / 2)}" rx="${num(inner.width / 2)}" ry="${num(inner.height / 2)}" ${paint}/>`;
    case 'pilule':
      return rect(inner, inner.height / 2, paint);
    case 'arrondi':
      return rect(inner, 16, paint);
    case 'double': {
      // A CSS double border: two thin lines with a gap, the outer one on the box's edge.
      const line = strokeWidth * 0.75;
      const outer = { x: box.x + line / 2, y: box.y + line / 2, width: box.width - line, height: box.height - line };
      const gap = line * 2.2;
      const second = {
        x: outer.x + gap,
        y: outer.y + gap,
        width: outer.width - 2 * gap,
        height: outer.height - 2 * gap,
      };
      return (
        rect(outer, 4, `fill="${fill}" stroke="${stroke}" stroke-width="${num(line)}"`) +
        rect(second, 2, `fill="none" stroke="${stroke}" stroke-width="${num(line)}"`)
      );
    }
    case 'pointille':
      return rect(inner, 10, `${paint} stroke-dasharray="0 ${num(strokeWidth * 2)}" stroke-linecap="round"`);
    default:
      return rect(inner, 2, paint);
  }
}
