import { describe, expect, it } from 'vitest';
import { fittingLabel } from '../../../shared/map-picture/link-label.js';
import { textWidth } from '../../../shared/map-picture/text.js';

describe('fittingLabel', () => {
  const label = 'Convention / financement';
  const full = textWidth(label, 13, true);
  const firstWord = textWidth('Convention', 13, true);

  it('keeps the whole name where it fits', () => {
    expect(fittingLabel(label, full, 13)).toBe(label);
  });

  it('falls back to the first word, then to nothing', () => {
    expect(fittingLabel(label, full - 1, 13)).toBe('Convention');
    expect(fittingLabel(label, firstWord, 13)).toBe('Convention');
    expect(fittingLabel(label, firstWord - 1, 13)).toBe('');
    expect(fittingLabel(label, -50, 13)).toBe('');
  });

  it('splits on apostrophes and slashes, as French kind names need', () => {
    expect(fittingLabel('Échange d’information', textWidth('Échange', 13, true), 13)).toBe('Échange');
  });

  it('needs more room at the wall’s larger size', () => {
    expect(fittingLabel(label, full, 15)).toBe('Convention');
  });
});
