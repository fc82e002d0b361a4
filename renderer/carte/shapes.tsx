import { memo } from 'react';
import type { Shape } from '../../shared/domain/codebook.js';

/** Shapes drawn as polygons in a 100×100 box stretched to the node; the others are CSS borders. */
const polygons: Partial<Record<Shape, string>> = {
  hexagone: '10,2 90,2 99,50 90,98 10,98 1,50',
  octogone: '8,2 92,2 99,20 99,80 92,98 8,98 1,80 1,20',
  parallelogramme: '12,2 99,2 88,98 1,98',
  fleche: '1,2 86,2 99,50 86,98 1,98',
  maison: '1,30 50,2 99,30 99,98 1,98',
};

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
  switch (shape) {
    case 'hexagone':
    case 'parallelogramme':
      return '10px 26px';
    case 'fleche':
      return '10px 30px 10px 14px';
    case 'maison':
      return '22px 14px 8px';
    case 'ellipse':
      return '12px 24px';
    case 'pilule':
      return '10px 22px';
    default:
      return '10px 14px';
  }
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
