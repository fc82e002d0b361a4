import { useEffect } from 'react';
import type { MapState } from '../../shared/domain/model.js';
import type { MeasureId } from '../../shared/measures/levels.js';
import type { CarteStore } from '../carte/carte-store.js';
import { type ActorMark, type CanvasDisplay, noDisplay } from './canvas-display.js';

/**
 * Gives a canvas's store the sizes of its actors by a measure and its groups, computed by the
 * shared `displayOf` — loaded on first use: graphology and Louvain stay out of what the editor
 * loads to show a map. Recomputed when the map changes (a drag changes it once, at its end).
 */
export function useCanvasDisplay(
  store: CarteStore,
  map: MapState | null,
  measure: MeasureId | null,
  groups: boolean,
): void {
  useEffect(() => {
    if (!map || (!measure && !groups)) {
      store.getState().setDisplay(noDisplay);
      return;
    }
    let live = true;
    void Promise.all([import('../../shared/measures/display.js'), import('../../shared/measures/groups.js')]).then(
      ([{ displayOf }, { groupLetter }]) => {
        if (!live) return;
        const display = displayOf(map, { measure, groups });
        const marks = new Map<string, ActorMark>();
        for (const [id, scale] of display.scales) marks.set(id, { scale });
        display.groups.forEach((group, index) => {
          for (const id of group.members)
            marks.set(id, { scale: marks.get(id)?.scale ?? 1, letter: groupLetter(index) });
        });
        const next: CanvasDisplay = {
          marks,
          groups: display.groups,
          measure: display.measure ? { id: display.measure.measure, max: display.measure.max } : null,
        };
        store.getState().setDisplay(next);
      },
    );
    return () => {
      live = false;
    };
  }, [store, map, measure, groups]);
}
