import { centrality } from 'graphology-metrics';
import type { MapState } from '../domain/model.js';
import { cooperationGraph } from './cooperation-graph.js';
import { levelOf, type MeasureId, type MeasureReading, maxLevel } from './levels.js';

function reading(measure: MeasureId, values: Map<string, number>, levelled: (value: number, max: number) => number) {
  const max = Math.max(0, ...values.values());
  const levels = new Map([...values].map(([id, value]) => [id, levelled(value, max)]));
  return { measure, values, levels, max };
}

/**
 * The values of a measure for each actor: influence as given (actors without one are left out),
 * distinct partners through existing links, or betweenness normalised to 0–1 (the share of
 * shortest paths between others that pass through the actor), the same figures the summary's
 * key figures state.
 */
export function measureOf(map: MapState, measure: MeasureId): MeasureReading {
  if (measure === 'influence') {
    const values = new Map<string, number>();
    for (const actor of map.actors) if (actor.influence !== undefined) values.set(actor.id, actor.influence);
    // Influence is already on Net-Map's 0–5 scale: its level is the value itself.
    return reading(measure, values, (value) => Math.min(maxLevel, value));
  }
  const graph = cooperationGraph(map);
  if (measure === 'partenaires') {
    return reading(measure, new Map(map.actors.map((a) => [a.id, graph.degree(a.id)])), levelOf);
  }
  const scores: Record<string, number> =
    graph.order > 2 ? centrality.betweenness(graph, { normalized: true, getEdgeWeight: null }) : {};
  return reading(measure, new Map(map.actors.map((a) => [a.id, scores[a.id] ?? 0])), levelOf);
}
