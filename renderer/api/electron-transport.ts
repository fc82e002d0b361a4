import type { MaillageBridge } from '../../shared/api/bridge.js';
import type { Transport } from './transport.js';

declare global {
  interface Window {
    maillage?: MaillageBridge;
  }
}

/** Calls the preload's named functions; the preload forwards each to ipcMain.handle. */
export function electronTransport(bridge: MaillageBridge): Transport {
  return {
    kind: 'electron',
    invoke: (method, input) => (bridge[method] as (input: unknown) => ReturnType<Transport['invoke']>)(input),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
