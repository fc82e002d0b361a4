import type { ActorGroup } from '../../shared/measures/groups.js';
import type { MeasureId } from '../../shared/measures/levels.js';

/** What one actor shows of the measure and the groups: its size factor, its group's letter. */
export interface ActorMark {
  scale: number;
  letter?: string;
}

/**
 * What the chosen measure and groups draw on one canvas (shared/measures/display.ts, computed
 * away from the canvas): a mark per actor that has one — one lookup per actor, the same object
 * while nothing changes, so an actor re-renders only when its own mark does — and the groups for
 * their outlines.
 */
export interface CanvasDisplay {
  marks: ReadonlyMap<string, ActorMark>;
  groups: readonly ActorGroup[];
  /** The measure sizing the actors and its largest value on the map, for the legend's sentence. */
  measure: { id: MeasureId; max: number } | null;
}

export const noDisplay: CanvasDisplay = { marks: new Map(), groups: [], measure: null };
