import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeInOrder, spreadAxis, spreadBoxes, type WallBox } from '../../../shared/mur/spread.js';

const overlap = (a: WallBox, b: WallBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('étaler les boîtes sur le mur', () => {
  it('une coordonnée étalée garde l’ordre, et les égales restent égales', () => {
    const spread = spreadAxis([0, 10, 10, 500, 20]);
    expect(spread[0]).toBe(0);
    expect(spread[3]).toBe(1);
    expect(spread[1]).toBe(spread[2]);
    expect(spread[4]).toBeGreaterThan(spread[1]!);
    expect(spread[4]).toBeLessThan(spread[3]!);
    expect(spreadAxis([42])).toEqual([0.5]);
  });

  it('sur une ligne : dans l’ordre, écartés d’au moins l’intervalle, dans la longueur', () => {
    const starts = placeInOrder([0, 5, 10, 300], [50, 50, 50, 50], 400, 10);
    expect(starts[0]).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(60);
    expect(starts[3]! + 50).toBeLessThanOrEqual(395);
  });

  it('propriété : des boîtes qui tiennent ne se chevauchent pas, restent dans le mur et gardent l’ordre de haut en bas', () => {
    const item = fc.record({
      anchorX: fc.integer({ min: -3000, max: 3000 }),
      anchorY: fc.integer({ min: -3000, max: 3000 }),
      width: fc.integer({ min: 30, max: 260 }),
      height: fc.integer({ min: 20, max: 120 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 90 }), (raw) => {
        const items = raw.map((r, i) => ({ ...r, id: `a${i}` }));
        const area = { width: 1280, height: 560 };
        const spread = spreadBoxes(items, area, 16);
        if (spread.fill > 1) return;
        expect(spread.crowded).toBe(0);
        for (let i = 0; i < spread.boxes.length; i++) {
          const a = spread.boxes[i]!;
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(area.width + 1e-6);
          expect(a.y + a.height).toBeLessThanOrEqual(area.height + 1e-6);
          for (let j = i + 1; j < spread.boxes.length; j++) expect(overlap(a, spread.boxes[j]!)).toBe(false);
        }
        // What was clearly above on the map is not below on the wall.
        for (let i = 0; i < items.length; i++) {
          for (let j = 0; j < items.length; j++) {
            if (items[i]!.anchorY < items[j]!.anchorY) {
              const a = spread.boxes[i]!;
              const b = spread.boxes[j]!;
              expect(a.y + a.height / 2).toBeLessThanOrEqual(b.y + b.height / 2 + Math.max(a.height, b.height) / 2);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('des boîtes trop nombreuses pour le mur sont quand même placées, et leurs chevauchements comptés', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      id: `a${i}`,
      anchorX: i,
      anchorY: i,
      width: 300,
      height: 100,
    }));
    const spread = spreadBoxes(items, { width: 600, height: 300 }, 10);
    expect(spread.fill).toBeGreaterThan(1);
    expect(spread.boxes).toHaveLength(40);
    expect(spread.crowded).toBeGreaterThan(0);
  });
});
