import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../electron/core/create-core.js';
import { databaseFileName } from '../../../electron/core/data-dir.js';

// `npm run web` as a process: electron/server/cli.ts run from source (tsx), over a real data
// folder. A script named xdg-open first on PATH writes down the address it was asked to open.

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let opened: string;
const children: ChildProcess[] = [];
let blocker: Server | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-web-cli-'));
  mkdirSync(join(dir, 'page'));
  writeFileSync(join(dir, 'page', 'index.html'), '<html><head></head><body>page</body></html>');
  mkdirSync(join(dir, 'bin'));
  opened = join(dir, 'opened.txt');
  writeFileSync(
    join(dir, 'bin', 'xdg-open'),
    `#!/bin/sh\nprintf '%s' "$1" > '${opened}.part'\nmv '${opened}.part' '${opened}'\n`,
  );
  chmodSync(join(dir, 'bin', 'xdg-open'), 0o755);
});

afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  blocker = undefined;
  rmSync(dir, { recursive: true, force: true });
});

interface Web {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function web(args: string[]): Web {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`,
    MAILLAGE_RENDERER_DIR: join(dir, 'page'),
    MAILLAGE_SALLE_LOOPBACK_ONLY: '1',
  };
  // CI would keep the browser closed whatever the flags say.
  delete env.CI;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/server/cli.ts', '--data-dir', join(dir, 'data'), ...args],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** Waits until the process has said where its data is (the last line it prints once ready). */
async function ready(process: Web): Promise<string> {
  // Budgets against a hang, not speed limits: a loaded machine starts it late, never wrongly.
  await vi.waitFor(
    () => {
      if (process.child.exitCode !== null) throw new Error(`exited early: ${JSON.stringify(process.output())}`);
      expect(process.output().stdout).toMatch(/Données : .*\n/);
    },
    { timeout: 120_000, interval: 50 },
  );
  const url = /Maillage \(mode navigateur\) : (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(process.output().stdout)?.[1];
  if (!url) throw new Error(`no address in ${process.output().stdout}`);
  return url;
}

describe('npm run web (electron/server/cli.ts)', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`serves the page on 127.0.0.1, says where the data is, and on ${signal} closes everything and exits 0`, async () => {
      const server = web(['--port', '0', '--no-open']);
      const url = await ready(server);
      expect(server.output().stdout).toContain(`Données : ${join(dir, 'data', databaseFileName)}\n`);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<meta name="maillage-token" content="[A-Za-z0-9_-]{20,}"><\/head><body>page/);

      server.child.kill(signal);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      // The core closed its database: SQLite folds the write-ahead log back into the file and
      // deletes it on a clean close only.
      expect(existsSync(join(dir, 'data', `${databaseFileName}-wal`))).toBe(false);
      createCore({ dataDir: join(dir, 'data') }).close();
      expect(existsSync(opened)).toBe(false);
    });
  }

  it('takes a free port when the one asked for is taken, and says so', async () => {
    const holder = createServer();
    blocker = holder;
    const taken = await new Promise<number>((resolve) => {
      holder.listen(0, '127.0.0.1', () => resolve((holder.address() as AddressInfo).port));
    });
    const server = web(['--port', String(taken), '--no-open']);
    const url = await ready(server);
    expect(url).not.toBe(`http://127.0.0.1:${taken}/`);
    expect((await fetch(`${url}api/health`)).status).toBe(200);
    expect(server.output().stderr).toContain(`le port ${taken} est déjà pris, un port libre est choisi.`);
  });

  it('opens the browser on its address unless told not to', async () => {
    const server = web(['--port', '0']);
    const url = await ready(server);
    await vi.waitFor(() => expect(existsSync(opened)).toBe(true), { timeout: 60_000, interval: 20 });
    expect(readFileSync(opened, 'utf8')).toBe(url);
  });

  it('refuses an invalid port in French and exits 1, serving nothing', async () => {
    const server = web(['--port', 'huit', '--no-open']);
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.output().stderr).toContain(
      'Maillage : impossible de démarrer — Port invalide : « huit ». Donnez un nombre entre 0 et 65535.',
    );
    expect(server.output().stdout).not.toMatch(/127\.0\.0\.1/);
  });
});
