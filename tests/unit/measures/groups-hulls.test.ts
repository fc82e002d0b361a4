import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import type { Box, Point } from '../../../shared/domain/geometry.js';
import { type Actor, type Link, type MapState, newActor, newLink } from '../../../shared/domain/model.js';
import { groupsOf, minGroupSize } from '../../../shared/measures/groups.js';
import { convexHull, hullIsClear, softHullPath } from '../../../shared/measures/hulls.js';
import { arbitraryMap } from '../../support/random-map.js';

const actor = (id: string): Actor => newActor({ id, label: id, category: 'autres', x: 0, y: 0 });
const link = (source: string, target: string, status: Link['status'] = 'existing'): Link =>
  newLink({ id: `${source}-${target}`, source, target, kind: 'information', status });
const mapOf = (actors: Actor[], links: Link[]): MapState => ({
  codebook: defaultCodebook(),
  actors,
  links,
  notes: [],
  zones: [],
});

/** Two cliques of four joined by one link, and one actor alone. */
function twoClusters(): MapState {
  const left = ['CAF', 'PMI', 'ASE', 'CCAS'];
  const right = ['Collège', 'École', 'Périscolaire', 'Club de foot'];
  const clique = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => link(a, b)));
  return mapOf([...left, ...right, 'Seul'].map(actor), [
    ...clique(left),
    ...clique(right),
    link('CCAS', 'Collège'),
    link('Seul', 'CAF', 'desired'),
  ]);
}

/** Modularity of a partition (Newman), by loops over every pair: the fraction of links inside groups minus what chance gives. */
function modularityByLoop(map: MapState, groupOf: Map<string, number>): number {
  const weight = new Map<string, number>();
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const strength = { ponctuelle: 1, reguliere: 2, forte: 3 };
  for (const l of map.links) {
    if (l.status !== 'existing' || l.source === l.target) continue;
    weight.set(key(l.source, l.target), (weight.get(key(l.source, l.target)) ?? 0) + strength[l.intensity]);
  }
  const ids = map.actors.map((a) => a.id);
  const degree = new Map(ids.map((id) => [id, 0]));
  let total = 0;
  for (const [pair, w] of weight) {
    const [a, b] = pair.split('|') as [string, string];
    degree.set(a, degree.get(a)! + w);
    degree.set(b, degree.get(b)! + w);
    total += w;
  }
  let q = 0;
  for (const a of ids) {
    for (const b of ids) {
      if (groupOf.get(a) !== groupOf.get(b)) continue;
      const w = a === b ? 0 : (weight.get(key(a, b)) ?? 0);
      q += w - (degree.get(a)! * degree.get(b)!) / (2 * total);
    }
  }
  return q / (2 * total);
}

describe('groupsOf', () => {
  it('finds two groups joined by one link, each named by its best-connected member', () => {
    const map = twoClusters();
    const { groups, modularity } = groupsOf(map);
    expect(groups.map((g) => g.members)).toEqual([
      ['CAF', 'PMI', 'ASE', 'CCAS'],
      ['Collège', 'École', 'Périscolaire', 'Club de foot'],
    ]);
    // The two ends of the bridge have one partner more than the others of their group, but the same inside it.
    expect(groups.map((g) => g.anchor)).toEqual(['ASE', 'Club de foot']);
    const groupOf = new Map(groups.flatMap((g, i) => g.members.map((m) => [m, i] as const)));
    groupOf.set('Seul', 99);
    expect(modularity).toBeCloseTo(modularityByLoop(map, groupOf), 9);
  });

  it('names no group in a network that is one whole, or has no cooperation', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const complete = mapOf(
      ids.map(actor),
      ids.flatMap((a, i) => ids.slice(i + 1).map((b) => link(a, b))),
    );
    expect(groupsOf(complete).groups).toEqual([]);
    expect(groupsOf(mapOf(ids.map(actor), [])).groups).toEqual([]);
    expect(groupsOf(mapOf([], [])).groups).toEqual([]);
  });

  it('gives disjoint groups of real actors, the same every time, on any map', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const first = groupsOf(map);
        expect(groupsOf(map)).toEqual(first);
        const ids = new Set(map.actors.map((a) => a.id));
        const seen = new Set<string>();
        for (const group of first.groups) {
          expect(group.members.length).toBeGreaterThanOrEqual(minGroupSize);
          expect(group.members).toContain(group.anchor);
          for (const member of group.members) {
            expect(ids.has(member)).toBe(true);
            expect(seen.has(member)).toBe(false);
            seen.add(member);
          }
        }
        for (let i = 1; i < first.groups.length; i++) {
          expect(first.groups[i - 1]!.members.length).toBeGreaterThanOrEqual(first.groups[i]!.members.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});

const inside = (hull: readonly Point[], p: Point) =>
  hull.every((a, i) => {
    const b = hull[(i + 1) % hull.length]!;
    return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) >= -1e-9;
  });

const box = fc
  .record({
    x: fc.integer({ min: 0, max: 300 }),
    y: fc.integer({ min: 0, max: 300 }),
    width: fc.integer({ min: 10, max: 120 }),
    height: fc.integer({ min: 10, max: 60 }),
  })
  .map((b): Box => b);

/** Whether the picture of a filled path is painted at a point (resvg, as the exported picture is drawn). */
function painter(path: string, size: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><path d="${path}" fill="#000"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  return (p: Point) => (pixels[(Math.floor(p.y) * size + Math.floor(p.x)) * 4 + 3] ?? 0) > 128;
}

describe('convexHull and softHullPath', () => {
  it('hull: every point inside, every vertex one of the points, turning one way', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer(), y: fc.integer() }), { minLength: 3, maxLength: 40 }),
        (points) => {
          const hull = convexHull(points);
          if (hull.length < 3) return;
          for (const p of points) expect(inside(hull, p)).toBe(true);
          for (const v of hull) expect(points.some((p) => p.x === v.x && p.y === v.y)).toBe(true);
        },
      ),
    );
  });

  it('soft hull: covers every box and keeps its padding around them, and no more', () => {
    const padding = 16;
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 6 }), (boxes) => {
        const moved = boxes.map((b) => ({ ...b, x: b.x + 50, y: b.y + 50 }));
        const paint = painter(softHullPath(moved, padding), 520);
        for (const b of boxes) {
          // Inside the box, and just within the padding beyond each of its corners.
          expect(paint({ x: b.x + b.width / 2 + 50, y: b.y + b.height / 2 + 50 })).toBe(true);
          for (const [dx, dy] of [
            [-1, -1],
            [1, -1],
            [1, 1],
            [-1, 1],
          ] as const) {
            const corner = { x: b.x + 50 + (dx > 0 ? b.width : 0), y: b.y + 50 + (dy > 0 ? b.height : 0) };
            const near = padding * 0.6;
            expect(paint({ x: corner.x + dx * near * Math.SQRT1_2, y: corner.y + dy * near * Math.SQRT1_2 })).toBe(
              true,
            );
          }
        }
        // Far outside every box: left blank.
        const left = Math.min(...boxes.map((b) => b.x)) + 50;
        const top = Math.min(...boxes.map((b) => b.y)) + 50;
        expect(paint({ x: left - padding - 3, y: top - padding - 3 })).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

describe('hullIsClear', () => {
  const box = (x: number, y: number): Box => ({ x, y, width: 100, height: 40 });
  it('refuses an outline that would take in another actor, accepts one around neighbours', () => {
    const members = [box(0, 0), box(400, 0), box(200, 300)];
    expect(hullIsClear(members, [box(200, 100)])).toBe(false);
    expect(hullIsClear(members, [box(800, 100), box(200, 500)])).toBe(true);
    // Two members: a thin hull between them still takes in an actor standing on the line.
    expect(hullIsClear([box(0, 0), box(600, 0)], [box(300, 0)])).toBe(false);
    expect(hullIsClear([box(0, 0)], [box(0, 0)])).toBe(false);
  });
});
