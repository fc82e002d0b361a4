import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { contract } from '../../../shared/api/contract.js';
import type { CoreEvent } from '../../../shared/api/events.js';
import { applyOps } from '../../../shared/domain/apply-op.js';
import {
  type Codebook,
  engagementIds,
  intensityIds,
  noteKindIds,
  priorityIds,
  qualityIds,
  stanceIds,
  timeIds,
} from '../../../shared/domain/codebook.js';
import type { MapState } from '../../../shared/domain/model.js';
import { OpError } from '../../../shared/domain/op-error.js';

/**
 * THE property of the core: whatever sequence of operations the views send, the map the core
 * serves — from memory, and from the database after a restart — is the fold of the shared
 * applyOp over the operations it accepted; and it refuses exactly what applyOp (or the
 * contract's schema) refuses, changing nothing then.
 *
 * Operations are generated as "seeds" (numbers and field values) that are turned into
 * operations against the current model only when the test runs, so that most of them hit
 * existing actors, links, notes and zones, and some deliberately miss (unknown ids, taken ids,
 * unknown categories, loops, empty patches…).
 */

const root = mkdtempSync(join(tmpdir(), 'maillage-property-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// ---- Field values ------------------------------------------------------------------------

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
/** Mostly sensible labels; sometimes padded (the schema trims) or blank (refused). */
const label = fc.oneof(
  { weight: 8, arbitrary: text(16).map((s) => `A${s}`) },
  { weight: 1, arbitrary: text(8).map((s) => `  ${s} x `) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '<script>alert(1)</script>', "l'école « Jules-Ferry »") },
);
/** Coordinates on the canvas; -0 is left out, as SQLite stores it as 0 (see the report). */
const coordinate = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
);
/** A value that may be absent, or given explicitly as undefined (as IPC's structured clone keeps it). */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

const actorFields = fc.record({
  label,
  engagement: fc.constantFrom(...engagementIds, null),
  times: fc.subarray([...timeIds]),
  contact: text(10),
  notes: text(20),
  influence: maybe(fc.integer({ min: 0, max: 5 })),
  stance: maybe(fc.constantFrom(...stanceIds)),
});
const actorPatch = fc.record(
  {
    label: maybe(label),
    engagement: maybe(fc.constantFrom(...engagementIds, null)),
    times: maybe(fc.subarray([...timeIds])),
    shortLabel: maybe(text(6)),
    contact: maybe(text(10)),
    notes: maybe(text(20)),
    // null clears (the key goes); 6 and -1 are refused by the schema.
    influence: maybe(fc.constantFrom(0, 3, 5, null, 6, -1)),
    stance: maybe(fc.constantFrom(...stanceIds, null)),
  },
  { requiredKeys: [] },
);
const linkFields = fc.record({
  intensity: fc.constantFrom(...intensityIds),
  quality: fc.constantFrom(...qualityIds, null),
  status: fc.constantFrom('existing' as const, 'desired' as const),
  directed: fc.boolean(),
  obstacle: text(10),
  proposal: text(10),
  notes: text(10),
});
const linkPatch = fc.record(
  {
    intensity: maybe(fc.constantFrom(...intensityIds)),
    quality: maybe(fc.constantFrom(...qualityIds, null)),
    status: maybe(fc.constantFrom('existing' as const, 'desired' as const)),
    directed: maybe(fc.boolean()),
    obstacle: maybe(text(10)),
    notes: maybe(text(10)),
  },
  { requiredKeys: [] },
);
const noteFields = fc.record({
  kind: fc.constantFrom(...noteKindIds),
  text: label,
  votes: fc.integer({ min: 0, max: 30 }),
  priority: fc.constantFrom(...priorityIds, null),
});
const zoneFields = fc.record({
  label: text(12),
  color: fc.constantFrom('#AABBCC', '#000000', '#ff8800'),
  width: fc.integer({ min: 20, max: 5000 }),
  height: fc.double({ min: 20, max: 5000, noNaN: true }),
  shape: fc.constantFrom('rectangle' as const, 'cercle' as const),
});

/** How often each kind of operation comes: mostly additions and edits, so that maps grow. */
const kindWeights = {
  'actor.add': 6,
  'actor.update': 3,
  'actor.move': 2,
  'actor.remove': 1,
  'link.add': 6,
  'link.update': 3,
  'link.remove': 1,
  'note.add': 3,
  'note.update': 2,
  'note.remove': 1,
  'zone.add': 1,
  'zone.update': 1,
  'zone.remove': 1,
  'codebook.set': 1,
  'views.set': 1,
} as const;
type Kind = keyof typeof kindWeights;
const kind = fc.oneof(
  ...(Object.entries(kindWeights) as [Kind, number][]).map(([k, weight]) => ({ weight, arbitrary: fc.constant(k) })),
);

const seed = fc.record({
  kind,
  /** Indexes into the current lists. */
  picks: fc.array(fc.nat(1000), { minLength: 4, maxLength: 4 }),
  /** 0: aim at something that exists (or is fresh, for an add); above: one way to miss. */
  miss: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }),
  x: coordinate,
  y: coordinate,
  actor: actorFields,
  actorPatch,
  link: linkFields,
  linkPatch,
  note: noteFields,
  zone: zoneFields,
  viewName: fc.constantFrom('Les liens souhaités', 'Autour de la CAF', ' les liens SOUHAITÉS ', '', 'x'.repeat(81)),
});
type Seed = typeof seed extends fc.Arbitrary<infer T> ? T : never;

/** A batch is one to three operations sent in one map.apply call. */
const batch = fc.oneof(
  { weight: 4, arbitrary: seed.map((s) => [s]) },
  { weight: 1, arbitrary: fc.array(seed, { minLength: 2, maxLength: 3 }) },
);
/** Three actors first, so that links and notes have something to hold on to; then up to 36 batches. */
const scenario = fc
  .tuple(
    fc.array(
      seed.map((s): Seed => ({ ...s, kind: 'actor.add', miss: 0 })),
      { minLength: 3, maxLength: 3 },
    ),
    fc.array(batch, { minLength: 1, maxLength: 36, size: 'max' }),
  )
  .map(([first, rest]) => [...first.map((s) => [s]), ...rest]);

// ---- Turning seeds into operations against the model ----------------------------------------

function pick<T extends { id: string }>(items: readonly T[], index: number): string {
  return items.length === 0 ? 'absent' : items[index % items.length]!.id;
}

/** Builds the raw input of one operation (not yet parsed by the contract). */
function operationOf(s: Seed, map: MapState, fresh: () => string): Record<string, unknown> {
  const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = s.picks;
  const unknown = `inconnu-${p0}`;
  const actorId = (p: number) => (s.miss === 1 ? unknown : pick(map.actors, p));
  const category = s.miss === 2 ? 'categorie-inconnue' : pick(map.codebook.categories, p1);
  switch (s.kind) {
    case 'actor.add': {
      const id = s.miss === 1 && map.actors.length > 0 ? pick(map.actors, p0) : fresh();
      return { type: 'actor.add', actor: { id, category, x: s.x, y: s.y, ...s.actor } };
    }
    case 'actor.update': {
      const patch: Record<string, unknown> = { ...s.actorPatch };
      if (s.miss === 2 || p2 % 3 === 0) patch.category = category;
      if (s.miss === 3) for (const key of Object.keys(patch)) delete patch[key];
      return { type: 'actor.update', id: actorId(p0), patch };
    }
    case 'actor.move': {
      const moves = [{ id: actorId(p0), x: s.x, y: s.y }];
      if (p2 % 2 === 0) moves.push({ id: pick(map.actors, p1), x: s.y, y: s.x });
      return { type: 'actor.move', moves };
    }
    case 'actor.remove':
      return { type: 'actor.remove', id: actorId(p0) };
    case 'link.add': {
      const source = actorId(p0);
      // miss 3: a loop from an actor to itself.
      const others = map.actors.filter((a) => a.id !== source);
      const target = s.miss === 3 || others.length === 0 ? source : pick(others, p1);
      const kind = s.miss === 2 ? 'type-inconnu' : pick(map.codebook.linkKinds, p2);
      return { type: 'link.add', link: { id: fresh(), source, target, kind, ...s.link } };
    }
    case 'link.update': {
      const patch: Record<string, unknown> = { ...s.linkPatch };
      if (s.miss === 2 || p2 % 3 === 0) patch.kind = s.miss === 2 ? 'type-inconnu' : pick(map.codebook.linkKinds, p3);
      return { type: 'link.update', id: s.miss === 1 ? unknown : pick(map.links, p0), patch };
    }
    case 'link.remove':
      return { type: 'link.remove', id: s.miss === 1 ? unknown : pick(map.links, p0) };
    case 'note.add': {
      const attachedTo =
        p1 % 3 === 0
          ? null
          : p1 % 3 === 1
            ? { type: 'actor', id: actorId(p2) }
            : { type: 'link', id: s.miss === 1 ? unknown : pick(map.links, p2) };
      const owners = p3 % 2 === 0 ? [] : [actorId(p3)];
      return { type: 'note.add', note: { id: fresh(), x: s.x, y: s.y, attachedTo, owners, ...s.note } };
    }
    case 'note.update': {
      const patch: Record<string, unknown> =
        p1 % 3 === 0
          ? { attachedTo: p2 % 2 === 0 ? null : { type: 'actor', id: actorId(p2) } }
          : p1 % 3 === 1
            ? { votes: s.note.votes, priority: s.note.priority, owners: [actorId(p2)] }
            : { text: s.note.text, x: s.x };
      return { type: 'note.update', id: s.miss === 1 ? unknown : pick(map.notes, p0), patch };
    }
    case 'note.remove':
      return { type: 'note.remove', id: s.miss === 1 ? unknown : pick(map.notes, p0) };
    case 'zone.add': {
      const id = s.miss === 1 && map.zones.length > 0 ? pick(map.zones, p0) : fresh();
      return { type: 'zone.add', zone: { id, x: s.x, y: s.y, ...s.zone } };
    }
    case 'zone.update':
      return {
        type: 'zone.update',
        id: s.miss === 1 ? unknown : pick(map.zones, p0),
        patch: p1 % 2 === 0 ? { label: s.zone.label, shape: s.zone.shape } : { x: s.x, width: s.zone.width },
      };
    case 'zone.remove':
      return { type: 'zone.remove', id: s.miss === 1 ? unknown : pick(map.zones, p0) };
    case 'codebook.set':
      return codebookOperation(map.codebook, s, fresh);
    case 'views.set':
      return viewsOperation(map, s, fresh);
  }
}

/** Adds a view, or empties the list; a name may clash with one already kept (refused), be blank or too long. */
function viewsOperation(map: MapState, s: Seed, fresh: () => string): Record<string, unknown> {
  const [p0 = 0, p1 = 0] = s.picks;
  if (p0 % 4 === 0) return { type: 'views.set', views: [] };
  const view = {
    id: s.miss === 1 && map.views?.length ? map.views[0]!.id : fresh(),
    name: s.viewName,
    filter: p1 % 2 === 0 ? { statuses: ['desired'] } : { focus: pick(map.actors, p1), categories: ['parents'] },
    measure: (['influence', 'partenaires', 'passerelle', null] as const)[p1 % 4],
    groups: p1 % 3 === 0,
    layers: p1 % 2 === 0 ? ['souhaites'] : [],
  };
  return { type: 'views.set', views: [...(map.views ?? []), view] };
}

/** Drops one category and one link kind, sometimes adds a category; reassigns unless missing. */
function codebookOperation(codebook: Codebook, s: Seed, fresh: () => string): Record<string, unknown> {
  const [p0 = 0, p1 = 0, p2 = 0] = s.picks;
  const categories = codebook.categories.slice();
  const linkKinds = codebook.linkKinds.slice();
  const reassign: { categories: Record<string, string>; linkKinds: Record<string, string> } = {
    categories: {},
    linkKinds: {},
  };
  if (categories.length > 1) {
    const [gone] = categories.splice(p0 % categories.length, 1);
    if (gone && s.miss !== 1) reassign.categories[gone.id] = pick(categories, p1);
  }
  if (linkKinds.length > 1 && p2 % 2 === 0) {
    const [gone] = linkKinds.splice(p2 % linkKinds.length, 1);
    if (gone && s.miss !== 1) reassign.linkKinds[gone.id] = pick(linkKinds, p1);
  }
  if (p1 % 2 === 0) {
    categories.push({
      id: `cat-${fresh().toLowerCase()}`,
      label: 'Nouvelle catégorie',
      color: '#123456',
      shape: 'maison',
    });
  }
  return { type: 'codebook.set', codebook: { categories, linkKinds }, reassign };
}

// ---- What the core must answer --------------------------------------------------------------

type Expected = { ok: true; map: MapState } | { ok: false; code: string };

/** The contract's schema, then the shared applyOp: the meaning of a batch, computed apart from the core. */
function expectedOf(map: MapState, input: unknown): Expected {
  const parsed = contract['map.apply'].input.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'validation' };
  try {
    return { ok: true, map: applyOps(map, parsed.data.ops) };
  } catch (error) {
    if (!(error instanceof OpError)) throw error;
    return { ok: false, code: error.code === 'invalid' ? 'validation' : error.code };
  }
}

function mapOf(core: Core, workshopId: string): MapState & { revision: number } {
  const { map, revision, workshop } = core.call('map.get', { workshopId });
  expect(workshop.codebook).toEqual(map.codebook);
  return { ...map, revision };
}

function expectSameMap(actual: MapState, expected: MapState): void {
  expect(actual.codebook).toEqual(expected.codebook);
  expect(actual.actors).toEqual(expected.actors);
  expect(actual.links).toEqual(expected.links);
  expect(actual.notes).toEqual(expected.notes);
  expect(actual.zones).toEqual(expected.zones);
  expect(actual.views).toEqual(expected.views);
}

describe('the map served by the core is the fold of applyOp over the accepted operations', () => {
  it('in memory, after a restart and in a duplicate, for random sequences of operations (property)', () => {
    let run = 0;
    fc.assert(
      fc.property(scenario, (batches) => {
        const dataDir = join(root, `run-${run++}`);
        let core = createCore({ dataDir });
        try {
          const workshop = core.call('workshop.create', { title: 'Propriété' });
          const bystander = core.call('workshop.create', { title: 'Témoin' });
          const events: CoreEvent[] = [];
          core.subscribe((event) => events.push(event));

          let model = mapOf(core, workshop.id) as MapState;
          let accepted = 0;
          let counter = 0;
          const fresh = () => `e${counter++}`;

          for (const batch of batches) {
            // Each op of a batch is built against the model as it would be after the previous ones.
            let scratch = model;
            const ops: Record<string, unknown>[] = [];
            for (const s of batch) {
              const op = operationOf(s, scratch, fresh);
              ops.push(op);
              const step = expectedOf(scratch, { workshopId: workshop.id, origin: 'p', ops: [op] });
              if (step.ok) scratch = step.map;
            }
            const input = { workshopId: workshop.id, origin: 'propriete', ops };
            const expected = expectedOf(model, input);
            const answer = core.dispatch('map.apply', input);
            if (expected.ok) {
              accepted++;
              expect(answer).toEqual({ ok: true, result: { revision: accepted } });
              model = expected.map;
            } else {
              expect(answer.ok).toBe(false);
              if (!answer.ok) expect(answer.error.code).toBe(expected.code);
            }
            const served = mapOf(core, workshop.id);
            expect(served.revision).toBe(accepted);
            expectSameMap(served, model);
          }
          expect(events.filter((e) => e.type === 'map.changed')).toHaveLength(accepted);

          core.close();
          core = createCore({ dataDir });
          const reopened = mapOf(core, workshop.id);
          expect(reopened.revision).toBe(accepted);
          expectSameMap(reopened, model);

          const copy = core.call('workshop.duplicate', { id: workshop.id });
          expectSameMap(mapOf(core, copy.id), model);
          const untouched = mapOf(core, bystander.id);
          expect(untouched.revision).toBe(0);
          expect([untouched.actors, untouched.links, untouched.notes, untouched.zones]).toEqual([[], [], [], []]);
        } finally {
          core.close();
          rmSync(dataDir, { recursive: true, force: true });
        }
      }),
      { numRuns: 100 },
    );
    // About 15 s alone; the margin is for a machine busy with the other test files.
  });
});
