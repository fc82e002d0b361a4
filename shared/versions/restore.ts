import { noneOf } from '../domain/absent-fields.js';
import { applyOps } from '../domain/apply-op.js';
import type { Codebook } from '../domain/codebook.js';
import type { MapState } from '../domain/model.js';
import type { MapOp } from '../domain/operations.js';
import { changedFields, sameValue } from './compare.js';

type Patchable = Record<string, unknown>;

/** The fields of `target` that differ from `current`, leaving out those an update cannot set. */
function patchOf<T extends object>(current: T, target: T, fixed: readonly string[]): Partial<T> | undefined {
  const fields = changedFields(current, target).filter((field) => !fixed.includes(field));
  if (fields.length === 0) return undefined;
  // A field the version never had (an influence given since) is set back to its « none ».
  return Object.fromEntries(
    fields.map((field) => [
      field,
      (target as Patchable)[field] === undefined ? noneOf(field) : (target as Patchable)[field],
    ]),
  ) as Partial<T>;
}

function union(a: Codebook, b: Codebook): Codebook {
  return {
    categories: [...a.categories, ...b.categories.filter((c) => !a.categories.some((o) => o.id === c.id))],
    linkKinds: [...a.linkKinds, ...b.linkKinds.filter((k) => !a.linkKinds.some((o) => o.id === k.id))],
  };
}

const noReassign = { categories: {}, linkKinds: {} };

/**
 * The operations that turn `current` into `target` (restoring a version). They go through
 * map.apply like any edit, so the restore is one undoable step. Built in stages, each computed
 * on the map the previous stages leave, so that every operation is valid when it runs: a
 * codebook holding both versions' codes, then removals (links, notes, zones, then actors), then
 * actors, links, notes and zones added or updated, then the version's own codebook.
 */
export function restoreOps(current: MapState, target: MapState): MapOp[] {
  const ops: MapOp[] = [];
  let map = current;
  const stage = (next: MapOp[]) => {
    if (next.length === 0) return;
    map = applyOps(map, next);
    ops.push(...next);
  };

  const codebookDiffers = !sameValue(current.codebook, target.codebook);
  if (codebookDiffers)
    stage([{ type: 'codebook.set', codebook: union(current.codebook, target.codebook), reassign: noReassign }]);

  const targetLinks = new Map(target.links.map((l) => [l.id, l]));
  // A link cannot change its ends through an update: one whose ends differ is removed, then added back.
  stage(
    map.links
      .filter((l) => {
        const wanted = targetLinks.get(l.id);
        return !wanted || wanted.source !== l.source || wanted.target !== l.target;
      })
      .map((l): MapOp => ({ type: 'link.remove', id: l.id })),
  );
  const targetNotes = new Set(target.notes.map((n) => n.id));
  const targetZones = new Set(target.zones.map((z) => z.id));
  const targetActors = new Map(target.actors.map((a) => [a.id, a]));
  stage([
    ...map.notes.filter((n) => !targetNotes.has(n.id)).map((n): MapOp => ({ type: 'note.remove', id: n.id })),
    ...map.zones.filter((z) => !targetZones.has(z.id)).map((z): MapOp => ({ type: 'zone.remove', id: z.id })),
    ...map.actors.filter((a) => !targetActors.has(a.id)).map((a): MapOp => ({ type: 'actor.remove', id: a.id })),
  ]);

  const actorsNow = new Map(map.actors.map((a) => [a.id, a]));
  const moves = target.actors.flatMap((a) => {
    const now = actorsNow.get(a.id);
    return now && (now.x !== a.x || now.y !== a.y) ? [{ id: a.id, x: a.x, y: a.y }] : [];
  });
  stage([
    ...target.actors.flatMap((a): MapOp[] => {
      const now = actorsNow.get(a.id);
      if (!now) return [{ type: 'actor.add', actor: a }];
      const patch = patchOf(now, a, ['id', 'x', 'y']);
      return patch ? [{ type: 'actor.update', id: a.id, patch }] : [];
    }),
    ...(moves.length > 0 ? [{ type: 'actor.move' as const, moves }] : []),
  ]);

  const linksNow = new Map(map.links.map((l) => [l.id, l]));
  stage(
    target.links.flatMap((l): MapOp[] => {
      const now = linksNow.get(l.id);
      if (!now) return [{ type: 'link.add', link: l }];
      const patch = patchOf(now, l, ['id', 'source', 'target']);
      return patch ? [{ type: 'link.update', id: l.id, patch }] : [];
    }),
  );

  const notesNow = new Map(map.notes.map((n) => [n.id, n]));
  const zonesNow = new Map(map.zones.map((z) => [z.id, z]));
  stage([
    ...target.notes.flatMap((n): MapOp[] => {
      const now = notesNow.get(n.id);
      if (!now) return [{ type: 'note.add', note: n }];
      const patch = patchOf(now, n, ['id']);
      return patch ? [{ type: 'note.update', id: n.id, patch }] : [];
    }),
    ...target.zones.flatMap((z): MapOp[] => {
      const now = zonesNow.get(z.id);
      if (!now) return [{ type: 'zone.add', zone: z }];
      const patch = patchOf(now, z, ['id']);
      return patch ? [{ type: 'zone.update', id: z.id, patch }] : [];
    }),
  ]);

  if (codebookDiffers) stage([{ type: 'codebook.set', codebook: target.codebook, reassign: noReassign }]);
  return ops;
}
