import { create } from 'zustand';
import type { OpenedMap } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { CoreEvent } from '../../shared/api/events.js';
import { applyOps } from '../../shared/domain/apply-op.js';
import type { MapState, Workshop } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import { api, origin } from '../api/client.js';
import { SaveQueue, type SaveState } from './save-queue.js';

export interface CarteState {
  workshop: Workshop | null;
  map: MapState | null;
  loadError: string | null;
  save: SaveState;
  /** The actor whose name is being typed on the canvas. */
  editingId: string | null;
  /** A connection drawn on the canvas, waiting for its kind. */
  pendingLink: { source: string; target: string; x: number; y: number } | null;
  open(workshopId: string): Promise<void>;
  close(): void;
  /** Applies ops at once on screen, and queues them for the core. */
  apply(ops: MapOp[]): void;
  receive(event: CoreEvent): void;
  setEditing(id: string | null): void;
  setPendingLink(link: CarteState['pendingLink']): void;
}

let queue: SaveQueue | null = null;

export const useCarte = create<CarteState>()((set, get) => {
  async function reload(): Promise<void> {
    const workshop = get().workshop;
    if (!workshop) return;
    try {
      const opened: OpenedMap = await api.call('map.get', { workshopId: workshop.id });
      set({ workshop: opened.workshop, map: opened.map });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    workshop: null,
    map: null,
    loadError: null,
    save: { kind: 'saved' },
    editingId: null,
    pendingLink: null,

    async open(workshopId) {
      set({ workshop: null, map: null, loadError: null, save: { kind: 'saved' }, editingId: null, pendingLink: null });
      queue = new SaveQueue({
        send: (ops) => api.call('map.apply', { workshopId, ops, origin }),
        onState: (save) => set({ save }),
        onRejected: () => void reload(),
      });
      try {
        const opened = await api.call('map.get', { workshopId });
        set({ workshop: opened.workshop, map: opened.map });
      } catch (error) {
        set({ loadError: error instanceof ApiError ? error.message : String(error) });
      }
    },

    close() {
      queue = null;
      set({ workshop: null, map: null, editingId: null, pendingLink: null });
    },

    apply(ops) {
      const { map } = get();
      if (!map || !queue || ops.length === 0) return;
      try {
        set({ map: applyOps(map, ops) });
      } catch (error) {
        // The view refuses what the core would refuse; nothing is queued.
        set({ save: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } });
        return;
      }
      queue.push(ops);
    },

    receive(event) {
      const { workshop, map } = get();
      if (event.type !== 'map.changed' || !workshop || !map) return;
      if (event.workshopId !== workshop.id || event.origin === origin) return;
      try {
        set({ map: applyOps(map, event.ops) });
      } catch {
        void reload();
      }
    },

    setEditing: (editingId) => set({ editingId }),
    setPendingLink: (pendingLink) => set({ pendingLink }),
  };
});

/** Waits until every edit made so far has been answered by the core (used before leaving). */
export function savesSettled(): Promise<void> {
  return queue?.idle() ?? Promise.resolve();
}
