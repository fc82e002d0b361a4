import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../renderer/carte/outline.js';
import { mixWithWhite } from '../../../shared/map-picture/colour.js';

const svgOf = (image: unknown) => decodeURIComponent(String(image).replace(/^url\("data:image\/svg\+xml,|"\)$/g, ''));

describe('outlineOf: the actor’s outline as its own border and background', () => {
  it('draws rounded shapes with a border in the category colour on a light tint of it', () => {
    const outline = outlineOf('arrondi', '#E69F00');
    expect(outline.className).toBe('forme-arrondi');
    expect(outline.style).toEqual({ background: mixWithWhite('#E69F00', 0.16), borderColor: '#E69F00' });
  });

  it('draws polygons as an SVG image with the same tint and stroke', () => {
    const outline = outlineOf('hexagone', '#D55E00');
    expect(outline.className).toBe('forme-polygone');
    const svg = svgOf(outline.style.backgroundImage);
    expect(svg).toContain('<polygon points="10,2 90,2 99,50 90,98 10,98 1,50"');
    expect(svg).toContain('stroke="#D55E00"');
    expect(svg).toContain(`fill="${mixWithWhite('#D55E00', 0.16)}"`);
  });

  it('marks the selection with a dark, thicker stroke, whatever the shape', () => {
    expect(outlineOf('rectangle', '#0072B2', true).style.borderColor).toBe('#111111');
    const svg = svgOf(outlineOf('maison', '#8C510A', true).style.backgroundImage);
    expect(svg).toContain('stroke="#111111"');
    expect(svg).toContain('stroke-width="5"');
  });

  it('lets nothing but a colour into the image, whatever the codebook holds', () => {
    const hostile = '#fff" onload="alert(1)';
    const svg = svgOf(outlineOf('octogone', hostile).style.backgroundImage);
    expect(svg).not.toContain('onload');
    expect(svg).toContain('stroke="#7f7f7f"');
    expect(outlineOf('ellipse', hostile).style.borderColor).toBe('#7f7f7f');
  });

  it('makes each image once', () => {
    expect(outlineOf('fleche', '#B8860B').style.backgroundImage).toBe(
      outlineOf('fleche', '#B8860B').style.backgroundImage,
    );
  });
});
