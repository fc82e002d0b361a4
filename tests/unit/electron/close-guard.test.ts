import { describe, expect, it, vi } from 'vitest';
import {
  type CloseChoice,
  closeDialogOptions,
  closeGuard,
  type IpcMainOnLike,
  type SendEventLike,
  UnsavedReports,
} from '../../../electron/main/close-guard.js';
import { ipcChannel } from '../../../shared/api/bridge.js';

type Listener = (event: SendEventLike, count: unknown) => void;

class FakeIpcMain implements IpcMainOnLike {
  readonly listeners = new Set<Listener>();
  on(channel: string, listener: Listener) {
    if (channel === ipcChannel.unsaved) this.listeners.add(listener);
    return this;
  }
  removeListener(_channel: string, listener: Listener) {
    this.listeners.delete(listener);
    return this;
  }
  /** A page of the app (or another) reports a count. */
  report(senderId: number, count: unknown, url = 'maillage://app/index.html'): void {
    for (const listener of this.listeners) listener({ sender: { id: senderId }, senderFrame: { url } }, count);
  }
}

const trusted = (event: SendEventLike) => event.senderFrame?.url.startsWith('maillage://app/') ?? false;

/**
 * An editor window with its page's reports: the close handler under test, a fake close event,
 * and the facilitator's answers to the dialog, in order.
 */
function editorWindow(answers: CloseChoice[] = []) {
  const ipc = new FakeIpcMain();
  const reports = new UnsavedReports(ipc, trusted);
  const asked: number[] = [];
  let closed = 0;
  const onClose = closeGuard(
    {
      unsaved: () => reports.count(1),
      saved: (ms) => reports.saved(1, ms),
      ask: async (unsaved) => {
        asked.push(unsaved);
        return answers.shift() ?? 'stay';
      },
      waitMs: 1000,
    },
    () => {
      closed += 1;
      // The window closes again: this time the guard lets it.
      const again = { preventDefault: vi.fn() };
      onClose(again);
      if (again.preventDefault.mock.calls.length > 0) throw new Error('second close prevented');
    },
  );
  const tryClose = () => {
    const event = { preventDefault: vi.fn() };
    onClose(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { ipc, reports, asked, closed: () => closed, tryClose };
}

describe('closing the editor window', () => {
  it('closes at once when nothing waits to be saved', () => {
    const w = editorWindow();
    w.ipc.report(1, 0);
    expect(w.tryClose()).toBe(false);
    expect(w.asked).toEqual([]);
  });

  it('waits for the save queue, then closes by itself once it reports nothing left', async () => {
    vi.useFakeTimers();
    try {
      const w = editorWindow();
      w.ipc.report(1, 3);
      expect(w.tryClose()).toBe(true);
      await vi.advanceTimersByTimeAsync(200);
      w.ipc.report(1, 0);
      await vi.advanceTimersByTimeAsync(0);
      expect(w.closed()).toBe(1);
      expect(w.asked).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks in French after a few seconds; « Attendre » waits again, and the window closes once saved', async () => {
    vi.useFakeTimers();
    try {
      const w = editorWindow(['wait']);
      w.ipc.report(1, 2);
      expect(w.tryClose()).toBe(true);
      await vi.advanceTimersByTimeAsync(1000);
      expect(w.asked).toEqual([2]);
      expect(w.closed()).toBe(0);
      w.ipc.report(1, 0);
      await vi.advanceTimersByTimeAsync(0);
      expect(w.closed()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('« Fermer sans enregistrer » closes; « Ne pas fermer » keeps the window, and a later close asks again', async () => {
    vi.useFakeTimers();
    try {
      const w = editorWindow(['stay', 'close']);
      w.ipc.report(1, 1);
      expect(w.tryClose()).toBe(true);
      await vi.advanceTimersByTimeAsync(1000);
      expect(w.closed()).toBe(0);
      expect(w.tryClose()).toBe(true);
      await vi.advanceTimersByTimeAsync(1000);
      expect(w.asked).toEqual([1, 1]);
      expect(w.closed()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('« Ne pas fermer » is final: nothing more is asked, however long the save takes', async () => {
    vi.useFakeTimers();
    try {
      const w = editorWindow(['stay', 'close']);
      w.ipc.report(1, 1);
      expect(w.tryClose()).toBe(true);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(w.asked).toEqual([1]);
      expect(w.closed()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits four seconds when the window does not say how long', async () => {
    vi.useFakeTimers();
    try {
      const ipc = new FakeIpcMain();
      const reports = new UnsavedReports(ipc, trusted);
      const asked: number[] = [];
      const onClose = closeGuard(
        {
          unsaved: () => reports.count(1),
          saved: (ms) => reports.saved(1, ms),
          ask: async (unsaved) => {
            asked.push(unsaved);
            return 'stay';
          },
        },
        () => undefined,
      );
      ipc.report(1, 2);
      onClose({ preventDefault: () => undefined });
      await vi.advanceTimersByTimeAsync(3999);
      expect(asked).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(asked).toEqual([2]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a page with nothing left answers « saved » at once, without waiting for the timer', async () => {
    vi.useFakeTimers();
    try {
      const w = editorWindow();
      let answer: boolean | undefined;
      void w.reports.saved(1, 60_000).then((value) => {
        answer = value;
      });
      await Promise.resolve();
      expect(answer).toBe(true);
      w.ipc.report(1, 2);
      void w.reports.saved(1, 1000).then((value) => {
        answer = value;
      });
      await vi.advanceTimersByTimeAsync(1000);
      expect(answer).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks once however often the close is asked for meanwhile', async () => {
    vi.useFakeTimers();
    try {
      const w = editorWindow(['close']);
      w.ipc.report(1, 4);
      for (let i = 0; i < 5; i++) expect(w.tryClose()).toBe(true);
      await vi.advanceTimersByTimeAsync(1000);
      expect(w.asked).toEqual([4]);
      expect(w.closed()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hears only the app’s pages, and only a count; a page gone counts for nothing', () => {
    const w = editorWindow();
    w.ipc.report(1, 5, 'https://ailleurs.example/');
    expect(w.reports.count(1)).toBe(0);
    for (const absurd of [-1, 2.5, 'beaucoup', null, { count: 3 }, Number.NaN]) {
      w.ipc.report(1, absurd);
      expect(w.reports.count(1)).toBe(0);
    }
    w.ipc.report(1, 2);
    w.ipc.report(7, 9);
    expect(w.reports.count(1)).toBe(2);
    w.reports.forget(1);
    expect(w.reports.count(1)).toBe(0);
    expect(w.reports.count(7)).toBe(9);
    w.reports.dispose();
    expect(w.ipc.listeners.size).toBe(0);
  });
});

describe('the dialog', () => {
  it('says how many edits wait, in French with a no-break space, and what each button does', () => {
    const { options, choices } = closeDialogOptions(3, 'fr');
    expect(options.message).toBe('3\u00a0modifications attendent encore d’être enregistrées.');
    expect(closeDialogOptions(1, 'fr').options.message).toBe('1\u00a0modification attend encore d’être enregistrée.');
    expect(options.buttons).toEqual(['Attendre l’enregistrement', 'Fermer sans enregistrer', 'Ne pas fermer']);
    expect(choices[options.defaultId]).toBe('wait');
    // Échap (the cancel button) never loses anything.
    expect(choices[options.cancelId]).toBe('stay');
    expect(closeDialogOptions(2, 'en').options.buttons[1]).toBe('Close without saving');
  });

  it('is a warning, in full, in French and in English, singular and plural', () => {
    expect(closeDialogOptions(2, 'fr')).toEqual({
      options: {
        type: 'warning',
        title: 'Modifications non enregistrées',
        message: '2\u00a0modifications attendent encore d’être enregistrées.',
        detail:
          'L’enregistrement ne répond pas en ce moment. Si vous fermez maintenant, ces modifications seront perdues ; si vous attendez, Maillage réessaie et ferme la fenêtre dès qu’elles sont enregistrées.',
        buttons: ['Attendre l’enregistrement', 'Fermer sans enregistrer', 'Ne pas fermer'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      },
      choices: ['wait', 'close', 'stay'],
    });
    expect(closeDialogOptions(1, 'en').options).toEqual({
      type: 'warning',
      title: 'Unsaved changes',
      message: '1 change is still waiting to be saved.',
      detail:
        'Saving is not answering right now. If you close now, these changes will be lost; if you wait, Maillage tries again and closes the window as soon as they are saved.',
      buttons: ['Wait for saving', 'Close without saving', 'Do not close'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    expect(closeDialogOptions(2, 'en').options.message).toBe('2 changes are still waiting to be saved.');
  });
});
