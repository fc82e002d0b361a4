import type { Database } from 'better-sqlite3';
import { Statements } from '../database/statements.js';

/** Batches kept per workshop: far more than a view can have sent and not heard back about. */
const kept = 1000;

/**
 * The ids of the batches of map operations already applied (table `applied_batches`). A view
 * sends each batch with an id and sends the same batch again when the answer did not arrive (a
 * server restarted between its commit and its answer): the core then answers with the revision
 * it had, instead of applying it a second time. Written in the batch's own transaction.
 */
export class AppliedBatches {
  private readonly statements: Statements;

  constructor(db: Database) {
    this.statements = new Statements(db);
  }

  revisionOf(workshopId: string, batchId: string): number | undefined {
    const row = this.statements
      .get('SELECT revision FROM applied_batches WHERE workshop_id = ? AND batch_id = ?')
      .get(workshopId, batchId) as { revision: number } | undefined;
    return row?.revision;
  }

  record(workshopId: string, batchId: string, revision: number): void {
    this.statements
      .get('INSERT INTO applied_batches (workshop_id, batch_id, revision) VALUES (?, ?, ?)')
      .run(workshopId, batchId, revision);
    if (revision % 100 === 0) {
      this.statements
        .get('DELETE FROM applied_batches WHERE workshop_id = ? AND revision <= ?')
        .run(workshopId, revision - kept);
    }
  }
}
