import type { MethodName } from '../../shared/api/contract.js';
import type { Envelope } from '../../shared/api/errors.js';
import type { CoreEvent } from '../../shared/api/events.js';

/** How the renderer reaches the core: Electron IPC on the desktop, HTTP in a browser. */
export interface Transport {
  readonly kind: 'electron' | 'http';
  invoke(method: MethodName, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
}
