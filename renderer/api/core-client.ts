import type { MethodName, MethodOutput, MethodParams } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { StreamEvent, Transport } from './transport.js';

/**
 * The typed client: one call per contract method, errors thrown as ApiError with a French message.
 * A store takes one as a parameter (rather than importing the window's), so that the same store
 * code runs in the page and, in the convergence tests, in Node against the real server.
 */
export interface CoreClient {
  readonly transport: Transport['kind'];
  /** This view's name in the change events it causes, so that it knows its own. */
  readonly origin: string;
  call<M extends MethodName>(method: M, input: MethodParams<M>): Promise<MethodOutput<M>>;
  subscribe(listener: (event: StreamEvent) => void): () => void;
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
