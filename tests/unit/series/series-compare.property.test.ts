import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCodebook, intensityIds, linkStatusIds, qualityIds } from '../../../shared/domain/codebook.js';
import { type Actor, type Link, type MapState, newActor, newLink } from '../../../shared/domain/model.js';
import {
  type ActorMatching,
  decide,
  matchActors,
  nameKey,
  namesClose,
  type PairDecision,
} from '../../../shared/series/actor-matching.js';
import { compareSeries } from '../../../shared/series/series-compare.js';
import { earlierId, seriesComparedMap } from '../../../shared/series/series-map.js';

/**
 * The comparison of two diagnostics of a territory, on any two maps and any answers of the
 * facilitator. Matching is checked against its rules stated one by one (each pair justified,
 * nothing left that a rule would have paired); the comparison against an oracle that counts,
 * for each pair of actors, the links before and after as multisets — it never pairs links.
 */

const pool: { label: string; type: string }[] = [
  { label: 'CAF', type: 'caf' },
  { label: 'Caf', type: 'caf' },
  { label: 'CAF de l’Essonne', type: 'caf' },
  { label: 'Collège Jean-Moulin', type: 'college' },
  { label: 'collège jean moulin', type: 'college' },
  { label: 'Collège Pablo-Neruda', type: 'college' },
  { label: 'PMI', type: 'pmi' },
  { label: 'PMI Nord', type: 'pmi' },
  { label: 'Centre social Agora', type: 'centre-social' },
  { label: 'Médiathèque', type: '' },
  { label: 'Mediatheque', type: '' },
  { label: 'Judo club', type: '' },
  { label: 'Mission locale', type: 'mission-locale' },
  { label: 'ASE', type: 'ase' },
];
const kinds = defaultCodebook().linkKinds.map((k) => k.id);

const actorSeed = fc.record({ name: fc.nat(pool.length - 1), type: fc.nat(3) });
const linkSeed = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  kind: fc.nat(2),
  intensity: fc.nat(2),
  quality: fc.nat(3),
  status: fc.nat(1),
});
const mapSeed = fc.record({
  actors: fc.array(actorSeed, { maxLength: 9 }),
  links: fc.array(linkSeed, { maxLength: 14 }),
});

type MapSeed = typeof mapSeed extends fc.Arbitrary<infer T> ? T : never;
type AnswerSeed = { b: number; a: number; same: boolean };

function mapOf(seed: MapSeed, prefix: string): MapState {
  const actors: Actor[] = seed.actors.map((s, i) => {
    const entry = pool[s.name]!;
    // Sometimes no type, sometimes another one: types are set by hand, and not always alike.
    const type = [entry.type, entry.type, '', 'pmi'][s.type]!;
    return newActor({
      id: `${prefix}a${i}`,
      label: entry.label,
      category: 'autres',
      x: (i % 3) * 260,
      y: Math.floor(i / 3) * 140,
      ...(type ? { standardType: type } : {}),
    });
  });
  const links: Link[] =
    actors.length < 2
      ? []
      : seed.links.flatMap((s, i) => {
          const source = actors[s.a % actors.length]!;
          const target = actors[s.b % actors.length]!;
          if (source.id === target.id) return [];
          return [
            newLink({
              id: `${prefix}l${i}`,
              source: source.id,
              target: target.id,
              kind: kinds[s.kind]!,
              intensity: intensityIds[s.intensity]!,
              quality: [...qualityIds, null][s.quality]!,
              status: linkStatusIds[s.status]!,
            }),
          ];
        });
  return { codebook: defaultCodebook(), actors, links, notes: [], zones: [] };
}

const answersSeed = fc.array(fc.record({ b: fc.nat(), a: fc.nat(), same: fc.boolean() }), { maxLength: 6 });

/** The facilitator's answers as the app keeps them: each one through decide(). */
function answersOf(before: MapState, after: MapState, seeds: readonly AnswerSeed[]) {
  let decisions: PairDecision[] = [];
  if (before.actors.length === 0 || after.actors.length === 0) return decisions;
  for (const s of seeds) {
    const b = before.actors[s.b % before.actors.length]!;
    const a = after.actors[s.a % after.actors.length]!;
    decisions = decide(decisions, { before: b.id, after: a.id, same: s.same });
  }
  return decisions;
}

const scenario = fc.record({ before: mapSeed, after: mapSeed, answers: answersSeed });

function checkMatchingRules(before: MapState, after: MapState, decisions: PairDecision[], m: ActorMatching) {
  const refused = (b: string, a: string) => decisions.some((d) => !d.same && d.before === b && d.after === a);
  const typeOf = (x: Actor) => x.standardType ?? '';

  // One actor, one role: in one pair or one question at most.
  const usedB = [...m.pairs.map((p) => p.before.id), ...m.toConfirm.map((q) => q.before.id)];
  const usedA = [...m.pairs.map((p) => p.after.id), ...m.toConfirm.map((q) => q.after.id)];
  expect(new Set(usedB).size).toBe(usedB.length);
  expect(new Set(usedA).size).toBe(usedA.length);

  // Every « même acteur » is honoured (decide keeps them one to one); no « pas le même » is matched or asked.
  for (const d of decisions.filter((x) => x.same)) {
    expect(m.pairs).toContainEqual(
      expect.objectContaining({ how: 'confirmed', before: expect.objectContaining({ id: d.before }) }),
    );
  }
  for (const p of [...m.pairs, ...m.toConfirm]) expect(refused(p.before.id, p.after.id)).toBe(false);
  expect(m.pairs.filter((p) => p.how === 'confirmed')).toHaveLength(decisions.filter((d) => d.same).length);

  // Each other pair or question has its reason.
  const confirmedB = new Set(decisions.filter((d) => d.same).map((d) => d.before));
  const confirmedA = new Set(decisions.filter((d) => d.same).map((d) => d.after));
  const sameName = (list: readonly Actor[], confirmed: Set<string>, key: string) =>
    list.filter((x) => !confirmed.has(x.id) && nameKey(x.label) === key).length;
  for (const p of m.pairs.filter((x) => x.how === 'name')) {
    const key = nameKey(p.before.label);
    expect(nameKey(p.after.label)).toBe(key);
    expect(sameName(before.actors, confirmedB, key)).toBe(1);
    expect(sameName(after.actors, confirmedA, key)).toBe(1);
    const both = typeOf(p.before) !== '' && typeOf(p.after) !== '';
    expect(both && typeOf(p.before) !== typeOf(p.after)).toBe(false);
  }
  for (const q of m.toConfirm) {
    if (q.why === 'type-differs') {
      expect(nameKey(q.before.label)).toBe(nameKey(q.after.label));
      expect(typeOf(q.before)).not.toBe(typeOf(q.after));
    } else if (q.why === 'type') {
      expect(typeOf(q.before)).not.toBe('');
      expect(typeOf(q.before)).toBe(typeOf(q.after));
    } else expect(namesClose(q.before.label, q.after.label)).toBe(true);
  }

  // Nothing left unmatched that the name rule pairs: a name alone on each side among the unconfirmed.
  const free = (list: readonly Actor[], used: string[]) => list.filter((x) => !used.includes(x.id));
  for (const b of free(before.actors, usedB)) {
    const key = nameKey(b.label);
    const a = free(after.actors, usedA).find((x) => nameKey(x.label) === key);
    if (!a || refused(b.id, a.id)) continue;
    const alone = sameName(before.actors, confirmedB, key) === 1 && sameName(after.actors, confirmedA, key) === 1;
    expect(alone, `« ${b.label} » et « ${a.label} » auraient dû être rapprochés`).toBe(false);
  }
}

/** The oracle: per pair of identities (a pair of matched actors, or an actor alone), links counted as multisets. */
function oracle(before: MapState, after: MapState, m: ActorMatching) {
  const identityBefore = new Map<string, string>();
  const identityAfter = new Map<string, string>();
  m.pairs.forEach((p, i) => {
    identityBefore.set(p.before.id, `P${i}`);
    identityAfter.set(p.after.id, `P${i}`);
  });
  const idB = (id: string) => identityBefore.get(id) ?? `L${id}`;
  const idA = (id: string) => identityAfter.get(id) ?? `N${id}`;
  type Tally = { e0: Link[]; e1: Link[]; d0: Link[]; d1: Link[] };
  const tallies = new Map<string, Tally>();
  const tally = (x: string, y: string) => {
    const key = [x, y].sort().join('|');
    let t = tallies.get(key);
    if (!t) {
      t = { e0: [], e1: [], d0: [], d1: [] };
      tallies.set(key, t);
    }
    return t;
  };
  for (const l of before.links) tally(idB(l.source), idB(l.target))[l.status === 'existing' ? 'e0' : 'd0'].push(l);
  for (const l of after.links) tally(idA(l.source), idA(l.target))[l.status === 'existing' ? 'e1' : 'd1'].push(l);
  return {
    tallies,
    pairKeyOfAfter: (l: Link) => [idA(l.source), idA(l.target)].sort().join('|'),
    pairKeyOfBefore: (l: Link) => [idB(l.source), idB(l.target)].sort().join('|'),
  };
}

function commonKinds(a: readonly Link[], b: readonly Link[]): number {
  const left = a.map((l) => l.kind);
  let common = 0;
  for (const l of b) {
    const i = left.indexOf(l.kind);
    if (i >= 0) {
      left.splice(i, 1);
      common += 1;
    }
  }
  return common;
}

describe('comparing two diagnostics of a territory', () => {
  it('matches actors by the rules, honouring every answer of the facilitator', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const before = mapOf(s.before, 'b');
        const after = mapOf(s.after, 'n');
        const decisions = answersOf(before, after, s.answers);
        checkMatchingRules(before, after, decisions, matchActors(before, after, decisions));
      }),
      { numRuns: 400 },
    );
  });

  it('counts what appeared, disappeared, changed and came true like the oracle', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const before = mapOf(s.before, 'b');
        const after = mapOf(s.after, 'n');
        const matching = matchActors(before, after, answersOf(before, after, s.answers));
        const c = compareSeries(before, after, matching);
        const o = oracle(before, after, matching);

        const pairedB = new Set(matching.pairs.map((p) => p.before.id));
        const pairedA = new Set(matching.pairs.map((p) => p.after.id));
        expect(c.actors.left.map((a) => a.id).sort()).toEqual(
          before.actors
            .filter((a) => !pairedB.has(a.id))
            .map((a) => a.id)
            .sort(),
        );
        expect(c.actors.appeared.map((a) => a.id).sort()).toEqual(
          after.actors
            .filter((a) => !pairedA.has(a.id))
            .map((a) => a.id)
            .sort(),
        );
        expect(c.unconfirmed).toBe(matching.toConfirm.length);

        for (const [key, t] of o.tallies) {
          const appeared = c.cooperations.appeared.filter((x) => o.pairKeyOfAfter(x.link) === key);
          const gone = c.cooperations.disappeared.filter((l) => o.pairKeyOfBefore(l) === key);
          const changed = c.cooperations.changed.filter((x) => o.pairKeyOfAfter(x.after) === key);
          const kindChanged = changed.filter((x) => x.fields.includes('kind')).length;
          const same = Math.min(t.e0.length, t.e1.length);
          expect(appeared.length, key).toBe(Math.max(0, t.e1.length - t.e0.length));
          expect(gone.length, key).toBe(Math.max(0, t.e0.length - t.e1.length));
          expect(kindChanged, key).toBe(same - commonKinds(t.e0, t.e1));
          for (const x of appeared) expect(x.wished).toBe(t.d0.length > 0);
          if (t.e0.length === 1 && t.e1.length === 1) {
            const [old, now] = [t.e0[0]!, t.e1[0]!];
            const fields = (['kind', 'intensity', 'quality'] as const).filter((f) => old[f] !== now[f]);
            expect(changed.flatMap((x) => x.fields)).toEqual(fields);
          }
          // Desired links of T0 come true exactly when their two actors cooperate now.
          const realised = c.desired.realised.filter((r) => o.pairKeyOfBefore(r.desired) === key);
          expect(realised.length, key).toBe(t.e1.length > 0 ? t.d0.length : 0);
          for (const r of realised) expect(t.e1).toContain(r.now);
          const added = c.desired.added.filter((l) => o.pairKeyOfAfter(l) === key);
          expect(added.length).toBe(t.d0.length === 0 ? t.d1.length : 0);
        }
        const matched = [...o.tallies.values()].reduce((n, t) => n + Math.min(t.e0.length, t.e1.length), 0);
        expect(c.cooperations.changed.length + c.cooperations.unchanged).toBe(matched);
        expect(c.desired.realised.length + c.desired.notRealised.length).toBe(
          before.links.filter((l) => l.status === 'desired').length,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('draws the comparison on the later map, with what left put back and marked', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const before = mapOf(s.before, 'b');
        const after = mapOf(s.after, 'n');
        const c = compareSeries(before, after, matchActors(before, after, answersOf(before, after, s.answers)));
        const { map, marks } = seriesComparedMap(before, after, c);
        const ids = map.actors.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const a of after.actors) expect(map.actors).toContainEqual(a);
        for (const a of c.actors.left) expect(marks.get(earlierId(a.id))).toBe('retire');
        for (const a of c.actors.appeared) expect(marks.get(a.id)).toBe('ajoute');
        for (const l of c.cooperations.disappeared) expect(marks.get(earlierId(l.id))).toBe('retire');
        for (const x of c.cooperations.changed) expect(marks.get(x.after.id)).toBe('modifie');
        const present = new Set(ids);
        for (const l of map.links) {
          expect(present.has(l.source)).toBe(true);
          expect(present.has(l.target)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('matching, by example', () => {
  const map = (labels: [string, string?][]): MapState => ({
    codebook: defaultCodebook(),
    actors: labels.map(([label, type], i) =>
      newActor({ id: `a${i}`, label, category: 'autres', x: 0, y: 0, ...(type ? { standardType: type } : {}) }),
    ),
    links: [],
    notes: [],
    zones: [],
  });

  it('takes the same name as sure, and asks about a renamed school or a longer name', () => {
    const t0 = map([['CAF'], ['Collège J. Moulin', 'college'], ['PMI'], ['Judo club']]);
    const t1 = map([['caf'], ['Collège Jean-Moulin', 'college'], ['PMI Nord'], ['Foot club']]);
    const m = matchActors(t0, t1);
    expect(m.pairs.map((p) => [p.before.label, p.after.label, p.how])).toEqual([['CAF', 'caf', 'name']]);
    expect(m.toConfirm.map((q) => [q.before.label, q.after.label, q.why])).toEqual([
      ['Collège J. Moulin', 'Collège Jean-Moulin', 'type'],
      ['PMI', 'PMI Nord', 'name'],
    ]);
  });

  it('never pairs two same names when one side has two of them', () => {
    const m = matchActors(map([['École Jaurès'], ['École Jaurès']]), map([['École Jaurès']]));
    expect(m.pairs).toEqual([]);
  });

  it('follows the answers: a refusal stops the question, a confirmation pairs what no rule would', () => {
    const t0 = map([['PMI'], ['Maison des familles']]);
    const t1 = map([['PMI Nord'], ['Espace parents']]);
    let decisions = decide([], { before: 'a0', after: 'a0', same: false });
    decisions = decide(decisions, { before: 'a1', after: 'a1', same: true });
    const m = matchActors(t0, t1, decisions);
    expect(m.toConfirm).toEqual([]);
    expect(m.pairs.map((p) => [p.before.label, p.after.label, p.how])).toEqual([
      ['Maison des familles', 'Espace parents', 'confirmed'],
    ]);
    // Saying « même acteur » about another pair for the same actor replaces the first answer.
    decisions = decide(decisions, { before: 'a1', after: 'a0', same: true });
    expect(decisions.filter((d) => d.same)).toEqual([{ before: 'a1', after: 'a0', same: true }]);
  });
});
