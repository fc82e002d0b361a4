import { describe, expect, it, vi } from 'vitest';
import { createBridge, type IpcRendererLike } from '../../../electron/preload/bridge.js';
import { ipcChannel, type MenuCommand, menuCommands } from '../../../shared/api/bridge.js';
import { contract, methodNames } from '../../../shared/api/contract.js';
import type { CoreEvent } from '../../../shared/api/events.js';

type Listener = (event: unknown, ...args: unknown[]) => void;

class FakeIpcRenderer implements IpcRendererLike {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly listeners = new Map<string, Set<Listener>>();
  answer: (channel: string) => Promise<unknown> = async () => ({ ok: true, result: 'fait' });

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return this.answer(channel);
  }

  on(channel: string, listener: Listener): this {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  removeListener(channel: string, listener: Listener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }

  /** Like Electron: the listener gets the IpcRendererEvent first, with `sender` on it. */
  emit(channel: string, payload: unknown): void {
    const event = { sender: this, senderId: 0 };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, payload);
  }

  count(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }
}

describe('preload bridge', () => {
  it('the zod-free method list the preload uses names exactly the contract methods', () => {
    expect(Object.keys(contract).sort()).toEqual([...methodNames].sort());
  });

  it('exposes exactly one function per method, onEvent and onMenuCommand, frozen', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual(
      [...methodNames, 'onEvent', 'onMenuCommand', 'saveFile', 'openProjector', 'reportUnsaved'].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.values(bridge)).not.toContain(ipc);
  });

  it('invokes the method channel with the input only and returns the envelope', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    const answer = await bridge['workshop.create']({ title: 'Atelier' });
    expect(answer).toEqual({ ok: true, result: 'fait' });
    const call = bridge['map.get'] as (...args: unknown[]) => Promise<unknown>;
    await call({ workshopId: 'a' }, 'smuggled');
    expect(ipc.invoked).toEqual([
      { channel: ipcChannel.invoke('workshop.create'), args: [{ title: 'Atelier' }] },
      { channel: ipcChannel.invoke('map.get'), args: [{ workshopId: 'a' }] },
    ]);
  });

  it('turns a failed or odd invoke into a transport envelope instead of a rejection', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    ipc.answer = () => Promise.reject(new Error("No handler registered for 'maillage:app.info'"));
    expect(await bridge['app.info']({})).toMatchObject({ ok: false, error: { code: 'transport' } });
    ipc.answer = async () => 'not an envelope';
    expect(await bridge['app.info']({})).toMatchObject({ ok: false, error: { code: 'transport' } });
  });

  it('hands event listeners the payload only, and unsubscribes', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    const received: unknown[][] = [];
    const stop = bridge.onEvent((...args: unknown[]) => {
      received.push(args);
    });
    const event: CoreEvent = { type: 'workshops.changed' };
    ipc.emit(ipcChannel.event, event);
    ipc.emit(ipcChannel.event, 'not an event');
    expect(received).toEqual([[event]]);

    stop();
    stop();
    expect(ipc.count(ipcChannel.event)).toBe(0);
    ipc.emit(ipcChannel.event, event);
    expect(received).toHaveLength(1);
  });

  it('delivers known menu commands only', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    const received: MenuCommand[] = [];
    const stop = bridge.onMenuCommand((command) => received.push(command));
    for (const command of menuCommands) ipc.emit(ipcChannel.menu, command);
    ipc.emit(ipcChannel.menu, 'shell.exec');
    ipc.emit(ipcChannel.menu, { toString: () => 'map.delete' });
    expect(received).toEqual([...menuCommands]);
    stop();
    expect(ipc.count(ipcChannel.menu)).toBe(0);
  });

  it('keeps other listeners running when one throws', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    const received: CoreEvent[] = [];
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bridge.onEvent(() => {
      throw new Error('boom');
    });
    bridge.onEvent((event) => received.push(event));
    ipc.emit(ipcChannel.event, { type: 'workshops.changed' });
    expect(received).toHaveLength(1);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('says in French that the window could not reach the core, and why', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    ipc.answer = () => Promise.reject(new Error('canal fermé'));
    const failed = await bridge['app.info']({});
    ipc.answer = async () => ({ ok: 'oui' });
    const odd = await bridge['app.info']({});
    expect([failed, odd]).toEqual(
      ['canal fermé', 'réponse illisible'].map((detail) => ({
        ok: false,
        error: {
          code: 'transport',
          message: `La fenêtre n’a pas pu joindre le cœur de Maillage (${detail}). Rien n’a été modifié ; relancez Maillage si cela se reproduit.`,
        },
      })),
    );
  });

  it('reads as an envelope only an object with a boolean ok', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    for (const answer of [null, undefined, 'ok', true, {}, { ok: 1 }, { ok: 'true' }]) {
      ipc.answer = async () => answer;
      expect(await bridge['app.info']({})).toMatchObject({
        ok: false,
        error: { code: 'transport', message: expect.stringContaining('(réponse illisible)') },
      });
    }
    ipc.answer = async () => ({ ok: false, error: { code: 'not_found', message: 'Atelier introuvable.' } });
    expect(await bridge['app.info']({})).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Atelier introuvable.' },
    });
  });

  it('hands a listener only objects with a string type', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    const received: unknown[] = [];
    bridge.onEvent((event) => received.push(event));
    for (const payload of [null, undefined, 'workshops.changed', 7, {}, { type: 7 }])
      ipc.emit(ipcChannel.event, payload);
    expect(received).toEqual([]);
  });

  it('« Enregistrer sous » forwards the file’s three fields and nothing else, on its channel', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    const file = { fileName: 'carte.png', mimeType: 'image/png', base64: 'AAAA', path: '/etc/passwd' };
    expect(await bridge.saveFile(file)).toEqual({ ok: true, result: 'fait' });
    expect(ipc.invoked).toEqual([
      { channel: ipcChannel.saveFile, args: [{ fileName: 'carte.png', mimeType: 'image/png', base64: 'AAAA' }] },
    ]);
  });

  it('« Projeter » forwards the workshop’s id only, and survives no input at all', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    const input = { workshopId: 'w1', url: 'https://attacker.example/' };
    expect(await bridge.openProjector(input)).toEqual({ ok: true, result: 'fait' });
    await bridge.openProjector(undefined as unknown as { workshopId: string });
    expect(ipc.invoked).toEqual([
      { channel: ipcChannel.openProjector, args: [{ workshopId: 'w1' }] },
      { channel: ipcChannel.openProjector, args: [{ workshopId: undefined }] },
    ]);
  });

  it('reports the count of unsaved edits on its own channel, as a count and nothing else', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    bridge.reportUnsaved(3);
    bridge.reportUnsaved(0);
    for (const absurd of [-2, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '7', { count: 9 }]) {
      bridge.reportUnsaved(absurd as number);
    }
    expect(ipc.sent).toEqual([
      { channel: ipcChannel.unsaved, args: [3] },
      ...Array.from({ length: 7 }, () => ({ channel: ipcChannel.unsaved, args: [0] })),
    ]);
  });
});
