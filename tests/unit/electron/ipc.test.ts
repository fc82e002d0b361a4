import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { appOrigin } from '../../../electron/main/app-url.js';
import {
  type EventReceiver,
  forwardCoreEvents,
  type InvokeEventLike,
  type IpcMainLike,
  isTrustedSender,
  registerIpc,
} from '../../../electron/main/ipc.js';
import { ipcChannel } from '../../../shared/api/bridge.js';
import { methodNames } from '../../../shared/api/contract.js';
import type { Envelope } from '../../../shared/api/errors.js';

type Handler = (event: InvokeEventLike, input: unknown) => Envelope<unknown>;

/** Behaves like ipcMain.handle: a second handler on the same channel is an error. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();

  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  invoke(channel: string, frameUrl: string | null, input: unknown): Envelope<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, input);
  }
}

const appPage = 'maillage://app/index.html#/ateliers';

describe('registerIpc', () => {
  let dataDir: string;
  let core: Core;
  let ipc: FakeIpcMain;
  let dispose: () => void;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'maillage-ipc-'));
    core = createCore({ dataDir });
    ipc = new FakeIpcMain();
    dispose = registerIpc(ipc, core, isTrustedSender(appOrigin));
  });

  afterEach(() => {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers one handler per contract method, on its channel', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(methodNames.map((m) => ipcChannel.invoke(m)).sort());
  });

  it('runs a valid call on the real core and answers an ok envelope', () => {
    const created = ipc.invoke(ipcChannel.invoke('workshop.create'), appPage, { title: 'Cité éducative de Nord' });
    expect(created).toMatchObject({ ok: true, result: { title: 'Cité éducative de Nord' } });
    const listed = ipc.invoke(ipcChannel.invoke('workshop.list'), appPage, {});
    expect(listed.ok && Array.isArray(listed.result) && listed.result.length).toBe(1);
  });

  it('answers a validation error envelope for an invalid payload, without throwing', () => {
    const answer = ipc.invoke(ipcChannel.invoke('workshop.create'), appPage, { title: 42 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    const extraKey = ipc.invoke(ipcChannel.invoke('map.get'), appPage, { workshopId: 'x', evil: true });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it.each([
    ['another origin', 'https://app.attacker.example/'],
    ['a look-alike host', 'maillage://app.evil/index.html'],
    ['credentials before the host', 'maillage://app@evil/index.html'],
    ['a local file', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a destroyed frame', null],
  ])('refuses a call from %s and leaves the data untouched', (_what, frameUrl) => {
    const answer = ipc.invoke(ipcChannel.invoke('workshop.create'), frameUrl, { title: 'Intrus' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('transport');
      expect(answer.error.message).toMatch(/refusé/);
    }
    expect(core.call('workshop.list', {})).toEqual([]);
  });

  it('refuses when reading the sender frame throws', () => {
    const check = isTrustedSender(appOrigin);
    const throwing = {
      get senderFrame(): { url: string } | null {
        throw new Error('frame gone');
      },
    };
    expect(check(throwing)).toBe(false);
  });

  it('dispose removes every handler, so that they can be registered again', () => {
    dispose();
    expect(ipc.handlers.size).toBe(0);
    const again = registerIpc(ipc, core, isTrustedSender(appOrigin));
    expect(ipc.handlers.size).toBe(methodNames.length);
    again();
  });
});

describe('forwardCoreEvents', () => {
  function receiver(url: string, destroyed = false) {
    const sent: [string, unknown][] = [];
    const target: EventReceiver = {
      isDestroyed: () => destroyed,
      getURL: () => url,
      send: (channel, payload) => {
        sent.push([channel, payload]);
      },
    };
    return { target, sent };
  }

  it('sends committed changes to the app pages only, until unsubscribed', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'maillage-events-'));
    const core = createCore({ dataDir });
    try {
      const editor = receiver('maillage://app/index.html#/carte');
      const projector = receiver('maillage://app/index.html#/projecteur');
      const foreign = receiver('https://app.attacker.example/');
      const closed = receiver('maillage://app/index.html', true);
      const stop = forwardCoreEvents(
        core,
        () => [editor.target, projector.target, foreign.target, closed.target],
        appOrigin,
      );

      core.dispatch('workshop.create', { title: 'Atelier' });
      expect(editor.sent).toEqual([[ipcChannel.event, { type: 'workshops.changed' }]]);
      expect(projector.sent).toHaveLength(1);
      expect(foreign.sent).toEqual([]);
      expect(closed.sent).toEqual([]);

      stop();
      core.dispatch('workshop.create', { title: 'Autre atelier' });
      expect(editor.sent).toHaveLength(1);
    } finally {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
