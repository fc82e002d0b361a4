import { create } from 'zustand';
import { type Facilitation, type FacilitationAction, facilitate } from '../../shared/atelier/facilitation.js';
import { emptyWallView, type WallView } from '../../shared/atelier/wall-view.js';
import { api, origin } from '../api/client.js';
import type { StreamEvent } from '../api/transport.js';

interface FacilitationStore {
  workshopId: string | null;
  state: Facilitation | null;
  /** What the facilitator looks at, as last sent by the editor (the wall follows it). */
  view: WallView;
  /** A refused action, in French, for the strip to show. */
  error: string | null;
  open(workshopId: string): Promise<void>;
  close(): void;
  act(action: FacilitationAction): Promise<void>;
  receive(event: StreamEvent): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The room's state of the open workshop, shared by the editor's strip and the projector: read
 * from the core, changed through facilitation.act, and kept in step by the core's events (the
 * editor and the wall may be two windows, or two tabs).
 */
export const useFacilitation = create<FacilitationStore>()((set, get) => ({
  workshopId: null,
  state: null,
  view: emptyWallView,
  error: null,

  async open(workshopId) {
    set({ workshopId, state: null, view: emptyWallView, error: null });
    try {
      const state = await api.call('facilitation.get', { workshopId });
      if (get().workshopId === workshopId) set({ state });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },

  close() {
    set({ workshopId: null, state: null, view: emptyWallView, error: null });
  },

  async act(action) {
    const workshopId = get().workshopId;
    if (!workshopId) return;
    // Shown at once with the shared reducer (a radio button answers the click), then replaced by
    // the core's answer, which is the state every window gets.
    const current = get().state;
    if (current) set({ state: facilitate(current, action, Date.now()) });
    try {
      const state = await api.call('facilitation.act', { workshopId, action });
      if (get().workshopId === workshopId) set({ state, error: null });
    } catch (error) {
      set({ error: messageOf(error), ...(get().workshopId === workshopId && current ? { state: current } : {}) });
    }
  },

  receive(event) {
    const workshopId = get().workshopId;
    // The database replaced, or events perhaps missed while the stream was down: read it again.
    if ((event.type === 'database.restored' || event.type === 'stream.opened') && workshopId) {
      void get().open(workshopId);
      return;
    }
    if (event.type === 'facilitation.changed' && event.workshopId === workshopId) set({ state: event.state });
    if (event.type === 'projection.view' && event.workshopId === workshopId && event.origin !== origin) {
      set({ view: event.view });
    }
  },
}));
