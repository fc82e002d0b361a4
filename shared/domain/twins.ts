import { fold } from '../exchange/fold.js';
import type { MapState } from './model.js';
import type { MapOp } from './operations.js';

/** An actor a batch adds, under the name people compare (the capture bar's `fold`). */
export interface AddedActor {
  id: string;
  key: string;
  label: string;
}

export function addedActors(ops: readonly MapOp[]): AddedActor[] {
  return ops.flatMap((op) =>
    op.type === 'actor.add' ? [{ id: op.actor.id, key: fold(op.actor.label), label: op.actor.label }] : [],
  );
}

/**
 * The names a batch would add twice: actors it adds under the folded name of an actor that
 * another view added after this view last saw the map, and that is still there. Two
 * facilitators typing « Commun > … » at the same moment would otherwise leave two « Commun ».
 * An actor added on purpose beside one the view already showed is not a twin, nor one whose
 * namesake has been removed or renamed since.
 */
export function twinsOf(ops: readonly MapOp[], addedByOthers: readonly AddedActor[], current: MapState): string[] {
  // Still there under that name: one renamed since (« Nouvel acteur » typed over) is no twin.
  const present = new Map(current.actors.map((actor) => [actor.id, fold(actor.label)]));
  const others = new Set(
    addedByOthers.filter((actor) => present.get(actor.id) === actor.key).map((actor) => actor.key),
  );
  return addedActors(ops)
    .filter((actor) => actor.key !== '' && others.has(actor.key))
    .map((actor) => actor.label);
}
