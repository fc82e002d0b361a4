import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { appOrigin } from '../../../electron/main/app-url.js';
import { type InvokeEventLike, type IpcMainLike, isTrustedSender } from '../../../electron/main/ipc.js';
import {
  chooseProjectorDisplay,
  createProjectorOpener,
  type DisplayLike,
  loadProjectorDisplayId,
  type ProjectorWindowLike,
  projectorStatePath,
  projectorWindowOptions,
  registerProjector,
  saveProjectorDisplayId,
} from '../../../electron/main/projector-window.js';
import { editorWindowOptions } from '../../../electron/main/window-options.js';
import { ipcChannel } from '../../../shared/api/bridge.js';
import type { Envelope } from '../../../shared/api/errors.js';

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1280, height: 720 } };
const tv: DisplayLike = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };

class FakeWindow implements ProjectorWindowLike {
  destroyed = false;
  urls: string[] = [];
  shown = 0;
  focused = 0;
  readonly listeners = new Map<string, () => void>();
  constructor(readonly options: BrowserWindowConstructorOptions) {}
  isDestroyed() {
    return this.destroyed;
  }
  loadURL(url: string) {
    this.urls.push(url);
    return Promise.resolve();
  }
  show() {
    this.shown += 1;
  }
  focus() {
    this.focused += 1;
  }
  getBounds(): Rectangle {
    return { x: this.options.x ?? 0, y: this.options.y ?? 0, width: 100, height: 100 };
  }
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
  emit(event: string) {
    this.listeners.get(event)?.();
  }
}

function setup(displays: DisplayLike[], saved?: number) {
  const windows: FakeWindow[] = [];
  const savedIds: number[] = [];
  const open = createProjectorOpener({
    displays: () => displays,
    editorDisplayId: () => 1,
    displayMatching: (bounds) => displays.find((d) => d.bounds.x === bounds.x)?.id ?? 1,
    createWindow: (options) => {
      const window = new FakeWindow(options);
      windows.push(window);
      return window;
    },
    loadDisplayId: () => saved,
    saveDisplayId: (id) => savedIds.push(id),
    preloadPath: '/app/preload.cjs',
    devTools: false,
  });
  return { open, windows, savedIds };
}

describe('where the projector window goes', () => {
  it('picks the display it was on last time, if still connected and not the editor’s', () => {
    expect(chooseProjectorDisplay([laptop, projector, tv], 1, 3)).toBe(tv);
    expect(chooseProjectorDisplay([laptop, projector], 1, 3)).toBe(projector);
    expect(chooseProjectorDisplay([laptop, projector], 1, 1)).toBe(projector);
    expect(chooseProjectorDisplay([laptop], 1, 2)).toBeUndefined();
  });

  it('opens fullscreen on the second display at the projector address, with the editor’s web preferences', () => {
    const { open, windows, savedIds } = setup([laptop, projector]);
    expect(open('w1')).toEqual({ display: 'second' });
    const [window] = windows;
    expect(window?.options).toMatchObject({ fullscreen: true, x: 1440, y: 0, show: false });
    expect(window?.options.webPreferences).toEqual(
      editorWindowOptions({ preloadPath: '/app/preload.cjs', devTools: false }).webPreferences,
    );
    expect(window?.urls).toEqual(['maillage://app/index.html#/projection/w1']);
    expect(savedIds).toEqual([2]);
    window?.emit('ready-to-show');
    expect(window?.shown).toBe(1);
  });

  it('opens a plain window when there is one display only', () => {
    const { open, windows } = setup([laptop], 2);
    expect(open('w1')).toEqual({ display: 'same' });
    expect(windows[0]?.options).toMatchObject({ fullscreen: false, width: 1280, height: 720 });
  });

  it('keeps one projector: asked again, it shows the other workshop and comes forward; closed, a new one opens', () => {
    const { open, windows } = setup([laptop, projector]);
    open('w1');
    open('w2');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.urls).toEqual([
      'maillage://app/index.html#/projection/w1',
      'maillage://app/index.html#/projection/w2',
    ]);
    expect(windows[0]?.focused).toBe(1);
    windows[0]!.destroyed = true;
    windows[0]?.emit('closed');
    open('w1');
    expect(windows).toHaveLength(2);
  });

  it('remembers the display the window was moved to', () => {
    const { open, windows, savedIds } = setup([laptop, projector, tv]);
    open('w1');
    windows[0]!.options.x = -1920;
    windows[0]?.emit('moved');
    expect(savedIds.at(-1)).toBe(3);
  });

  it('is a wall of its own: its title, a small minimum size for any projector, white before the first frame, no menu bar', () => {
    for (const display of [projector, undefined]) {
      expect(projectorWindowOptions(display, { preloadPath: '/p.cjs', devTools: false })).toMatchObject({
        title: 'Maillage — mur',
        minWidth: 320,
        minHeight: 240,
        backgroundColor: '#ffffff',
        autoHideMenuBar: true,
      });
    }
  });

  it('takes the whole of a second display whatever its size', () => {
    const { open, windows } = setup([laptop, tv]);
    expect(open('w1')).toEqual({ display: 'second' });
    expect(windows[0]?.options).toMatchObject({ x: -1920, y: 0, width: 1920, height: 1080, fullscreen: true });
  });

  it('asked again, it is shown as well as focused, and still says where it is', () => {
    const second = setup([laptop, projector]);
    second.open('w1');
    expect(second.open('w2')).toEqual({ display: 'second' });
    expect(second.windows[0]?.shown).toBe(1);
    const same = setup([laptop]);
    same.open('w1');
    expect(same.open('w2')).toEqual({ display: 'same' });
    expect(same.windows).toHaveLength(1);
  });

  it('a replaced window closing late does not forget the new one', () => {
    const { open, windows } = setup([laptop, projector]);
    open('w1');
    windows[0]!.destroyed = true;
    open('w2');
    // The first window's 'closed' arrives after the second opened.
    windows[0]?.emit('closed');
    open('w3');
    expect(windows).toHaveLength(2);
    expect(windows[1]?.urls.at(-1)).toBe('maillage://app/index.html#/projection/w3');
  });

  it('a window already destroyed remembers nothing when it reports a move', () => {
    const { open, windows, savedIds } = setup([laptop, projector, tv]);
    open('w1');
    windows[0]!.options.x = -1920;
    windows[0]!.destroyed = true;
    windows[0]?.emit('moved');
    expect(savedIds).toEqual([2]);
  });

  it('keeps the security options of the editor whatever the display', () => {
    const options = projectorWindowOptions(undefined, { preloadPath: '/p.cjs', devTools: true });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});

describe('the IPC entry of « Projeter »', () => {
  type Listener = (event: InvokeEventLike, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  const opened: string[] = [];
  const dispose = registerProjector(
    ipc,
    (id) => {
      opened.push(id);
      return { display: 'second' };
    },
    isTrustedSender(appOrigin),
  );
  const call = (url: string, input: unknown) =>
    handlers.get(ipcChannel.openProjector)?.({ senderFrame: { url } }, input);

  it('opens for an app page and a valid workshop id only', () => {
    expect(call('maillage://app/index.html#/atelier/w1', { workshopId: 'w1' })).toEqual({
      ok: true,
      result: { display: 'second' },
    });
    expect(call('https://evil.example/', { workshopId: 'w1' })).toMatchObject({
      ok: false,
      error: { code: 'transport' },
    });
    expect(call('maillage://app/index.html', { workshopId: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(call('maillage://app/index.html', null)).toMatchObject({ ok: false });
    expect(opened).toEqual(['w1']);
    dispose();
    expect(handlers.size).toBe(0);
  });
});

describe('a wall that cannot open', () => {
  it('says so in French, with the reason, and never throws through the IPC', () => {
    const handlers = new Map<string, (event: InvokeEventLike, input: unknown) => unknown>();
    const ipc: IpcMainLike = {
      handle: (channel, listener) => handlers.set(channel, listener),
      removeHandler: (channel) => handlers.delete(channel),
    };
    const failures: unknown[] = [new Error('GPU process gone'), 'plus de fenêtres'];
    registerProjector(
      ipc,
      () => {
        throw failures.shift();
      },
      isTrustedSender(appOrigin),
    );
    const call = () =>
      handlers.get(ipcChannel.openProjector)?.(
        { senderFrame: { url: 'maillage://app/index.html' } },
        { workshopId: 'w1' },
      );
    expect(call()).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'La fenêtre du mur n’a pas pu s’ouvrir (GPU process gone). Réessayez «\u00a0Projeter\u00a0».',
      },
    });
    expect(call()).toMatchObject({ error: { message: expect.stringContaining('(plus de fenêtres)') } });
    expect(handlers.get(ipcChannel.openProjector)?.({ senderFrame: { url: 'maillage://app/index.html' } }, {})).toEqual(
      {
        ok: false,
        error: { code: 'validation', message: 'Atelier inconnu\u00a0: le mur n’a pas été ouvert.' },
      },
    );
  });
});

describe('the remembered display', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is written atomically and read back; a damaged file is ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-projector-'));
    dirs.push(dir);
    const file = projectorStatePath(dir);
    expect(loadProjectorDisplayId(file)).toBeUndefined();
    saveProjectorDisplayId(file, 2779098405);
    expect(loadProjectorDisplayId(file)).toBe(2779098405);
    writeFileSync(file, '{"displayId": "deux"');
    expect(loadProjectorDisplayId(file)).toBeUndefined();
  });

  it('is readable by the user only, one line, and anything but a whole number is ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-projector-'));
    dirs.push(dir);
    const file = projectorStatePath(dir);
    saveProjectorDisplayId(file, 9);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('{"displayId":9}\n');
    expect(existsSync(`${file}.tmp`)).toBe(false);
    for (const text of ['{"displayId": "9"}', '{"displayId": 1.5}', '{}', 'null']) {
      writeFileSync(file, text);
      expect(loadProjectorDisplayId(file)).toBeUndefined();
    }
  });
});
