import type { MapState } from '../model.js';
import { OpError } from '../op-error.js';
import { type SavedView, sameViewName } from '../saved-views.js';

/** Replaces the saved views; refused when two share an id or a name (the room tells views apart by name). */
export function setViews(map: MapState, views: readonly SavedView[]): MapState {
  views.forEach((view, i) => {
    const earlier = views.slice(0, i);
    if (earlier.some((other) => other.id === view.id)) {
      throw new OpError('invalid', `Deux vues portent le même identifiant (${view.id}).`);
    }
    if (earlier.some((other) => sameViewName(other.name, view.name))) {
      throw new OpError('invalid', `Deux vues portent le même nom\u00a0: «\u202f${view.name}\u202f».`);
    }
  });
  return { ...map, views: [...views] };
}
