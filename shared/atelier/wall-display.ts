import type { MapState } from '../domain/model.js';
import { type SavedView, viewsOf } from '../domain/saved-views.js';
import type { MeasureId } from '../measures/levels.js';
import type { Facilitation, FacilitationAction } from './facilitation.js';
import { type Layer, layersAt } from './steps.js';

/** What the wall shows besides the step's map: a saved view, a measure sizing actors, groups drawn. */
export interface WallDisplay {
  /** The saved view shown, null for the whole map (also when the view was deleted since). */
  view: SavedView | null;
  measure: MeasureId | null;
  groups: boolean;
  /** The step's layers and those the view reveals. */
  layers: ReadonlySet<Layer>;
}

export function wallDisplayOf(state: Facilitation, map: Pick<MapState, 'views'>): WallDisplay {
  const view = viewsOf(map).find((v) => v.id === state.wall.view) ?? null;
  const layers = layersAt(state.step);
  return {
    view,
    measure: state.wall.measure ?? null,
    groups: state.wall.groups ?? false,
    layers: view?.layers.some((l) => !layers.has(l)) ? new Set([...layers, ...view.layers]) : layers,
  };
}

/** Showing a view on the wall: its filters and layers, and its measure and groups, in one action. */
export function showViewAction(view: SavedView | null): FacilitationAction {
  return view
    ? { type: 'wall', view: view.id, measure: view.measure, groups: view.groups }
    : { type: 'wall', view: null };
}

/**
 * The view after `current` in the workshop's list, then back to the whole map (null): one key
 * goes through them all, as a presenter's remote goes through slides.
 */
export function nextView(views: readonly SavedView[], current: string | null | undefined): SavedView | null {
  if (views.length === 0) return null;
  const index = views.findIndex((v) => v.id === current);
  if (index < 0) return views[0]!;
  return views[index + 1] ?? null;
}

/** The view before `current`, the last one from the whole map. */
export function previousView(views: readonly SavedView[], current: string | null | undefined): SavedView | null {
  if (views.length === 0) return null;
  const index = views.findIndex((v) => v.id === current);
  if (index < 0) return views[views.length - 1]!;
  return index === 0 ? null : views[index - 1]!;
}
