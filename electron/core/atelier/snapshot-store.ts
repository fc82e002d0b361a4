import type { Database } from 'better-sqlite3';
import { withoutLegacyFields } from '../../../shared/domain/legacy-fields.js';
import type { MapState } from '../../../shared/domain/model.js';
import type { SnapshotSummary } from '../../../shared/versions/snapshot.js';

interface SnapshotRow {
  id: string;
  name: string;
  taken_at: string;
  auto: number;
  json: string;
}

/** The document stored for a version: versioned, so a later Maillage can read today's. */
interface SnapshotDocument {
  format: 1;
  map: MapState;
}

function summaryOf(row: SnapshotRow, map: MapState): SnapshotSummary {
  return {
    id: row.id,
    name: row.name,
    takenAt: row.taken_at,
    auto: row.auto === 1,
    actorCount: map.actors.length,
    linkCount: map.links.length,
  };
}

function mapOf(row: SnapshotRow): MapState {
  return withoutLegacyFields((JSON.parse(row.json) as SnapshotDocument).map);
}

/** The snapshots table: named versions of a workshop's map, newest last. */
export class SnapshotStore {
  constructor(private readonly db: Database) {}

  list(workshopId: string): SnapshotSummary[] {
    const rows = this.db
      .prepare('SELECT * FROM snapshots WHERE workshop_id = ? ORDER BY taken_at, rowid')
      .all(workshopId) as SnapshotRow[];
    return rows.map((row) => summaryOf(row, mapOf(row)));
  }

  find(workshopId: string, id: string): { summary: SnapshotSummary; map: MapState } | undefined {
    const row = this.db.prepare('SELECT * FROM snapshots WHERE workshop_id = ? AND id = ?').get(workshopId, id) as
      | SnapshotRow
      | undefined;
    if (!row) return undefined;
    const map = mapOf(row);
    return { summary: summaryOf(row, map), map };
  }

  latest(workshopId: string): MapState | undefined {
    const row = this.db
      .prepare('SELECT * FROM snapshots WHERE workshop_id = ? ORDER BY taken_at DESC, rowid DESC LIMIT 1')
      .get(workshopId) as SnapshotRow | undefined;
    return row ? mapOf(row) : undefined;
  }

  insert(
    workshopId: string,
    snapshot: { id: string; name: string; takenAt: string; auto: boolean },
    map: MapState,
  ): SnapshotSummary {
    const document: SnapshotDocument = { format: 1, map };
    const row: SnapshotRow = {
      id: snapshot.id,
      name: snapshot.name,
      taken_at: snapshot.takenAt,
      auto: snapshot.auto ? 1 : 0,
      json: JSON.stringify(document),
    };
    this.db
      .prepare('INSERT INTO snapshots (id, workshop_id, name, taken_at, auto, json) VALUES (?, ?, ?, ?, ?, ?)')
      .run(row.id, workshopId, row.name, row.taken_at, row.auto, row.json);
    return summaryOf(row, map);
  }

  rename(workshopId: string, id: string, name: string): boolean {
    return (
      this.db.prepare('UPDATE snapshots SET name = ? WHERE workshop_id = ? AND id = ?').run(name, workshopId, id)
        .changes > 0
    );
  }

  delete(workshopId: string, id: string): boolean {
    return this.db.prepare('DELETE FROM snapshots WHERE workshop_id = ? AND id = ?').run(workshopId, id).changes > 0;
  }
}
