import { type CoreClient, createClient } from '../../renderer/api/core-client.js';
import { httpTransport } from '../../renderer/api/http-transport.js';
import { type CarteStore, createCarteStore } from '../../renderer/carte/carte-store.js';
import { NodeEventSource } from './node-event-source.js';

/**
 * A view of one workshop as the editor page has it — the renderer's own map store, sync and HTTP
 * transport — run in Node against a real server at `base` (often through a faulty link).
 */
export interface NodeView {
  store: CarteStore;
  close(): void;
}

/** Hears every answer the view gets from the core (the convergence test records acknowledged batches). */
export type CallSpy = (method: string, input: unknown, result: unknown) => void;

export async function openNodeView(base: string, token: string, workshopId: string, spy?: CallSpy): Promise<NodeView> {
  const real = createClient(
    httpTransport(token, {
      base,
      openStream: (url) => new NodeEventSource(url),
      reopenDelaysMs: [50, 200, 500],
    }),
  );
  const client: CoreClient = spy
    ? {
        ...real,
        async call(method, input) {
          const result = await real.call(method, input);
          spy(method, input, result);
          return result;
        },
      }
    : real;
  const store = createCarteStore(client);
  let opened: () => void = () => undefined;
  const streamOpen = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const unsubscribe = client.subscribe((event) => {
    store.getState().receive(event);
    if (event.type === 'stream.opened') opened();
  });
  await store.getState().open(workshopId);
  // As a page is once it has shown the map: its stream open, and the map read after that.
  await streamOpen;
  await store.getState().settled();
  return {
    store,
    close() {
      unsubscribe();
      store.getState().close();
    },
  };
}
