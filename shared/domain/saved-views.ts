import { limits } from './limits.js';
import type { MapState } from './model.js';
import type { MapOp } from './operations.js';
import type { SavedView } from './saved-views-schema.js';
import type { ViewFilter } from './view-filter.js';

export type { SavedView } from './saved-views-schema.js';

/** The saved views of a map, in their order (a map written before views existed has none). */
export function viewsOf(map: Pick<MapState, 'views'>): readonly SavedView[] {
  return map.views ?? [];
}

/** Two names that only differ by case or spaces are the same view for the room. */
export function sameViewName(a: string, b: string): boolean {
  const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
  return key(a) === key(b);
}

/** Why a view cannot be kept: the UI says it in the facilitator's language. */
export type ViewRefusal = 'empty' | 'taken' | 'tooMany';

/** The operation that keeps one more view, at the end of the list, or why it cannot. */
export function addViewOp(
  map: Pick<MapState, 'views'>,
  view: SavedView,
): { ok: true; op: MapOp } | { ok: false; reason: ViewRefusal } {
  const views = viewsOf(map);
  if (view.name.trim() === '') return { ok: false, reason: 'empty' };
  if (views.some((other) => sameViewName(other.name, view.name))) return { ok: false, reason: 'taken' };
  if (views.length >= limits.savedViews) return { ok: false, reason: 'tooMany' };
  return { ok: true, op: { type: 'views.set', views: [...views, { ...view, name: view.name.trim() }] } };
}

/** The operation that changes one view (its place in the summary…), the others untouched. */
export function updateViewOp(map: Pick<MapState, 'views'>, id: string, patch: Partial<Omit<SavedView, 'id'>>): MapOp {
  return { type: 'views.set', views: viewsOf(map).map((view) => (view.id === id ? { ...view, ...patch } : view)) };
}

export function removeViewOp(map: Pick<MapState, 'views'>, id: string): MapOp {
  return { type: 'views.set', views: viewsOf(map).filter((view) => view.id !== id) };
}

/** The filter as a view keeps it: its own copies of the lists, dimensions not set left out. */
export function savedFilter(filter: ViewFilter): SavedView['filter'] {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]),
  ) as SavedView['filter'];
}
