import { describe, expect, it } from 'vitest';
import { landscape } from '../../../shared/domain/landscape.js';

const span = (points: { x: number; y: number }[], axis: 'x' | 'y') =>
  Math.max(...points.map((p) => p[axis])) - Math.min(...points.map((p) => p[axis]));

describe('landscape', () => {
  it('turns a tall drawing so that it runs left to right, keeping every distance', () => {
    const tall = Array.from({ length: 10 }, (_, i) => ({ id: String(i), x: (i % 2) * 50, y: i * 200 }));
    const turned = landscape(tall);
    expect(span(turned, 'x')).toBeGreaterThan(span(turned, 'y'));
    const distance = (p: { x: number; y: number }[], a: number, b: number) =>
      Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
    expect(distance(turned, 0, 9)).toBeCloseTo(distance(tall, 0, 9), 6);
    expect(turned.map((p) => p.id)).toEqual(tall.map((p) => p.id));
  });

  it('leaves fewer than three points as they are', () => {
    expect(
      landscape([
        { x: 0, y: 0 },
        { x: 0, y: 100 },
      ]),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 100 },
    ]);
  });
});
