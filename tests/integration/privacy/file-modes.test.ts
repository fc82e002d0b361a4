import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { writeFileAtomic } from '../../../electron/core/export/write-file-atomic.js';
import { appOrigin } from '../../../electron/main/app-url.js';
import { type InvokeEventLike, isTrustedSender } from '../../../electron/main/ipc.js';
import { registerSaveFile } from '../../../electron/main/save-file.js';
import type { Envelope } from '../../../shared/api/errors.js';
import { newActor } from '../../../shared/domain/model.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const octal = (mode: number) => `0${mode.toString(8)}`;

let dir: string;
let savedUmask: number;
const cores: Core[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-modes-'));
  savedUmask = process.umask();
});

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  process.umask(savedUmask);
  rmSync(dir, { recursive: true, force: true });
});

function open(dataDir: string): Core {
  const core = createCore({ dataDir });
  cores.push(core);
  return core;
}

function fill(core: Core): string {
  const w = core.call('workshop.create', { title: 'Atelier des Tilleuls' });
  core.call('map.apply', {
    workshopId: w.id,
    origin: 'test',
    ops: [
      { type: 'actor.add', actor: newActor({ id: 'a', label: 'CAF', category: 'protection-sociale', x: 0, y: 0 }) },
    ],
  });
  return w.id;
}

/** Every file and folder under dataDir with its mode, as « relative path → 0600 ». */
function modesUnder(root: string): Record<string, string> {
  const modes: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = `${prefix}${entry.name}`;
      modes[name] = octal(modeOf(path));
      if (entry.isDirectory()) walk(path, `${name}/`);
    }
  };
  walk(root, '');
  return modes;
}

/** The desktop app's save dialog, with a fake IPC and dialog, over the real atomic writer. */
async function saveThroughDialog(target: string, text: string): Promise<Envelope<unknown>> {
  let handler: ((event: InvokeEventLike, input: unknown) => Promise<Envelope<unknown>>) | undefined;
  registerSaveFile(
    {
      handle: (_channel, listener) => {
        handler = listener as typeof handler;
      },
      removeHandler: () => undefined,
    },
    {
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
      writeFileAtomic,
      defaultDir: () => dir,
      dataDirs: () => [join(dir, 'donnees')],
      join,
    },
    isTrustedSender(appOrigin),
  );
  if (!handler) throw new Error('no handler');
  return handler(
    { senderFrame: { url: 'maillage://app/index.html' } },
    { fileName: 'x.svg', mimeType: 'image/svg+xml', base64: Buffer.from(text).toString('base64') },
  );
}

describe.each([0o022, 0o000])('with umask %o', (umask) => {
  it('makes the data folder and sauvegardes/ 0700, the database, WAL, SHM, lock and backups 0600', () => {
    process.umask(umask);
    const dataDir = join(dir, 'donnees');
    const core = open(dataDir);
    fill(core);
    core.backups.take('periodique');
    const modes = modesUnder(dataDir);
    expect(Object.keys(modes)).toEqual(
      expect.arrayContaining(['maillage.sqlite', 'maillage.sqlite-wal', 'maillage.sqlite-shm', 'maillage.verrou']),
    );
    expect(Object.keys(modes).filter((name) => name.startsWith('sauvegardes/'))).toHaveLength(1);
    for (const [name, mode] of Object.entries(modes)) {
      expect([name, mode]).toEqual([name, name === 'sauvegardes' ? '0700' : '0600']);
    }
    expect(octal(modeOf(dataDir))).toBe('0700');
  });

  it('writes every export 0600 — command line and desktop dialog — even over an existing 0644 file', async () => {
    process.umask(umask);
    const dataDir = join(dir, 'donnees');
    const core = open(dataDir);
    const id = fill(core);
    core.close();
    cores.splice(0);
    const run = (...argv: string[]) =>
      runCli([...argv, '--data-dir', dataDir], { out: () => undefined, err: () => undefined, env: {}, cwd: dir });

    expect(await run('export', id, '--format', 'csv', '--out', 'acteurs.csv')).toBe(0);
    expect(await run('export', id, '--format', 'svg', '--out', 'carte.svg')).toBe(0);
    writeFileSync(join(dir, 'ancien.html'), 'ancien', { mode: 0o644 });
    chmodSync(join(dir, 'ancien.html'), 0o644);
    expect(await run('export', id, '--format', 'html', '--out', 'ancien.html', '--force')).toBe(0);
    for (const name of ['acteurs.csv', 'acteurs-liens.csv', 'carte.svg', 'ancien.html']) {
      expect([name, octal(modeOf(join(dir, name)))]).toEqual([name, '0600']);
    }

    writeFileSync(join(dir, 'choisi.svg'), 'ancien', { mode: 0o644 });
    chmodSync(join(dir, 'choisi.svg'), 0o644);
    expect(await saveThroughDialog(join(dir, 'choisi.svg'), '<svg/>')).toMatchObject({ ok: true });
    expect(octal(modeOf(join(dir, 'choisi.svg')))).toBe('0600');
  });
});

describe('a data folder left readable by an earlier Maillage', () => {
  it('gets 0700 and 0600 back when Maillage opens it, damaged files moved aside included', () => {
    process.umask(0o022);
    const dataDir = join(dir, 'donnees');
    const first = open(dataDir);
    fill(first);
    first.backups.take('periodique');
    first.close();
    cores.splice(0);
    // As an earlier version left it: everything readable by everyone.
    writeFileSync(join(dataDir, 'maillage.sqlite.illisible-2026-01-01T00-00-00-000Z'), 'abîmée');
    for (const [name] of Object.entries(modesUnder(dataDir))) {
      const path = join(dataDir, name);
      chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
    }
    chmodSync(dataDir, 0o755);

    open(dataDir);

    expect(octal(modeOf(dataDir))).toBe('0700');
    for (const [name, mode] of Object.entries(modesUnder(dataDir))) {
      expect([name, mode]).toEqual([name, name === 'sauvegardes' ? '0700' : '0600']);
    }
  });

  it('moves a damaged database aside 0600, and a restored database is 0600', () => {
    process.umask(0o000);
    const dataDir = join(dir, 'donnees');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'maillage.sqlite'), Buffer.alloc(4096, 7), { mode: 0o666 });
    const core = open(dataDir);
    const aside = readdirSync(dataDir).find((name) => name.includes('.illisible-')) ?? '';
    expect(octal(modeOf(join(dataDir, aside)))).toBe('0600');
    fill(core);
    const backup = core.backups.take('periodique');
    core.call('backup.restore', { id: backup.id });
    expect(octal(modeOf(join(dataDir, 'maillage.sqlite')))).toBe('0600');
    for (const [name, mode] of Object.entries(modesUnder(dataDir))) {
      expect([name, mode]).toEqual([name, name === 'sauvegardes' ? '0700' : '0600']);
    }
  });
});
