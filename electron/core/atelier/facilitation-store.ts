import type { Database } from 'better-sqlite3';
import { type Facilitation, initialFacilitation } from '../../../shared/atelier/facilitation.js';
import { facilitationSchema } from '../../../shared/atelier/facilitation-schema.js';

/**
 * The facilitation table: one JSON document per workshop (step, questions, timers, wall). A
 * document that no longer reads (hand-edited, or from a future Maillage) gives the initial state
 * rather than an error: the room must never be stopped by it, and the map is not touched.
 */
export class FacilitationStore {
  constructor(private readonly db: Database) {}

  read(workshopId: string): Facilitation {
    const row = this.db.prepare('SELECT state FROM facilitation WHERE workshop_id = ?').get(workshopId) as
      | { state: string }
      | undefined;
    if (!row) return initialFacilitation;
    try {
      const parsed = facilitationSchema.safeParse(JSON.parse(row.state));
      return parsed.success ? parsed.data : initialFacilitation;
    } catch {
      return initialFacilitation;
    }
  }

  write(workshopId: string, state: Facilitation): void {
    this.db
      .prepare(
        `INSERT INTO facilitation (workshop_id, state) VALUES (?, ?)
         ON CONFLICT(workshop_id) DO UPDATE SET state = excluded.state`,
      )
      .run(workshopId, JSON.stringify(state));
  }
}
