import { ApiError } from '../../shared/api/errors.js';
import type { MapOp } from '../../shared/domain/operations.js';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string };

export interface SaveQueueOptions {
  send(ops: MapOp[]): Promise<unknown>;
  onState(state: SaveState): void;
  /** Called when the core refused ops: the optimistic view must be reloaded from the core. */
  onRejected(error: ApiError): void;
  retryDelaysMs?: readonly number[];
}

/**
 * Sends map operations to the core in order, one batch at a time. Ops queued while a batch is
 * in flight go out together in the next batch. A transport failure keeps the ops and retries;
 * a refusal by the core drops them, since sending them again would be refused again.
 */
export class SaveQueue {
  private pending: MapOp[] = [];
  private running = false;
  private attempt = 0;
  private idleWaiters: (() => void)[] = [];
  private disposed = false;

  constructor(private readonly options: SaveQueueOptions) {}

  push(ops: readonly MapOp[]): void {
    if (this.disposed) return;
    this.pending.push(...ops);
    if (!this.running) void this.run();
  }

  get size(): number {
    return this.pending.length;
  }

  /**
   * The workshop was closed: no more sending, retrying or reporting (a queue kept alive would
   * write its status into the next workshop opened). Whoever waits for it is released.
   */
  dispose(): void {
    this.disposed = true;
    this.pending = [];
    this.release();
  }

  /** Resolves once everything queued so far has been answered. */
  idle(): Promise<void> {
    if (!this.running && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async run(): Promise<void> {
    this.running = true;
    this.options.onState({ kind: 'saving' });
    while (this.pending.length > 0 && !this.disposed) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.options.send(batch);
        this.attempt = 0;
      } catch (error) {
        if (this.disposed) break;
        const apiError = error instanceof ApiError ? error : undefined;
        if (!apiError || apiError.code === 'transport') {
          this.pending = [...batch, ...this.pending];
          this.options.onState({ kind: 'offline' });
          const delays = this.options.retryDelaysMs ?? [500, 1000, 2000, 5000];
          const delay = delays[Math.min(this.attempt, delays.length - 1)] ?? 5000;
          this.attempt += 1;
          await new Promise((resolve) => setTimeout(resolve, delay));
          if (this.disposed) break;
          this.options.onState({ kind: 'saving' });
          continue;
        }
        // Later ops were built on the refused ones; the view is reloaded from the core instead.
        this.pending = [];
        this.options.onState({ kind: 'failed', message: apiError.message });
        this.options.onRejected(apiError);
        this.finish(false);
        return;
      }
    }
    this.finish(true);
  }

  private finish(saved: boolean): void {
    this.running = false;
    if (this.disposed) {
      this.release();
      return;
    }
    if (saved) this.options.onState({ kind: 'saved' });
    this.release();
    if (this.pending.length > 0) void this.run();
  }

  private release(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
