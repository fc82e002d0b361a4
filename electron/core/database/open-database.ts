import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { StartupNotice } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import { databaseFileName } from '../data-dir.js';
import { ensurePrivateDir, ensurePrivateFile, makePrivate } from '../privacy/private-files.js';
import { latestSchemaVersion, migrate, schemaVersionOf } from './migrations.js';

export interface OpenDatabaseOptions {
  /** Path to a better-sqlite3 binary built for the running runtime (Electron keeps its own). */
  nativeBinding?: string;
  /** Injected clock, so that moved-aside names are predictable in tests. */
  now?: () => Date;
  /**
   * Called with a database of an earlier schema just before it is migrated (a backup is taken
   * there). It must not throw: a failure here would look like a damaged file.
   */
  beforeMigration?: (db: Database, fromVersion: number) => void;
}

export interface OpenedDatabase {
  db: Database;
  path: string;
  readOnly: boolean;
  notices: StartupNotice[];
}

/** Raised when the SQLite library itself cannot be loaded: nothing to do with the user's data. */
export class NativeBindingError extends Error {
  override name = 'NativeBindingError';
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function configure(db: Database): void {
  db.pragma('journal_mode = WAL');
  // A deleted row is overwritten with zeros, not left in a free page (issue 14: deletion deletes).
  db.pragma('secure_delete = ON');
  // Temporary tables and VACUUM's copy stay in memory: no copy of the text in the system's temp folder.
  db.pragma('temp_store = MEMORY');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/** Throws when the file is not a readable SQLite database of ours. */
function checkReadable(db: Database): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw new Error(`quick_check: ${String(result)}`);
}

/**
 * Opens one SQLite file (or, given its bytes, a copy in memory); a library that cannot load
 * becomes a NativeBindingError.
 */
export function construct(path: string | Buffer, options: OpenDatabaseOptions, readonly = false): Database {
  try {
    return new BetterSqlite3(path, {
      readonly,
      fileMustExist: readonly && typeof path === 'string',
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (
      /NODE_MODULE_VERSION|invalid ELF|not a valid Win32|Could not locate the bindings|dlopen|\.node/i.test(message)
    ) {
      throw new NativeBindingError(message);
    }
    throw error;
  }
}

/**
 * SQLite codes that say the file is in use or out of reach (another program holds a lock,
 * no permission), not that it is damaged: such a database must never be moved aside.
 */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|READONLY|PERM|CANTOPEN|AUTH)(_|$)/.test(code);
}

/** A name no earlier moved-aside file holds: a clock set back must not overwrite one. */
function freeAsideName(path: string, now: Date): string {
  const base = `${path}.illisible-${timestamp(now)}`;
  let aside = base;
  for (let n = 2; ['', '-wal', '-shm'].some((suffix) => existsSync(aside + suffix)); n++) aside = `${base}-${n}`;
  return aside;
}

/** Moves an unreadable database and its WAL files aside, never deleting anything. */
function moveAside(path: string, now: Date): string {
  const aside = freeAsideName(path, now);
  renameSync(path, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  }
  for (const suffix of ['', '-wal', '-shm']) makePrivate(aside + suffix);
  return aside;
}

/**
 * Opens <dataDir>/maillage.sqlite. An unreadable file is moved aside under a timestamped name
 * and a fresh database is created; a database from a newer Maillage opens read-only.
 */
/**
 * Opens the database to read it only, beside a Maillage that may be running and writing (SQLite's
 * WAL lets a reader see what was committed): nothing is migrated, moved aside or written, and no
 * writer's lock is needed. For the command line's list and export.
 */
export function openForReading(dataDir: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const path = join(dataDir, databaseFileName);
  if (!existsSync(path)) {
    throw new ApiError({
      code: 'not_found',
      message: `Aucune donnée Maillage dans « ${dataDir} » : vérifiez le dossier (--data-dir).`,
    });
  }
  const db = construct(path, options, true);
  let version: number;
  try {
    checkReadable(db);
    version = schemaVersionOf(db);
  } catch (error) {
    db.close();
    if (isUnavailable(error)) throw error;
    throw damagedForReading(path, error);
  }
  if (version < latestSchemaVersion) {
    db.close();
    throw new ApiError({
      code: 'conflict',
      message: `Les données de « ${dataDir} » viennent d’une version antérieure de Maillage : ouvrez Maillage une fois pour les mettre à jour, puis réessayez.`,
    });
  }
  db.pragma('query_only = ON');
  db.pragma('busy_timeout = 5000');
  return { db, path, readOnly: true, notices: [] };
}

/** « (SQLITE_NOTADB) » for support, never SQLite's English sentence. */
function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? ` (${code})` : '';
}

/**
 * A reader never moves anything aside (the app may be running): it names the damaged file and
 * says what to do, in French, whatever SQLite said in English.
 */
function damagedForReading(path: string, error: unknown): ApiError {
  return new ApiError({
    code: 'storage',
    message: `La base de données de Maillage «\u00a0${path}\u00a0» est abîmée\u00a0: elle ne peut pas être lue${sqliteCode(error)}. Rien n’a été modifié. Ouvrez Maillage\u00a0: il la mettra de côté, sans l’effacer, et démarrera sur une base neuve\u00a0; choisissez alors «\u00a0Restaurer une sauvegarde\u00a0» sur la page des ateliers pour retrouver vos ateliers.`,
  });
}

export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  ensurePrivateDir(dataDir);
  const path = join(dataDir, databaseFileName);
  const now = options.now ?? (() => new Date());
  const notices: StartupNotice[] = [];

  if (existsSync(path)) {
    // A folder left by an earlier Maillage (or copied in) may be readable by everyone.
    for (const suffix of ['', '-wal', '-shm']) makePrivate(path + suffix);
    let db: Database | undefined;
    try {
      // Checked through a read-only connection: closing it never checkpoints the WAL into a
      // damaged file nor deletes the WAL, so what is moved aside is exactly what was found.
      db = construct(path, options, true);
      checkReadable(db);
      const version = schemaVersionOf(db);
      if (version > latestSchemaVersion) {
        const readOnlyDb = db;
        readOnlyDb.pragma('query_only = ON');
        notices.push({
          kind: 'database-read-only',
          path,
          message: `Cette base de données a été créée par une version plus récente de Maillage (schéma ${version}, celle-ci connaît le schéma ${latestSchemaVersion}). Elle est ouverte en lecture seule : mettez Maillage à jour pour la modifier.`,
        });
        return { db: readOnlyDb, path, readOnly: true, notices };
      }
      db.close();
      db = undefined;
      db = construct(path, options);
      configure(db);
      if (version > 0 && version < latestSchemaVersion) options.beforeMigration?.(db, version);
      migrate(db);
      return { db, path, readOnly: false, notices };
    } catch (error) {
      if (error instanceof NativeBindingError) throw error;
      db?.close();
      if (isUnavailable(error)) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `La base de données de Maillage (« ${path} ») est utilisée par un autre programme ou n’est pas accessible (${reason}). Elle n’a pas été modifiée : fermez l’autre fenêtre de Maillage ou le programme qui l’ouvre, puis relancez Maillage.`,
          { cause: error },
        );
      }
      const aside = moveAside(path, now());
      notices.push({
        kind: 'database-moved-aside',
        path: aside,
        message: `La base de données de Maillage était illisible${sqliteCode(error)}. Elle n’a pas été effacée : elle a été mise de côté sous « ${aside} ». Maillage a démarré sur une base neuve ; pour récupérer l’ancienne, confiez ce fichier à votre support. Elle contient les ateliers d’alors : quand vous n’en aurez plus besoin, supprimez-la depuis « Données personnelles ».`,
      });
    }
  }

  // Created 0600 before SQLite opens it: SQLite gives its -wal and -shm the database's own mode.
  ensurePrivateFile(path);
  const db = construct(path, options);
  configure(db);
  migrate(db);
  return { db, path, readOnly: false, notices };
}
