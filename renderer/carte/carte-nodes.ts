import type { Node } from '@xyflow/react';
import type { MapState, Note, Zone } from '../../shared/domain/model.js';
import { type ActeurNodeType, syncNodes } from './flow-sync.js';

export type NoteNodeType = Node<{ note: Note }, 'note'>;
export type ZoneNodeType = Node<{ zone: Zone }, 'zone'>;
/** Everything React Flow draws as a node: zones behind, actors, then free sticky notes on top. */
export type CarteNode = ActeurNodeType | NoteNodeType | ZoneNodeType;

/**
 * Zones sit below the links and actors even when selected (React Flow adds 1000 to a selected
 * node's z-index).
 */
export const zoneZIndex = -2000;
/** Free notes above the actors they are written next to. */
const noteZIndex = 10;

export const isActeurNode = (node: CarteNode): node is ActeurNodeType => node.type === 'acteur';
export const isNoteNode = (node: CarteNode): node is NoteNodeType => node.type === 'note';
export const isZoneNode = (node: CarteNode): node is ZoneNodeType => node.type === 'zone';

/**
 * Brings the nodes in line with the map, as syncNodes does for actors: an unchanged element keeps
 * its node object (no re-render), and what React Flow keeps on a node (size, selection) stays.
 * Notes attached to an actor or a link are not drawn here: a badge counts them on the element.
 */
export function syncCarteNodes(
  previous: readonly CarteNode[],
  map: Pick<MapState, 'actors' | 'notes' | 'zones'>,
): CarteNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  const zones = map.zones.map((zone): ZoneNodeType => {
    const node = byId.get(zone.id);
    if (node && isZoneNode(node) && node.data.zone === zone) return node;
    return {
      ...(node && isZoneNode(node) ? node : {}),
      id: zone.id,
      type: 'zone',
      position: { x: zone.x, y: zone.y },
      width: zone.width,
      height: zone.height,
      zIndex: zoneZIndex,
      dragHandle: '.zone-etiquette',
      // Only the label takes the pointer (React Flow's own inline style would say 'all'): a double-click
      // inside a zone adds an actor, a drag there frames a selection.
      style: { pointerEvents: 'none' },
      ariaLabel: zone.label,
      data: { zone },
    };
  });
  const notes = map.notes
    .filter((note) => note.attachedTo === null)
    .map((note): NoteNodeType => {
      const node = byId.get(note.id);
      if (node && isNoteNode(node) && node.data.note === note) return node;
      return {
        ...(node && isNoteNode(node) ? node : {}),
        id: note.id,
        type: 'note',
        position: { x: note.x, y: note.y },
        zIndex: noteZIndex,
        data: { note },
      };
    });
  const actors = syncNodes(previous.filter(isActeurNode), map.actors);
  return [...zones, ...actors, ...notes];
}
