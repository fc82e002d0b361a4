import { memo } from 'react';
import type { Shape } from '../../shared/domain/codebook.js';
import { shapePolygons as polygons, shapeInsets } from '../../shared/domain/shape-outlines.js';

const cssShapes: Partial<Record<Shape, string>> = {
  rectangle: 'forme-rectangle',
  arrondi: 'forme-arrondi',
  ellipse: 'forme-ellipse',
  pilule: 'forme-pilule',
  double: 'forme-double',
  pointille: 'forme-pointille',
};

/** Inner padding that keeps the label inside slanted or pointed outlines. */
export function shapePadding(shape: Shape): string {
  const { top, right, bottom, left } = shapeInsets(shape);
  return `${top}px ${right}px ${bottom}px ${left}px`;
}

interface OutlineProps {
  shape: Shape;
  color: string;
  selected?: boolean;
}

/** The outline of an actor, behind its label: colour and shape both say the category. */
export const ShapeOutline = memo(function ShapeOutline({ shape, color, selected = false }: OutlineProps) {
  const points = polygons[shape];
  const fill = `color-mix(in srgb, ${color} 16%, white)`;
  if (points) {
    return (
      <svg className="forme" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        <polygon
          points={points}
          fill={fill}
          stroke={selected ? '#111' : color}
          strokeWidth={selected ? 5 : 3.5}
          vectorEffect="non-scaling-stroke"
          strokeLinejoin="round"
        />
      </svg>
    );
  }
  return (
    <div
      className={`forme ${cssShapes[shape] ?? 'forme-arrondi'}`}
      style={{ background: fill, borderColor: selected ? '#111' : color }}
      aria-hidden="true"
    />
  );
});

/** A small sample of a category for the legend and the category chooser. */
export function ShapeSwatch({ shape, color }: { shape: Shape; color: string }) {
  return (
    <span className="echantillon">
      <ShapeOutline shape={shape} color={color} />
    </span>
  );
}
