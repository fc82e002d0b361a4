import type { MapState } from './model.js';
import type { MapOp } from './operations.js';

export interface Deletion {
  ops: MapOp[];
  actorCount: number;
  /** Every link that goes: those selected and those attached to a deleted actor. */
  linkCount: number;
}

/** The operations that delete a selection; links of deleted actors go with them. */
export function deletionOf(map: MapState, actorIds: readonly string[], linkIds: readonly string[]): Deletion {
  const actors = new Set(actorIds.filter((id) => map.actors.some((a) => a.id === id)));
  const attached = map.links.filter((l) => actors.has(l.source) || actors.has(l.target));
  const attachedIds = new Set(attached.map((l) => l.id));
  const selectedLinks = [...new Set(linkIds)].filter(
    (id) => !attachedIds.has(id) && map.links.some((l) => l.id === id),
  );
  return {
    ops: [
      ...selectedLinks.map((id): MapOp => ({ type: 'link.remove', id })),
      ...[...actors].map((id): MapOp => ({ type: 'actor.remove', id })),
    ],
    actorCount: actors.size,
    linkCount: attached.length + selectedLinks.length,
  };
}
