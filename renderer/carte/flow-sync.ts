import type { Edge, Node } from '@xyflow/react';
import { type Parallel, parallels } from '../../shared/domain/geometry.js';
import type { Actor, Link } from '../../shared/domain/model.js';

export { type Parallel, parallels };

export type ActeurNodeType = Node<{ actor: Actor }, 'acteur'>;
export type LienEdgeType = Edge<{ link: Link; parallel: Parallel }, 'lien'>;

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
  const places = parallels(links);
  return links.map((link) => {
    const edge = byId.get(link.id);
    const parallel = places.get(link.id) ?? { index: 0, count: 1 };
    const same =
      edge?.data?.link === link &&
      edge.data.parallel.index === parallel.index &&
      edge.data.parallel.count === parallel.count;
    if (edge && same) return edge;
    const base = edge ?? { id: link.id, type: 'lien' as const };
    return { ...base, source: link.source, target: link.target, data: { link, parallel } };
  });
}
