import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { CarteState, CarteStore } from './carte-store.js';

const CarteContext = createContext<CarteStore | null>(null);

/**
 * Gives a canvas's store to everything drawn inside it (actors, links, notes, zones, panels,
 * forms). The editor, the wall, the F5 presentation and each version in the versions dialog
 * make their own store (`createCarteStore`) and wrap their canvas in this provider, the way
 * `ReactFlowProvider` gives each flow its own store.
 */
export function CarteProvider({ store, children }: { store: CarteStore; children: ReactNode }) {
  return <CarteContext.Provider value={store}>{children}</CarteContext.Provider>;
}

/**
 * The store of the canvas this component is drawn in, for event handlers:
 * `const carte = useCarteStore(); … carte.getState().apply(ops)`.
 */
export function useCarteStore(): CarteStore {
  const store = useContext(CarteContext);
  if (!store) throw new Error('useCarte : aucun CarteProvider au-dessus de ce composant.');
  return store;
}

/**
 * Reads part of the canvas's store and re-renders when it changes:
 * `const editing = useCarte((s) => s.editingId === id)`. Select a small value (a boolean, a
 * count), never the whole map in a component drawn once per actor or link.
 */
export function useCarte<T>(selector: (state: CarteState) => T): T {
  return useStore(useCarteStore(), selector);
}
