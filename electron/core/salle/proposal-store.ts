import type { Database, Statement } from 'better-sqlite3';
import { noteKindIds } from '../../../shared/domain/codebook.js';
import type { Proposal, ProposalStatus } from '../../../shared/salle/room.js';

/** A proposal to store, with who sent it (an anonymous phone id) and the id that phone chose. */
export interface ProposalWrite {
  workshopId: string;
  phoneId: string;
  clientId: string;
  proposal: Proposal;
}

interface Row {
  id: string;
  type: string;
  body: string;
  author: string;
  status: string;
  received_at: string;
}

/** The fields of a proposal beyond the common ones, as stored in `body` (JSON). */
type Body =
  | { kind: string; text: string; actorId: string | null }
  | { sourceId: string; targetId: string; text: string };

/**
 * Proposals sent from the phones, kept in the database from the moment the phone is told
 * « envoyé » (a crash must not lose what a participant wrote), until the facilitator settles
 * them. Once settled, the text and first name are erased: an accepted text lives on in the map,
 * a refused one is gone. Who contributed is counted by an anonymous per-opening phone id.
 */
export class ProposalStore {
  private readonly insertRow: Statement;
  private readonly pendingRows: Statement;
  private readonly settleRow: Statement;
  private readonly findRow: Statement;
  private readonly contributorRow: Statement;
  private readonly contributorCount: Statement;

  constructor(private readonly db: Database) {
    this.insertRow = db.prepare(
      `INSERT INTO room_proposals (workshop_id, id, phone_id, client_id, type, body, author, status, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
    );
    this.pendingRows = db.prepare(
      `SELECT id, type, body, author, status, received_at FROM room_proposals
       WHERE workshop_id = ? AND status = 'pending' ORDER BY rowid`,
    );
    this.settleRow = db.prepare(
      `UPDATE room_proposals SET status = ?, body = '{}', author = '' WHERE workshop_id = ? AND id = ? AND status = 'pending'`,
    );
    this.findRow = db.prepare(
      'SELECT id, type, body, author, status, received_at FROM room_proposals WHERE workshop_id = ? AND id = ?',
    );
    this.contributorRow = db.prepare('INSERT OR IGNORE INTO room_contributors (workshop_id, phone_id) VALUES (?, ?)');
    this.contributorCount = db.prepare('SELECT COUNT(*) FROM room_contributors WHERE workshop_id = ?').pluck();
  }

  /**
   * Stores proposals that arrived together in one transaction — one write to the disk for a
   * burst of phones, not one each —, each in a savepoint of its own: one refused row (the
   * same id twice) fails alone. Answers the error of each item, undefined when stored; throws
   * when the transaction itself fails (nothing of it is then stored).
   */
  insertMany(items: readonly ProposalWrite[]): unknown[] {
    const one = this.db.transaction(({ workshopId, phoneId, clientId, proposal }: ProposalWrite) => {
      const { id, type, author, receivedAt } = proposal;
      const body: Body =
        proposal.type === 'note'
          ? { kind: proposal.kind, text: proposal.text, actorId: proposal.actorId }
          : { sourceId: proposal.sourceId, targetId: proposal.targetId, text: proposal.text };
      this.insertRow.run(workshopId, id, phoneId, clientId, type, JSON.stringify(body), author, receivedAt);
      this.contributorRow.run(workshopId, phoneId);
    });
    return this.db.transaction(() =>
      items.map((item) => {
        try {
          one(item);
          return undefined;
        } catch (error) {
          return error;
        }
      }),
    )();
  }

  /** A phone that voted without proposing anything counts too. */
  countContributor(workshopId: string, phoneId: string): void {
    this.contributorRow.run(workshopId, phoneId);
  }

  contributors(workshopId: string): number {
    return this.contributorCount.get(workshopId) as number;
  }

  pending(workshopId: string): Proposal[] {
    return (this.pendingRows.all(workshopId) as Row[]).flatMap((row) => proposalOf(row) ?? []);
  }

  find(workshopId: string, id: string): Proposal | undefined {
    const row = this.findRow.get(workshopId, id) as Row | undefined;
    return row ? proposalOf(row) : undefined;
  }

  /** Settles a pending proposal; false when it was not pending (settled meanwhile, or unknown). */
  settle(workshopId: string, id: string, status: Exclude<ProposalStatus, 'pending'>): boolean {
    return this.settleRow.run(status, workshopId, id).changes === 1;
  }
}

const statuses: readonly string[] = ['pending', 'accepted', 'merged', 'refused'];

/** A row read back; one that no longer reads (edited by hand) is skipped rather than shown half. */
function proposalOf(row: Row): Proposal | undefined {
  if (!statuses.includes(row.status)) return undefined;
  const base = { id: row.id, author: row.author, receivedAt: row.received_at, status: row.status as ProposalStatus };
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(row.body) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const text = typeof body.text === 'string' ? body.text : '';
  if (row.type === 'note') {
    const kind = noteKindIds.find((k) => k === body.kind);
    if (!kind)
      return base.status === 'pending' ? undefined : { ...base, type: 'note', kind: 'constat', text, actorId: null };
    return { ...base, type: 'note', kind, text, actorId: typeof body.actorId === 'string' ? body.actorId : null };
  }
  if (row.type === 'link') {
    const sourceId = typeof body.sourceId === 'string' ? body.sourceId : '';
    const targetId = typeof body.targetId === 'string' ? body.targetId : '';
    return { ...base, type: 'link', sourceId, targetId, text };
  }
  return undefined;
}
