import { ApiError } from '../../shared/api/errors.js';
import { limits } from '../../shared/domain/limits.js';
import type { MapOp } from '../../shared/domain/operations.js';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string };

/** Ops sent together under one id: the core applies them all or none, and each id once. */
export interface Batch {
  id: string;
  ops: MapOp[];
  /** The revision the view showed when the first of them was made. */
  base: number;
}

export interface SaveQueueOptions {
  /** Sends one batch; resolves with the revision the core gave it, throws an ApiError otherwise. */
  send(batch: Batch): Promise<{ revision: number }>;
  onState(state: SaveState): void;
  /** The core applied the batch, at this revision (also when it answers a batch sent again). */
  onSaved(batch: Batch, revision: number): void;
  /** The core refused the batch: it is dropped, and so is everything queued after it. */
  onRefused(batch: Batch, error: ApiError): void;
  /** Unique for this view and increasing: the core applies each id once. */
  newBatchId(): string;
  retryDelaysMs?: readonly number[];
  maxOpsPerBatch?: number;
}

const defaultDelays = [500, 1000, 2000, 5000] as const;

/**
 * Sends map operations to the core in order, one batch at a time. Ops pushed while a batch is in
 * flight go out together in the next batch. A batch keeps its id and its ops until the core has
 * answered: a transport failure (the server down, restarting, a lost answer) sends the same batch
 * again, which the core applies once; a refusal drops it and what came after, since those were
 * built on it. A queue belongs to one workshop: `dispose` when it closes.
 */
export class SaveQueue {
  private waiting: { ops: MapOp[]; base: number }[] = [];
  private inFlight: Batch | null = null;
  private running = false;
  private attempt = 0;
  private held = false;
  private disposed = false;
  private idleWaiters: (() => void)[] = [];
  private settledWaiters: (() => void)[] = [];
  private wake: (() => void) | null = null;

  constructor(private readonly options: SaveQueueOptions) {}

  /** Queues ops made when the view showed revision `base`. */
  push(ops: readonly MapOp[], base: number): void {
    if (this.disposed || ops.length === 0) return;
    this.waiting.push({ ops: [...ops], base });
    this.start();
  }

  /** Every op not yet answered by the core, in the order it will apply them. */
  unsaved(): MapOp[] {
    return [...(this.inFlight?.ops ?? []), ...this.waiting.flatMap((item) => item.ops)];
  }

  /** The batch sent and not yet answered, if any. */
  get sending(): Batch | null {
    return this.inFlight;
  }

  /** How many ops are not yet answered. */
  get size(): number {
    return (this.inFlight?.ops.length ?? 0) + this.waiting.reduce((n, item) => n + item.ops.length, 0);
  }

  /** Resolves once everything queued so far has been answered (or the queue disposed). */
  idle(): Promise<void> {
    if (this.disposed || this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Sends nothing new until `release`, and resolves once the batch in flight (if any) has been
   * answered: the view can then read the core's map knowing which of its batches it holds.
   */
  hold(): Promise<void> {
    this.held = true;
    if (!this.inFlight || this.disposed) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  release(): void {
    this.held = false;
    this.start();
  }

  /** Sends again now rather than after the current wait (the server is back). */
  retryNow(): void {
    this.wake?.();
  }

  /**
   * The workshop was closed: no more sending, retrying or reporting (a queue kept alive would
   * write its status into the next workshop opened). Whoever waits for it is released.
   */
  dispose(): void {
    this.disposed = true;
    this.waiting = [];
    this.wake?.();
    this.releaseWaiters();
  }

  private start(): void {
    if (!this.running && !this.held && !this.disposed && this.waiting.length > 0) void this.run();
  }

  private formBatch(): Batch {
    const max = this.options.maxOpsPerBatch ?? limits.opsPerBatch;
    const ops: MapOp[] = [];
    let base = Number.POSITIVE_INFINITY;
    while (this.waiting.length > 0) {
      const item = this.waiting[0]!;
      if (ops.length > 0 && ops.length + item.ops.length > max) break;
      // One step larger than a batch is sent in several, in order.
      const taken = item.ops.splice(0, max - ops.length);
      ops.push(...taken);
      base = Math.min(base, item.base);
      if (item.ops.length === 0) this.waiting.shift();
      else break;
    }
    return { id: this.options.newBatchId(), ops, base };
  }

  private async run(): Promise<void> {
    this.running = true;
    let refused = false;
    let announced = false;
    while (!this.disposed) {
      if (!this.inFlight) {
        if (this.held || this.waiting.length === 0) break;
        this.inFlight = this.formBatch();
      }
      const batch = this.inFlight;
      try {
        const answer = this.options.send(batch);
        // Said once the batch is on its way: every view of the map hears a status change, and
        // the edit's trip to the other windows need not wait for them.
        if (!announced) {
          announced = true;
          this.options.onState({ kind: 'saving' });
        }
        const { revision } = await answer;
        if (this.disposed) break;
        this.inFlight = null;
        this.attempt = 0;
        refused = false;
        this.options.onSaved(batch, revision);
      } catch (error) {
        if (this.disposed) break;
        const apiError = error instanceof ApiError ? error : undefined;
        if (!apiError || apiError.code === 'transport') {
          this.options.onState({ kind: 'offline' });
          await this.pause();
          if (this.disposed) break;
          this.options.onState({ kind: 'saving' });
          continue;
        }
        // Later ops were built on the refused ones: the view reloads from the core instead.
        this.inFlight = null;
        this.waiting = [];
        refused = true;
        this.options.onState({ kind: 'failed', message: apiError.message });
        this.options.onRefused(batch, apiError);
      }
      this.releaseSettled();
    }
    this.running = false;
    if (this.disposed) {
      this.releaseWaiters();
      return;
    }
    if (this.size === 0) {
      if (!refused) this.options.onState({ kind: 'saved' });
      this.releaseWaiters();
    }
    this.start();
  }

  private pause(): Promise<void> {
    const delays = this.options.retryDelaysMs ?? defaultDelays;
    const delay = delays[Math.min(this.attempt, delays.length - 1)] ?? 5000;
    this.attempt += 1;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, delay);
      this.wake = done;
    });
  }

  private releaseSettled(): void {
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private releaseWaiters(): void {
    this.releaseSettled();
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
