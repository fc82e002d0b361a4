import type { MapState } from '../../shared/domain/model.js';
import type { CarteStore } from '../carte/carte-store.js';
import { useFacilitation } from '../etapes/facilitation-store.js';
import { useCanvasDisplay } from './use-canvas-display.js';

/** The measure and groups the room is shown (the wall's settings), drawn on this canvas too. */
export function useWallMeasure(store: CarteStore, map: MapState | null): void {
  const measure = useFacilitation((s) => s.state?.wall.measure ?? null);
  const groups = useFacilitation((s) => s.state?.wall.groups ?? false);
  useCanvasDisplay(store, map, measure, groups);
}
