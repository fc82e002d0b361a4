import type { CSSProperties } from 'react';
import type { Shape } from '../../shared/domain/codebook.js';
import { shapePolygons as polygons, shapeInsets } from '../../shared/domain/shape-outlines.js';
import { mixWithWhite, safeColour } from '../../shared/map-picture/colour.js';

/** Inner padding that keeps the label inside slanted or pointed outlines. */
export function shapePadding(shape: Shape): string {
  const { top, right, bottom, left } = shapeInsets(shape);
  return `${top}px ${right}px ${bottom}px ${left}px`;
}

export interface Outline {
  className: string;
  style: CSSProperties;
}

const polygonImages = new Map<string, string>();

/** A polygon outline as an SVG image, made once per shape, colour and selection state. */
function polygonImage(points: string, stroke: string, fill: string, width: number): string {
  const key = `${points}|${stroke}|${fill}|${width}`;
  let image = polygonImages.get(key);
  if (!image) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" preserveAspectRatio="none">` +
      `<polygon points="${points}" fill="${fill}" stroke="${stroke}" stroke-width="${width}" ` +
      `vector-effect="non-scaling-stroke" stroke-linejoin="round"/></svg>`;
    image = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
    polygonImages.set(key, image);
  }
  return image;
}

/**
 * The outline of an actor (or of a legend sample) as the box's own border and background, not as
 * an element of its own: an outline layered behind the name cost the browser one more layer per
 * actor, which showed on every frame of a drag on a large map (issue 7). Colour and shape both say
 * the category.
 */
export function outlineOf(shape: Shape, color: string, selected = false): Outline {
  const stroke = selected ? '#111111' : safeColour(color);
  const fill = mixWithWhite(safeColour(color), 0.16);
  const points = polygons[shape];
  if (points) {
    return {
      className: 'forme-polygone',
      style: { backgroundImage: polygonImage(points, stroke, fill, selected ? 5 : 3.5) },
    };
  }
  return { className: `forme-${shape}`, style: { background: fill, borderColor: stroke } };
}
