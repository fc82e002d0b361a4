import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { guardUnsaved } from '../app/unsaved-guard.js';
import { type CarteStore, createCarteStore } from './carte-store.js';

/**
 * A store of its own for one workshop's live map, open while the component is shown: the
 * editor's (with the save queue) or the wall's. It listens for the core's changes itself, its
 * unsaved edits hold the window's close, and closing it disposes of its queue, so nothing of one
 * workshop reaches the next.
 */
export function useWorkshopCarte(workshopId: string): CarteStore {
  const [store] = useState(() => createCarteStore(api));
  useEffect(() => {
    const { open, leave, receive } = store.getState();
    void open(workshopId);
    const unsubscribe = api.subscribe(receive);
    const unguard = guardUnsaved(store);
    return () => {
      unsubscribe();
      // Leaving the page does not drop what was typed: the queue finishes, then goes.
      void leave().then(unguard);
    };
  }, [store, workshopId]);
  return store;
}
