import { useEffect, useState } from 'react';
import type { MapState } from '../../shared/domain/model.js';
import type { MeasureId } from '../../shared/measures/levels.js';
import type { CarteStore } from '../carte/carte-store.js';
import { type ActorMark, type CanvasDisplay, noDisplay } from './canvas-display.js';

/**
 * The sizes of a map's actors by a measure and its groups, computed by the shared `displayOf` —
 * loaded on first use: graphology and Louvain stay out of what the editor loads to show a map.
 * Computed again when the map changes (a drag changes it once, at its end).
 */
export function useDisplayOf(map: MapState | null, measure: MeasureId | null, groups: boolean): CanvasDisplay {
  const [display, setDisplay] = useState<CanvasDisplay>(noDisplay);
  useEffect(() => {
    if (!map || (!measure && !groups)) {
      setDisplay(noDisplay);
      return;
    }
    let live = true;
    void Promise.all([import('../../shared/measures/display.js'), import('../../shared/measures/groups.js')]).then(
      ([{ displayOf }, { groupLetter }]) => {
        if (!live) return;
        const found = displayOf(map, { measure, groups });
        const marks = new Map<string, ActorMark>();
        for (const [id, scale] of found.scales) marks.set(id, { scale });
        found.groups.forEach((group, index) => {
          for (const id of group.members)
            marks.set(id, { scale: marks.get(id)?.scale ?? 1, letter: groupLetter(index) });
        });
        setDisplay({
          marks,
          groups: found.groups,
          measure: found.measure ? { id: found.measure.measure, max: found.measure.max } : null,
        });
      },
    );
    return () => {
      live = false;
    };
  }, [map, measure, groups]);
  return display;
}

/** The same, given to a canvas's store, where its actors and outlines read it. */
export function useCanvasDisplay(
  store: CarteStore,
  map: MapState | null,
  measure: MeasureId | null,
  groups: boolean,
): void {
  const display = useDisplayOf(map, measure, groups);
  useEffect(() => store.getState().setDisplay(display), [store, display]);
}
