import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOp, applyOps } from '../../../shared/domain/apply-op.js';
import { intensityIds, linkStatusIds, qualityIds, stanceIds } from '../../../shared/domain/codebook.js';
import { applyRecorded } from '../../../shared/domain/history.js';
import { type MapState, newActor, newLink, newNote } from '../../../shared/domain/model.js';
import { OpError } from '../../../shared/domain/op-error.js';
import { type MapOp, mapOpSchema } from '../../../shared/domain/operations.js';
import { compareMaps, isSameMap } from '../../../shared/versions/compare.js';
import { restoreOps } from '../../../shared/versions/restore.js';
import { arbitraryMap } from '../../support/random-map.js';

/**
 * Comparing two versions lists exactly the changes made between them: a version is taken, random
 * edits are applied through the shared applyOp (as the editor does), and the comparison is
 * checked against an oracle that knows nothing of compare.ts — membership by id, and content by
 * canonical JSON, field by field. Restoring either version through the ops restoreOps computes
 * gives that version back, and undoing the restore gives the other one back.
 */

type Edit = { t: number; i: number; j: number; v: number; s: string };
const edit = fc.record({
  t: fc.integer({ min: 0, max: 14 }),
  i: fc.nat(),
  j: fc.nat(),
  v: fc.integer({ min: -3000, max: 3000 }),
  s: fc.string({ maxLength: 12 }),
});

function opOf(map: MapState, e: Edit, n: number): unknown {
  const at = <T>(items: readonly T[], k: number): T | undefined => items[Math.abs(k) % Math.max(1, items.length)];
  const actor = at(map.actors, e.i);
  const link = at(map.links, e.i);
  const note = at(map.notes, e.i);
  const zone = at(map.zones, e.i);
  switch (e.t) {
    case 0:
      return {
        type: 'actor.add',
        actor: newActor({
          id: `e${n}`,
          label: `Nouveau ${e.s}`,
          category: at(map.codebook.categories, e.j)!.id,
          x: e.v,
          y: e.i % 900,
        }),
      };
    case 1:
      return actor && { type: 'actor.update', id: actor.id, patch: { label: `L${e.s}` } };
    case 2:
      return actor && { type: 'actor.update', id: actor.id, patch: { category: at(map.codebook.categories, e.j)!.id } };
    case 3:
      return actor && { type: 'actor.move', moves: [{ id: actor.id, x: e.v, y: e.j % 2000 }] };
    case 4:
      return actor && { type: 'actor.remove', id: actor.id };
    case 5: {
      const target = at(map.actors, e.j);
      return (
        actor &&
        target && {
          type: 'link.add',
          link: newLink({
            id: `f${n}`,
            source: actor.id,
            target: target.id,
            kind: at(map.codebook.linkKinds, e.v)!.id,
          }),
        }
      );
    }
    case 6:
      return (
        link && {
          type: 'link.update',
          id: link.id,
          patch: {
            status: linkStatusIds[e.j % 2],
            quality: [...qualityIds, null][e.j % 4],
            intensity: intensityIds[Math.abs(e.v) % 3],
          },
        }
      );
    case 7:
      return link && { type: 'link.remove', id: link.id };
    case 8:
      return note
        ? { type: 'note.update', id: note.id, patch: { votes: Math.abs(e.v) % 30 } }
        : { type: 'note.add', note: newNote({ id: `g${n}`, kind: 'piste-action', text: `P${e.s}`, x: e.v, y: 0 }) };
    case 9:
      return note && { type: 'note.remove', id: note.id };
    case 10:
      return zone && { type: 'zone.update', id: zone.id, patch: { label: e.s } };
    case 12: {
      // A new category, and an actor moved onto it: restoring must undo both, in an order applyOp accepts.
      const id = `k${n}`;
      return {
        type: 'codebook.set',
        codebook: {
          ...map.codebook,
          categories: [...map.codebook.categories, { id, label: `Cat ${e.s}`, color: '#112233', shape: 'maison' }],
        },
        reassign: { categories: actor ? { [actor.category]: id } : {}, linkKinds: {} },
      };
    }
    case 13: {
      // A category removed, its actors reassigned to the first one.
      const gone = map.codebook.categories[1 + (Math.abs(e.j) % Math.max(1, map.codebook.categories.length - 1))];
      const first = map.codebook.categories[0];
      return (
        gone &&
        first &&
        gone.id !== first.id && {
          type: 'codebook.set',
          codebook: { ...map.codebook, categories: map.codebook.categories.filter((c) => c.id !== gone.id) },
          reassign: { categories: { [gone.id]: first.id }, linkKinds: {} },
        }
      );
    }
    case 14:
      // Influence and stance given, changed or cleared (null: back to « not given », no key).
      return (
        actor && {
          type: 'actor.update',
          id: actor.id,
          patch: {
            influence: [null, 0, 3, 5][Math.abs(e.v) % 4],
            stance: [null, ...stanceIds][Math.abs(e.j) % 4],
          },
        }
      );
    default:
      // An edit that sets a field back to its own value: applyOp makes a new object, nothing changed.
      return actor && { type: 'actor.update', id: actor.id, patch: { label: actor.label } };
  }
}

function edited(start: MapState, edits: readonly Edit[]): MapState {
  let map = start;
  edits.forEach((e, n) => {
    const parsed = mapOpSchema.safeParse(opOf(map, e, n));
    if (!parsed.success) return;
    try {
      map = applyOp(map, parsed.data);
    } catch (error) {
      if (!(error instanceof OpError)) throw error;
    }
  });
  return map;
}

/** JSON with sorted keys: two equal elements give the same text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function oracle<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const b = new Map(before.map((x) => [x.id, x]));
  const a = new Map(after.map((x) => [x.id, x]));
  const changed = new Map<string, string[]>();
  for (const [id, now] of a) {
    const old = b.get(id);
    if (!old) continue;
    const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])]
      .filter((k) => canonical((old as Record<string, unknown>)[k]) !== canonical((now as Record<string, unknown>)[k]))
      .sort();
    if (fields.length > 0) changed.set(id, fields);
  }
  return {
    added: [...a.keys()].filter((id) => !b.has(id)).sort(),
    removed: [...b.keys()].filter((id) => !a.has(id)).sort(),
    changed,
  };
}

const lists = ['actors', 'links', 'notes', 'zones'] as const;

describe('comparing two versions of a map', () => {
  it('lists exactly the elements added, removed and changed (and which fields) by random edits', () => {
    fc.assert(
      fc.property(arbitraryMap, fc.array(edit, { minLength: 0, maxLength: 40 }), (start, edits) => {
        const end = edited(start, edits);
        const comparison = compareMaps(start, end);
        for (const list of lists) {
          const expected = oracle<{ id: string }>(start[list], end[list]);
          const got = comparison[list];
          expect(got.added.map((x) => x.id).sort()).toEqual(expected.added);
          expect(got.removed.map((x) => x.id).sort()).toEqual(expected.removed);
          expect(new Map(got.changed.map((c) => [c.after.id, [...c.fields].sort()]))).toEqual(expected.changed);
          // Nothing an edit left alone (same object) is ever reported.
          const untouched = new Set(
            start[list].filter((x) => (end[list] as readonly object[]).includes(x)).map((x) => x.id),
          );
          for (const c of got.changed) expect(untouched.has(c.after.id)).toBe(false);
        }
        const nothing = lists.every((list) => {
          const o = oracle<{ id: string }>(start[list], end[list]);
          return o.added.length + o.removed.length + o.changed.size === 0;
        });
        expect(isSameMap(comparison)).toBe(nothing && canonical(start.codebook) === canonical(end.codebook));
      }),
      { numRuns: 150 },
    );
  });

  it('restores either version through valid ops, as one step that undo takes back', () => {
    let codebookChanges = 0;
    fc.assert(
      fc.property(arbitraryMap, fc.array(edit, { minLength: 1, maxLength: 40 }), (start, edits) => {
        const end = edited(start, edits);
        const back: MapOp[] = restoreOps(end, start);
        if (back.some((op) => op.type === 'codebook.set')) codebookChanges += 1;
        for (const op of back) expect(mapOpSchema.safeParse(op).success).toBe(true);
        const restored = applyRecorded(end, back);
        expect(isSameMap(compareMaps(restored.map, start))).toBe(true);
        expect(isSameMap(compareMaps(applyOps(restored.map, restored.entry.inverse), end))).toBe(true);
        expect(isSameMap(compareMaps(applyOps(start, restoreOps(start, end)), end))).toBe(true);
        expect(restoreOps(end, end)).toEqual([]);
      }),
      { numRuns: 150 },
    );
    // The generator does reach restores across a changed codebook (categories added or removed).
    expect(codebookChanges).toBeGreaterThan(10);
  });
});
