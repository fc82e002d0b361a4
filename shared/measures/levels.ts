import { maxInfluence } from '../domain/codebook.js';

/**
 * What the wall can size actors by (issue 17): their influence on the workshop's question, their
 * number of partners, or how much they are a « passerelle » between others (betweenness).
 * Kept free of graphology, so the canvas can draw sizes and towers without loading it.
 */
export const measureIds = ['influence', 'partenaires', 'passerelle'] as const;
export type MeasureId = (typeof measureIds)[number];

/** A measure drawn as Net-Map's towers: 0 to this many stacked blocks. */
export const maxLevel = maxInfluence;

/** How much bigger each level makes an actor: at most 1.6 times, never smaller than it is. */
const growthPerLevel = 0.12;

/**
 * The level (0 to 5) of a value on a scale whose largest value on the map is `max`: 0 only for
 * 0, so an actor with one partner never looks like one with none.
 */
export function levelOf(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(maxLevel, Math.max(1, Math.round((maxLevel * value) / max)));
}

/** The size factor of an actor at a level: 1 at level 0, so names are never drawn smaller. */
export function scaleOf(level: number): number {
  return 1 + growthPerLevel * Math.min(maxLevel, Math.max(0, level));
}

/** The values of a measure on one map, and their levels. Actors without a value have no entry. */
export interface MeasureReading {
  measure: MeasureId;
  values: ReadonlyMap<string, number>;
  levels: ReadonlyMap<string, number>;
  /** The largest value on the map (0 when none): what the legend says the biggest actor has. */
  max: number;
}
