import { ipcChannel } from '../../shared/api/bridge.js';
import { methodNames } from '../../shared/api/contract.js';
import type { ApiErrorBody, Envelope } from '../../shared/api/errors.js';
import type { CoreEvent } from '../../shared/api/events.js';
import type { Core } from '../core/create-core.js';
import { isAppUrl } from './app-url.js';

/** The part of Electron's IpcMainInvokeEvent used here. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's ipcMain used here, so that tests can pass a fake. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>,
  ): void;
  removeHandler(channel: string): void;
}

export type SenderCheck = (event: InvokeEventLike) => boolean;

export const untrustedSenderError: ApiErrorBody = {
  code: 'transport',
  message: 'Appel refusé : il ne vient pas d’une page de Maillage. Rien n’a été modifié.',
};

/**
 * Only frames showing the app's own pages may call the core. senderFrame is null once the
 * frame has navigated away or been destroyed: such late calls are refused too.
 */
export function isTrustedSender(appOrigin: string): SenderCheck {
  return (event) => {
    try {
      // A null frame is refused either way: without ?. reading url throws into the catch, and ''
      // (or any text that is not an app URL) fails isAppUrl.
      // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, see above
      return isAppUrl(event.senderFrame?.url ?? '', appOrigin);
    } catch {
      return false;
    }
  };
}

/**
 * Registers one invoke handler per API method over core.dispatch, which validates the input
 * and never throws. Returns the function that removes them all again.
 */
export function registerIpc(ipcMain: IpcMainLike, core: Pick<Core, 'dispatch'>, trusted: SenderCheck): () => void {
  const channels = methodNames.map((method) => {
    const channel = ipcChannel.invoke(method);
    // Slow methods (exports) answer a promise, which ipcMain.handle awaits before replying.
    ipcMain.handle(channel, (event, input): Envelope<unknown> | Promise<Envelope<unknown>> => {
      if (!trusted(event)) return { ok: false, error: untrustedSenderError };
      return core.dispatch(method, input);
    });
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** The part of Electron's WebContents that receives events. */
export interface EventReceiver {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, payload: unknown): void;
}

/**
 * Sends every committed change to each open view of the app (editor, projector), so that
 * they stay in step. Pages that are not the app's own never receive the user's data.
 */
export function forwardCoreEvents(
  core: Pick<Core, 'subscribe'>,
  receivers: () => Iterable<EventReceiver>,
  appOrigin: string,
): () => void {
  return core.subscribe((event: CoreEvent) => {
    for (const receiver of receivers()) {
      if (receiver.isDestroyed() || !isAppUrl(receiver.getURL(), appOrigin)) continue;
      receiver.send(ipcChannel.event, event);
    }
  });
}
