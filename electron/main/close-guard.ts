import { ipcChannel } from '../../shared/api/bridge.js';
import type { MenuLanguage } from './menu.js';

/** The part of Electron's IpcMainEvent used here. */
export interface SendEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's ipcMain used here, so that tests can pass a fake. */
export interface IpcMainOnLike {
  on(channel: string, listener: (event: SendEventLike, count: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: SendEventLike, count: unknown) => void): unknown;
}

/**
 * What each window's page last said about its edits not yet answered by the core
 * (`reportUnsaved` in the preload), by webContents id. Only the app's own pages are heard, and
 * only a count: anything else reads as none.
 */
export class UnsavedReports {
  private readonly counts = new Map<number, number>();
  private readonly waiters = new Map<number, Set<() => void>>();
  private readonly listener = (event: SendEventLike, count: unknown) => {
    if (!this.trusted(event)) return;
    // Anything but a whole number reads as none; a negative one too.
    this.set(event.sender.id, Number.isSafeInteger(count) ? Math.max(count as number, 0) : 0);
  };

  constructor(
    private readonly ipcMain: IpcMainOnLike,
    private readonly trusted: (event: SendEventLike) => boolean,
  ) {
    ipcMain.on(ipcChannel.unsaved, this.listener);
  }

  count(webContentsId: number): number {
    return this.counts.get(webContentsId) ?? 0;
  }

  /** The page is gone (crashed, closed): its queue went with it. */
  forget(webContentsId: number): void {
    this.set(webContentsId, 0);
  }

  /** Resolves true once the page reports nothing left, false after `ms` (it never blocks a close for good). */
  saved(webContentsId: number, ms: number): Promise<boolean> {
    if (this.count(webContentsId) === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiters = this.waiters.get(webContentsId) ?? new Set();
      this.waiters.set(webContentsId, waiters);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve(this.count(webContentsId) === 0);
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
    });
  }

  dispose(): void {
    this.ipcMain.removeListener(ipcChannel.unsaved, this.listener);
  }

  private set(id: number, count: number): void {
    if (count > 0) {
      this.counts.set(id, count);
      return;
    }
    this.counts.delete(id);
    for (const done of [...(this.waiters.get(id) ?? [])]) done();
  }
}

export type CloseChoice = 'wait' | 'close' | 'stay';

export interface CloseGuardDeps {
  /** Edits of the window's page not yet answered. */
  unsaved(): number;
  /** Resolves true once there are none, false after `ms`. */
  saved(ms: number): Promise<boolean>;
  /** Asks the facilitator (a native dialog) what to do with `unsaved` edits still not saved. */
  ask(unsaved: number): Promise<CloseChoice>;
  /** How long a close waits for the save queue before asking. */
  waitMs?: number;
}

export interface CloseEventLike {
  preventDefault(): void;
}

/**
 * The editor window's `close` handler. With edits not yet saved it keeps the window open, waits
 * for them a few seconds, and if some are still waiting asks in French: wait again, close
 * without them, or stay. `close` closes the window again once allowed.
 */
export function closeGuard(deps: CloseGuardDeps, close: () => void): (event: CloseEventLike) => void {
  const waitMs = deps.waitMs ?? 4000;
  let allowed = false;
  let deciding = false;
  async function decide(): Promise<void> {
    for (;;) {
      if (await deps.saved(waitMs)) break;
      const choice = await deps.ask(deps.unsaved());
      if (choice === 'close') break;
      if (choice === 'stay') return;
    }
    allowed = true;
    close();
  }
  return (event) => {
    if (allowed || deps.unsaved() === 0) return;
    event.preventDefault();
    if (deciding) return;
    deciding = true;
    decide()
      .catch((error: unknown) => console.error('Maillage : fermeture de la fenêtre', error))
      .finally(() => {
        deciding = false;
      });
  };
}

/** The native dialog's words and buttons; `choices[response]` is what was chosen. */
export function closeDialogOptions(unsaved: number, language: MenuLanguage) {
  const fr = language === 'fr';
  const count = fr
    ? `${unsaved}\u00a0modification${unsaved > 1 ? 's' : ''}`
    : `${unsaved} change${unsaved > 1 ? 's' : ''}`;
  return {
    options: {
      type: 'warning' as const,
      title: fr ? 'Modifications non enregistrées' : 'Unsaved changes',
      message: fr
        ? `${count} ${unsaved > 1 ? 'attendent' : 'attend'} encore d’être enregistrée${unsaved > 1 ? 's' : ''}.`
        : `${count} ${unsaved > 1 ? 'are' : 'is'} still waiting to be saved.`,
      detail: fr
        ? 'L’enregistrement ne répond pas en ce moment. Si vous fermez maintenant, ces modifications seront perdues ; si vous attendez, Maillage réessaie et ferme la fenêtre dès qu’elles sont enregistrées.'
        : 'Saving is not answering right now. If you close now, these changes will be lost; if you wait, Maillage tries again and closes the window as soon as they are saved.',
      buttons: fr
        ? ['Attendre l’enregistrement', 'Fermer sans enregistrer', 'Ne pas fermer']
        : ['Wait for saving', 'Close without saving', 'Do not close'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    },
    choices: ['wait', 'close', 'stay'] as const satisfies readonly CloseChoice[],
  };
}
