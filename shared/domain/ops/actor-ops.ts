import { limits } from '../limits.js';
import type { Actor, MapState } from '../model.js';
import { OpError } from '../op-error.js';
import type { ActorPatch } from '../operations.js';
import { definedFields, replaceAt, requireIndex, requireNew, requireRoom } from './lookup.js';

export function checkCategory(map: MapState, category: string | undefined): void {
  if (category !== undefined && !map.codebook.categories.some((c) => c.id === category)) {
    throw new OpError('invalid', `Catégorie inconnue dans cet atelier : « ${category} ».`);
  }
}

export function addActor(map: MapState, actor: Actor): MapState {
  requireNew(map, 'actors', actor.id);
  requireRoom(map.actors.length, limits.actorsPerWorkshop, 'acteurs');
  checkCategory(map, actor.category);
  return { ...map, actors: [...map.actors, actor] };
}

/** Optional fields that a patch clears with null: the actor keeps no key, as if never given. */
const clearedByNull = ['influence', 'stance'] as const;

export function updateActor(map: MapState, id: string, patch: ActorPatch): MapState {
  const index = requireIndex(map, 'actors', id);
  checkCategory(map, patch.category);
  const updated: Record<string, unknown> = { ...map.actors[index]!, ...definedFields(patch) };
  // Removed rather than kept as null, so that the map equals itself once read back from the
  // database (where « never given » is NULL, read as no key) and from a `.maillage` file.
  for (const key of clearedByNull) if (updated[key] === null) delete updated[key];
  return { ...map, actors: replaceAt(map.actors, index, updated as Actor) };
}

export function moveActors(map: MapState, moves: readonly { id: string; x: number; y: number }[]): MapState {
  const positions = new Map(moves.map((m) => [m.id, m]));
  for (const id of positions.keys()) requireIndex(map, 'actors', id);
  return {
    ...map,
    actors: map.actors.map((actor) => {
      const to = positions.get(actor.id);
      return to ? { ...actor, x: to.x, y: to.y } : actor;
    }),
  };
}

/**
 * Removes an actor and its links. Notes on them are kept, free on the canvas where they were,
 * and the actor leaves the owners of any piste d'action: what the group said is not lost.
 */
export function removeActor(map: MapState, id: string): MapState {
  requireIndex(map, 'actors', id);
  const goneLinks = new Set(map.links.filter((l) => l.source === id || l.target === id).map((l) => l.id));
  return {
    ...map,
    actors: map.actors.filter((a) => a.id !== id),
    links: map.links.filter((l) => !goneLinks.has(l.id)),
    notes: map.notes.map((note) => {
      const detach =
        (note.attachedTo?.type === 'actor' && note.attachedTo.id === id) ||
        (note.attachedTo?.type === 'link' && goneLinks.has(note.attachedTo.id));
      const owned = note.owners.includes(id);
      if (!detach && !owned) return note;
      return {
        ...note,
        attachedTo: detach ? null : note.attachedTo,
        owners: owned ? note.owners.filter((owner) => owner !== id) : note.owners,
      };
    }),
  };
}
