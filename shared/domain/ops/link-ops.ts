import { limits } from '../limits.js';
import type { Link, MapState } from '../model.js';
import { OpError } from '../op-error.js';
import type { LinkPatch } from '../operations.js';
import { definedFields, replaceAt, requireIndex, requireNew, requireRoom } from './lookup.js';

export function checkKind(map: MapState, kind: string | undefined): void {
  if (kind !== undefined && !map.codebook.linkKinds.some((k) => k.id === kind)) {
    throw new OpError('invalid', `Type de coopération inconnu dans cet atelier : « ${kind} ».`);
  }
}

export function addLink(map: MapState, link: Link): MapState {
  requireNew(map, 'links', link.id);
  if (link.source === link.target) throw new OpError('invalid', 'Un lien relie deux acteurs différents.');
  requireRoom(map.links.length, limits.linksPerWorkshop, 'liens');
  requireIndex(map, 'actors', link.source);
  requireIndex(map, 'actors', link.target);
  checkKind(map, link.kind);
  return { ...map, links: [...map.links, link] };
}

export function updateLink(map: MapState, id: string, patch: LinkPatch): MapState {
  const index = requireIndex(map, 'links', id);
  checkKind(map, patch.kind);
  return { ...map, links: replaceAt(map.links, index, { ...map.links[index]!, ...definedFields(patch) }) };
}

/** Removes a link; its notes stay, free on the canvas. */
export function removeLink(map: MapState, id: string): MapState {
  requireIndex(map, 'links', id);
  return {
    ...map,
    links: map.links.filter((l) => l.id !== id),
    notes: map.notes.map((note) =>
      note.attachedTo?.type === 'link' && note.attachedTo.id === id ? { ...note, attachedTo: null } : note,
    ),
  };
}
