import type { MapState } from './model.js';
import type { MapOp } from './operations.js';
import { addActor, moveActors, removeActor, updateActor } from './ops/actor-ops.js';
import { setCodebook } from './ops/codebook-ops.js';
import { addLink, removeLink, updateLink } from './ops/link-ops.js';
import { addNote, removeNote, updateNote } from './ops/note-ops.js';
import { setViews } from './ops/view-ops.js';
import { addZone, removeZone, updateZone } from './ops/zone-ops.js';

/**
 * Applies one operation to a map and returns the new map; the input is never mutated.
 * Throws OpError when the operation does not fit the map. The core runs this same function
 * before writing, so the database and every view agree on what an operation means.
 */
export function applyOp(map: MapState, op: MapOp): MapState {
  switch (op.type) {
    case 'actor.add':
      return addActor(map, op.actor);
    case 'actor.update':
      return updateActor(map, op.id, op.patch);
    case 'actor.move':
      return moveActors(map, op.moves);
    case 'actor.remove':
      return removeActor(map, op.id);
    case 'link.add':
      return addLink(map, op.link);
    case 'link.update':
      return updateLink(map, op.id, op.patch);
    case 'link.remove':
      return removeLink(map, op.id);
    case 'note.add':
      return addNote(map, op.note);
    case 'note.update':
      return updateNote(map, op.id, op.patch);
    case 'note.remove':
      return removeNote(map, op.id);
    case 'zone.add':
      return addZone(map, op.zone);
    case 'zone.update':
      return updateZone(map, op.id, op.patch);
    case 'zone.remove':
      return removeZone(map, op.id);
    case 'codebook.set':
      return setCodebook(map, op.codebook, op.reassign);
    case 'views.set':
      return setViews(map, op.views);
  }
}

export function applyOps(map: MapState, ops: readonly MapOp[]): MapState {
  return ops.reduce(applyOp, map);
}
