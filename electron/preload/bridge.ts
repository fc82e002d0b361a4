import { ipcChannel, type MaillageBridge, type MenuCommand, menuCommands } from '../../shared/api/bridge.js';
import type { Envelope } from '../../shared/api/errors.js';
import type { CoreEvent } from '../../shared/api/events.js';
import type { ExportedFile } from '../../shared/api/export-formats.js';
import { methodNames } from '../../shared/api/method-names.js';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer used here, so that tests can pass a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): unknown;
  removeListener(channel: string, listener: Listener): unknown;
  send(channel: string, ...args: unknown[]): void;
}

function transportError(detail: string): Envelope<never> {
  return {
    ok: false,
    error: {
      code: 'transport',
      message: `La fenêtre n’a pas pu joindre le cœur de Maillage (${detail}). Rien n’a été modifié ; relancez Maillage si cela se reproduit.`,
    },
  };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function isCoreEvent(value: unknown): value is CoreEvent {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function isMenuCommand(value: unknown): value is MenuCommand {
  // Only the listed strings: includes() is false for anything else, an object or a number.
  return (menuCommands as readonly unknown[]).includes(value);
}

/** A rejected invoke (no handler, uncloneable input) becomes an envelope, like every answer. */
async function call(ipc: IpcRendererLike, channel: string, input: unknown): Promise<Envelope<unknown>> {
  try {
    const answer = await ipc.invoke(channel, input);
    return isEnvelope(answer) ? answer : transportError('réponse illisible');
  } catch (error) {
    return transportError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Listens on one channel and hands the listener the payload only: the IpcRendererEvent
 * carries `sender`, which would give the page ipcRenderer itself.
 */
function subscribe<T>(
  ipc: IpcRendererLike,
  channel: string,
  accept: (value: unknown) => value is T,
  listener: (value: T) => void,
): () => void {
  const wrapped: Listener = (_event, payload) => {
    if (!accept(payload)) return;
    try {
      listener(payload);
    } catch (error) {
      console.error('Maillage : un abonné de la page a échoué', error);
    }
  };
  ipc.on(channel, wrapped);
  // Removing a listener already removed does nothing, so calling it twice is harmless.
  return () => {
    ipc.removeListener(channel, wrapped);
  };
}

/** What the preload exposes as window.maillage: one function per API method, two listeners, saveFile, openProjector, reportUnsaved, nothing else. */
export function createBridge(ipc: IpcRendererLike): MaillageBridge {
  const bridge: Record<string, unknown> = {};
  for (const method of methodNames) {
    const channel = ipcChannel.invoke(method);
    // One input only: extra arguments from the page are never forwarded.
    bridge[method] = (input: unknown) => call(ipc, channel, input);
  }
  bridge.onEvent = (listener: (event: CoreEvent) => void) => subscribe(ipc, ipcChannel.event, isCoreEvent, listener);
  bridge.onMenuCommand = (listener: (command: MenuCommand) => void) =>
    subscribe(ipc, ipcChannel.menu, isMenuCommand, listener);
  // Only the three fields of the file are forwarded: the page cannot smuggle a path in.
  bridge.saveFile = (file: ExportedFile) =>
    call(ipc, ipcChannel.saveFile, { fileName: file.fileName, mimeType: file.mimeType, base64: file.base64 });
  // Only the workshop's id is forwarded; the main process builds the address itself.
  bridge.openProjector = (input: { workshopId: string }) =>
    call(ipc, ipcChannel.openProjector, { workshopId: input?.workshopId });
  // A count only: anything else from the page is read as none left.
  bridge.reportUnsaved = (count: number) =>
    ipc.send(ipcChannel.unsaved, Number.isSafeInteger(count) ? Math.max(count, 0) : 0);
  return Object.freeze(bridge) as MaillageBridge;
}
