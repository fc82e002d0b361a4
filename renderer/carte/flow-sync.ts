import type { Edge, Node } from '@xyflow/react';
import type { Actor, Link } from '../../shared/domain/model.js';

export type ActeurNodeType = Node<{ actor: Actor }, 'acteur'>;
/** Where a link stands among the links joining the same two actors: drawn side by side. */
export interface Parallel {
  index: number;
  count: number;
}
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

function pairKey(link: Link): string {
  return link.source < link.target ? `${link.source}|${link.target}` : `${link.target}|${link.source}`;
}

/** Numbers the links of each pair of actors, whatever their direction. */
export function parallels(links: readonly Link[]): Map<string, Parallel> {
  const groups = new Map<string, string[]>();
  for (const link of links) {
    const key = pairKey(link);
    const group = groups.get(key);
    if (group) group.push(link.id);
    else groups.set(key, [link.id]);
  }
  const result = new Map<string, Parallel>();
  for (const group of groups.values()) {
    for (const [index, id] of group.entries()) result.set(id, { index, count: group.length });
  }
  return result;
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
