import { useEffect } from 'react';
import type { CarteStore } from '../carte/carte-store.js';

/**
 * The window's workshops still open and their edits not yet answered by the core, so that
 * closing the window or the tab does not lose what was typed: the desktop window's close waits
 * for them (the main process hears the count, `electron/main/close-guard.ts`), a browser tab
 * asks before leaving (`beforeunload`). Per window, like the window's own listeners.
 */
/** One entry per registration: a store guarded twice (React's strict mode) stays guarded until both go. */
const open = new Set<{ store: CarteStore }>();
const listeners = new Set<() => void>();

function unsavedCount(): number {
  let count = 0;
  for (const { store } of open) count += store.getState().unsaved();
  return count;
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** While a workshop's store is open, its unsaved edits hold the window's close. */
export function guardUnsaved(store: CarteStore): () => void {
  const entry = { store };
  open.add(entry);
  // The save state changes with every batch sent, answered or waiting: the count is read then.
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.save !== previous.save || state.map !== previous.map) changed();
  });
  changed();
  return () => {
    unsubscribe();
    open.delete(entry);
    changed();
  };
}

/** Installed once by the app: reports the count to the desktop app, or asks before a tab closes. */
export function useUnsavedGuard(): void {
  useEffect(() => {
    const bridge = window.maillage;
    if (bridge) {
      // Desktop: the main process keeps the window open until the count is 0, then asks.
      let last = -1;
      const report = () => {
        const count = unsavedCount();
        if (count === last) return;
        last = count;
        bridge.reportUnsaved(count);
      };
      listeners.add(report);
      report();
      return () => {
        listeners.delete(report);
      };
    }
    // Browser: the browser's own question « Quitter le site ? » — it shows no text of ours.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (unsavedCount() === 0) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
