import { UndirectedGraph } from 'graphology';
import type { Intensity } from '../domain/codebook.js';
import type { MapState } from '../domain/model.js';

/** How much a link weighs when groups are sought: a strong cooperation binds more than an occasional one. */
export const intensityStrength: Readonly<Record<Intensity, number>> = { ponctuelle: 1, reguliere: 2, forte: 3 };

/**
 * The cooperation network as graphology sees it: one node per actor, one undirected edge per
 * pair of actors with at least one existing link. Desired links do not exist yet, and two
 * links between the same pair (an information exchange and a convention) are one partnership,
 * whose `strength` sums their intensities. Only the search for groups reads it: it is not named
 * `weight`, which graphology's betweenness would read as a distance.
 */
export function cooperationGraph(map: MapState): UndirectedGraph {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const actor of map.actors) graph.mergeNode(actor.id);
  for (const link of map.links) {
    if (link.status !== 'existing' || link.source === link.target) continue;
    if (!graph.hasNode(link.source) || !graph.hasNode(link.target)) continue;
    const weight = intensityStrength[link.intensity];
    graph.updateEdge(link.source, link.target, (attributes) => ({
      strength: ((attributes.strength as number | undefined) ?? 0) + weight,
    }));
  }
  return graph;
}
