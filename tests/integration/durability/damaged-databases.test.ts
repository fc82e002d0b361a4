// Damaged files not covered by tests/integration/core/corrupt-database.test.ts, and what the
// facilitator is told when a backup can bring the work back.
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { databaseFileName } from '../../../electron/core/data-dir.js';
import { newActor } from '../../../shared/domain/model.js';

const dirs: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-damaged-'));
  dirs.push(dir);
  return dir;
}

function open(dataDir: string): Core {
  const core = createCore({ dataDir });
  cores.push(core);
  return core;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A workshop of 60 actors written by the core, then closed: sauvegardes/ holds no backup yet. */
function writeWorkshop(dataDir: string): void {
  const core = createCore({ dataDir });
  const w = core.call('workshop.create', { title: 'Atelier du jeudi' });
  core.call('map.apply', {
    workshopId: w.id,
    origin: 'test',
    ops: Array.from({ length: 60 }, (_, i) => ({
      type: 'actor.add' as const,
      actor: newActor({
        id: `a${i}`,
        label: `Acteur ${i}`,
        category: 'associations',
        x: i,
        y: i,
        notes: 'x'.repeat(300),
      }),
    })),
  });
  core.close();
}

function expectMovedAsideUntouched(core: Core, hash: string): string {
  const notice = core.call('app.info', {}).notices.find((n) => n.kind === 'database-moved-aside');
  expect(notice?.message).toMatch(/illisible/);
  expect(notice?.message).toMatch(/n’a pas été effacée/);
  // In French whatever SQLite said, and where to delete it once support is done with it.
  expect(notice?.message).not.toMatch(/file is not a database|malformed|disk image/);
  expect(notice?.message).toMatch(/supprimez-la depuis «\u00a0?\s?Données personnelles/);
  expect(sha256(notice?.path ?? '')).toBe(hash);
  expect(core.call('workshop.list', {})).toEqual([]);
  return notice?.message ?? '';
}

describe('damaged files', () => {
  it.each([
    [
      'the SQLite header only (a copy cut after 100 bytes)',
      (path: string) => writeFileSync(path, readFileSync(path).subarray(0, 100)),
    ],
    [
      'a spreadsheet saved under the database’s name',
      (path: string) => writeFileSync(path, 'nom;catégorie\nCollège;education\n'),
    ],
    [
      'a page of zeros in the middle of the actors',
      (path: string) => {
        const fd = openSync(path, 'r+');
        writeSync(fd, Buffer.alloc(4096), 0, 4096, 4096 * 3);
        closeSync(fd);
      },
    ],
  ])('%s: moved aside byte for byte, a fresh database, a French notice', (_what, damage) => {
    const dataDir = tempDir();
    writeWorkshop(dataDir);
    const path = join(dataDir, databaseFileName);
    damage(path);
    const hash = sha256(path);
    expectMovedAsideUntouched(open(dataDir), hash);
  });

  it('names the latest readable backup and how to restore it, which brings the work back', () => {
    const dataDir = tempDir();
    writeWorkshop(dataDir);
    // A second start takes the opening backup.
    open(dataDir);
    for (const core of cores.splice(0)) core.close();
    const path = join(dataDir, databaseFileName);
    writeFileSync(path, readFileSync(path).subarray(0, 2000));
    const core = open(dataDir);
    const message = expectMovedAsideUntouched(core, sha256(core.call('app.info', {}).notices[0]?.path ?? ''));
    expect(message).toMatch(/Une sauvegarde du \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} \(1 atelier\) est disponible/);
    expect(message).toMatch(/«\u00a0Restaurer une sauvegarde\u00a0»/);
    // The fresh, empty database took no backup: the good one is still the newest.
    const [latest] = core.call('backup.list', {});
    expect(latest).toMatchObject({ reason: 'ouverture', workshops: 1, actors: 60 });
    core.call('backup.restore', { id: latest?.id });
    const [workshop] = core.call('workshop.list', {});
    expect(workshop).toMatchObject({ title: 'Atelier du jeudi', actorCount: 60 });
    const db = new Database(core.databasePath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
