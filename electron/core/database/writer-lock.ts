import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ensurePrivateFile } from '../privacy/private-files.js';
import { construct, NativeBindingError } from './open-database.js';

export const lockFileName = 'maillage.verrou';

/** Raised when another Maillage (window, browser mode, command) already writes to this folder. */
export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
  readonly code = 'database_in_use';
}

export interface WriterLock {
  release(): void;
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

function take(path: string, nativeBinding: string | undefined): Database {
  ensurePrivateFile(path);
  const db = construct(path, nativeBinding ? { nativeBinding } : {});
  try {
    // Refused at once rather than after a wait: the other Maillage will not let go.
    db.pragma('busy_timeout = 0');
    // The journal stays in memory: the lock file never holds data, so no leftover journal.
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    // In EXCLUSIVE locking mode the lock taken here is held until the connection closes.
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * One writer per data folder. The lock is an operating-system lock on <dataDir>/maillage.verrou,
 * taken through SQLite (fcntl on Linux and macOS, LockFileEx on Windows): the system drops it
 * when the process ends, even by a crash or a kill, so a stale lock can never block anyone,
 * and there is no process id to check or to be reused. Another connection — in this process or
 * another — is refused at once.
 */
export function acquireWriterLock(dataDir: string, options: { nativeBinding?: string } = {}): WriterLock {
  const path = join(dataDir, lockFileName);
  let db: Database;
  try {
    db = take(path, options.nativeBinding);
  } catch (error) {
    if (error instanceof NativeBindingError) throw error;
    if (isBusy(error)) {
      throw new DatabaseInUseError(
        `Ces données sont déjà ouvertes par un autre Maillage (une autre fenêtre, le mode navigateur ou une commande)\u00a0: «\u00a0${dataDir}\u00a0». Rien n’a été modifié. Fermez l’autre Maillage, puis réessayez.`,
        { cause: error },
      );
    }
    // Anything else means the lock file itself is damaged (it holds no data): start it afresh.
    rmSync(path, { force: true });
    db = take(path, options.nativeBinding);
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      db.close();
    },
  };
}
