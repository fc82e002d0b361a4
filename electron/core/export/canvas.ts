import { findCategory, findLinkKind } from '../../../shared/domain/codebook.js';
import type { MapState } from '../../../shared/domain/model.js';
import { actorWidth, placeActor } from '../../../shared/map-picture/layout.js';
import { noteKindLabels } from '../../../shared/synthese/labels.js';
import { escapeMarkdown } from '../../../shared/text/escape.js';

/** JSON Canvas 1.0 (https://jsoncanvas.org/spec/1.0/), the format of Obsidian's canvases. */
export interface CanvasNode {
  id: string;
  type: 'text' | 'group';
  x: number;
  y: number;
  width: number;
  height: number;
  text?: string;
  label?: string;
  color?: string;
}

export interface CanvasEdge {
  id: string;
  fromNode: string;
  toNode: string;
  fromEnd?: 'none' | 'arrow';
  toEnd?: 'none' | 'arrow';
  color?: string;
  label?: string;
}

export interface JsonCanvas {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

const noteCard = { width: 220, height: 90 };

/**
 * The map as a JSON Canvas: zones as groups (listed first, so they lie below), actors and
 * notes as text cards written in escaped Markdown, links as edges labelled with their kind.
 * Attached notes sit under their actor, tied to it by a grey edge.
 */
export function mapToCanvas(map: MapState): JsonCanvas {
  const round = Math.round;
  const nodes: CanvasNode[] = map.zones.map((z) => ({
    id: `zone-${z.id}`,
    type: 'group',
    x: round(z.x),
    y: round(z.y),
    width: round(z.width),
    height: round(z.height),
    ...(z.label ? { label: z.label } : {}),
    color: z.color,
  }));
  const actorIds = new Set(map.actors.map((a) => a.id));
  const actorById = new Map(map.actors.map((a) => [a.id, a]));
  const stacked = new Map<string, number>();
  for (const actor of map.actors) {
    const category = findCategory(map.codebook, actor.category);
    const { box } = placeActor(actor, map);
    nodes.push({
      id: `acteur-${actor.id}`,
      type: 'text',
      x: round(actor.x),
      y: round(actor.y),
      width: actorWidth,
      height: round(box.height) + 30,
      text: `**${escapeMarkdown(actor.label)}**\n\n${escapeMarkdown(category.label)}`,
      color: category.color,
    });
    stacked.set(actor.id, round(actor.y + box.height + 60));
  }
  const edges: CanvasEdge[] = map.links
    .filter((l) => actorIds.has(l.source) && actorIds.has(l.target))
    .map((l) => {
      const kind = findLinkKind(map.codebook, l.kind);
      return {
        id: `lien-${l.id}`,
        fromNode: `acteur-${l.source}`,
        toNode: `acteur-${l.target}`,
        fromEnd: 'none',
        toEnd: l.directed ? 'arrow' : 'none',
        color: kind.color,
        label: l.status === 'desired' ? `${kind.label} (souhaité)` : kind.label,
      };
    });
  for (const note of map.notes) {
    const owner = note.attachedTo?.type === 'actor' && actorIds.has(note.attachedTo.id) ? note.attachedTo.id : null;
    const actor = owner ? actorById.get(owner) : undefined;
    const y = owner ? (stacked.get(owner) ?? note.y) : note.y;
    if (owner) stacked.set(owner, y + noteCard.height + 20);
    nodes.push({
      id: `note-${note.id}`,
      type: 'text',
      x: round(actor ? actor.x : note.x),
      y: round(y),
      ...noteCard,
      text: `*${escapeMarkdown(noteKindLabels[note.kind].one)}*\n\n${escapeMarkdown(note.text)}`,
    });
    if (owner) {
      edges.push({
        id: `note-lien-${note.id}`,
        fromNode: `note-${note.id}`,
        toNode: `acteur-${owner}`,
        fromEnd: 'none',
        toEnd: 'none',
        color: '#7f7f7f',
      });
    }
  }
  return { nodes, edges };
}
