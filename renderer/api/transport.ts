import type { MethodName } from '../../shared/api/contract.js';
import type { Envelope } from '../../shared/api/errors.js';
import type { CoreEvent } from '../../shared/api/events.js';

/**
 * What a view hears: the core's events, and — from the HTTP transport — that its stream opened,
 * first or again after a break (a restarted server, a laptop waking up): events sent before may
 * have been missed, and a view reads the core's state again.
 */
export type StreamEvent = CoreEvent | { type: 'stream.opened' };

/** How the renderer reaches the core: Electron IPC on the desktop, HTTP in a browser. */
export interface Transport {
  readonly kind: 'electron' | 'http';
  invoke(method: MethodName, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: StreamEvent) => void): () => void;
}
