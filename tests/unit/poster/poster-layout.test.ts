import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import type { Box } from '../../../shared/domain/geometry.js';
import { type MapState, newActor } from '../../../shared/domain/model.js';
import { nameSize, placeActor } from '../../../shared/map-picture/layout.js';
import {
  capHeightRatio,
  minNameCapMm,
  type PosterLayout,
  posterLayout,
  posterSizes,
} from '../../../shared/poster/poster-layout.js';
import { posterGap } from '../../../shared/poster/spread.js';
import { arbitraryMap } from '../../support/random-map.js';
import { seriesT1 } from '../../support/series-fixture.js';

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;
const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

function checkLayout(layout: PosterLayout, source: MapState) {
  // Every name at least 9 mm high (capitals), from the font size the picture draws them at.
  expect(layout.nameCapMm).toBeCloseTo(nameSize * layout.scale * capHeightRatio, 9);
  expect(layout.nameCapMm).toBeGreaterThanOrEqual(minNameCapMm - 1e-9);
  // The picture, at its scale, is the box it is printed in, inside the page, clear of the side and the title.
  expect(layout.mapBox.width).toBeCloseTo(layout.picture.width * layout.scale, 6);
  expect(layout.mapBox.height).toBeCloseTo(layout.picture.height * layout.scale, 6);
  const page = { x: 0, y: 0, ...layout.page };
  for (const part of [layout.mapBox, layout.side, layout.header]) expect(inside(part, page)).toBe(true);
  expect(apart(layout.mapBox, layout.side)).toBe(true);
  expect(apart(layout.mapBox, layout.header)).toBe(true);
  const paper = posterSizes[layout.size];
  expect([layout.page.width, layout.page.height].sort((a, b) => a - b)).toEqual([paper.width, paper.height]);
  // Every actor is on the poster; once moved, no two boxes meet.
  expect(layout.map.actors.map((a) => a.id).sort()).toEqual(source.actors.map((a) => a.id).sort());
  if (layout.arrangement !== 'as-drawn') {
    const boxes = layout.map.actors.map((a) => placeActor(a, layout.map, true).box);
    const clear = (a: Box, b: Box) =>
      a.x + a.width + posterGap.x <= b.x + 1e-6 ||
      b.x + b.width + posterGap.x <= a.x + 1e-6 ||
      a.y + a.height + posterGap.y <= b.y + 1e-6 ||
      b.y + b.height + posterGap.y <= a.y + 1e-6;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(clear(boxes[i]!, boxes[j]!)).toBe(true);
    }
  }
}

describe('the poster’s layout', () => {
  it('keeps every name at least 9 mm high on any map it accepts, and A0 accepts what A1 does', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const a1 = posterLayout(map, 'A1');
        const a0 = posterLayout(map, 'A0');
        if (a1.ok) {
          checkLayout(a1.layout, map);
          expect(a0.ok).toBe(true);
        }
        if (a0.ok) checkLayout(a0.layout, map);
      }),
      { numRuns: 40 },
    );
  });

  it('draws a small map as the group drew it, its names larger than 9 mm', () => {
    const result = posterLayout(seriesT1().map, 'A1');
    if (!result.ok) throw new Error('refusée');
    expect(result.layout.arrangement).toBe('as-drawn');
    expect(result.layout.orientation).toBe('landscape');
    expect(result.layout.map.actors.map((a) => [a.x, a.y])).toEqual(seriesT1().map.actors.map((a) => [a.x, a.y]));
  });

  it('puts a crowded map in rows that keep who is above and who is left, and refuses what cannot fit', () => {
    const actors = Array.from({ length: 24 }, (_, i) =>
      newActor({
        id: `a${i}`,
        label: `Acteur ${i}`,
        category: 'autres',
        x: (i % 12) * 200,
        y: Math.floor(i / 12) * 90,
      }),
    );
    const map: MapState = { codebook: defaultCodebook(), actors, links: [], notes: [], zones: [] };
    const result = posterLayout(map, 'A1');
    if (!result.ok) throw new Error('refusée');
    expect(result.layout.arrangement).not.toBe('as-drawn');
    const at = new Map(result.layout.map.actors.map((a) => [a.id, a]));
    // The first of the top line stays above the first of the second, and left of the second of its line.
    expect(at.get('a0')!.y).toBeLessThan(at.get('a12')!.y);
    expect(at.get('a0')!.x).toBeLessThan(at.get('a1')!.x);
    const crowd: MapState = {
      ...map,
      actors: Array.from({ length: 80 }, (_, i) =>
        newActor({
          id: `c${i}`,
          label: `Service départemental n° ${i} de la protection de l’enfance`,
          category: 'autres',
          x: i * 10,
          y: 0,
        }),
      ),
    };
    expect(posterLayout(crowd, 'A1')).toEqual({ ok: false, size: 'A1' });
  });

  it('gives a long name its short name on the poster, and lists it', () => {
    const map = seriesT1().map;
    map.actors[0] = {
      ...map.actors[0]!,
      label: 'Caisse d’allocations familiales de la Seine-Saint-Denis',
      shortLabel: 'CAF 93',
    };
    const result = posterLayout(map, 'A1');
    if (!result.ok) throw new Error('refusée');
    expect(result.layout.map.actors[0]!.label).toBe('CAF 93');
    expect(result.layout.shortNames).toEqual([
      { short: 'CAF 93', full: 'Caisse d’allocations familiales de la Seine-Saint-Denis' },
    ]);
  });
});
