import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBrowser } from '../../../electron/server/open-browser.js';

// openBrowser really spawns: the commands it may start (xdg-open, open, cmd) are small scripts
// on PATH that write down how they were started — their name and arguments, where their
// standard input comes from, and whether they lead a session of their own (detached).

let dir: string;
let record: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-open-'));
  record = join(dir, 'started.txt');
  for (const name of ['xdg-open', 'open', 'cmd']) {
    const script = join(dir, name);
    writeFileSync(
      script,
      `#!/bin/sh
{
  printf '%s\\n' "$(basename "$0")" "$@"
  printf 'stdin %s\\n' "$(readlink /proc/$$/fd/0)"
  if [ "$(cut -d' ' -f6 /proc/$$/stat)" = "$$" ]; then echo 'own session'; else echo 'parent session'; fi
} > '${record}.part'
mv '${record}.part' '${record}'
`,
    );
    chmodSync(script, 0o755);
  }
  vi.stubEnv('PATH', `${dir}:/usr/bin:/bin`);
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

async function started(): Promise<string[]> {
  // Budget against a hang, not a speed limit: the script runs when the machine gets to it.
  await vi.waitFor(() => expect(existsSync(record)).toBe(true), { timeout: 60_000, interval: 20 });
  return readFileSync(record, 'utf8').trimEnd().split('\n');
}

const url = 'http://127.0.0.1:5199/';

describe('openBrowser', () => {
  it('starts xdg-open on Linux, detached, with nothing on its input', async () => {
    openBrowser(url, 'linux');
    expect(await started()).toEqual(['xdg-open', url, 'stdin /dev/null', 'own session']);
  });

  it('starts open on macOS', async () => {
    openBrowser(url, 'darwin');
    expect(await started()).toEqual(['open', url, 'stdin /dev/null', 'own session']);
  });

  it('starts `cmd /c start "" url` on Windows: the empty title keeps the URL from being read as one', async () => {
    openBrowser(url, 'win32');
    expect(await started()).toEqual(['cmd', '/c', 'start', '""', url, 'stdin /dev/null', 'own session']);
  });

  it('does nothing, and throws nothing, when there is no browser opener to start', async () => {
    vi.stubEnv('PATH', join(dir, 'vide'));
    const uncaught: unknown[] = [];
    const hear = (error: unknown): void => {
      uncaught.push(error);
    };
    process.on('uncaughtException', hear);
    try {
      openBrowser(url, 'linux');
      // A failed spawn reports on the next tick: an unheard error there would crash the server.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('uncaughtException', hear);
    }
    expect(uncaught).toEqual([]);
    expect(existsSync(record)).toBe(false);
  });

  it('throws nothing for an address the system cannot pass on', () => {
    expect(() => openBrowser('http://127.0.0.1:5199/\0', 'linux')).not.toThrow();
  });
});
