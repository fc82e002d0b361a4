import { Resvg } from '@resvg/resvg-js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { findFontDir, fontFilesIn } from '../../../electron/core/export/fonts.js';
import { svgToPng } from '../../../electron/core/export/png.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { newActor } from '../../../shared/domain/model.js';
import { shapePolygons } from '../../../shared/domain/shape-outlines.js';
import { mapToSvg } from '../../../shared/map-picture/map-svg.js';
import { wrapText } from '../../../shared/map-picture/text.js';
import { atelierExemple, hostileLabels } from '../../support/atelier-exemple.js';

const { workshop, map } = atelierExemple();
const picture = mapToSvg(map, { heading: workshop.title });

/** Every text node and <title> of the picture, as a reader of the SVG gets them. */
function textsOf(svg: string): string[] {
  const parsed = new XMLParser({ ignoreAttributes: true, preserveOrder: true, trimValues: false }).parse(svg);
  const found: string[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '#text') found.push(String(value));
        else if (Array.isArray(value)) walk(value);
      }
    }
  };
  walk(parsed);
  return found;
}

describe('mapToSvg', () => {
  it('is well-formed XML whose every hostile label is text, never markup', () => {
    expect(XMLValidator.validate(picture.svg)).toBe(true);
    expect(picture.svg).not.toContain('<img');
    expect(picture.svg).not.toContain(']]>');
    const texts = textsOf(picture.svg).join('\n');
    // The parser decodes entities back: the reader sees exactly what was typed.
    const decoded = texts
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    for (const label of Object.values(hostileLabels)) expect(decoded).toContain(label);
  });

  it('draws each category with its shape and colour: polygons from the shared outlines', () => {
    const hexagon = shapePolygons.hexagone?.split(' ').length;
    expect(hexagon).toBe(6);
    // The Département actor (hexagone, #D55E00) is a six-point polygon in its colour.
    expect(picture.svg).toMatch(
      /<polygon points="(?:[\d.-]+,[\d.-]+ ){5}[\d.-]+,[\d.-]+" fill="#[0-9a-f]{6}" stroke="#D55E00"/,
    );
    expect(picture.svg).toContain('<ellipse'); // Protection sociale
    expect(picture.svg).toMatch(/stroke-dasharray="0 7"/); // Autres: dotted
  });

  it('dashes desired links, thickens strong ones, writes the kind on the line, and keeps a legend', () => {
    expect(picture.svg).toMatch(
      /<path d="[^"]+" fill="none" stroke="#D55E00" stroke-width="4" stroke-dasharray="12 8"\/>/,
    );
    expect(picture.svg).toMatch(/stroke-width="7"/);
    const texts = textsOf(picture.svg);
    for (const expected of [
      'Légende',
      'Acteurs',
      'Coopérations',
      'Lien souhaité (manquant)',
      'Orientation',
      'Famille',
    ]) {
      expect(texts).toContain(expected);
    }
    expect(texts.some((t) => t.includes('Action commune'))).toBe(true);
  });

  it('shows notes as badges (kind symbol, count) and free notes as cards', () => {
    const texts = textsOf(picture.svg);
    expect(texts).toContain('1 frein'); // the title of one badge on the school
    expect(texts).toContain('★');
    expect(texts.some((t) => t.startsWith('Frein\u00a0: Les familles'))).toBe(true);
  });

  it('draws an empty map as an empty frame with the whole codebook in its legend', () => {
    const empty = mapToSvg({ codebook: defaultCodebook(), actors: [], links: [], notes: [], zones: [] });
    expect(XMLValidator.validate(empty.svg)).toBe(true);
    const texts = textsOf(empty.svg);
    expect(texts).toContain('Carte vide');
    for (const c of defaultCodebook().categories) expect(texts.join('|')).toContain(c.label.slice(0, 12));
  });

  it('keeps a 200-character label inside its actor, shortened with « … », full text in the title', () => {
    const long = 'Association intercommunale '.repeat(8).slice(0, 200);
    const svg = mapToSvg({
      ...map,
      actors: [newActor({ id: 'x', label: long, category: 'associations', x: 0, y: 0 })],
      links: [],
      notes: [],
    }).svg;
    const texts = textsOf(svg);
    expect(texts.some((t) => t.endsWith('…'))).toBe(true);
    expect(texts).toContain(`${long} — Associations (sport, culture, soutien scolaire…)`);
    const lines = wrapText(long, { width: 152, fontSize: 18, bold: true, maxLines: 5 });
    expect(lines.truncated).toBe(true);
    expect(lines.lines).toHaveLength(5);
  });
});

describe('the PNG picture', () => {
  it('is twice the SVG size, a real PNG', () => {
    const png = svgToPng(picture.svg, picture, findFontDir(), 2);
    expect(png.width).toBe(picture.width * 2);
    expect(png.height).toBe(picture.height * 2);
    expect(Buffer.from(png.data.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('draws accented text with the bundled font (and nothing without a font: the font is what draws it)', () => {
    const text =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-size="24" font-family="DejaVu Sans">Éducation</text></svg>';
    const inked = (fontFiles: string[]) => {
      const pixels = new Resvg(text, {
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
      }).render().pixels;
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 128) count++;
      return count;
    };
    expect(fontFilesIn(findFontDir())).toHaveLength(2);
    expect(inked(fontFilesIn(findFontDir()))).toBeGreaterThan(300);
    expect(inked([])).toBe(0);
  });
});
