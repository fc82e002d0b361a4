import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupReason, BackupRestored, BackupSummary } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import { databaseFileName } from '../data-dir.js';
import { schemaVersionOf } from '../database/migrations.js';
import { construct, type OpenDatabaseOptions } from '../database/open-database.js';
import { notFound } from '../errors.js';
import { ensurePrivateDir, makePrivate, privateFileMode, shred } from '../privacy/private-files.js';
import {
  backupFileName,
  backupFolderName,
  backupsToKeep,
  fileTimestamp,
  parseBackupFileName,
  syncToDisk,
} from './backup-files.js';

export const backupRetention = { recent: 10, days: 7 } as const;

/**
 * VACUUM INTO a file created empty beforehand, 0600 and exclusively (SQLite accepts an empty
 * target): the copy is never readable by others, not even while it is being written. Forced to
 * the disk before the caller renames it.
 */
export function vacuumIntoPrivate(source: Database, target: string): void {
  rmSync(target, { force: true });
  closeSync(openSync(target, 'wx', privateFileMode));
  makePrivate(target);
  source.prepare('VACUUM INTO ?').run(target);
  syncToDisk(target);
}
const partialSuffix = '.partielle';
/** The incoming database of a restore, renamed over maillage.sqlite once on disk. */
const restoreSuffix = '.restauration';

export interface BackupDeps extends OpenDatabaseOptions {
  dataDir: string;
  /** The open database of the core (it changes after a restore). */
  database: () => Database;
  /** Closes the database, runs `replace` while it is closed, and opens it again. */
  reopen: (replace: () => void) => void;
  now: () => Date;
}

/**
 * Rolling backups in <dataDir>/sauvegardes. Each one is written by SQLite itself (VACUUM INTO:
 * one consistent snapshot, even while the WAL holds recent changes), never by copying the file,
 * under a temporary name renamed once complete and on disk: a crash mid-way leaves no half
 * backup under a real name.
 */
export class BackupService {
  readonly folder: string;
  private readonly databasePath: string;

  constructor(private readonly deps: BackupDeps) {
    this.folder = join(deps.dataDir, backupFolderName);
    this.databasePath = join(deps.dataDir, databaseFileName);
  }

  private pathOf(id: string): string {
    return join(this.folder, backupFileName(id));
  }

  /** Writes a snapshot of `source` to `target` through SQLite, durably, then gives it its name. */
  private snapshot(source: Database, target: string): void {
    const partial = target + partialSuffix;
    vacuumIntoPrivate(source, partial);
    renameSync(partial, target);
    syncToDisk(this.folder);
  }

  /** A snapshot of the core's database, or of `options.database` (one about to be migrated). */
  take(reason: BackupReason, options: { prune?: boolean; database?: Database } = {}): BackupSummary {
    ensurePrivateDir(this.folder);
    const base = `maillage-${fileTimestamp(this.deps.now())}`;
    let id = `${base}-${reason}`;
    for (let n = 2; existsSync(this.pathOf(id)); n++) id = `${base}-${n}-${reason}`;
    this.snapshot(options.database ?? this.deps.database(), this.pathOf(id));
    if (options.prune !== false) this.prune();
    return this.summarize(id);
  }

  private ids(): { id: string; takenAt: string; reason: BackupReason }[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder).flatMap((name) => parseBackupFileName(name) ?? []);
  }

  /** Newest first, each with what it holds. */
  list(): BackupSummary[] {
    return this.ids()
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id))
      .map((backup) => this.summarize(backup.id));
  }

  private summarize(id: string): BackupSummary {
    const parsed = parseBackupFileName(backupFileName(id));
    if (!parsed) throw notFound('Sauvegarde');
    const path = this.pathOf(id);
    const summary: BackupSummary = {
      id,
      takenAt: parsed.takenAt,
      reason: parsed.reason,
      size: statSync(path).size,
      readable: false,
      workshops: 0,
      actors: 0,
      titles: [],
    };
    try {
      const db = construct(path, this.deps, true);
      try {
        if (db.pragma('quick_check', { simple: true }) !== 'ok' || schemaVersionOf(db) < 1) return summary;
        const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
        summary.workshops = count('workshops');
        summary.actors = count('actors');
        summary.titles = db
          .prepare('SELECT title FROM workshops ORDER BY updated_at DESC LIMIT 5')
          .pluck()
          .all() as string[];
        summary.readable = true;
      } finally {
        db.close();
      }
    } catch {
      // Not a database of ours: listed so that nothing is hidden, never restored.
    }
    return summary;
  }

  /**
   * At open: what a crash during a backup or a restore left behind (never a finished file), and
   * the modes of a folder an earlier Maillage made readable by everyone.
   */
  cleanUp(): void {
    rmSync(`${this.databasePath}${restoreSuffix}`, { force: true });
    if (existsSync(this.folder)) {
      ensurePrivateDir(this.folder);
      for (const backup of this.ids()) makePrivate(this.pathOf(backup.id));
    }
    this.prune();
  }

  /** Removes what the retention rule no longer keeps, and snapshots a crash left unfinished. */
  prune(): void {
    if (!existsSync(this.folder)) return;
    for (const name of readdirSync(this.folder)) {
      if (name.endsWith(partialSuffix)) rmSync(join(this.folder, name), { force: true });
    }
    const all = this.ids();
    const keep = backupsToKeep(all, this.deps.now(), backupRetention.recent, backupRetention.days);
    for (const backup of all) {
      if (!keep.has(backup.id)) rmSync(this.pathOf(backup.id), { force: true });
    }
  }

  /**
   * Rewrites every backup that `holds` says is concerned, with `edit` applied to a copy of it in
   * memory: the copy is written by VACUUM INTO (no free page, no journal) to a partial file,
   * forced to the disk and renamed over the backup, which keeps its name, date and place in the
   * rotation. A backup left without any workshop holds nothing worth restoring: it is removed, and
   * so is one that cannot be read (it could never be restored, and may hold what is erased).
   * A crash mid-way leaves each backup whole, old or new (partial files go at next open).
   */
  rewrite(holds: (db: Database) => boolean, edit: (db: Database) => void): { rewritten: number; removed: number } {
    let rewritten = 0;
    let removed = 0;
    for (const { id } of this.ids()) {
      const path = this.pathOf(id);
      const concerned = this.concerns(path, holds);
      if (concerned === 'unreadable') {
        // It cannot be restored, and nothing proves it does not hold what is being erased.
        shred(path);
        removed++;
        continue;
      }
      if (!concerned) continue;
      const bytes = readFileSync(path);
      // An in-memory copy cannot be in WAL mode: the header says rollback journal (bytes 18-19).
      if (bytes[18] === 2) bytes[18] = 1;
      if (bytes[19] === 2) bytes[19] = 1;
      const copy = construct(bytes, this.deps);
      try {
        copy.pragma('foreign_keys = ON');
        edit(copy);
        const left = copy.prepare('SELECT COUNT(*) FROM workshops').pluck().get() as number;
        if (left === 0) {
          shred(path);
          removed++;
        } else {
          const partial = path + partialSuffix;
          vacuumIntoPrivate(copy, partial);
          renameSync(partial, path);
          rewritten++;
        }
      } finally {
        copy.close();
      }
    }
    if (rewritten + removed > 0) syncToDisk(this.folder);
    return { rewritten, removed };
  }

  /** How many backups hold what `holds` looks for (a person's name, for an access request). */
  count(holds: (db: Database) => boolean): number {
    return this.ids().filter(({ id }) => this.concerns(this.pathOf(id), holds) === true).length;
  }

  /** Whether a backup holds what `holds` looks for, or cannot even be read. */
  private concerns(path: string, holds: (db: Database) => boolean): boolean | 'unreadable' {
    try {
      const db = construct(path, this.deps, true);
      try {
        if (db.pragma('quick_check', { simple: true }) !== 'ok') return 'unreadable';
        return holds(db);
      } finally {
        db.close();
      }
    } catch {
      return 'unreadable';
    }
  }

  /**
   * Replaces the current database by a backup. The current state is backed up first; the
   * backup is checked before anything changes; the database is swapped while closed.
   */
  restore(id: string): BackupRestored {
    if (!existsSync(this.pathOf(id))) throw notFound('Sauvegarde');
    const restored = this.summarize(id);
    if (!restored.readable) {
      throw new ApiError({
        code: 'validation',
        message:
          'Cette sauvegarde est illisible\u00a0: elle ne peut pas être restaurée. Rien n’a été modifié\u00a0; choisissez-en une autre.',
      });
    }
    const safety = this.take('avant-restauration', { prune: false });
    const { databasePath } = this;
    this.deps.reopen(() => {
      const incoming = `${databasePath}${restoreSuffix}`;
      const source = construct(this.pathOf(id), this.deps, true);
      try {
        vacuumIntoPrivate(source, incoming);
      } finally {
        source.close();
      }
      // A log left by another reader belongs to the replaced state, which the safety backup holds.
      for (const suffix of ['-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
      renameSync(incoming, databasePath);
      syncToDisk(this.deps.dataDir);
    });
    this.prune();
    return { restored, safety };
  }
}
