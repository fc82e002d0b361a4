import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { type Actor, type Link, type MapState, newActor, newLink } from '../../../shared/domain/model.js';
import { levelOf, maxLevel, scaleOf } from '../../../shared/measures/levels.js';
import { measureOf } from '../../../shared/measures/measure-values.js';
import { arbitraryMap } from '../../support/random-map.js';

const actor = (id: string, influence?: number): Actor =>
  newActor({
    id,
    label: id.toUpperCase(),
    category: 'autres',
    x: 0,
    y: 0,
    ...(influence === undefined ? {} : { influence }),
  });
const link = (id: string, source: string, target: string, status: Link['status'] = 'existing'): Link =>
  newLink({ id, source, target, kind: 'information', status });
const mapOf = (actors: Actor[], links: Link[]): MapState => ({
  codebook: defaultCodebook(),
  actors,
  links,
  notes: [],
  zones: [],
});

/** Distinct partners through existing links, counted by hand. */
function partnersByLoop(map: MapState, id: string): number {
  const partners = new Set<string>();
  for (const l of map.links) {
    if (l.status !== 'existing' || l.source === l.target) continue;
    if (l.source === id) partners.add(l.target);
    if (l.target === id) partners.add(l.source);
  }
  return partners.size;
}

/**
 * Betweenness by brute force: for every pair (s, t) of other actors, the share of shortest paths
 * through v (σ(s,v)·σ(v,t)/σ(s,t) when d(s,v)+d(v,t) = d(s,t)), summed, divided by the number of
 * such pairs, (n−1)(n−2)/2.
 */
function betweennessByLoop(map: MapState): Map<string, number> {
  const ids = map.actors.map((a) => a.id);
  const neighbours = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const l of map.links) {
    if (l.status !== 'existing' || l.source === l.target) continue;
    neighbours.get(l.source)?.add(l.target);
    neighbours.get(l.target)?.add(l.source);
  }
  const bfs = (from: string) => {
    const distance = new Map([[from, 0]]);
    const paths = new Map([[from, 1]]);
    const queue = [from];
    while (queue.length > 0) {
      const here = queue.shift()!;
      for (const next of neighbours.get(here) ?? []) {
        if (!distance.has(next)) {
          distance.set(next, distance.get(here)! + 1);
          paths.set(next, 0);
          queue.push(next);
        }
        if (distance.get(next) === distance.get(here)! + 1) paths.set(next, paths.get(next)! + paths.get(here)!);
      }
    }
    return { distance, paths };
  };
  const from = new Map(ids.map((id) => [id, bfs(id)]));
  const n = ids.length;
  const pairs = ((n - 1) * (n - 2)) / 2;
  const result = new Map<string, number>();
  for (const v of ids) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const s = ids[i]!;
        const t = ids[j]!;
        if (s === v || t === v) continue;
        const fromS = from.get(s)!;
        const fromV = from.get(v)!;
        const dst = fromS.distance.get(t);
        const dsv = fromS.distance.get(v);
        const dvt = fromV.distance.get(t);
        if (dst === undefined || dsv === undefined || dvt === undefined || dsv + dvt !== dst) continue;
        sum += (fromS.paths.get(v)! * fromV.paths.get(t)!) / fromS.paths.get(t)!;
      }
    }
    result.set(v, pairs > 0 ? sum / pairs : 0);
  }
  return result;
}

describe('levels and sizes', () => {
  it('gives level 0 only to 0, the largest value level 5, and never shrinks an actor', () => {
    expect(levelOf(0, 12)).toBe(0);
    expect(levelOf(1, 12)).toBe(1);
    expect(levelOf(12, 12)).toBe(maxLevel);
    expect(levelOf(6, 12)).toBe(3);
    expect(levelOf(3, 0)).toBe(0);
    expect(scaleOf(0)).toBe(1);
    expect(scaleOf(maxLevel)).toBeCloseTo(1.6);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
        (v, extra) => {
          const max = v + extra;
          const level = levelOf(v, max);
          expect(level).toBeGreaterThanOrEqual(v > 0 ? 1 : 0);
          expect(level).toBeLessThanOrEqual(maxLevel);
          expect(levelOf(max, max)).toBe(maxLevel);
          expect(scaleOf(level)).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });

  it('keeps the order of values in the order of levels', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.integer({ min: 1, max: 1000 }), (a, b, extra) => {
        const max = Math.max(a, b) + extra;
        if (a <= b) expect(levelOf(a, max)).toBeLessThanOrEqual(levelOf(b, max));
      }),
    );
  });
});

describe('measureOf', () => {
  it('influence: the value given, actors without one left out', () => {
    const map = mapOf([actor('a', 5), actor('b', 0), actor('c')], []);
    const reading = measureOf(map, 'influence');
    expect([...reading.values]).toEqual([
      ['a', 5],
      ['b', 0],
    ]);
    expect(reading.levels.get('a')).toBe(5);
    expect(reading.levels.get('b')).toBe(0);
    expect(reading.levels.has('c')).toBe(false);
    expect(reading.max).toBe(5);
  });

  it('partners: distinct partners through existing links; desired links and doubles do not count', () => {
    const map = mapOf(
      [actor('a'), actor('b'), actor('c'), actor('d')],
      [link('1', 'a', 'b'), link('2', 'b', 'a'), link('3', 'a', 'c'), link('4', 'a', 'd', 'desired')],
    );
    const reading = measureOf(map, 'partenaires');
    expect(Object.fromEntries(reading.values)).toEqual({ a: 2, b: 1, c: 1, d: 0 });
    expect(Object.fromEntries(reading.levels)).toEqual({ a: 5, b: 3, c: 3, d: 0 });
  });

  it('passerelle: the middle of a chain carries every path between its ends', () => {
    const map = mapOf([actor('a'), actor('b'), actor('c')], [link('1', 'a', 'b'), link('2', 'b', 'c')]);
    const reading = measureOf(map, 'passerelle');
    expect(Object.fromEntries(reading.values)).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('agrees with counts by loops on any map', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const partners = measureOf(map, 'partenaires');
        const max = Math.max(0, ...map.actors.map((a) => partnersByLoop(map, a.id)));
        expect(partners.max).toBe(max);
        for (const a of map.actors) {
          expect(partners.values.get(a.id)).toBe(partnersByLoop(map, a.id));
          expect(partners.levels.get(a.id)).toBe(levelOf(partnersByLoop(map, a.id), max));
        }
        const influence = measureOf(map, 'influence');
        expect(influence.values.size).toBe(map.actors.filter((a) => a.influence !== undefined).length);
        for (const a of map.actors) expect(influence.values.get(a.id)).toBe(a.influence);

        const between = measureOf(map, 'passerelle');
        const expected = map.actors.length > 2 ? betweennessByLoop(map) : new Map();
        for (const a of map.actors) expect(between.values.get(a.id)).toBeCloseTo(expected.get(a.id) ?? 0, 9);
      }),
      { numRuns: 60 },
    );
  });
});
