import type { MapState } from './model.js';
import type { SavedView } from './saved-views-schema.js';

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
