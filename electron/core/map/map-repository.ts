import type { Database, Statement } from 'better-sqlite3';
import type { Actor, Link, MapState } from '../../../shared/domain/model.js';
import type { MapOp } from '../../../shared/domain/operations.js';
import {
  type ActorRow,
  actorColumns,
  actorFromRow,
  type LinkRow,
  linkColumns,
  linkFromRow,
  type SqlValue,
  toSql,
} from '../database/rows.js';

const actorFields = Object.keys(actorColumns) as (keyof typeof actorColumns)[];
const linkFields = Object.keys(linkColumns) as (keyof typeof linkColumns)[];

/** Reads and writes the actors and links of workshops; one SQL statement per operation. */
export class MapRepository {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  load(workshopId: string): Pick<MapState, 'actors' | 'links'> {
    const actors = (
      this.prepare(
        `SELECT id, ${actorFields.map((f) => actorColumns[f]).join(', ')} FROM actors WHERE workshop_id = ? ORDER BY rowid`,
      ).all(workshopId) as ActorRow[]
    ).map(actorFromRow);
    const links = (
      this.prepare(
        `SELECT id, ${linkFields.map((f) => linkColumns[f]).join(', ')} FROM links WHERE workshop_id = ? ORDER BY rowid`,
      ).all(workshopId) as LinkRow[]
    ).map(linkFromRow);
    return { actors, links };
  }

  insertActor(workshopId: string, actor: Actor): void {
    const columns = actorFields.map((f) => actorColumns[f]);
    this.prepare(
      `INSERT INTO actors (workshop_id, id, ${columns.join(', ')}) VALUES (?, ?, ${columns.map(() => '?').join(', ')})`,
    ).run(workshopId, actor.id, ...actorFields.map((f) => toSql(actor[f])));
  }

  insertLink(workshopId: string, link: Link): void {
    const columns = linkFields.map((f) => linkColumns[f]);
    this.prepare(
      `INSERT INTO links (workshop_id, id, ${columns.join(', ')}) VALUES (?, ?, ${columns.map(() => '?').join(', ')})`,
    ).run(workshopId, link.id, ...linkFields.map((f) => toSql(link[f])));
  }

  private update(table: 'actors' | 'links', workshopId: string, id: string, patch: Record<string, unknown>): void {
    const columns: Record<string, string> = table === 'actors' ? actorColumns : linkColumns;
    const keys = Object.keys(patch).filter((key) => patch[key] !== undefined && Object.hasOwn(columns, key));
    if (keys.length === 0) return;
    const values: SqlValue[] = keys.map((key) => toSql(patch[key]));
    this.prepare(
      `UPDATE ${table} SET ${keys.map((key) => `${columns[key]} = ?`).join(', ')} WHERE workshop_id = ? AND id = ?`,
    ).run(...values, workshopId, id);
  }

  /** Writes one operation that applyOp has already accepted. */
  write(workshopId: string, op: MapOp): void {
    switch (op.type) {
      case 'actor.add':
        this.insertActor(workshopId, op.actor);
        return;
      case 'actor.update':
        this.update('actors', workshopId, op.id, op.patch);
        return;
      case 'actor.move':
        for (const move of op.moves) this.update('actors', workshopId, move.id, { x: move.x, y: move.y });
        return;
      case 'actor.remove':
        // Links go with their actor through ON DELETE CASCADE, as in applyOp.
        this.prepare('DELETE FROM actors WHERE workshop_id = ? AND id = ?').run(workshopId, op.id);
        return;
      case 'link.add':
        this.insertLink(workshopId, op.link);
        return;
      case 'link.update':
        this.update('links', workshopId, op.id, op.patch);
        return;
      case 'link.remove':
        this.prepare('DELETE FROM links WHERE workshop_id = ? AND id = ?').run(workshopId, op.id);
        return;
    }
  }
}
