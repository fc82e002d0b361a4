import { type CoreClient, createClient } from './core-client.js';
import { electronTransport } from './electron-transport.js';
import { httpTransport } from './http-transport.js';
import type { Transport } from './transport.js';

export type { CoreClient } from './core-client.js';

function pickTransport(): Transport {
  if (window.maillage) return electronTransport(window.maillage);
  const token = document.querySelector<HTMLMetaElement>('meta[name="maillage-token"]')?.content ?? '';
  return httpTransport(token);
}

/** The window's client. */
export const api: CoreClient = createClient(pickTransport());

/** This window's origin in change events (see CoreClient.origin). */
export const origin = api.origin;
