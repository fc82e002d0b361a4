import type { Edge, Node } from '@xyflow/react';
import type { Actor, Link } from '../../shared/domain/model.js';

export type ActeurNodeType = Node<{ actor: Actor }, 'acteur'>;
export type LienEdgeType = Edge<{ link: Link }, 'lien'>;

/**
 * Brings React Flow's nodes in line with the map's actors. A node whose actor did not change is
 * returned as is (same object), so React Flow re-renders only the actors that changed; what
 * React Flow keeps on a node (measured size, selection) is preserved.
 */
export function syncNodes(previous: readonly ActeurNodeType[], actors: readonly Actor[]): ActeurNodeType[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  return actors.map((actor) => {
    const node = byId.get(actor.id);
    if (node && node.data.actor === actor) return node;
    if (node) return { ...node, position: { x: actor.x, y: actor.y }, data: { actor } };
    return { id: actor.id, type: 'acteur', position: { x: actor.x, y: actor.y }, data: { actor } };
  });
}

export function syncEdges(previous: readonly LienEdgeType[], links: readonly Link[]): LienEdgeType[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  return links.map((link) => {
    const edge = byId.get(link.id);
    if (edge && edge.data?.link === link) return edge;
    const base = edge ?? { id: link.id, type: 'lien' as const };
    return { ...base, source: link.source, target: link.target, data: { link } };
  });
}
