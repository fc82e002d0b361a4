import fc from 'fast-check';
import { applyOp } from '../../shared/domain/apply-op.js';
import {
  defaultCodebook,
  engagementIds,
  intensityIds,
  noteKindIds,
  priorityIds,
  qualityIds,
  shapeIds,
  stanceIds,
  timeIds,
} from '../../shared/domain/codebook.js';
import type { MapState, WorkshopFields } from '../../shared/domain/model.js';
import { workshopFieldsSchema } from '../../shared/domain/model-schema.js';
import { OpError } from '../../shared/domain/op-error.js';
import { type MapOp, mapOpSchema } from '../../shared/domain/operations.js';
import { emptyMap } from '../../shared/exchange/map-ops.js';
import { measureIds } from '../../shared/measures/levels.js';

/**
 * Random maps as the app could hold them: candidate operations are validated by the API's
 * schema (as map.apply does) and folded by the shared applyOp, the refused ones skipped. So
 * every generated map is one a facilitator could have drawn.
 */
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const label = fc.oneof(
  text(20).map((s) => `A${s}`),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'Fin ]]> de section', '=HYPERLINK("x")', 'École « Jules-Ferry »'),
);
const coordinate = fc.integer({ min: -5000, max: 5000 });
const pick = fc.nat();

type Seed =
  | {
      t: 'actor';
      label: string;
      category: number;
      engagement: (typeof engagementIds)[number] | null;
      times: string[];
      /** '' for an actor without a short name (the field is then absent). */
      shortLabel: string;
      contact: string;
      notes: string;
      x: number;
      y: number;
      influence: number | null;
      stance: (typeof stanceIds)[number] | null;
    }
  | {
      t: 'link';
      a: number;
      b: number;
      kind: number;
      intensity: string;
      quality: string | null;
      status: string;
      directed: boolean;
      obstacle: string;
      proposal: string;
    }
  | {
      t: 'note';
      kind: string;
      text: string;
      attach: number;
      target: number;
      owners: number[];
      votes: number;
      priority: string | null;
      x: number;
      y: number;
    }
  | {
      t: 'zone';
      label: string;
      x: number;
      y: number;
      w: number;
      h: number;
      shape: 'rectangle' | 'cercle';
      color: number;
    }
  | { t: 'category'; label: string; shape: number }
  | { t: 'view'; name: string; focus: number; measure: number; groups: boolean; desired: boolean }
  | { t: 'remove'; which: number };

const seed: fc.Arbitrary<Seed> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('actor' as const),
      label,
      category: pick,
      engagement: fc.constantFrom(...engagementIds, null),
      times: fc.subarray([...timeIds]),
      shortLabel: fc.constantFrom('', 'ASE', 'Collège L.-Michel', 'Mairie – Enfance'),
      contact: text(8),
      notes: text(30),
      x: coordinate,
      y: coordinate,
      influence: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      stance: fc.option(fc.constantFrom(...stanceIds), { nil: null }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('link' as const),
      a: pick,
      b: pick,
      kind: pick,
      intensity: fc.constantFrom(...intensityIds),
      quality: fc.constantFrom(...qualityIds, null),
      status: fc.constantFrom('existing', 'desired'),
      directed: fc.boolean(),
      obstacle: text(10),
      proposal: text(10),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('note' as const),
      kind: fc.constantFrom(...noteKindIds),
      text: text(30).map((s) => `N${s}`),
      attach: fc.integer({ min: 0, max: 2 }),
      target: pick,
      owners: fc.array(pick, { maxLength: 2 }),
      votes: fc.integer({ min: 0, max: 20 }),
      priority: fc.constantFrom(...priorityIds, null),
      x: coordinate,
      y: coordinate,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('zone' as const),
      label: text(10),
      x: coordinate,
      y: coordinate,
      w: fc.integer({ min: 20, max: 2000 }),
      h: fc.integer({ min: 20, max: 2000 }),
      shape: fc.constantFrom('rectangle' as const, 'cercle' as const),
      color: fc.integer({ min: 0, max: 0xffffff }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('category' as const), label: text(12).map((s) => `C${s}`), shape: pick }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('remove' as const), which: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('view' as const),
      name: fc.oneof(fc.constantFrom('Les liens souhaités', 'Autour de la CAF', 'Les habitants'), label),
      focus: pick,
      measure: pick,
      groups: fc.boolean(),
      desired: fc.boolean(),
    }),
  },
);

function opOf(map: MapState, s: Seed, n: number): unknown {
  const at = <T>(items: readonly T[], i: number): T | undefined => items[i % Math.max(1, items.length)];
  switch (s.t) {
    case 'actor':
      return {
        type: 'actor.add',
        actor: {
          id: `a${n}`,
          label: s.label,
          category: at(map.codebook.categories, s.category)!.id,
          engagement: s.engagement,
          times: s.times,
          ...(s.shortLabel ? { shortLabel: s.shortLabel } : {}),
          contact: s.contact,
          notes: s.notes,
          x: s.x,
          y: s.y,
          // Both optional: an actor without them is one whose influence was never given.
          ...(s.influence === null ? {} : { influence: s.influence }),
          ...(s.stance === null ? {} : { stance: s.stance }),
        },
      };
    case 'link':
      return {
        type: 'link.add',
        link: {
          id: `l${n}`,
          source: at(map.actors, s.a)?.id ?? 'x',
          target: at(map.actors, s.b)?.id ?? 'y',
          kind: at(map.codebook.linkKinds, s.kind)!.id,
          intensity: s.intensity,
          quality: s.quality,
          status: s.status,
          directed: s.directed,
          obstacle: s.obstacle,
          proposal: s.proposal,
          notes: '',
        },
      };
    case 'note': {
      const attachedTo =
        s.attach === 1 && map.actors.length > 0
          ? { type: 'actor', id: at(map.actors, s.target)!.id }
          : s.attach === 2 && map.links.length > 0
            ? { type: 'link', id: at(map.links, s.target)!.id }
            : null;
      const owners = [...new Set(s.owners.flatMap((o) => at(map.actors, o)?.id ?? []))];
      return {
        type: 'note.add',
        note: {
          id: `n${n}`,
          kind: s.kind,
          text: s.text,
          attachedTo,
          x: s.x,
          y: s.y,
          votes: s.votes,
          owners,
          priority: s.priority,
        },
      };
    }
    case 'zone':
      return {
        type: 'zone.add',
        zone: {
          id: `z${n}`,
          label: s.label,
          color: `#${s.color.toString(16).padStart(6, '0')}`,
          x: s.x,
          y: s.y,
          width: s.w,
          height: s.h,
          shape: s.shape,
        },
      };
    case 'category': {
      const codebook = {
        ...map.codebook,
        categories: [
          ...map.codebook.categories,
          { id: `c${n}`, label: s.label, color: '#123456', shape: shapeIds[s.shape % shapeIds.length]! },
        ],
      };
      return { type: 'codebook.set', codebook, reassign: { categories: {}, linkKinds: {} } };
    }
    case 'view': {
      const focus = at(map.actors, s.focus)?.id;
      const view = {
        id: `v${n}`,
        name: s.name,
        filter: s.desired ? { statuses: ['desired'] } : focus ? { focus } : {},
        measure: [null, ...measureIds][s.measure % (measureIds.length + 1)],
        groups: s.groups,
        layers: s.desired ? ['souhaites'] : [],
      };
      return { type: 'views.set', views: [...(map.views ?? []), view] };
    }
    case 'remove':
      return map.actors.length > 0
        ? { type: 'actor.remove', id: at(map.actors, s.which)!.id }
        : { type: 'link.remove', id: 'none' };
  }
}

/** Folds seeds into a map: each candidate checked by the schema, then by applyOp. */
export function mapFromSeeds(seeds: readonly Seed[]): { map: MapState; ops: MapOp[] } {
  let map = emptyMap(defaultCodebook());
  const ops: MapOp[] = [];
  seeds.forEach((s, n) => {
    const parsed = mapOpSchema.safeParse(opOf(map, s, n));
    if (!parsed.success) return;
    try {
      map = applyOp(map, parsed.data);
      ops.push(parsed.data);
    } catch (error) {
      if (!(error instanceof OpError)) throw error;
    }
  });
  return { map, ops };
}

export const arbitraryMap = fc
  .array(seed, { minLength: 5, maxLength: 80, size: 'max' })
  .map((seeds) => mapFromSeeds(seeds).map);

export const arbitraryWorkshopFields: fc.Arbitrary<WorkshopFields> = fc
  .record({
    title: label,
    territory: text(20),
    date: fc.constantFrom('', '2026-03-14', '1999-12-31'),
    facilitator: text(20),
    objective: text(60),
    participants: fc.array(fc.record({ name: label, structure: text(10), role: text(10) }), { maxLength: 3 }),
  })
  .map((fields) => workshopFieldsSchema.parse(fields));
