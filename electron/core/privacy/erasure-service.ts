import type { Database } from 'better-sqlite3';
import type { BackupService } from '../backups/backup-service.js';
import type { EventHub } from '../event-hub.js';
import {
  cleanupNeeded,
  deleteWorkshopRows,
  emptyWal,
  holdsAnyOf,
  markCleanupNeeded,
  purgeFreedPages,
} from './erase-rows.js';

/** How long « Atelier supprimé — Annuler » stays offered before anything is erased. */
export const undoWindowMs = 10_000;
/** After a failed erasure (disk full…), when to try again. */
const retryMs = 60_000;

export interface ErasureDeps {
  /** The open database of the core (it changes after a restore). */
  database: () => Database;
  backups: BackupService;
  events: EventHub;
  now: () => Date;
  /** Drops a workshop from the core's cache of maps. */
  forget: (workshopId: string) => void;
  undoWindowMs?: number;
}

/** What one erasure did, for the event, the log and the benchmark. */
export interface ErasureReport {
  workshopIds: string[];
  backupsRewritten: number;
  backupsRemoved: number;
  /** False while a reader (the command line) kept the WAL from being emptied; retried later. */
  walEmptied: boolean;
}

/** Which workshops may be deleted through which door: the list deletes one's own, the Club a colleague's. */
export type DeletionScope = 'own' | 'club';

/**
 * Deleting is deleting, with a short undo. A delete request only marks the workshop (hidden
 * everywhere at once); once the undo window has passed, the workshop is erased from every backup
 * that holds it (each rewritten whole), then from the database (secure_delete, VACUUM, the WAL
 * emptied). If Maillage stops before, the erasure is completed when it closes, or at the next
 * start after a crash: a confirmed deletion never comes back, and is never left half done.
 */
export class ErasureService {
  private timer: NodeJS.Timeout | undefined;
  private walPending = false;

  constructor(private readonly deps: ErasureDeps) {}

  private get db(): Database {
    return this.deps.database();
  }

  /** Marks a workshop for erasure; its erasure time, or undefined when there is no such workshop. */
  request(workshopId: string, scope: DeletionScope): string | undefined {
    const eraseAt = new Date(this.deps.now().getTime() + (this.deps.undoWindowMs ?? undoWindowMs)).toISOString();
    const marked = this.db
      .prepare('UPDATE workshops SET erase_at = ? WHERE id = ? AND erase_at IS NULL AND club_only = ?')
      .run(eraseAt, workshopId, scope === 'club' ? 1 : 0).changes;
    if (marked === 0) return undefined;
    this.deps.forget(workshopId);
    this.schedule();
    return eraseAt;
  }

  /** « Annuler »: brings back a workshop whose erasure has not started; false when too late. */
  undo(workshopId: string): boolean {
    const restored =
      this.db.prepare('UPDATE workshops SET erase_at = NULL WHERE id = ? AND erase_at IS NOT NULL').run(workshopId)
        .changes > 0;
    if (restored) this.schedule();
    return restored;
  }

  private pending(dueBy?: Date): string[] {
    const sql = dueBy
      ? 'SELECT id FROM workshops WHERE erase_at IS NOT NULL AND erase_at <= ? ORDER BY erase_at'
      : 'SELECT id FROM workshops WHERE erase_at IS NOT NULL ORDER BY erase_at';
    const statement = this.db.prepare(sql).pluck();
    return (dueBy ? statement.all(dueBy.toISOString()) : statement.all()) as string[];
  }

  /** Erases what the undo window no longer protects. */
  eraseDue(): ErasureReport | undefined {
    return this.erase(this.pending(this.deps.now()));
  }

  /**
   * Erases every pending deletion now: when Maillage closes, when it starts (a crash in the
   * window), before a backup is restored (the restored file must not bring one back).
   */
  eraseAll(): ErasureReport | undefined {
    const report = this.erase(this.pending());
    // Rows deleted by an earlier Maillage, or an erasure cut short by a crash after its commit.
    if (!report && cleanupNeeded(this.db)) this.walPending = !purgeFreedPages(this.db);
    if (this.walPending) this.walPending = !emptyWal(this.db);
    return report;
  }

  private erase(workshopIds: string[]): ErasureReport | undefined {
    if (workshopIds.length === 0) return undefined;
    // Backups first: until the database row goes, a crash leaves the request in place and the
    // whole erasure starts over at the next start; each backup is replaced whole or not at all.
    const { rewritten, removed } = this.deps.backups.rewrite(
      (db) => holdsAnyOf(db, workshopIds),
      (db) => deleteWorkshopRows(db, workshopIds),
    );
    this.db.transaction(() => {
      deleteWorkshopRows(this.db, workshopIds);
      // Set with the deletion: if Maillage stops before the VACUUM, the next start does it.
      markCleanupNeeded(this.db);
    })();
    for (const id of workshopIds) this.deps.forget(id);
    const walEmptied = purgeFreedPages(this.db);
    this.walPending = !walEmptied;
    const report = { workshopIds, backupsRewritten: rewritten, backupsRemoved: removed, walEmptied };
    this.deps.events.publish({ type: 'workshops.erased', workshopIds });
    return report;
  }

  /** Arms one timer for the next erasure due; none when nothing waits. */
  private schedule(delayMs?: number): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const next = this.db.prepare('SELECT MIN(erase_at) FROM workshops WHERE erase_at IS NOT NULL').pluck().get() as
      | string
      | null;
    if (!next && !this.walPending) return;
    const wait = delayMs ?? (next ? Math.max(0, Date.parse(next) - this.deps.now().getTime()) : retryMs);
    this.timer = setTimeout(() => this.onTimer(), wait);
    // A pending erasure never keeps a finished process alive: close() completes it.
    this.timer.unref();
  }

  private onTimer(): void {
    this.timer = undefined;
    try {
      this.eraseDue();
      if (this.walPending) this.walPending = !emptyWal(this.db);
      this.schedule();
    } catch (error) {
      console.error(
        'Maillage : effacement d’un atelier supprimé impossible pour l’instant, nouvel essai dans une minute',
        error,
      );
      this.schedule(retryMs);
    }
  }

  /** Stops the timer (the core completes pending erasures itself before closing). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
