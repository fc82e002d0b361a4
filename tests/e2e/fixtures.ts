import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startBrowserModeServer } from '../support/browser-mode-server.js';

export interface Maillage {
  url: string;
  dataDir: string;
  /** Stops the server, as when the facilitator closes the app; SIGKILL as when it crashes. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts it again on the same data folder and the same port (a new launch: a new token). */
  restart(): Promise<string>;
  /** Starts it again after `stop`, on the same folder and port. */
  start(): Promise<string>;
}

/** Each test gets its own browser-mode server over a fresh data folder and a real SQLite file. */
export const test = base.extend<{ maillage: Maillage }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a test asks for from this pattern
  maillage: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'maillage-e2e-'));
    let running = await startBrowserModeServer(dataDir);
    await use({
      get url() {
        return running.url;
      },
      dataDir,
      stop: (signal) => running.stop(signal),
      async restart() {
        await running.stop();
        running = await startBrowserModeServer(dataDir, { port: Number(new URL(running.url).port) });
        return running.url;
      },
      async start() {
        running = await startBrowserModeServer(dataDir, { port: Number(new URL(running.url).port) });
        return running.url;
      },
    });
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
