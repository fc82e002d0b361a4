import type { Shape } from '../../shared/domain/codebook.js';
import { outlineOf } from './outline.js';

/** A small sample of a category for the legend and the category chooser. */
export function ShapeSwatch({ shape, color }: { shape: Shape; color: string }) {
  const outline = outlineOf(shape, color);
  return <span className={`echantillon ${outline.className}`} style={outline.style} aria-hidden="true" />;
}
