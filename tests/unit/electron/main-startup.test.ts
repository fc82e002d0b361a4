import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appSchemePrivileges } from '../../../electron/main/protocol.js';
import { ipcChannel } from '../../../shared/api/bridge.js';
import { methodNames } from '../../../shared/api/contract.js';
import { pretendPlatform, settle, startMain, stopAll } from './main-harness.js';

/**
 * electron/main/index.ts run in this process against the fake Electron: the order of the
 * lifecycle, what a packaged app refuses (developer tools), and every start-up failure.
 */

const mainDir = dirname(fileURLToPath(new URL('../../../electron/main/index.ts', import.meta.url)));
const createCorePath = '../../../electron/core/create-core.js';

type CoreOptions = Parameters<typeof import('../../../electron/core/create-core.js').createCore>[0];

/** The real createCore, with the options index.ts gives it written down (and no Electron binding). */
function recordingCreateCore(record: (options: CoreOptions) => void) {
  return {
    [createCorePath]: async () => {
      const actual = await vi.importActual<typeof import('../../../electron/core/create-core.js')>(createCorePath);
      return {
        ...actual,
        createCore: (options: CoreOptions) => {
          record(options);
          return actual.createCore({ ...options, nativeBinding: undefined });
        },
      };
    },
  };
}

afterEach(() => {
  stopAll();
  vi.restoreAllMocks();
});

function quietConsole() {
  return {
    error: vi.spyOn(console, 'error').mockImplementation(() => undefined),
    warn: vi.spyOn(console, 'warn').mockImplementation(() => undefined),
  };
}

function stdoutLines() {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

/** Every developer entry of a menu template, at any depth. */
function roles(items: { role?: string; submenu?: unknown }[] = []): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...roles(Array.isArray(item.submenu) ? item.submenu : []),
  ]);
}

describe('before Electron is ready', () => {
  it('names the app, sandboxes every renderer and registers the app scheme, before ready', async () => {
    const run = await startMain();
    const { state } = run.fake;
    expect(state.name).toBe('Maillage');
    expect(state.sandbox).toBe(true);
    expect(state.privileged).toEqual([appSchemePrivileges]);
    expect(state.isReady).toBe(false);
    expect(state.windows).toEqual([]);
    await run.ready();
    expect(state.readyCalledTooLate).toBe(false);
  });

  it('gives Windows its application id, and no other system', async () => {
    for (const [platform, id] of [
      ['win32', 'fr.maillage.app'],
      ['linux', undefined],
      ['darwin', undefined],
    ] as const) {
      const restore = pretendPlatform(platform);
      try {
        const run = await startMain();
        expect(run.fake.state.appUserModelId).toBe(id);
      } finally {
        restore();
      }
    }
  });

  it('quits at once, registering nothing, when another Maillage already runs', async () => {
    const run = await startMain({ singleInstance: false });
    expect(run.fake.state.quitCalled).toBe(1);
    for (const event of ['second-instance', 'open-file', 'web-contents-created', 'window-all-closed', 'activate']) {
      expect(run.fake.app.listenerCount(event)).toBe(0);
    }
    await run.ready();
    expect(run.fake.state.windows).toEqual([]);
    expect(run.fake.state.ipcHandlers.size).toBe(0);
  });
});

describe('once ready', () => {
  it('opens the data folder, registers every IPC channel and loads the editor from the app scheme', async () => {
    quietConsole();
    const run = await startMain();
    await run.ready();
    const { state } = run.fake;
    expect([...state.ipcHandlers.keys()].sort()).toEqual(
      [...methodNames.map((m) => ipcChannel.invoke(m)), ipcChannel.saveFile, ipcChannel.openProjector].sort(),
    );
    expect(existsSync(join(run.userData, 'maillage.sqlite'))).toBe(true);
    expect(state.windows).toHaveLength(1);
    const editor = run.editor();
    expect(editor.webContents.url).toBe('maillage://app/index.html');
    expect(editor.options.webPreferences).toMatchObject({
      preload: join(mainDir, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: true,
    });
    // Shown once painted, not before.
    expect(editor.shown).toBe(false);
    editor.emit('ready-to-show');
    expect(editor.shown).toBe(true);
  });

  it('says MAILLAGE_READY once, when the editor has loaded, for the start script', async () => {
    const lines = stdoutLines();
    const run = await startMain();
    await run.ready();
    expect(lines).toEqual([]);
    run.editor().webContents.emit('did-finish-load');
    run.editor().webContents.emit('did-finish-load');
    expect(lines).toEqual(['MAILLAGE_READY\n']);
    // A console that went away must not crash the app.
    expect(process.stdout.listenerCount('error')).toBeGreaterThan(0);
  });

  it('says MAILLAGE_READY once only, even when an editor is opened again later', async () => {
    const lines = stdoutLines();
    const run = await startMain();
    await run.ready();
    run.editor().webContents.emit('did-finish-load');
    run.editor().close();
    run.fake.app.emit('activate');
    run.editor().webContents.emit('did-finish-load');
    expect(lines).toEqual(['MAILLAGE_READY\n']);
  });

  it('an old editor whose « closed » comes late does not make the new one forgotten', async () => {
    const run = await startMain();
    await run.ready();
    const old = run.editor();
    // destroy(): Electron emits « closed » later, not at once.
    old.destroy();
    run.fake.app.emit('activate');
    const fresh = run.editor();
    expect(fresh).not.toBe(old);
    old.emit('closed');
    run.fake.app.emit('second-instance', {}, ['maillage']);
    expect(run.fake.state.windows.filter((w) => !w.isDestroyed())).toEqual([fresh]);
  });

  it('in a development run: developer tools and reload in the View menu, the icon from build/', async () => {
    const run = await startMain({ isPackaged: false });
    await run.ready();
    expect(run.editor().options.webPreferences?.devTools).toBe(true);
    expect(roles(run.fake.state.menu?.template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(run.editor().options.icon).toBe(join(mainDir, '..', '..', 'build', 'icon.png'));
  });

  it('in a packaged app: no developer tools in any window or menu, no development icon', async () => {
    quietConsole();
    const run = await startMain({ isPackaged: true });
    await run.ready();
    expect(run.editor().options.webPreferences?.devTools).toBe(false);
    expect(roles(run.fake.state.menu?.template)).not.toContain('toggleDevTools');
    expect(roles(run.fake.state.menu?.template)).not.toContain('reload');
    expect(run.editor().options.icon).toBeUndefined();
    const workshop = (await run.invoke(ipcChannel.invoke('workshop.create'), { title: 'Mur' })) as {
      result: { id: string };
    };
    await run.invoke(ipcChannel.openProjector, { workshopId: workshop.result.id });
    const wall = run.fake.state.windows.at(-1);
    expect(wall?.webContents.url).toContain('#/projection/');
    expect(wall?.options.webPreferences?.devTools).toBe(false);
  });

  it('reads the SQLite build for Electron from native/electron in a development run only', async () => {
    const seen: unknown[] = [];
    const mocks = recordingCreateCore((options) => seen.push(options.nativeBinding));
    const binding = join(mainDir, '..', '..', 'native', 'electron', 'better_sqlite3.node');
    const packaged = await startMain({ isPackaged: true, mocks });
    await packaged.ready();
    const development = await startMain({ isPackaged: false, mocks });
    await development.ready();
    expect(seen).toEqual([undefined, existsSync(binding) ? binding : undefined]);
  });

  it('draws pictures with the fonts shipped in the package’s resources, or build/fonts in a development run', async () => {
    const fontDirs: unknown[] = [];
    const mocks = recordingCreateCore((options) => fontDirs.push(options.fontDir));
    const packaged = await startMain({ isPackaged: true, mocks });
    await packaged.ready();
    const development = await startMain({ isPackaged: false, mocks });
    await development.ready();
    // The harness sets process.resourcesPath to <userData>/resources, as Electron sets it.
    expect(fontDirs).toEqual([
      join(packaged.userData, 'resources', 'fonts'),
      join(mainDir, '..', '..', 'build', 'fonts'),
    ]);
  });
});

describe('when the data folder cannot be opened', () => {
  type ErrorModules = {
    NativeBindingError: new (message: string) => Error;
    DatabaseInUseError: new (message: string) => Error;
  };

  /**
   * Starts with a core that throws what `thrown` makes. The error classes come from the same
   * fresh module copies index.ts loads, so that its instanceof checks see them as they would.
   */
  async function failingStart(thrown: (classes: ErrorModules) => unknown, isPackaged = false) {
    const consoleSpies = quietConsole();
    const lines = stdoutLines();
    const run = await startMain({
      isPackaged,
      mocks: {
        [createCorePath]: async () => {
          const classes = {
            ...(await import('../../../electron/core/database/open-database.js')),
            ...(await import('../../../electron/core/database/writer-lock.js')),
          };
          return {
            ...(await vi.importActual(createCorePath)),
            createCore: () => {
              throw thrown(classes);
            },
          };
        },
      },
    });
    await run.ready();
    return { run, consoleSpies, lines };
  }

  it('the Electron build of SQLite missing: a French box names the fix, and the app exits 1', async () => {
    const { run, consoleSpies, lines } = await failingStart(
      ({ NativeBindingError }) => new NativeBindingError('invalid ELF header'),
    );
    expect(run.fake.state.exitCode).toBe(1);
    expect(run.fake.state.errorBoxes).toHaveLength(1);
    expect(run.fake.state.errorBoxes[0]?.title).toBe('Maillage ne peut pas démarrer');
    expect(run.fake.state.errorBoxes[0]?.content).toContain('npm run rebuild:electron');
    expect(run.fake.state.errorBoxes[0]?.content).toContain('invalid ELF header');
    // The start script quotes the last line of stderr: it names the fix.
    expect(String(consoleSpies.error.mock.calls.at(-1)?.[0])).toContain('npm run rebuild:electron');
    expect(run.fake.state.windows).toEqual([]);
    expect(run.fake.state.ipcHandlers.size).toBe(0);
    expect(lines).toEqual([]);
  });

  it('in a packaged app the same failure says to reinstall', async () => {
    const { run } = await failingStart(({ NativeBindingError }) => new NativeBindingError('invalid ELF header'), true);
    expect(run.fake.state.errorBoxes[0]?.content).toContain('Réinstallez Maillage');
  });

  it('another Maillage writing the folder: « Maillage est déjà ouvert »', async () => {
    const { run } = await failingStart(
      ({ DatabaseInUseError }) => new DatabaseInUseError('Un autre Maillage utilise ce dossier : fermez-le.'),
    );
    expect(run.fake.state.errorBoxes).toEqual([
      // French spacing for the native box: no line break before the colon.
      { title: 'Maillage est déjà ouvert', content: 'Un autre Maillage utilise ce dossier\u00a0: fermez-le.' },
    ]);
    expect(run.fake.state.exitCode).toBe(1);
  });

  it('any other failure names the folder and quotes the cause, even when it is not an Error', async () => {
    const { run } = await failingStart(() => 'disque plein');
    expect(run.fake.state.errorBoxes[0]?.content).toContain(run.userData);
    expect(run.fake.state.errorBoxes[0]?.content).toContain('disque plein');
    const other = await failingStart(() => new Error('EACCES: permission denied'));
    expect(other.run.fake.state.errorBoxes[0]?.content).toContain('EACCES: permission denied');
  });

  it('a failure later in the start (the app scheme refused) still shows the box and exits', async () => {
    quietConsole();
    const run = await startMain();
    run.fake.module.protocol.handle = () => {
      throw new Error('scheme taken');
    };
    await run.ready();
    await settle();
    expect(run.fake.state.errorBoxes[0]?.title).toBe('Maillage ne peut pas démarrer');
    expect(run.fake.state.errorBoxes[0]?.content).toContain('scheme taken');
    expect(run.fake.state.exitCode).toBe(1);
  });
});

describe('quitting', () => {
  it('removes every IPC handler and closes the core, so the folder can be opened again', async () => {
    const run = await startMain();
    await run.ready();
    run.fake.app.emit('will-quit');
    expect(run.fake.state.ipcHandlers.size).toBe(0);
    expect(run.fake.state.ipcListeners.get(ipcChannel.unsaved)).toEqual([]);
    // The writer's lock was released: a second start on the same folder opens it.
    const again = await startMain({ userData: run.userData });
    await again.ready();
    expect(again.fake.state.errorBoxes).toEqual([]);
    expect(again.fake.state.windows).toHaveLength(1);
  });

  it('the last window closed quits, except on macOS where the app stays in the dock', async () => {
    for (const [platform, quits] of [
      ['linux', 1],
      ['win32', 1],
      ['darwin', 0],
    ] as const) {
      const run = await startMain();
      await run.ready();
      run.editor().close();
      const restore = pretendPlatform(platform);
      try {
        run.fake.app.emit('window-all-closed');
      } finally {
        restore();
      }
      expect(run.fake.state.quitCalled).toBe(quits);
    }
  });

  it('clicking the dock icon with no window open opens the editor again, and only then', async () => {
    const early = await startMain();
    early.fake.app.emit('activate');
    expect(early.fake.state.windows).toEqual([]);
    const run = await startMain();
    await run.ready();
    run.fake.app.emit('activate');
    expect(run.fake.state.windows).toHaveLength(1);
    run.editor().close();
    run.fake.app.emit('activate');
    expect(run.fake.state.windows.filter((w) => !w.isDestroyed())).toHaveLength(1);
    expect(run.editor().webContents.url).toBe('maillage://app/index.html');
  });

  it('reopens the editor maximized when it was closed so, and only then', async () => {
    const run = await startMain();
    await run.ready();
    run.editor().maximized = true;
    run.editor().close();
    run.fake.app.emit('will-quit');
    const again = await startMain({ userData: run.userData });
    await again.ready();
    again.editor().emit('ready-to-show');
    expect(again.editor().maximized).toBe(true);
    expect(again.editor().shown).toBe(true);
    again.editor().maximized = false;
    again.editor().close();
    again.fake.app.emit('will-quit');
    const third = await startMain({ userData: run.userData });
    await third.ready();
    third.editor().emit('ready-to-show');
    expect(third.editor().maximized).toBe(false);
  });

  it('a page that failed to load is shown anyway, so the window never stays invisible', async () => {
    quietConsole();
    const run = await startMain();
    await run.ready();
    run.editor().webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'maillage://app/index.html');
    expect(run.editor().shown).toBe(true);
  });

  it('remembers where the editor was, for the next start', async () => {
    const run = await startMain();
    await run.ready();
    run.editor().bounds = { x: 100, y: 50, width: 1200, height: 700 };
    run.editor().close();
    const saved = JSON.parse(readFileSync(join(run.userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 700 }, maximized: false });
    run.fake.app.emit('will-quit');
    const again = await startMain({ userData: run.userData });
    await again.ready();
    expect(again.editor().options).toMatchObject({ x: 100, y: 50, width: 1200, height: 700 });
  });
});
