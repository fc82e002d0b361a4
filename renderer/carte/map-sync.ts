import { ApiError } from '../../shared/api/errors.js';
import { applyOp, applyOps } from '../../shared/domain/apply-op.js';
import type { MapState, Workshop } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import type { CoreClient } from '../api/core-client.js';
import type { StreamEvent } from '../api/transport.js';
import { type Batch, SaveQueue, type SaveState } from './save-queue.js';

export interface Shown {
  workshop: Workshop;
  map: MapState;
  /** The core's revision the map is built on (edits of this view not yet answered come on top). */
  revision: number;
}

export interface MapSyncOptions {
  client: CoreClient;
  workshopId: string;
  /** The map to show changed: the core's, with this view's unanswered edits on top. */
  onShown(shown: Shown): void;
  /** The map the view shows now (its own edits applied on top as they were made). */
  current(): MapState | null;
  onSave(state: SaveState): void;
  /** The core refused edits of this view: they are gone from the map shown; the message says why. */
  onRefused(message: string): void;
  onLoadError(message: string): void;
  /**
   * The map was rewritten under every view (a backup restored, a person erased): steps recorded
   * against the old one are void, and undoing one could put back what was erased.
   */
  onReplaced?(): void;
  retryDelaysMs?: readonly number[];
  /** How long an answer may stay ahead of the events before the view reads the core's map again. */
  catchUpMs?: number;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Keeps one view's map in step with the core's, revision by revision.
 *
 * The view knows the revision its map is built on (`confirmed` at `revision`). A change event for
 * the next revision is applied to it; this view's edits not yet answered are then applied again
 * on top (rebased), so they come after the others' in the view exactly as in the core, which
 * applies batches in the order they arrive. An event that skips a revision, a revision from the
 * future, a stream that (re)opened (a restarted server, a laptop waking up) or a database restored
 * from a backup make the view read the core's map again (`resync`) — after the batch in flight
 * has been answered, so that it knows whether that map holds it. The queue keeps a batch's id
 * until it is answered and the core applies each id once: an edit is sent in order, and once.
 */
export class MapSync {
  private confirmed: MapState | null = null;
  private workshop: Workshop | null = null;
  private revisionShown = -1;
  /** Answered batches whose revision is ahead of the events received: applied once they catch up. */
  private ahead: { id: string; revision: number; ops: MapOp[] }[] = [];
  /** Batches in flight whose own change event came before their answer. */
  private echoed = new Set<string>();
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  private buffered: StreamEvent[] = [];
  private disposed = false;
  /** The stream opened while the first read was on its way: that read may predate it. */
  private openedWhileLoading = false;
  private catchUp: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;
  /** Whether the map shown holds every unanswered edit (none was skipped as impossible). */
  private complete = true;
  private readonly queue: SaveQueue;

  constructor(private readonly options: MapSyncOptions) {
    const { client, workshopId } = options;
    this.queue = new SaveQueue({
      send: (batch) =>
        client.call('map.apply', {
          workshopId,
          ops: batch.ops,
          origin: client.origin,
          batchId: batch.id,
          base: batch.base,
        }),
      onState: (state) => options.onSave(state),
      onSaved: (batch, revision) => this.saved(batch, revision),
      onRefused: (batch, error) => this.refused(batch, error),
      newBatchId: () => `${client.origin}:${++this.sequence}`,
      retryDelaysMs: options.retryDelaysMs,
    });
  }

  /** The core's revision the view's map is built on; -1 before the map is read. */
  get revision(): number {
    return this.revisionShown;
  }

  /** How many of this view's ops the core has not yet answered. */
  get unsaved(): number {
    return this.queue.size;
  }

  /** Reads the map; while the server does not answer (restarting), tries again. */
  async open(): Promise<void> {
    let delay = 250;
    while (!this.disposed) {
      try {
        await this.load();
        if (this.openedWhileLoading) void this.resync();
        return;
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'transport') {
          if (!this.disposed) this.options.onLoadError(messageOf(error));
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 5000);
      }
    }
  }

  /** Edits the view has just applied to the map it shows: queued for the core. */
  push(ops: readonly MapOp[]): void {
    if (this.confirmed) this.queue.push(ops, this.revisionShown);
  }

  receive(event: StreamEvent): void {
    if (this.disposed) return;
    if (!this.confirmed) {
      if (event.type === 'stream.opened') this.openedWhileLoading = true;
      return;
    }
    if (event.type === 'stream.opened' || event.type === 'database.restored') {
      if (event.type === 'database.restored') this.options.onReplaced?.();
      void this.resync();
      return;
    }
    // An event for another workshop is not this view's.
    if (event.type !== 'map.changed' || event.workshopId !== this.options.workshopId) return;
    if (this.syncing) this.buffered.push(event);
    else this.integrate(event);
  }

  /** Resolves once every edit made so far has been answered by the core and the map is read. */
  async settled(): Promise<void> {
    while (!this.disposed && (this.syncing || this.queue.size > 0)) {
      await this.syncing;
      await this.queue.idle();
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.catchUp);
    this.queue.dispose();
  }

  private async load(): Promise<void> {
    const opened = await this.options.client.call('map.get', { workshopId: this.options.workshopId });
    if (this.disposed) return;
    const before = this.revisionShown;
    this.workshop = opened.workshop;
    this.confirmed = opened.map;
    this.revisionShown = opened.revision;
    // What the core held at that revision includes every batch it had answered by then; a
    // database restored from a backup went back in time, and those answers are void.
    this.ahead = opened.revision < before ? [] : this.ahead.filter((batch) => batch.revision > opened.revision);
    this.echoed.clear();
    this.show();
  }

  private integrate(event: Extract<StreamEvent, { type: 'map.changed' }>): void {
    const confirmed = this.confirmed;
    if (!confirmed || event.revision <= this.revisionShown) return;
    if (event.revision > this.revisionShown + 1) {
      void this.resync();
      return;
    }
    let next: MapState;
    try {
      next = applyOps(confirmed, event.ops);
    } catch {
      void this.resync();
      return;
    }
    const sending = this.queue.sending;
    const own = event.origin === this.options.client.origin && event.batchId !== undefined;
    if (own && sending && event.batchId === sending.id) {
      this.echoed.add(sending.id);
      if (this.adoptShown(sending, event.revision)) return;
    }
    this.ahead = this.ahead.filter((batch) => batch.id !== event.batchId);
    this.advance(next, event.revision);
  }

  /**
   * The usual case: this view's batch lands right after what it showed, with nothing else on top.
   * The map shown is then exactly the core's: kept as it is, so nothing on screen is drawn again.
   */
  private adoptShown(batch: Batch, revision: number): boolean {
    const current = this.options.current();
    const alone = this.ahead.length === 0 && this.queue.size === batch.ops.length;
    if (!current || !this.complete || !alone || revision !== this.revisionShown + 1) return false;
    this.confirmed = current;
    this.revisionShown = revision;
    if (this.workshop) this.options.onShown({ workshop: this.workshop, map: current, revision });
    return true;
  }

  private saved(batch: Batch, revision: number): void {
    if (this.echoed.delete(batch.id) || revision <= this.revisionShown || !this.confirmed) return;
    if (revision === this.revisionShown + 1) {
      // The queue has already let go of the batch: alone means nothing else is left.
      if (this.ahead.length === 0 && this.queue.size === 0 && this.complete) {
        const current = this.options.current();
        if (current) {
          this.confirmed = current;
          this.revisionShown = revision;
          this.options.onShown({ workshop: this.workshop!, map: current, revision });
          return;
        }
      }
      this.advance(applyOps(this.confirmed, batch.ops), revision);
      return;
    }
    // Other views' batches came first; their events are on their way.
    this.ahead.push({ id: batch.id, revision, ops: batch.ops });
    this.show();
    clearTimeout(this.catchUp);
    this.catchUp = setTimeout(() => {
      if (this.ahead.some((ahead) => ahead.revision > this.revisionShown)) void this.resync();
    }, this.options.catchUpMs ?? 2000);
  }

  private refused(_batch: Batch, error: ApiError): void {
    this.echoed.clear();
    this.options.onRefused(error.message);
    // The refused edits leave the map at once; then the core's map is read again.
    this.show();
    void this.resync();
  }

  /** The confirmed map moved to `revision`; answered batches now next in line follow it. */
  private advance(map: MapState, revision: number): void {
    let confirmed = map;
    let at = revision;
    this.ahead.sort((a, b) => a.revision - b.revision);
    while (this.ahead[0]?.revision === at + 1) {
      const batch = this.ahead.shift()!;
      confirmed = applyOps(confirmed, batch.ops);
      at = batch.revision;
    }
    this.confirmed = confirmed;
    this.revisionShown = at;
    this.show();
  }

  /** The core's map with this view's edits not yet in it on top, in the core's order. */
  private show(): void {
    const { confirmed, workshop } = this;
    if (!confirmed || !workshop) return;
    const inFlight = this.queue.sending;
    const pending = [
      ...this.ahead.flatMap((batch) => batch.ops),
      ...(inFlight && this.echoed.has(inFlight.id)
        ? this.queue.unsaved().slice(inFlight.ops.length)
        : this.queue.unsaved()),
    ];
    let map = confirmed;
    this.complete = true;
    for (const op of pending) {
      try {
        map = applyOp(map, op);
      } catch {
        // The core will refuse it too (its batch is then dropped and the view reloaded).
        this.complete = false;
        break;
      }
    }
    this.options.onShown({ workshop, map, revision: this.revisionShown });
  }

  /** Reads the core's map again, once the batch in flight is answered; events meanwhile wait. */
  private resync(): Promise<void> {
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    this.buffered = [];
    this.syncing = this.reread().finally(() => {
      this.syncing = null;
      this.queue.release();
      const buffered = this.buffered;
      this.buffered = [];
      for (const event of buffered) this.receive(event);
    });
    return this.syncing;
  }

  private async reread(): Promise<void> {
    let delay = 500;
    do {
      this.syncAgain = false;
      await this.queue.hold();
      for (;;) {
        if (this.disposed) return;
        try {
          await this.load();
          break;
        } catch {
          // The server is away: try again, as the queue does.
          await new Promise((resolve) => setTimeout(resolve, delay));
          delay = Math.min(delay * 2, 5000);
        }
      }
    } while (this.syncAgain);
  }
}
