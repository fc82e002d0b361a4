import type { MethodName, MethodOutput, MethodParams } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { CoreEvent } from '../../shared/api/events.js';
import { electronTransport } from './electron-transport.js';
import { httpTransport } from './http-transport.js';
import type { Transport } from './transport.js';

/**
 * The typed client: one call per contract method, errors thrown as ApiError with a French message.
 * A store takes one as a parameter (rather than importing the window's), so that the same store
 * code runs in the page and, in the convergence tests, in Node against the real server.
 */
export interface CoreClient {
  readonly transport: Transport['kind'];
  /** This view's name in the change events it causes, so that it can skip its own echo. */
  readonly origin: string;
  call<M extends MethodName>(method: M, input: MethodParams<M>): Promise<MethodOutput<M>>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
}

export function createClient(transport: Transport, origin: string = crypto.randomUUID()): CoreClient {
  return {
    transport: transport.kind,
    origin,
    async call(method, input) {
      const envelope = await transport.invoke(method, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.result as MethodOutput<typeof method>;
    },
    subscribe: (listener) => transport.subscribe(listener),
  };
}

function pickTransport(): Transport {
  if (window.maillage) return electronTransport(window.maillage);
  const token = document.querySelector<HTMLMetaElement>('meta[name="maillage-token"]')?.content ?? '';
  return httpTransport(token);
}

/** The window's client. */
export const api: CoreClient = createClient(pickTransport());

/** This window's origin in change events (see CoreClient.origin). */
export const origin = api.origin;
