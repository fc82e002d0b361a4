import type { Intensity, Quality } from './codebook.js';

/**
 * How a link looks, wherever the map is drawn (canvas, SVG, exports): thickness says the
 * intensity, dashes a desired link, an icon the quality (colour is never the only clue). Notes'
 * signs and colours are in note-style.ts.
 */
export const intensityWidths: Record<Intensity, number> = { ponctuelle: 2.5, reguliere: 4, forte: 7 };

/** Dash pattern of a desired (missing) link, proportional to its width. */
export function desiredDash(width: number): string {
  return `${width * 3} ${width * 2}`;
}

export const qualityIcons: Record<Quality, string> = { fluide: '✓', 'a-ameliorer': '!', difficile: '✕' };
