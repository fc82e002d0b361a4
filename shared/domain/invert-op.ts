import { noneOf } from './absent-fields.js';
import type { Codebook } from './codebook.js';
import type { MapState } from './model.js';
import type { MapOp } from './operations.js';

/** The values the patched fields had before: undoing a patch is patching them back. */
function previousValues<T extends object>(item: T, patch: object): Partial<T> {
  const keys = Object.keys(patch).filter((key) => (patch as Record<string, unknown>)[key] !== undefined);
  // A field that was absent (an actor's optional standardType, pinned, influence or stance) comes back as its « none ».
  return Object.fromEntries(
    keys.map((key) => [key, item[key as keyof T] === undefined ? noneOf(key) : item[key as keyof T]]),
  ) as Partial<T>;
}

function find<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((x) => x.id === id);
  if (!item) throw new Error(`invertOp: ${id} absent de la carte d’avant`);
  return item;
}

/** Restores the notes an operation detached or took owners from. */
function restoreNotes(before: MapState, after: MapState): MapOp[] {
  const previous = new Map(before.notes.map((n) => [n.id, n]));
  return after.notes.flatMap((note): MapOp[] => {
    const old = previous.get(note.id);
    if (!old || old === note) return [];
    return [{ type: 'note.update', id: note.id, patch: { attachedTo: old.attachedTo, owners: old.owners } }];
  });
}

/**
 * Undoing a codebook change: first a codebook holding old and new codes, so every actor and link
 * stays valid, then each element back on its old code, then the old codebook alone.
 */
function restoreCodebook(before: MapState, after: MapState): MapOp[] {
  const old = before.codebook;
  const union: Codebook = {
    categories: [
      ...old.categories,
      ...after.codebook.categories.filter((c) => !old.categories.some((o) => o.id === c.id)),
    ],
    linkKinds: [...old.linkKinds, ...after.codebook.linkKinds.filter((k) => !old.linkKinds.some((o) => o.id === k.id))],
  };
  const none = { categories: {}, linkKinds: {} };
  const actorBack = before.actors.flatMap((actor): MapOp[] => {
    const now = after.actors.find((a) => a.id === actor.id);
    return now && now.category !== actor.category
      ? [{ type: 'actor.update', id: actor.id, patch: { category: actor.category } }]
      : [];
  });
  const linkBack = before.links.flatMap((link): MapOp[] => {
    const now = after.links.find((l) => l.id === link.id);
    return now && now.kind !== link.kind ? [{ type: 'link.update', id: link.id, patch: { kind: link.kind } }] : [];
  });
  return [
    { type: 'codebook.set', codebook: union, reassign: none },
    ...actorBack,
    ...linkBack,
    { type: 'codebook.set', codebook: old, reassign: none },
  ];
}

/**
 * The operations that take `after = applyOp(before, op)` back to `before` (elements put back are
 * appended, so only the order of lists may differ). Undo is built on it: a history entry keeps
 * the ops and their inverse.
 */
export function invertOp(before: MapState, op: MapOp, after: MapState): MapOp[] {
  switch (op.type) {
    case 'actor.add':
      return [{ type: 'actor.remove', id: op.actor.id }];
    case 'actor.update':
      return [{ type: 'actor.update', id: op.id, patch: previousValues(find(before.actors, op.id), op.patch) }];
    case 'actor.move':
      return [
        {
          type: 'actor.move',
          moves: op.moves.map((m) => {
            const actor = find(before.actors, m.id);
            return { id: m.id, x: actor.x, y: actor.y };
          }),
        },
      ];
    case 'actor.remove': {
      const removedLinks = before.links.filter((l) => l.source === op.id || l.target === op.id);
      return [
        { type: 'actor.add', actor: find(before.actors, op.id) },
        ...removedLinks.map((link): MapOp => ({ type: 'link.add', link })),
        ...restoreNotes(before, after),
      ];
    }
    case 'link.add':
      return [{ type: 'link.remove', id: op.link.id }];
    case 'link.update':
      return [{ type: 'link.update', id: op.id, patch: previousValues(find(before.links, op.id), op.patch) }];
    case 'link.remove':
      return [{ type: 'link.add', link: find(before.links, op.id) }, ...restoreNotes(before, after)];
    case 'note.add':
      return [{ type: 'note.remove', id: op.note.id }];
    case 'note.update':
      return [{ type: 'note.update', id: op.id, patch: previousValues(find(before.notes, op.id), op.patch) }];
    case 'note.remove':
      return [{ type: 'note.add', note: find(before.notes, op.id) }];
    case 'zone.add':
      return [{ type: 'zone.remove', id: op.zone.id }];
    case 'zone.update':
      return [{ type: 'zone.update', id: op.id, patch: previousValues(find(before.zones, op.id), op.patch) }];
    case 'zone.remove':
      return [{ type: 'zone.add', zone: find(before.zones, op.id) }];
    case 'codebook.set':
      return restoreCodebook(before, after);
    case 'views.set':
      return [{ type: 'views.set', views: before.views ?? [] }];
  }
}
