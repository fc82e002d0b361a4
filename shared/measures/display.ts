import type { MapState } from '../domain/model.js';
import { type Dimmed, dimmedBy, type ViewFilter } from '../domain/view-filter.js';
import { type ActorGroup, groupsOf } from './groups.js';
import { type MeasureId, type MeasureReading, scaleOf } from './levels.js';
import { measureOf } from './measure-values.js';

/** How a map is shown: what a saved view or the wall's settings ask for. */
export interface DisplayChoice {
  filter?: ViewFilter;
  measure?: MeasureId | null;
  groups?: boolean;
}

/** What to draw for a choice: the dimmed elements, each actor's size, the groups' members. */
export interface MapDisplay {
  dimmed: Dimmed;
  measure: MeasureReading | null;
  /** The size factor of each actor the measure gives a level (1 when absent). */
  scales: ReadonlyMap<string, number>;
  groups: ActorGroup[];
}

/**
 * The one computation behind the wall, the editor and the summary's pictures: the same map and
 * choice always give the same dimming, sizes and groups wherever they are drawn.
 */
export function displayOf(map: MapState, choice: DisplayChoice, represented?: ReadonlySet<string>): MapDisplay {
  const measure = choice.measure ? measureOf(map, choice.measure) : null;
  const scales = new Map<string, number>();
  if (measure) for (const [id, level] of measure.levels) if (level > 0) scales.set(id, scaleOf(level));
  return {
    dimmed: dimmedBy(map, choice.filter ?? {}, represented),
    measure,
    scales,
    groups: choice.groups ? groupsOf(map).groups : [],
  };
}
