import type { Database } from 'better-sqlite3';
import type { Codebook } from '../../../shared/domain/codebook.js';
import { codebookSchema } from '../../../shared/domain/codebook-schema.js';
import type { Participant, Workshop, WorkshopFields, WorkshopSummary } from '../../../shared/domain/model.js';
import { actorCodec, linkCodec, noteCodec, zoneCodec } from '../database/codecs.js';
import { Statements } from '../database/statements.js';

interface WorkshopRow {
  id: string;
  title: string;
  territory: string;
  date: string;
  facilitator: string;
  objective: string;
  participants: string;
  codebook: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

const fieldColumns = {
  title: 'title',
  territory: 'territory',
  date: 'date',
  facilitator: 'facilitator',
  objective: 'objective',
  participants: 'participants',
} as const satisfies Record<keyof WorkshopFields, string>;

function fromRow(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    territory: row.territory,
    date: row.date,
    facilitator: row.facilitator,
    objective: row.objective,
    participants: JSON.parse(row.participants) as Participant[],
    codebook: codebookSchema.parse(JSON.parse(row.codebook)) as Codebook,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The workshops table: everything about an atelier except its map. */
export class WorkshopRepository {
  private readonly statements: Statements;

  constructor(private readonly db: Database) {
    this.statements = new Statements(db);
  }

  /** The facilitator's own workshops; those received for the Club only are listed by the Club. */
  list(): WorkshopSummary[] {
    return this.db
      .prepare(
        `SELECT w.id, w.title, w.territory, w.date, w.facilitator, w.created_at AS createdAt, w.updated_at AS updatedAt,
           (SELECT COUNT(*) FROM actors a WHERE a.workshop_id = w.id) AS actorCount,
           (SELECT COUNT(*) FROM links l WHERE l.workshop_id = w.id) AS linkCount
         FROM workshops w WHERE w.club_only = 0 AND w.erase_at IS NULL ORDER BY w.updated_at DESC, w.rowid DESC`,
      )
      .all() as WorkshopSummary[];
  }

  /** A workshop, unless it was deleted (even while « Annuler » is still offered). */
  find(id: string): (Workshop & { revision: number }) | undefined {
    const row = this.statements.get('SELECT * FROM workshops WHERE id = ? AND erase_at IS NULL').get(id) as
      | WorkshopRow
      | undefined;
    return row ? { ...fromRow(row), revision: row.revision } : undefined;
  }

  insert(workshop: Workshop): void {
    this.db
      .prepare(
        `INSERT INTO workshops (id, title, territory, date, facilitator, objective, participants, codebook, revision, created_at, updated_at)
         VALUES (@id, @title, @territory, @date, @facilitator, @objective, @participants, @codebook, 0, @createdAt, @updatedAt)`,
      )
      .run({
        ...workshop,
        participants: JSON.stringify(workshop.participants),
        codebook: JSON.stringify(workshop.codebook),
      });
  }

  update(id: string, patch: Partial<WorkshopFields>, updatedAt: string): void {
    const keys = (Object.keys(patch) as (keyof WorkshopFields)[]).filter((key) => patch[key] !== undefined);
    const values = keys.map((key) => {
      const value = patch[key];
      return Array.isArray(value) ? JSON.stringify(value) : (value as string);
    });
    this.db
      .prepare(
        `UPDATE workshops SET ${[...keys.map((key) => `${fieldColumns[key]} = ?`), 'updated_at = ?'].join(', ')} WHERE id = ?`,
      )
      .run(...values, updatedAt, id);
  }

  /** Marks one committed batch of map operations; returns the new revision. */
  bumpRevision(id: string, updatedAt: string): number {
    const row = this.statements
      .get('UPDATE workshops SET revision = revision + 1, updated_at = ? WHERE id = ? RETURNING revision')
      .get(updatedAt, id) as { revision: number };
    return row.revision;
  }

  /** Copies a workshop with its whole map and saved views; element ids stay, scoped by the new workshop. */
  copy(fromId: string, to: Workshop): void {
    this.insert(to);
    this.db
      .prepare('UPDATE workshops SET views = (SELECT views FROM workshops WHERE id = ?) WHERE id = ?')
      .run(fromId, to.id);
    for (const codec of [actorCodec, linkCodec, noteCodec, zoneCodec]) {
      const columns = ['id', ...codec.columns].join(', ');
      this.db
        .prepare(
          `INSERT INTO ${codec.table} (workshop_id, ${columns}) SELECT ?, ${columns} FROM ${codec.table} WHERE workshop_id = ? ORDER BY rowid`,
        )
        .run(to.id, fromId);
    }
  }
}
