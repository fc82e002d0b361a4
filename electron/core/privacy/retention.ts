import type { Database } from 'better-sqlite3';
import type { RetentionDue } from '../../../shared/privacy/privacy-api.js';

const retentionKey = 'retention_months';

/** Months without a change after which a workshop is listed for review; null when the facilitator chose none. */
export function retentionMonths(db: Database): number | null {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(retentionKey) as string | undefined;
  const months = Number(value);
  return value !== undefined && Number.isInteger(months) && months > 0 ? months : null;
}

export function setRetentionMonths(db: Database, months: number | null): void {
  if (months === null) db.prepare('DELETE FROM settings WHERE key = ?').run(retentionKey);
  else db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(retentionKey, String(months));
}

/** The moment `months` calendar months before `now`. */
export function monthsBefore(now: Date, months: number): Date {
  const then = new Date(now.getTime());
  then.setUTCMonth(then.getUTCMonth() - months);
  return then;
}

interface Row {
  id: string;
  title: string;
  territory: string;
  date: string;
  since: string;
  club_only: number;
}

/**
 * The workshops — own and received for the Club — neither changed nor kept for `months`: listed
 * for the facilitator to review, oldest first. Nothing is ever deleted from here without them.
 */
export function dueForReview(db: Database, months: number, now: Date): RetentionDue[] {
  const rows = db
    .prepare(
      `SELECT id, title, territory, date, club_only, MAX(updated_at, COALESCE(kept_at, '')) AS since
       FROM workshops WHERE erase_at IS NULL AND MAX(updated_at, COALESCE(kept_at, '')) < ? ORDER BY since`,
    )
    .all(monthsBefore(now, months).toISOString()) as Row[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    territory: r.territory,
    date: r.date,
    since: r.since,
    clubOnly: r.club_only === 1,
  }));
}

/** « Garder »: the review is done for this workshop until the duration passes again. */
export function keepWorkshop(db: Database, workshopId: string, at: string): boolean {
  return (
    db.prepare('UPDATE workshops SET kept_at = ? WHERE id = ? AND erase_at IS NULL').run(at, workshopId).changes > 0
  );
}
