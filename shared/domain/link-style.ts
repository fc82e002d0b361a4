import type { Intensity, NoteKind, Quality } from './codebook.js';

/**
 * How a link and a note look, wherever the map is drawn: thickness says the intensity, dashes a
 * desired link, an icon the quality, a symbol the kind of note (colour is never the only clue).
 */
export const intensityWidths: Record<Intensity, number> = { ponctuelle: 2.5, reguliere: 4, forte: 7 };

/** Dash pattern of a desired (missing) link, proportional to its width. */
export function desiredDash(width: number): string {
  return `${width * 3} ${width * 2}`;
}

export const qualityIcons: Record<Quality, string> = { fluide: '✓', 'a-ameliorer': '!', difficile: '✕' };

export const noteKindSymbols: Record<NoteKind, { symbol: string; color: string }> = {
  constat: { symbol: 'C', color: '#4D4D4D' },
  'point-appui': { symbol: '+', color: '#007A5A' },
  frein: { symbol: '−', color: '#B04600' },
  besoin: { symbol: 'B', color: '#005A8C' },
  'piste-action': { symbol: '→', color: '#6A3D9A' },
  'pratique-inspirante': { symbol: '★', color: '#8A6508' },
};
