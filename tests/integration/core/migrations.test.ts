import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { databaseFileName } from '../../../electron/core/data-dir.js';
import { latestSchemaVersion, migrate, migrations } from '../../../electron/core/database/migrations.js';
import { openDatabase } from '../../../electron/core/database/open-database.js';
import { newActor, newLink } from '../../../shared/domain/model.js';

const dirs: string[] = [];
const cores: Core[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-migrations-'));
  dirs.push(dir);
  return dir;
}

function open(dataDir: string): Core {
  const core = createCore({ dataDir });
  cores.push(core);
  return core;
}

function closeAll(): void {
  for (const core of cores.splice(0)) core.close();
}

/** Reads the file through a connection of its own, as another program would. */
function inspect<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

afterEach(() => {
  closeAll();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('database creation and migrations', () => {
  it('numbers migrations 1, 2, 3… without gaps, so that user_version names the last one applied', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('creates maillage.sqlite in a fresh data folder at the latest schema version, in WAL mode', () => {
    const dataDir = join(tempDir(), 'nested', 'folder');
    const core = open(dataDir);
    const path = join(dataDir, databaseFileName);
    expect(core.databasePath).toBe(path);
    expect(existsSync(path)).toBe(true);
    expect(core.readOnly).toBe(false);
    const info = core.call('app.info', {});
    expect(info.schemaVersion).toBe(latestSchemaVersion);
    expect(info.notices).toEqual([]);
    expect(info.readOnly).toBe(false);
    inspect(path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
      ).map((row) => row.name);
      expect(tables).toEqual(expect.arrayContaining(['actors', 'links', 'notes', 'workshops', 'zones']));
      const indexes = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]
      ).map((row) => row.name);
      expect(indexes).toEqual(expect.arrayContaining(['links_source', 'links_target']));
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
  });

  it('configures every connection it opens: foreign keys on, synchronous FULL, a busy timeout', () => {
    const dataDir = tempDir();
    const opened = openDatabase(dataDir);
    try {
      expect(opened.readOnly).toBe(false);
      expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL
      expect(opened.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(opened.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      opened.db.close();
    }
  });

  it('enforces foreign keys in the core: deleting a workshop deletes its actors and links', () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    const workshop = core.call('workshop.create', { title: 'Cascade' });
    core.call('map.apply', {
      workshopId: workshop.id,
      origin: 'test',
      ops: [
        { type: 'actor.add', actor: newActor({ id: 'a', label: 'A', category: 'education', x: 0, y: 0 }) },
        { type: 'actor.add', actor: newActor({ id: 'b', label: 'B', category: 'commune', x: 1, y: 1 }) },
        { type: 'link.add', link: newLink({ id: 'ab', source: 'a', target: 'b', kind: 'information' }) },
      ],
    });
    core.call('workshop.delete', { id: workshop.id });
    core.eraseDeleted();
    const counts = inspect(core.databasePath, (db) =>
      db.prepare('SELECT (SELECT COUNT(*) FROM actors) AS actors, (SELECT COUNT(*) FROM links) AS links').get(),
    );
    expect(counts).toEqual({ actors: 0, links: 0 });
  });

  it('keeps every workshop, actor and link when an existing database is opened again', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    const workshop = first.call('workshop.create', {
      title: 'Cité éducative du Mirail',
      territory: 'Toulouse',
      date: '2024-03-14',
      participants: [{ name: 'Awa', structure: 'Collège', role: 'CPE' }],
    });
    first.call('map.apply', {
      workshopId: workshop.id,
      origin: 'test',
      ops: [
        { type: 'actor.add', actor: newActor({ id: 'a', label: 'Collège', category: 'education', x: 1.5, y: -2 }) },
        { type: 'actor.add', actor: newActor({ id: 'b', label: 'CAF', category: 'protection-sociale', x: 3, y: 4 }) },
        {
          type: 'link.add',
          link: newLink({ id: 'ab', source: 'a', target: 'b', kind: 'orientation', status: 'desired', directed: true }),
        },
      ],
    });
    const before = first.call('map.get', { workshopId: workshop.id });
    const listBefore = first.call('workshop.list', {});
    closeAll();

    const second = open(dataDir);
    expect(second.call('app.info', {}).notices).toEqual([]);
    expect(second.call('workshop.list', {})).toEqual(listBefore);
    expect(second.call('map.get', { workshopId: workshop.id })).toEqual(before);
    expect(inspect(second.databasePath, (db) => db.pragma('user_version', { simple: true }))).toBe(latestSchemaVersion);
  });

  it('applies nothing twice: migrating an up-to-date database is a no-op', () => {
    const dataDir = tempDir();
    const opened = openDatabase(dataDir);
    try {
      expect(() => migrate(opened.db)).not.toThrow();
      expect(opened.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    } finally {
      opened.db.close();
    }
  });

  it('treats an empty maillage.sqlite (a crash before the first write) as a new database', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, databaseFileName), '');
    const core = open(dataDir);
    expect(core.call('app.info', {}).notices).toEqual([]);
    expect(core.call('workshop.create', { title: 'Neuf' }).title).toBe('Neuf');
    expect(inspect(core.databasePath, (db) => db.pragma('user_version', { simple: true }))).toBe(latestSchemaVersion);
  });
});
