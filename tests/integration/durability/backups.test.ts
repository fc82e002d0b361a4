import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupFolderName, backupsToKeep, parseBackupFileName } from '../../../electron/core/backups/backup-files.js';
import { BackupService } from '../../../electron/core/backups/backup-service.js';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { databaseFileName } from '../../../electron/core/data-dir.js';
import type { CoreEvent } from '../../../shared/api/events.js';
import { newActor, newLink } from '../../../shared/domain/model.js';
import { anchorId, checkDatabase } from '../../support/kill-batches.js';
import { buildOpWriter } from '../../support/kill-run.js';

const dirs: string[] = [];
const cores: Core[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-backups-'));
  dirs.push(dir);
  return dir;
}

function open(dataDir: string, options: { now?: () => Date; backupIntervalMs?: number } = {}): Core {
  const core = createCore({ dataDir, ...options });
  cores.push(core);
  return core;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A clock the test moves by hand. */
function manualClock(start = '2026-11-20T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

function addActors(core: Core, workshopId: string, count: number, from = 0): void {
  core.call('map.apply', {
    workshopId,
    origin: 'test',
    ops: Array.from({ length: count }, (_, i) => ({
      type: 'actor.add' as const,
      actor: newActor({ id: `a${from + i}`, label: `Acteur ${from + i}`, category: 'associations', x: i, y: i }),
    })),
  });
}

describe('rolling backups', () => {
  it('takes one at open, in sauvegardes/, through SQLite: a database that opens and holds the content', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    const w = first.call('workshop.create', { title: 'Cité éducative de Grigny' });
    addActors(first, w.id, 3);
    first.close();
    cores.splice(0);
    const core = open(dataDir);
    const list = core.call('backup.list', {});
    expect(list[0]).toMatchObject({
      reason: 'ouverture',
      readable: true,
      workshops: 1,
      actors: 3,
      titles: ['Cité éducative de Grigny'],
    });
    const file = join(dataDir, backupFolderName, `${list[0]?.id}.sqlite`);
    expect(list[0]?.size).toBe(readFileSync(file).length);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('takes a periodic backup only when something changed since the last one', () => {
    // The interval's ticks are driven by hand: on a loaded machine a real 40 ms timer may fire
    // late, and the test would then say nothing about the rule.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const dataDir = tempDir();
      const core = open(dataDir, { backupIntervalMs: 40 });
      const w = core.call('workshop.create', { title: 'Atelier du matin' });
      const periodic = () => core.call('backup.list', {}).filter((b) => b.reason === 'periodique');
      expect(periodic()).toHaveLength(0);
      vi.advanceTimersByTime(40);
      expect(periodic()).toHaveLength(1);
      vi.advanceTimersByTime(40 * 3);
      expect(periodic()).toHaveLength(1);
      addActors(core, w.id, 2);
      vi.advanceTimersByTime(40);
      expect(periodic()).toHaveLength(2);
      expect(periodic()[0]).toMatchObject({ actors: 2 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the ten newest and the newest of each of the last seven days', () => {
    const now = new Date('2026-11-29T12:00:00.000Z');
    // Every 6 hours for 12 days: 48 backups.
    const all = Array.from({ length: 48 }, (_, i) => {
      const takenAt = new Date(now.getTime() - i * 6 * 3600 * 1000).toISOString();
      return { id: `b${i}`, takenAt };
    });
    const keep = backupsToKeep(all, now, 10, 7);
    const kept = all.filter((b) => keep.has(b.id));
    expect(kept.slice(0, 10).map((b) => b.id)).toEqual(all.slice(0, 10).map((b) => b.id));
    const days = new Set(kept.map((b) => b.takenAt.slice(0, 10)));
    // Today and the six days before it, and no day older than a week.
    expect([...days].sort()).toEqual([
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(kept.length).toBeLessThan(20);
  });

  it('prunes on disk by that rule, and removes a snapshot a crash left half-written', () => {
    const dataDir = tempDir();
    const clock = manualClock();
    const core = open(dataDir, { now: clock.now });
    mkdirSync(join(dataDir, backupFolderName), { recursive: true });
    writeFileSync(
      join(dataDir, backupFolderName, 'maillage-2026-11-20T08-00-00-000Z-periodique.sqlite.partielle'),
      'x',
    );
    for (let i = 0; i < 30; i++) {
      clock.advance(4 * 3600 * 1000);
      core.backups.take('periodique');
    }
    const names = readdirSync(join(dataDir, backupFolderName));
    expect(names.filter((n) => n.endsWith('.partielle'))).toEqual([]);
    expect(names.every((n) => parseBackupFileName(n))).toBe(true);
    // 30 backups over 5 days: the 10 newest plus the newest of each earlier day.
    expect(names).toHaveLength(13);
  });

  it('at open, removes what a crash during a backup or a restore left, and nothing else', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    first.call('workshop.create', { title: 'Atelier' });
    const kept = first.backups.take('periodique');
    first.close();
    cores.splice(0);
    const folder = join(dataDir, backupFolderName);
    writeFileSync(join(folder, 'maillage-2026-11-20T08-00-00-000Z-periodique.sqlite.partielle'), 'coupé');
    writeFileSync(join(dataDir, `${databaseFileName}.restauration`), 'coupé');
    const core = open(dataDir);
    expect(existsSync(join(dataDir, `${databaseFileName}.restauration`))).toBe(false);
    expect(readdirSync(folder).filter((n) => n.endsWith('.partielle'))).toEqual([]);
    expect(core.call('backup.list', {}).map((b) => b.id)).toContain(kept.id);
    expect(core.call('workshop.list', {})).toHaveLength(1);
  });

  it('never lists a foreign file, and shows a damaged backup as unreadable', () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    const folder = join(dataDir, backupFolderName);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'notes.txt'), 'pas une sauvegarde');
    writeFileSync(join(folder, 'maillage-2026-01-01T00-00-00-000Z-periodique.sqlite'), 'abîmé');
    const list = core.call('backup.list', {});
    expect(list.map((b) => b.id)).not.toContain('notes');
    expect(list.find((b) => b.id === 'maillage-2026-01-01T00-00-00-000Z-periodique')).toMatchObject({
      readable: false,
      workshops: 0,
    });
  });
});

describe('a backup taken while another process writes', () => {
  let writer: string;
  beforeAll(async () => {
    writer = await buildOpWriter();
  });
  afterAll(() => rmSync(writer, { force: true }));

  it('opens cleanly and holds whole batches only, every time', async () => {
    const dataDir = tempDir();
    const seeded = open(dataDir);
    const w = seeded.call('workshop.create', { title: 'Atelier en cours' });
    const { revision } = seeded.call('map.apply', {
      workshopId: w.id,
      origin: 'test',
      ops: [{ type: 'actor.add', actor: newActor({ id: anchorId, label: 'Ancre', category: 'autres', x: 0, y: 0 }) }],
    });
    seeded.close();
    cores.splice(0);
    const child = spawn(process.execPath, [writer, dataDir, w.id, '1'], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => chunk.includes('ack') && resolve()),
    );
    // The backup service over a connection of its own, while the child commits batch after batch.
    const reader = new Database(join(dataDir, databaseFileName));
    const elsewhere = tempDir();
    const service = new BackupService({
      dataDir: elsewhere,
      database: () => reader,
      reopen: () => undefined,
      now: () => new Date(),
    });
    const found: number[] = [];
    try {
      for (let i = 0; i < 15; i++) {
        const backup = service.take('periodique', { prune: false });
        const check = checkDatabase(join(service.folder, `${backup.id}.sqlite`), w.id, revision);
        expect(check.problems).toEqual([]);
        found.push(check.batches);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    } finally {
      reader.close();
    }
    expect(child.exitCode).toBeNull();
    // The snapshots followed the writer: later backups hold more batches.
    expect(found[found.length - 1]).toBeGreaterThan(found[0] ?? 0);
  });
});

describe('restoring a backup', () => {
  it('backs the current state up first, swaps the database, reloads every view', () => {
    const dataDir = tempDir();
    const clock = manualClock();
    const core = open(dataDir, { now: clock.now });
    const kept = core.call('workshop.create', { title: 'Atelier à garder' });
    addActors(core, kept.id, 4);
    clock.advance(1000);
    const point = core.backups.take('periodique');
    clock.advance(1000);
    const later = core.call('workshop.create', { title: 'Atelier ajouté après' });
    core.call('map.apply', {
      workshopId: kept.id,
      origin: 'test',
      ops: [
        { type: 'actor.remove', id: 'a0' },
        { type: 'link.add', link: newLink({ id: 'l', source: 'a1', target: 'a2', kind: 'information' }) },
      ],
    });
    const before = core.call('map.get', { workshopId: kept.id });
    const events: CoreEvent[] = [];
    core.subscribe((event) => events.push(event));
    clock.advance(1000);

    const answer = core.call('backup.restore', { id: point.id });

    expect(answer.restored.id).toBe(point.id);
    expect(answer.safety).toMatchObject({ reason: 'avant-restauration', workshops: 2, actors: 3 });
    expect(events.map((e) => e.type)).toEqual(['database.restored', 'workshops.changed']);
    expect(core.call('workshop.list', {}).map((w) => w.title)).toEqual(['Atelier à garder']);
    const restored = core.call('map.get', { workshopId: kept.id });
    expect(restored.map.actors.map((a) => a.id)).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect(restored.map.links).toEqual([]);
    // The core writes on: the swapped database is the one in use.
    addActors(core, kept.id, 1, 10);
    expect(core.call('map.get', { workshopId: kept.id }).map.actors).toHaveLength(5);
    // And the state before the restore can itself be restored.
    core.call('backup.restore', { id: answer.safety.id });
    expect(
      core
        .call('workshop.list', {})
        .map((w) => w.title)
        .sort(),
    ).toEqual(['Atelier ajouté après', 'Atelier à garder']);
    expect(core.call('map.get', { workshopId: kept.id }).map).toEqual(before.map);
    expect(core.call('map.get', { workshopId: later.id }).workshop.title).toBe('Atelier ajouté après');
    const db = new Database(core.databasePath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses an unknown, a hostile or a damaged backup, and changes nothing', () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    mkdirSync(join(dataDir, backupFolderName), { recursive: true });
    core.call('workshop.create', { title: 'Intact' });
    const damaged = 'maillage-2026-01-01T00-00-00-000Z-periodique';
    writeFileSync(join(dataDir, backupFolderName, `${damaged}.sqlite`), 'abîmé');
    const backupsBefore = readdirSync(join(dataDir, backupFolderName)).sort();
    for (const [id, code] of [
      ['maillage-2020-01-01T00-00-00-000Z-periodique', 'not_found'],
      ['../maillage', 'validation'],
      ['maillage-2020-01-01T00-00-00-000Z-periodique/../../maillage', 'validation'],
      [damaged, 'validation'],
    ] as const) {
      const answer = core.dispatch('backup.restore', { id });
      expect(answer, id).toMatchObject({ ok: false, error: { code } });
      if (!answer.ok) expect(answer.error.message).toMatch(/sauvegarde|Sauvegarde|Identifiant/);
    }
    expect(readdirSync(join(dataDir, backupFolderName)).sort()).toEqual(backupsBefore);
    expect(core.call('workshop.list', {}).map((w) => w.title)).toEqual(['Intact']);
    expect(existsSync(`${core.databasePath}.restauration`)).toBe(false);
  });

  it('measures a backup of a 120-actor workshop', () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    const w = core.call('workshop.create', { title: 'Grand atelier' });
    addActors(core, w.id, 120);
    core.call('map.apply', {
      workshopId: w.id,
      origin: 'test',
      ops: Array.from({ length: 200 }, (_, i) => ({
        type: 'link.add' as const,
        link: newLink({ id: `l${i}`, source: `a${i % 120}`, target: `a${(i * 7 + 1) % 120}`, kind: 'information' }),
      })),
    });
    const started = performance.now();
    const backup = core.backups.take('periodique');
    const ms = performance.now() - started;
    console.info(`backup of a 120-actor, 200-link workshop: ${backup.size} bytes in ${ms.toFixed(1)} ms`);
    expect(backup).toMatchObject({ actors: 120, readable: true });
    expect(sha256(join(dataDir, backupFolderName, `${backup.id}.sqlite`))).toBeTruthy();
  });
});
