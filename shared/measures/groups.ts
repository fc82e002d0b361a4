import type { UndirectedGraph } from 'graphology';
import louvainExport, { type DetailedLouvainOutput, type LouvainOptions } from 'graphology-communities-louvain';
import type { MapState } from '../domain/model.js';
import { cooperationGraph } from './cooperation-graph.js';

interface Louvain {
  detailed(graph: UndirectedGraph, options?: LouvainOptions): DetailedLouvainOutput;
}
/**
 * The package is CommonJS typed as an ES default export: Node and the bundlers hand over
 * `module.exports` itself, while TypeScript under NodeNext sees it wrapped in `default`.
 */
const exported: unknown = louvainExport;
const louvain = ((exported as { default?: Louvain }).default ?? exported) as Louvain;

/** Fewer actors than this do not make a group worth drawing or naming. */
export const minGroupSize = 3;
/**
 * Below this modularity the network does not split into groups that work among themselves more
 * than with the others (0.3 is the usual rule of thumb since Newman and Girvan): no group is shown
 * rather than lines drawn through a network that is one whole.
 */
export const minModularity = 0.3;

/** Actors that work among themselves more than with the others. */
export interface ActorGroup {
  /** Actor ids, in the map's order. */
  members: string[];
  /** The member with the most partners inside the group (then the first in French order): its name names the group. */
  anchor: string;
}

export interface GroupReading {
  groups: ActorGroup[];
  /** Louvain's modularity of the partition found (NaN for a map without cooperation). */
  modularity: number;
}

/**
 * Groups of the cooperation network (Louvain community detection, graphology-communities-louvain,
 * links weighted by intensity). The walk through the actors is not random, so one map always gives
 * the same groups. Largest group first; groups under `minGroupSize` are left out, and none is
 * given when the partition's modularity is under `minModularity`.
 */
export function groupsOf(map: MapState): GroupReading {
  const graph = cooperationGraph(map);
  if (graph.size === 0) return { groups: [], modularity: Number.NaN };
  const found = louvain.detailed(graph, { getEdgeWeight: 'strength', randomWalk: false });
  if (!(found.modularity >= minModularity)) return { groups: [], modularity: found.modularity };
  const byCommunity = new Map<number, string[]>();
  for (const actor of map.actors) {
    const community = found.communities[actor.id];
    if (community === undefined) continue;
    const members = byCommunity.get(community) ?? [];
    members.push(actor.id);
    byCommunity.set(community, members);
  }
  const labelOf = new Map(map.actors.map((a) => [a.id, a.label]));
  const groups = [...byCommunity.values()]
    .filter((members) => members.length >= minGroupSize)
    .map((members) => {
      const inside = new Set(members);
      const partnersInside = (id: string) => graph.neighbors(id).filter((n) => inside.has(n)).length;
      const anchor = [...members].sort(
        (a, b) =>
          partnersInside(b) - partnersInside(a) || (labelOf.get(a) ?? '').localeCompare(labelOf.get(b) ?? '', 'fr'),
      )[0]!;
      return { members, anchor };
    })
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        (labelOf.get(a.anchor) ?? '').localeCompare(labelOf.get(b.anchor) ?? '', 'fr'),
    );
  return { groups, modularity: found.modularity };
}

/** A group's letter, A to Z then AA…: how the map and the summary tell groups apart, never by colour. */
export function groupLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${groupLetter(Math.floor(index / 26) - 1)}${letter}`;
}
