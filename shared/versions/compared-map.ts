import type { MapState } from '../domain/model.js';
import { isMoveOnly, type MapComparison } from './compare.js';

export type ChangeMark = 'ajoute' | 'retire' | 'modifie' | 'deplace';

/**
 * One map to draw a comparison on: the later version, with what the earlier one had and the
 * later one lost put back (so a removed actor shows where it was), and a mark per changed
 * element. A removed note or link is kept only when what it hangs on is drawn too.
 */
export function comparedMap(after: MapState, comparison: MapComparison) {
  const marks = new Map<string, ChangeMark>();
  const { actors, links, notes, zones } = comparison;
  for (const list of [actors, links, notes, zones]) {
    for (const item of list.added) marks.set(item.id, 'ajoute');
    for (const item of list.removed) marks.set(item.id, 'retire');
    for (const change of list.changed) marks.set(change.after.id, isMoveOnly(change) ? 'deplace' : 'modifie');
  }
  const allActors = [...after.actors, ...actors.removed];
  const present = new Set(allActors.map((a) => a.id));
  const allLinks = [...after.links, ...links.removed.filter((l) => present.has(l.source) && present.has(l.target))];
  const linkIds = new Set(allLinks.map((l) => l.id));
  const removedNotes = notes.removed.filter(
    (n) =>
      !n.attachedTo || (n.attachedTo.type === 'actor' ? present.has(n.attachedTo.id) : linkIds.has(n.attachedTo.id)),
  );
  const map: MapState = {
    codebook: after.codebook,
    actors: allActors,
    links: allLinks,
    notes: [...after.notes, ...removedNotes],
    zones: [...after.zones, ...zones.removed],
  };
  return { map, marks };
}
