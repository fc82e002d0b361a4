import { create } from 'zustand';
import type { RoomInterface, RoomState, VoteRound } from '../../shared/salle/room.js';
import type { RoomVoteAction } from '../../shared/salle/room-schema.js';
import { api } from '../api/client.js';
import { reconcileRoom } from './reconcile-room.js';

interface SalleStore {
  workshopId: string | null;
  /** null until read; the room's status is null while it is closed. */
  state: RoomState | null;
  interfaces: RoomInterface[] | null;
  /** A refusal or failure, in French, for the room's dialog or panel to show. */
  error: string | null;
  busy: boolean;
  /** Reads the room of this workshop and follows it (room.changed); returns how to stop. */
  follow(workshopId: string): () => void;
  loadInterfaces(): Promise<void>;
  open(address: string): Promise<void>;
  close(): Promise<void>;
  newCode(): Promise<void>;
  showOnWall(shown: boolean): Promise<void>;
  vote(action: RoomVoteAction): Promise<VoteRound | null>;
  setError(error: string | null): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The room of the open workshop, for the editor (its dialog and the moderation panel). The
 * core announces a change with room.changed, which carries no participant text; the store then
 * reads room.state — once at a time: changes that arrive meanwhile make one more read, not one
 * each (forty phones proposing together cost a few reads).
 */
/** Least time between two reads of the room while changes keep coming. */
const spacingMs = 150;

export const useSalle = create<SalleStore>()((set, get) => {
  let reading = false;
  let again = false;

  async function read(): Promise<void> {
    const workshopId = get().workshopId;
    if (!workshopId) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        const started = performance.now();
        const state = await api.call('room.state', { workshopId });
        if (get().workshopId === workshopId) set({ state: reconcileRoom(get().state, state) });
        // While phones keep sending, one read per `spacingMs` at most: the canvas keeps its frames.
        if (again)
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, spacingMs - (performance.now() - started))));
      } while (again && get().workshopId === workshopId);
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      reading = false;
    }
  }

  async function run<T>(work: (workshopId: string) => Promise<T>): Promise<T | null> {
    const workshopId = get().workshopId;
    if (!workshopId) return null;
    set({ busy: true, error: null });
    try {
      const result = await work(workshopId);
      await read();
      return result;
    } catch (error) {
      set({ error: messageOf(error) });
      return null;
    } finally {
      set({ busy: false });
    }
  }

  return {
    workshopId: null,
    state: null,
    interfaces: null,
    error: null,
    busy: false,

    follow(workshopId) {
      set({ workshopId, state: null, error: null });
      const stop = api.subscribe((event) => {
        if (event.type === 'room.changed' && event.workshopId === workshopId) void read();
        else if (event.type === 'database.restored') void read();
      });
      void read();
      return () => {
        stop();
        if (get().workshopId === workshopId) set({ workshopId: null, state: null, error: null });
      };
    },

    async loadInterfaces() {
      try {
        set({ interfaces: await api.call('room.interfaces', {}) });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },

    open: async (address) => {
      await run((workshopId) => api.call('room.open', { workshopId, address }));
    },
    close: async () => {
      await run((workshopId) => api.call('room.close', { workshopId }));
    },
    newCode: async () => {
      await run((workshopId) => api.call('room.newCode', { workshopId }));
    },
    showOnWall: async (shown) => {
      await run((workshopId) => api.call('room.onWall', { workshopId, shown }));
    },
    vote: (action) => run((workshopId) => api.call('room.vote', { workshopId, action })),
    setError: (error) => set({ error }),
  };
});
