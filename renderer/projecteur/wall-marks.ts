import type { WallView } from '../../shared/atelier/wall-view.js';
import type { MapState } from '../../shared/domain/model.js';
import { dimmedBy } from '../../shared/domain/view-filter.js';
import type { Marks } from './CarteLecture.js';

/**
 * What the wall highlights of the facilitator's view: the selected actors, links and notes
 * (« surligne »), and around a focused actor its partners bright and the rest dimmed, as in the
 * editor. Undefined when there is nothing to mark, so the map keeps its nodes untouched.
 */
export function wallMarks(map: MapState, view: WallView): Marks | undefined {
  const marks = new Map<string, string>();
  if (view.focus && map.actors.some((a) => a.id === view.focus)) {
    const dimmed = dimmedBy(map, { focus: view.focus });
    for (const id of dimmed.actors) marks.set(id, 'estompe');
    for (const id of dimmed.links) marks.set(id, 'estompe');
    marks.set(view.focus, 'foyer');
  }
  for (const id of [...view.actors, ...view.links, ...view.notes]) marks.set(id, 'surligne');
  return marks.size > 0 ? marks : undefined;
}
