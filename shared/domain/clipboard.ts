import type { Actor, Link, MapState, Note } from './model.js';
import type { MapOp } from './operations.js';

/** A piece of map carried by copy and paste: actors, the links between them, their notes. */
export interface Fragment {
  type: 'maillage-fragment';
  actors: Actor[];
  links: Link[];
  notes: Note[];
}

export const fragmentMime = 'application/x-maillage-fragment';

/** What copying a selection takes: links only when both their actors are copied too. */
export function copyFragment(map: MapState, actorIds: readonly string[], noteIds: readonly string[] = []): Fragment {
  const ids = new Set(actorIds);
  const actors = map.actors.filter((a) => ids.has(a.id));
  const links = map.links.filter((l) => ids.has(l.source) && ids.has(l.target));
  const linkIds = new Set(links.map((l) => l.id));
  const chosenNotes = new Set(noteIds);
  const notes = map.notes.filter(
    (n) =>
      chosenNotes.has(n.id) ||
      (n.attachedTo?.type === 'actor' && ids.has(n.attachedTo.id)) ||
      (n.attachedTo?.type === 'link' && linkIds.has(n.attachedTo.id)),
  );
  return { type: 'maillage-fragment', actors, links, notes };
}

/**
 * The operations that paste a fragment: everything gets new ids (so the same piece can be pasted
 * twice), is shifted by `offset`, and keeps its links and notes between the copies. Categories
 * and kinds unknown to this map fall back to its last ones (« Autres », « Autre »).
 */
export function pasteOps(
  fragment: Fragment,
  map: MapState,
  newId: () => string,
  offset: { x: number; y: number },
): { ops: MapOp[]; actorIds: string[] } {
  const ids = new Map<string, string>();
  const fresh = (id: string) => {
    const next = newId();
    ids.set(id, next);
    return next;
  };
  const fallbackCategory = map.codebook.categories.at(-1)?.id ?? 'autres';
  const fallbackKind = map.codebook.linkKinds.at(-1)?.id ?? 'autre';
  const knownCategory = (id: string) => map.codebook.categories.some((c) => c.id === id);
  const knownKind = (id: string) => map.codebook.linkKinds.some((k) => k.id === id);
  const actors = fragment.actors.map(
    (a): Actor => ({
      ...a,
      id: fresh(a.id),
      x: a.x + offset.x,
      y: a.y + offset.y,
      category: knownCategory(a.category) ? a.category : fallbackCategory,
    }),
  );
  const links = fragment.links.map(
    (l): Link => ({
      ...l,
      id: fresh(l.id),
      source: ids.get(l.source) ?? l.source,
      target: ids.get(l.target) ?? l.target,
      kind: knownKind(l.kind) ? l.kind : fallbackKind,
    }),
  );
  const existingActors = new Set(map.actors.map((a) => a.id));
  const notes = fragment.notes.map((n): Note => {
    const attachedId = n.attachedTo ? ids.get(n.attachedTo.id) : undefined;
    return {
      ...n,
      id: fresh(n.id),
      x: n.x + offset.x,
      y: n.y + offset.y,
      attachedTo: n.attachedTo && attachedId ? { type: n.attachedTo.type, id: attachedId } : null,
      owners: n.owners
        .map((o) => ids.get(o) ?? o)
        .filter((o) => existingActors.has(o) || [...ids.values()].includes(o)),
    };
  });
  return {
    ops: [
      ...actors.map((actor): MapOp => ({ type: 'actor.add', actor })),
      ...links.map((link): MapOp => ({ type: 'link.add', link })),
      ...notes.map((note): MapOp => ({ type: 'note.add', note })),
    ],
    actorIds: actors.map((a) => a.id),
  };
}
