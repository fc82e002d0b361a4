import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupReason, BackupRestored, BackupSummary } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import { databaseFileName } from '../data-dir.js';
import { schemaVersionOf } from '../database/migrations.js';
import { construct, type OpenDatabaseOptions } from '../database/open-database.js';
import { notFound } from '../errors.js';
import {
  backupFileName,
  backupFolderName,
  backupsToKeep,
  fileTimestamp,
  parseBackupFileName,
  syncToDisk,
} from './backup-files.js';

export const backupRetention = { recent: 10, days: 7 } as const;
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
    rmSync(partial, { force: true });
    source.prepare('VACUUM INTO ?').run(partial);
    syncToDisk(partial);
    renameSync(partial, target);
    syncToDisk(this.folder);
  }

  /** A snapshot of the core's database, or of `options.database` (one about to be migrated). */
  take(reason: BackupReason, options: { prune?: boolean; database?: Database } = {}): BackupSummary {
    mkdirSync(this.folder, { recursive: true });
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

  /** At open: what a crash during a backup or a restore left behind (never a finished file). */
  cleanUp(): void {
    rmSync(`${this.databasePath}${restoreSuffix}`, { force: true });
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
        rmSync(incoming, { force: true });
        source.prepare('VACUUM INTO ?').run(incoming);
        syncToDisk(incoming);
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
