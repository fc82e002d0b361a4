import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { appEntryUrl } from '../../../electron/main/app-url.js';
import {
  createFakeElectron,
  type FakeBrowserWindow,
  type FakeElectronOptions,
  type FakeWebContents,
} from './fake-electron.js';

/**
 * Runs electron/main/index.ts in this process against the fake 'electron' module: a fresh copy
 * of the module for each call (it keeps its state at module level, as a main process does), a
 * data folder of its own, and a real core over a real SQLite file.
 */
export interface MainRun {
  fake: ReturnType<typeof createFakeElectron>;
  userData: string;
  /** The user's home, outside the data folder: Documents and tmp are in it. */
  home: string;
  /** Electron's 'ready': the main process opens the core, registers IPC, opens the editor. */
  ready(): Promise<void>;
  editor(): FakeBrowserWindow;
  /** Calls an IPC handler as a frame at `url` would (the app's page by default). */
  invoke(channel: string, input?: unknown, url?: string | null): Promise<unknown>;
  /** Sends on an ipcMain.on channel as `contents`' page at `url` would (ipcRenderer.send). */
  send(channel: string, contents: FakeWebContents, url: string, ...args: unknown[]): void;
  /** Quits (will-quit) and removes the data folder. */
  stop(): void;
}

export interface MainOptions extends Partial<FakeElectronOptions> {
  /** process.argv while index.ts loads (a .maillage file given at launch). */
  argv?: string[];
  /** Replaces modules index.ts imports, as vi.doMock(path, factory) from this file would. */
  mocks?: Record<string, () => Promise<Record<string, unknown>>>;
}

/** Lets promise callbacks and timers queued by the main process run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once `condition` holds, checking after each turn of the event loop: file reads and
 * imports finish when they finish. The test's own budget bounds the wait.
 */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await settle();
}

const runs: MainRun[] = [];
let runCount = 0;

export async function startMain(options: MainOptions = {}): Promise<MainRun> {
  const home = mkdtempSync(join(tmpdir(), 'maillage-main-'));
  const userData = options.userData ?? join(home, 'Maillage');
  mkdirSync(join(home, 'tmp'));
  mkdirSync(join(home, 'Documents'));
  const fake = createFakeElectron({ ...options, userData, home });
  vi.doMock('electron', () => fake.module);
  for (const [path, factory] of Object.entries(options.mocks ?? {})) vi.doMock(path, factory);
  const argv = process.argv;
  if (options.argv) process.argv = options.argv;
  // Electron sets it; a packaged app finds its fonts there.
  const electronProcess = process as { resourcesPath?: string };
  electronProcess.resourcesPath = join(userData, 'resources');
  try {
    // A fresh copy of index.ts each time (its state is module-level); the modules it imports
    // stay loaded, so a run costs milliseconds rather than reloading the core.
    runCount += 1;
    await import(/* @vite-ignore */ `../../../electron/main/index.ts?run=${runCount}`);
  } finally {
    process.argv = argv;
    delete electronProcess.resourcesPath;
    vi.doUnmock('electron');
    for (const path of Object.keys(options.mocks ?? {})) vi.doUnmock(path);
  }
  let stopped = false;
  const run: MainRun = {
    fake,
    userData,
    home,
    async ready() {
      fake.state.ready();
      await settle();
    },
    editor() {
      const editor = fake.state.windows.find(
        (window) => !window.isDestroyed() && window.webContents.url.startsWith(`${appEntryUrl}`),
      );
      if (!editor) throw new Error('no editor window');
      return editor;
    },
    async invoke(channel, input, url = appEntryUrl) {
      const handler = fake.state.ipcHandlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler({ senderFrame: url === null ? null : { url } }, input);
    },
    send(channel, contents, url, ...args) {
      const listeners = fake.state.ipcListeners.get(channel) ?? [];
      if (listeners.length === 0) throw new Error(`No listener registered for '${channel}'`);
      for (const listener of listeners) listener({ sender: { id: contents.id }, senderFrame: { url } }, ...args);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      fake.app.emit('will-quit');
      rmSync(home, { recursive: true, force: true });
    },
  };
  runs.push(run);
  return run;
}

/** Runs with process.platform set to `platform` (index.ts reads it while loading and later). */
export function pretendPlatform(platform: NodeJS.Platform): () => void {
  const real = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor;
  Object.defineProperty(process, 'platform', { ...real, value: platform });
  return () => Object.defineProperty(process, 'platform', real);
}

/** For afterEach: quits every main process started by the test. */
export function stopAll(): void {
  for (const run of runs.splice(0)) run.stop();
}
