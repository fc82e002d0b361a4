import { createStore, type StoreApi } from 'zustand';
import { applyRecorded, emptyHistory, type History, record } from '../../shared/domain/history.js';
import type { MapState, Workshop, WorkshopFields } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import type { Dimmed, ViewFilter } from '../../shared/domain/view-filter.js';
import type { CoreClient } from '../api/core-client.js';
import type { StreamEvent } from '../api/transport.js';
import { type CanvasDisplay, noDisplay } from '../vues/canvas-display.js';
import { MapSync } from './map-sync.js';
import type { SaveState } from './save-queue.js';

export interface CarteState {
  workshop: Workshop | null;
  map: MapState | null;
  /** The core's revision the map shown is built on (this view's unanswered edits on top); -1 before it is read. */
  revision: number;
  loadError: string | null;
  save: SaveState;
  history: History;
  /** A drag, a connection or a name being typed: undo waits until it ends. */
  gesture: boolean;
  /** A short message for the facilitator (undo refused, nothing to undo…). */
  notice: string | null;
  /** The actor whose name is being typed on the canvas. */
  editingId: string | null;
  /** Set when that actor has just been added: its first name joins the same undo step. */
  editingNew: boolean;
  /** Filters and focus: they dim parts of the map on screen and change nothing in it. */
  view: ViewFilter;
  setView(view: ViewFilter): void;
  /** What the filter dims on this canvas, one lookup for each link label and actor. */
  dimmed: Dimmed;
  setDimmed(dimmed: Dimmed): void;
  /** Sizes by a measure and groups' letters on this canvas (renderer/vues/). */
  display: CanvasDisplay;
  setDisplay(display: CanvasDisplay): void;
  /** A connection drawn on the canvas, waiting for its kind. */
  pendingLink: { source: string; target: string; x: number; y: number } | null;
  open(workshopId: string): Promise<void>;
  close(): void;
  /**
   * Leaving the page: lets the open workshop's queue finish, then closes it — unless another
   * workshop (or the same one again) was opened meanwhile, which already disposed of it.
   */
  leave(): Promise<void>;
  /**
   * Applies ops at once on screen, records them as one undoable step, and queues them for the
   * core. With `merge`, they join the previous step (naming the actor one has just added).
   */
  apply(ops: MapOp[], options?: { merge?: boolean }): void;
  undo(): void;
  redo(): void;
  receive(event: StreamEvent): void;
  /**
   * Changes the workshop's fields (tour de table, objective, territory…) through the core; they
   * are not part of the map's undo history. Resolves once saved; a refusal becomes the notice.
   */
  updateWorkshop(patch: WorkshopPatch): Promise<boolean>;
  setEditing(id: string | null, isNew?: boolean): void;
  setPendingLink(link: CarteState['pendingLink']): void;
  setGesture(gesture: boolean): void;
  setNotice(notice: string | null): void;
  /** Waits until every edit made so far has been answered by the core (used before leaving). */
  settled(): Promise<void>;
  /** How many of this view's edits (ops) the core has not yet answered. */
  unsaved(): number;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type CarteStore = StoreApi<CarteState>;
export type WorkshopPatch = Partial<WorkshopFields>;

export const noneDimmed: Dimmed = { actors: new Set(), links: new Set() };

/**
 * One map as one canvas shows it: the editor's (with its save queue), the wall's, the F5
 * presentation's or a version's in the versions dialog. Each canvas makes its own, as React Flow
 * makes a store per flow, and gives it to its components through `CarteProvider`
 * (`carte-context.tsx`). A store made without a client only draws the map it is given.
 */
export function createCarteStore(client: CoreClient | null, initialMap: MapState | null = null): CarteStore {
  return createStore<CarteState>()((set, get) => carteState(client, initialMap, set, get));
}

function carteState(
  client: CoreClient | null,
  initialMap: MapState | null,
  set: StoreApi<CarteState>['setState'],
  get: StoreApi<CarteState>['getState'],
): CarteState {
  /** The workshop open in this store, kept in step with the core; replaced (and disposed) when another opens. */
  let sync: MapSync | null = null;

  /** Undo and redo are the same move in opposite directions: apply the other side's inverse. */
  function travel(from: 'past' | 'future'): void {
    const { map, history, gesture, editingId } = get();
    if (!map || !sync) return;
    if (gesture || editingId) {
      set({ notice: 'Terminez d’abord le geste en cours (déplacement, lien ou saisie).' });
      return;
    }
    const stack = history[from];
    const entry = stack[stack.length - 1];
    if (!entry) return;
    const rest = stack.slice(0, -1);
    try {
      const done = applyRecorded(map, entry.inverse);
      const moved = { ops: entry.inverse, inverse: done.entry.inverse };
      set({
        map: done.map,
        notice: null,
        history:
          from === 'past'
            ? { past: rest, future: [...history.future, moved] }
            : { past: [...history.past, moved], future: rest },
      });
      sync.push(entry.inverse);
    } catch (error) {
      set({
        history: { ...history, [from]: rest },
        notice: `${from === 'past' ? 'Impossible d’annuler' : 'Impossible de rétablir'} : la carte a changé entre-temps (${messageOf(error)}).`,
      });
    }
  }

  return {
    workshop: null,
    map: initialMap,
    revision: -1,
    loadError: null,
    save: { kind: 'saved' },
    history: emptyHistory,
    gesture: false,
    notice: null,
    editingId: null,
    editingNew: false,
    view: {},
    dimmed: noneDimmed,
    display: noDisplay,
    pendingLink: null,

    async open(workshopId) {
      if (!client) return;
      sync?.dispose();
      set({
        workshop: null,
        map: null,
        revision: -1,
        loadError: null,
        save: { kind: 'saved' },
        history: emptyHistory,
        gesture: false,
        notice: null,
        editingId: null,
        view: {},
        pendingLink: null,
      });
      const opened = new MapSync({
        client,
        workshopId,
        current: () => get().map,
        onShown: ({ workshop, map, revision }) => set({ workshop, map, revision }),
        onSave: (save) => set({ save }),
        // The steps recorded so far were made on edits the core did not take. The save status
        // says why (and stays until the next edit is saved): a notice too would say it twice.
        onRefused: () => set({ history: emptyHistory }),
        onReplaced: () => set({ history: emptyHistory }),
        onLoadError: (loadError) => set({ loadError }),
      });
      sync = opened;
      await opened.open();
    },

    close() {
      sync?.dispose();
      sync = null;
      set({ workshop: null, map: null, revision: -1, history: emptyHistory, editingId: null, pendingLink: null });
    },

    async leave() {
      const leaving = sync;
      await leaving?.settled();
      if (sync === leaving) get().close();
    },

    apply(ops, options) {
      const { map, history } = get();
      if (!map || !sync || ops.length === 0) return;
      try {
        const done = applyRecorded(map, ops);
        const last = history.past[history.past.length - 1];
        const next =
          options?.merge && last
            ? {
                past: [
                  ...history.past.slice(0, -1),
                  { ops: [...last.ops, ...done.entry.ops], inverse: [...done.entry.inverse, ...last.inverse] },
                ],
                future: [],
              }
            : record(history, done.entry);
        // Sent before the view is told: the other windows get the edit without waiting for this
        // one's subscribers (every node's selectors run on each change of the store).
        sync.push(ops);
        set({ map: done.map, history: next, notice: null });
      } catch (error) {
        // The view refuses what the core would refuse; nothing is queued.
        set({ notice: messageOf(error) });
      }
    },

    undo: () => travel('past'),
    redo: () => travel('future'),

    receive(event) {
      // The workshop's fields (tour de table, objective…) changed in another window.
      if (event.type === 'workshop.changed') {
        const workshop = get().workshop;
        if (workshop && event.workshop.id === workshop.id) set({ workshop: event.workshop });
        return;
      }
      sync?.receive(event);
    },

    async updateWorkshop(patch) {
      const workshop = get().workshop;
      if (!client || !workshop) return false;
      // Shown at once, as a ticked box or a typed field must be even when the core is slow to
      // answer; the core's answer replaces it, and a refusal puts back what was there.
      const shown: Workshop = { ...workshop, ...patch };
      set({ workshop: shown });
      try {
        set({ workshop: await client.call('workshop.update', { id: workshop.id, patch }) });
        return true;
      } catch (error) {
        set(get().workshop === shown ? { workshop, notice: messageOf(error) } : { notice: messageOf(error) });
        return false;
      }
    },

    setEditing: (editingId, isNew = false) => set({ editingId, editingNew: isNew }),
    setPendingLink: (pendingLink) => set({ pendingLink }),
    setGesture: (gesture) => set({ gesture }),
    setNotice: (notice) => set({ notice }),
    setView: (view) => set({ view }),
    setDimmed: (dimmed) => set({ dimmed }),
    setDisplay: (display) => set({ display }),
    settled: () => sync?.settled() ?? Promise.resolve(),
    unsaved: () => sync?.unsaved ?? 0,
  };
}
