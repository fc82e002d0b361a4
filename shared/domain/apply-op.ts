import { limits } from './limits.js';
import type { Actor, Link, MapState } from './model.js';
import { OpError } from './op-error.js';
import type { MapOp } from './operations.js';

function indexOfId<T extends { id: string }>(items: readonly T[], id: string): number {
  return items.findIndex((item) => item.id === id);
}

function requireActor(map: MapState, id: string): number {
  const index = indexOfId(map.actors, id);
  if (index < 0) throw new OpError('not_found', `Acteur introuvable (${id}) : il a peut-être été supprimé.`);
  return index;
}

function requireLink(map: MapState, id: string): number {
  const index = indexOfId(map.links, id);
  if (index < 0) throw new OpError('not_found', `Lien introuvable (${id}) : il a peut-être été supprimé.`);
  return index;
}

function checkCategory(map: MapState, category: string | undefined): void {
  if (category !== undefined && !map.codebook.categories.some((c) => c.id === category)) {
    throw new OpError('invalid', `Catégorie inconnue dans cet atelier : « ${category} ».`);
  }
}

function checkKind(map: MapState, kind: string | undefined): void {
  if (kind !== undefined && !map.codebook.linkKinds.some((k) => k.id === kind)) {
    throw new OpError('invalid', `Type de coopération inconnu dans cet atelier : « ${kind} ».`);
  }
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

function addActor(map: MapState, actor: Actor): MapState {
  if (indexOfId(map.actors, actor.id) >= 0)
    throw new OpError('conflict', `Un acteur porte déjà l’identifiant ${actor.id}.`);
  if (map.actors.length >= limits.actorsPerWorkshop) {
    throw new OpError('invalid', `Un atelier compte au plus ${limits.actorsPerWorkshop} acteurs.`);
  }
  checkCategory(map, actor.category);
  return { ...map, actors: [...map.actors, actor] };
}

function addLink(map: MapState, link: Link): MapState {
  if (indexOfId(map.links, link.id) >= 0) throw new OpError('conflict', `Un lien porte déjà l’identifiant ${link.id}.`);
  if (link.source === link.target) throw new OpError('invalid', 'Un lien relie deux acteurs différents.');
  if (map.links.length >= limits.linksPerWorkshop) {
    throw new OpError('invalid', `Un atelier compte au plus ${limits.linksPerWorkshop} liens.`);
  }
  requireActor(map, link.source);
  requireActor(map, link.target);
  checkKind(map, link.kind);
  return { ...map, links: [...map.links, link] };
}

function moveActors(map: MapState, moves: readonly { id: string; x: number; y: number }[]): MapState {
  const positions = new Map(moves.map((m) => [m.id, m]));
  for (const id of positions.keys()) requireActor(map, id);
  return {
    ...map,
    actors: map.actors.map((actor) => {
      const to = positions.get(actor.id);
      return to ? { ...actor, x: to.x, y: to.y } : actor;
    }),
  };
}

/**
 * Applies one operation to a map and returns the new map; the input is never mutated.
 * Throws OpError when the operation does not fit the map. The core runs this same function
 * before writing, so the database and every view agree on what an operation means.
 */
export function applyOp(map: MapState, op: MapOp): MapState {
  switch (op.type) {
    case 'actor.add':
      return addActor(map, op.actor);
    case 'actor.update': {
      const index = requireActor(map, op.id);
      checkCategory(map, op.patch.category);
      return { ...map, actors: replaceAt(map.actors, index, { ...map.actors[index]!, ...op.patch }) };
    }
    case 'actor.move':
      return moveActors(map, op.moves);
    case 'actor.remove': {
      requireActor(map, op.id);
      return {
        ...map,
        actors: map.actors.filter((a) => a.id !== op.id),
        links: map.links.filter((l) => l.source !== op.id && l.target !== op.id),
      };
    }
    case 'link.add':
      return addLink(map, op.link);
    case 'link.update': {
      const index = requireLink(map, op.id);
      checkKind(map, op.patch.kind);
      return { ...map, links: replaceAt(map.links, index, { ...map.links[index]!, ...op.patch }) };
    }
    case 'link.remove': {
      requireLink(map, op.id);
      return { ...map, links: map.links.filter((l) => l.id !== op.id) };
    }
  }
}

export function applyOps(map: MapState, ops: readonly MapOp[]): MapState {
  return ops.reduce(applyOp, map);
}
