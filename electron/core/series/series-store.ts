import type { Database } from 'better-sqlite3';
import type { PairDecision } from '../../../shared/series/actor-matching.js';
import { type SeriesWorkshop, seriesKey } from '../../../shared/series/series.js';
import { pairDecisionSchema } from '../../../shared/series/series-schema.js';

interface Row {
  id: string;
  title: string;
  territory: string;
  date: string;
  created_at: string;
  series: string | null;
}

/** The `series` column of the workshops and the series_decisions table (migration 7). */
export class SeriesStore {
  constructor(private readonly db: Database) {}

  /** The facilitator's own workshops, as the series rules read them (received ones stay out). */
  workshops(): SeriesWorkshop[] {
    const rows = this.db
      .prepare(
        'SELECT id, title, territory, date, created_at, series FROM workshops WHERE club_only = 0 AND erase_at IS NULL ORDER BY rowid',
      )
      .all() as Row[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      territory: r.territory,
      date: r.date,
      createdAt: r.created_at,
      series: r.series,
    }));
  }

  /** The confirmed series of every workshop that has one (received ones included), by id. */
  seriesById(): Map<string, string> {
    const rows = this.db.prepare('SELECT id, series FROM workshops WHERE series IS NOT NULL').all() as {
      id: string;
      series: string;
    }[];
    return new Map(rows.map((r) => [r.id, r.series]));
  }

  /**
   * Makes `memberIds` the whole series called `name`: they join it, and the workshops that were
   * in it (same name, folded) but are not listed leave it. One transaction.
   */
  setMembers(name: string, memberIds: readonly string[]): void {
    const key = seriesKey(name);
    const listed = new Set(memberIds);
    this.db.transaction(() => {
      for (const w of this.workshops()) {
        if (w.series !== null && seriesKey(w.series) === key && !listed.has(w.id)) this.setSeries(w.id, null);
      }
      for (const id of listed) this.setSeries(id, name);
    })();
  }

  setSeries(workshopId: string, name: string | null): void {
    this.db.prepare('UPDATE workshops SET series = ? WHERE id = ?').run(name, workshopId);
  }

  /** The answers about pairs of actors between a workshop and an earlier one; unreadable ones are dropped. */
  decisions(workshopId: string, referenceId: string): PairDecision[] {
    const row = this.db
      .prepare('SELECT decisions FROM series_decisions WHERE workshop_id = ? AND reference_id = ?')
      .get(workshopId, referenceId) as { decisions: string } | undefined;
    if (!row) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.decisions);
    } catch {
      return [];
    }
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((d) => {
      const checked = pairDecisionSchema.safeParse(d);
      return checked.success ? [checked.data] : [];
    });
  }

  setDecisions(workshopId: string, referenceId: string, decisions: readonly PairDecision[]): void {
    this.db
      .prepare(
        `INSERT INTO series_decisions (workshop_id, reference_id, decisions) VALUES (?, ?, ?)
         ON CONFLICT (workshop_id, reference_id) DO UPDATE SET decisions = excluded.decisions`,
      )
      .run(workshopId, referenceId, JSON.stringify(decisions));
  }
}
