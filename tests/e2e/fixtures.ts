import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface Maillage {
  url: string;
  dataDir: string;
  /** Stops the server, as when the facilitator closes the app. */
  stop(): Promise<void>;
  /** Starts it again on the same data folder. */
  restart(): Promise<string>;
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['dist/electron/server.js', '--port', '0', '--data-dir', dataDir, '--no-open'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: '1' },
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Le serveur n’a pas démarré :\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Le serveur s’est arrêté (code ${code}) :\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Each test gets its own browser-mode server over a fresh data folder and a real SQLite file. */
export const test = base.extend<{ maillage: Maillage }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a test asks for from this pattern
  maillage: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'maillage-e2e-'));
    let running = await startServer(dataDir);
    await use({
      get url() {
        return running.url;
      },
      dataDir,
      stop: () => stopChild(running.child),
      async restart() {
        await stopChild(running.child);
        running = await startServer(dataDir);
        return running.url;
      },
    });
    await stopChild(running.child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
