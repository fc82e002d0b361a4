import { useMemo } from 'react';
import type { Facilitation } from '../../shared/atelier/facilitation.js';
import { mapWithLayers } from '../../shared/atelier/layers.js';
import { wallDisplayOf } from '../../shared/atelier/wall-display.js';
import type { WallView } from '../../shared/atelier/wall-view.js';
import type { MapState, Participant } from '../../shared/domain/model.js';
import { representedActorIds } from '../../shared/domain/participants.js';
import type { SavedView } from '../../shared/domain/saved-views.js';
import { type Dimmed, dimmedBy, isFiltering, type ViewFilter } from '../../shared/domain/view-filter.js';
import { noneDimmed } from '../carte/carte-store.js';
import type { Marks } from '../projecteur/CarteLecture.js';
import { wallMarks } from '../projecteur/wall-marks.js';
import type { CanvasDisplay } from './canvas-display.js';
import { useDisplayOf } from './use-canvas-display.js';

export interface WallShown {
  /** The map with the layers of the step and of the view shown. */
  map: MapState;
  dimmed: Dimmed;
  /** Classes of the elements: dimmed by the view or the focus, highlighted by the facilitator's selection. */
  marks: Marks | undefined;
  display: CanvasDisplay;
  view: SavedView | null;
  /** The facilitator's own filters when no saved view is shown, to be said in words on the wall. */
  filter: WallView['filter'];
}

/**
 * What the wall draws of a map (the projector's page and the editor's F5 alike): the step's layers
 * and the view's, the view's filters and focus dimming what they leave out — or, without a view,
 * the facilitator's filters, and focus when the wall shows it — and the measure and groups of the
 * room. `participants` (the tour de table) says which actors are represented at the workshop.
 */
export function useWallShown(
  map: MapState | null,
  state: Facilitation | null,
  view?: WallView,
  participants?: readonly Participant[],
): WallShown | null {
  const wall = useMemo(() => (map && state ? wallDisplayOf(state, map) : null), [map, state]);
  const shown = useMemo(() => (map && wall ? mapWithLayers(map, wall.layers) : null), [map, wall]);
  const focus = state?.wall.highlight ? (view?.focus ?? null) : null;
  const ownFilter = wall?.view ? undefined : view?.filter;
  const dimmed = useMemo(() => {
    if (!shown) return noneDimmed;
    const filter: ViewFilter = wall?.view ? wall.view.filter : { ...ownFilter, ...(focus ? { focus } : {}) };
    if (!isFiltering(filter)) return noneDimmed;
    const represented = filter.representation ? representedActorIds(participants ?? [], shown.actors) : undefined;
    return dimmedBy(shown, filter, represented);
  }, [shown, wall?.view, ownFilter, focus, participants]);
  const marks = useMemo(() => {
    if (!shown) return undefined;
    // With a view, the facilitator's selection is still shown, its focus gives way to the view's.
    const highlighted =
      state?.wall.highlight && view ? wallMarks(shown, wall?.view ? { ...view, focus: null } : view) : undefined;
    const all = new Map(highlighted ?? []);
    for (const id of [...dimmed.actors, ...dimmed.links]) if (!all.has(id)) all.set(id, 'estompe');
    return all.size > 0 ? all : undefined;
  }, [shown, state?.wall.highlight, view, wall?.view, dimmed]);
  const display = useDisplayOf(shown, wall?.measure ?? null, wall?.groups ?? false);
  return shown && wall ? { map: shown, dimmed, marks, display, view: wall.view, filter: ownFilter } : null;
}
