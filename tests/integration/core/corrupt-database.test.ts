import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, type CoreOptions, createCore } from '../../../electron/core/create-core.js';
import { databaseFileName } from '../../../electron/core/data-dir.js';
import { latestSchemaVersion } from '../../../electron/core/database/migrations.js';
import { writingMethods } from '../../../electron/core/handlers.js';
import { methodNames } from '../../../shared/api/contract.js';
import { newActor, newLink } from '../../../shared/domain/model.js';

const dirs: string[] = [];
const cores: Core[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-corrupt-'));
  dirs.push(dir);
  return dir;
}

function open(options: CoreOptions): Core {
  const core = createCore(options);
  cores.push(core);
  return core;
}

function closeAll(): void {
  for (const core of cores.splice(0)) core.close();
}

afterEach(() => {
  closeAll();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A real database with one workshop and a few dozen actors; closed, without -wal or -shm left. */
function writeRealDatabase(dataDir: string): { workshopId: string } {
  const core = createCore({ dataDir });
  const workshop = core.call('workshop.create', { title: 'Atelier de référence', territory: 'Roubaix' });
  core.call('map.apply', {
    workshopId: workshop.id,
    origin: 'test',
    ops: [
      ...Array.from({ length: 40 }, (_, i) => ({
        type: 'actor.add' as const,
        actor: newActor({
          id: `a${i}`,
          label: `Acteur ${i}`,
          category: 'associations',
          x: i,
          y: i,
          notes: 'n'.repeat(200),
        }),
      })),
      { type: 'link.add', link: newLink({ id: 'l1', source: 'a1', target: 'a2', kind: 'autre' }) },
    ],
  });
  core.close();
  for (const suffix of ['-wal', '-shm']) rmSync(join(dataDir, databaseFileName + suffix), { force: true });
  return { workshopId: workshop.id };
}

/**
 * The files a crash leaves: a database whose last changes sit in its -wal only. A copy is
 * taken while the writer is still open, as a power cut would leave them.
 */
function crashWithUncheckpointedLog(dataDir: string): { workshopId: string; actorCount: number } {
  const source = tempDir();
  const { workshopId } = writeRealDatabase(source);
  const sourcePath = join(source, databaseFileName);
  const writer = new Database(sourcePath);
  writer.pragma('wal_autocheckpoint = 0');
  const insert = writer.prepare(
    "INSERT INTO actors (workshop_id, id, label, category, x, y) VALUES (?, ?, ?, 'autres', 0, 0)",
  );
  for (let i = 0; i < 30; i++) insert.run(workshopId, `tardif${i}`, `Acteur ajouté ${i}`);
  const path = join(dataDir, databaseFileName);
  copyFileSync(sourcePath, path);
  copyFileSync(`${sourcePath}-wal`, `${path}-wal`);
  writer.close();
  return { workshopId, actorCount: 70 };
}

const fixedClock = () => new Date('2024-05-06T07:08:09.010Z');
const asideName = `${databaseFileName}.illisible-2024-05-06T07-08-09-010Z`;

function expectMovedAside(core: Core, dataDir: string, originalHash: string): string {
  const info = core.call('app.info', {});
  expect(info.readOnly).toBe(false);
  expect(info.notices).toHaveLength(1);
  const notice = info.notices[0]!;
  expect(notice.kind).toBe('database-moved-aside');
  expect(notice.path).toBe(join(dataDir, asideName));
  expect(notice.message).toContain(notice.path);
  expect(notice.message).toMatch(/illisible/);
  expect(notice.message).toMatch(/n’a pas été effacée/);
  expect(sha256(notice.path)).toBe(originalHash);
  // The fresh database works.
  expect(core.call('workshop.list', {})).toEqual([]);
  const created = core.call('workshop.create', { title: 'Nouvel atelier' });
  expect(core.call('workshop.list', {}).map((w) => w.id)).toEqual([created.id]);
  return notice.path;
}

describe('a damaged database at start-up', () => {
  it('moves a file of random bytes aside, keeps its bytes, tells the facilitator and starts on a fresh database', () => {
    const dataDir = tempDir();
    const path = join(dataDir, databaseFileName);
    writeFileSync(path, randomBytes(8192));
    const hash = sha256(path);
    let core: Core | undefined;
    expect(() => {
      core = open({ dataDir, now: fixedClock });
    }).not.toThrow();
    expectMovedAside(core!, dataDir, hash);
  });

  it('moves a truncated real database aside, byte for byte, and starts on a fresh database', () => {
    const dataDir = tempDir();
    writeRealDatabase(dataDir);
    const path = join(dataDir, databaseFileName);
    truncateSync(path, 3000);
    const hash = sha256(path);
    const core = open({ dataDir, now: fixedClock });
    expectMovedAside(core, dataDir, hash);
  });

  it('moves a database truncated in its middle aside', () => {
    const dataDir = tempDir();
    writeRealDatabase(dataDir);
    const path = join(dataDir, databaseFileName);
    truncateSync(path, Math.floor(readFileSync(path).length / 2));
    const hash = sha256(path);
    const core = open({ dataDir, now: fixedClock });
    expectMovedAside(core, dataDir, hash);
  });

  it('moves the -wal and -shm files aside with the database they belong to', () => {
    const dataDir = tempDir();
    const path = join(dataDir, databaseFileName);
    writeFileSync(path, randomBytes(4096));
    writeFileSync(`${path}-wal`, 'journal');
    const core = open({ dataDir, now: fixedClock });
    const aside = core.call('app.info', {}).notices[0]!.path;
    expect(readFileSync(`${aside}-wal`, 'utf8')).toBe('journal');
  });

  it('moves a damaged database aside with its write-ahead log untouched: nothing is checkpointed or deleted', () => {
    const dataDir = tempDir();
    const path = join(dataDir, databaseFileName);
    crashWithUncheckpointedLog(dataDir);
    // Damage a page of the main file that the log does not replace.
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(4096), 0, 4096, 4096 * 2);
    closeSync(fd);
    const mainHash = sha256(path);
    const walHash = sha256(`${path}-wal`);
    const core = open({ dataDir, now: fixedClock });
    const aside = expectMovedAside(core, dataDir, mainHash);
    expect(sha256(`${aside}-wal`)).toBe(walHash);
  });

  it('opens a healthy database left with an uncheckpointed log after a crash, with every change', () => {
    const dataDir = tempDir();
    const { workshopId, actorCount } = crashWithUncheckpointedLog(dataDir);
    const core = open({ dataDir });
    expect(core.call('app.info', {}).notices).toEqual([]);
    expect(core.call('map.get', { workshopId }).map.actors).toHaveLength(actorCount);
  });

  it('never overwrites an earlier moved-aside file, even when the clock gives the same time again', () => {
    const dataDir = tempDir();
    const path = join(dataDir, databaseFileName);
    writeFileSync(path, 'premier fichier abîmé');
    open({ dataDir, now: fixedClock });
    closeAll();
    rmSync(path);
    for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
    writeFileSync(path, 'second fichier abîmé');
    const core = open({ dataDir, now: fixedClock });
    const second = core.call('app.info', {}).notices[0]!.path;
    expect(second).not.toBe(join(dataDir, asideName));
    expect(readFileSync(join(dataDir, asideName), 'utf8')).toBe('premier fichier abîmé');
    expect(readFileSync(second, 'utf8')).toBe('second fichier abîmé');
  });

  it('does not move aside a healthy database that another program holds locked', () => {
    const dataDir = tempDir();
    const { workshopId } = writeRealDatabase(dataDir);
    const path = join(dataDir, databaseFileName);
    const other = new Database(path);
    try {
      other.pragma('locking_mode = EXCLUSIVE');
      other.exec("UPDATE workshops SET territory = 'verrouillé'");
      expect(() => open({ dataDir, now: fixedClock })).toThrow(/utilisée par un autre programme/);
      expect(readdirSync(dataDir).filter((name) => name.includes('illisible'))).toEqual([]);
    } finally {
      other.close();
    }
    const core = open({ dataDir });
    expect(core.call('app.info', {}).notices).toEqual([]);
    expect(core.call('map.get', { workshopId }).map.actors).toHaveLength(40);
  });
});

describe('a database from a newer Maillage', () => {
  function writeNewerDatabase(dataDir: string): { path: string; workshopId: string } {
    const { workshopId } = writeRealDatabase(dataDir);
    const path = join(dataDir, databaseFileName);
    const db = new Database(path);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
    return { path, workshopId };
  }

  it('opens read-only with a French notice, and still reads everything', () => {
    const dataDir = tempDir();
    const { path, workshopId } = writeNewerDatabase(dataDir);
    const core = open({ dataDir });
    expect(core.readOnly).toBe(true);
    const info = core.call('app.info', {});
    expect(info.readOnly).toBe(true);
    expect(info.notices).toEqual([
      expect.objectContaining({ kind: 'database-read-only', path, message: expect.stringMatching(/lecture seule/) }),
    ]);
    expect(core.call('workshop.list', {})).toHaveLength(1);
    const opened = core.call('map.get', { workshopId });
    expect(opened.workshop.title).toBe('Atelier de référence');
    expect(opened.map.actors).toHaveLength(40);
    expect(opened.map.links).toHaveLength(1);
  });

  it('answers every writing method with read_only and a French message, and leaves the file byte for byte', () => {
    const dataDir = tempDir();
    const { path, workshopId } = writeNewerDatabase(dataDir);
    const hashBefore = sha256(path);
    const core = open({ dataDir });
    const events: unknown[] = [];
    core.subscribe((event) => events.push(event));
    const inputs: Record<string, unknown> = {
      'workshop.create': { title: 'Interdit' },
      'workshop.update': { id: workshopId, patch: { title: 'Interdit' } },
      'workshop.duplicate': { id: workshopId },
      'workshop.delete': { id: workshopId },
      'workshop.undoDelete': { id: workshopId },
      'map.apply': {
        workshopId,
        origin: 'test',
        ops: [{ type: 'actor.remove', id: 'a1' }],
      },
      'backup.restore': { id: 'maillage-2024-05-06T07-08-09-010Z-ouverture' },
      'import.commit': { actors: { text: 'Nom\nPremier\n' } },
      'import.maillage': { text: '{}' },
      'club.importMaillage': { text: '{}' },
      'club.remove': { id: workshopId },
      'facilitation.act': { workshopId, action: { type: 'timer.start' } },
      'snapshot.take': { workshopId, name: 'Interdit' },
      'snapshot.rename': { workshopId, id: 'v1', name: 'Interdit' },
      'snapshot.delete': { workshopId, id: 'v1' },
      'series.set': { workshopId, name: 'Interdit', memberIds: [workshopId] },
      'series.leave': { workshopId },
      'series.decide': { workshopId, referenceId: workshopId, decisions: [] },
      // Proposals from phones are stored: no room opens on a database that cannot be written.
      'room.open': { workshopId, address: '127.0.0.1', port: 0 },
      'room.settle': { workshopId, id: 'p1', outcome: 'accepted' },
      'privacy.removeDamaged': { name: 'maillage.sqlite.illisible-2024-05-06T07-08-09-010Z' },
      'privacy.setRetention': { months: 12 },
      'privacy.keepWorkshop': { id: workshopId },
      'privacy.erasePerson': { text: 'Premier' },
    };
    expect([...writingMethods].sort()).toEqual(Object.keys(inputs).sort());
    for (const method of writingMethods) {
      const answer = core.dispatch(method, inputs[method]);
      expect(answer).toEqual({ ok: false, error: { code: 'read_only', message: expect.stringMatching(/lecture/) } });
    }
    expect(events).toEqual([]);
    expect(core.call('map.get', { workshopId }).map.actors).toHaveLength(40);
    closeAll();
    expect(sha256(path)).toBe(hashBefore);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    db.close();
  });

  it('counts as writing every method except the readers (app.info, lists, map.get, import preview, export)', () => {
    const readers = [
      'app.info',
      'workshop.list',
      'map.get',
      'backup.list',
      'import.preview',
      'workshop.exportMaillage',
      'workshop.export',
      'club.overview',
      'club.cooperation',
      'club.missing',
      'club.practices',
      'club.export',
      'club.trajectories',
      'facilitation.get',
      'projection.show',
      'snapshot.list',
      'snapshot.get',
      'series.get',
      'series.decisions',
      'room.interfaces',
      'room.state',
      'room.status',
      // The room's own state in memory (phones, vote, short code): nothing of it is written.
      'room.close',
      'room.vote',
      'room.newCode',
      'room.onWall',
      // The privacy notice reads the data folder; a person's findings are read, or exported as a file.
      'privacy.overview',
      'privacy.findPerson',
      'privacy.exportPerson',
    ];
    expect(methodNames.filter((m) => !readers.includes(m)).sort()).toEqual([...writingMethods].sort());
  });

  it('leaves no file behind under a moved-aside name', () => {
    const dataDir = tempDir();
    writeNewerDatabase(dataDir);
    open({ dataDir });
    expect(readdirSync(dataDir).filter((name) => name.includes('illisible'))).toEqual([]);
    expect(existsSync(join(dataDir, databaseFileName))).toBe(true);
  });
});
