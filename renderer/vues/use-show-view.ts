import { useCallback } from 'react';
import { showViewAction } from '../../shared/atelier/wall-display.js';
import type { SavedView } from '../../shared/domain/saved-views.js';
import { useCarteStore } from '../carte/carte-context.js';
import { useFacilitation } from '../etapes/facilitation-store.js';

/**
 * Shows a saved view on the wall (its filters, layers, measure and groups) and in the editor (its
 * filters and focus): the facilitator sees what the room sees. null goes back to the whole map.
 */
export function useShowView(): (view: SavedView | null) => void {
  const carte = useCarteStore();
  return useCallback(
    (view: SavedView | null) => {
      void useFacilitation.getState().act(showViewAction(view));
      carte.getState().setView(view ? { ...view.filter } : {});
    },
    [carte],
  );
}
