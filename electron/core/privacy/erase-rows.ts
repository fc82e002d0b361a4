import type { Database } from 'better-sqlite3';

/** Set when rows were deleted and their freed pages not yet rewritten (VACUUM): finished at next open. */
export const cleanupKey = 'erasure_cleanup';

/**
 * Every table that holds rows of a workshop (a `workshop_id` column), read from the file itself:
 * it works on a backup of any earlier schema, and on a table added later without a foreign key.
 */
function tablesWithWorkshopId(db: Database): string[] {
  return db
    .prepare(
      `SELECT m.name FROM sqlite_schema m
       WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'workshop_id')`,
    )
    .pluck()
    .all() as string[];
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Whether this database (the live one or a backup) holds a row of any of these workshops. */
export function holdsAnyOf(db: Database, workshopIds: readonly string[]): boolean {
  const one = db.prepare('SELECT 1 FROM workshops WHERE id = ?').pluck();
  return workshopIds.some((id) => one.get(id) !== undefined);
}

/**
 * Deletes the workshops and every row that belongs to them, in one transaction. Foreign keys
 * would cascade, but each table is also emptied by name, so nothing depends on them being on.
 */
export function deleteWorkshopRows(db: Database, workshopIds: readonly string[]): void {
  const tables = tablesWithWorkshopId(db);
  db.transaction(() => {
    for (const id of workshopIds) {
      for (const table of tables) db.prepare(`DELETE FROM ${quoted(table)} WHERE workshop_id = ?`).run(id);
      db.prepare('DELETE FROM workshops WHERE id = ?').run(id);
    }
  })();
}

function hasSettings(db: Database): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'`).get() !== undefined;
}

export function markCleanupNeeded(db: Database): void {
  if (hasSettings(db)) db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(cleanupKey, '1');
}

export function cleanupNeeded(db: Database): boolean {
  return hasSettings(db) && db.prepare('SELECT 1 FROM settings WHERE key = ?').get(cleanupKey) !== undefined;
}

/**
 * Rewrites the live database so that no freed page keeps a deleted text (VACUUM: rows deleted
 * before secure_delete was on, or by an older Maillage, may linger there), then folds the WAL back
 * into it and empties it (its older frames hold earlier copies of the pages). Says whether the WAL
 * could be emptied: a reader (the command line) holding a snapshot delays it to the next try.
 */
export function purgeFreedPages(db: Database): boolean {
  db.exec('VACUUM');
  db.prepare('DELETE FROM settings WHERE key = ?').run(cleanupKey);
  return emptyWal(db);
}

/** Copies every WAL frame into the database and truncates the WAL to zero bytes. */
export function emptyWal(db: Database): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return result !== undefined && result.busy === 0 && result.log <= 0;
}
