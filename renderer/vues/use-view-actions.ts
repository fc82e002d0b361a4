import { nextView, previousView } from '../../shared/atelier/wall-display.js';
import type { MapState } from '../../shared/domain/model.js';
import { viewsOf } from '../../shared/domain/saved-views.js';
import { useAction } from '../actions/context.js';
import { useFacilitation } from '../etapes/facilitation-store.js';
import { useShowView } from './use-show-view.js';

/**
 * Page Down and Page Up (a presenter's remote) go through the saved views on the wall, then back
 * to the whole map: the actions `view.next` and `view.previous` of the registry.
 */
export function useViewActions(map: MapState | null): void {
  const show = useShowView();
  const current = useFacilitation((s) => s.state?.wall.view ?? null);
  const views = map ? viewsOf(map) : [];
  useAction('view.next', () => show(nextView(views, current)), views.length > 0);
  useAction('view.previous', () => show(previousView(views, current)), views.length > 0);
}
