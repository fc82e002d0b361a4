import type { MethodName, MethodOutput, MethodParams } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { CoreEvent } from '../../shared/api/events.js';
import { electronTransport } from './electron-transport.js';
import { httpTransport } from './http-transport.js';
import type { Transport } from './transport.js';

function pickTransport(): Transport {
  if (window.maillage) return electronTransport(window.maillage);
  const token = document.querySelector<HTMLMetaElement>('meta[name="maillage-token"]')?.content ?? '';
  return httpTransport(token);
}

const transport = pickTransport();

/** This view's name in the change events it causes, so that it can skip its own echo. */
export const origin = crypto.randomUUID();

/** The typed client: one call per contract method, errors thrown as ApiError with a French message. */
export const api = {
  transport: transport.kind,
  async call<M extends MethodName>(method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
    const envelope = await transport.invoke(method, input);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.result as MethodOutput<M>;
  },
  subscribe(listener: (event: CoreEvent) => void): () => void {
    return transport.subscribe(listener);
  },
};
