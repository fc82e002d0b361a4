import type { Database } from 'better-sqlite3';
import type { MapState } from '../../../shared/domain/model.js';
import { type SavedView, savedViewsSchema } from '../../../shared/domain/saved-views-schema.js';
import { actorCodec, type Codec, linkCodec, noteCodec, type Row, zoneCodec } from '../database/codecs.js';
import { Statements } from '../database/statements.js';
import { diffList } from './list-diff.js';

type Element = { id: string };

interface CodecSql {
  remove: string;
  update: string;
  insert: string;
}
const sqlByCodec = new WeakMap<object, CodecSql>();

/** The statements of one element table, written once rather than on every save. */
function sqlOf<T extends Element>(codec: Codec<T>): CodecSql {
  let sql = sqlByCodec.get(codec);
  if (!sql) {
    const { table, columns } = codec;
    sql = {
      remove: `DELETE FROM ${table} WHERE workshop_id = ? AND id = ?`,
      update: `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE workshop_id = ? AND id = ?`,
      insert: `INSERT INTO ${table} (workshop_id, id, ${columns.join(', ')}) VALUES (?, ?, ${columns.map(() => '?').join(', ')})`,
    };
    sqlByCodec.set(codec, sql);
  }
  return sql;
}

/**
 * Reads the elements of a workshop's map, and writes the difference between two maps.
 * The meaning of an operation lives in the shared applyOp only: the database receives what
 * applyOp produced, element by element, so both can never disagree.
 */
export class MapRepository {
  private readonly statements: Statements;

  constructor(db: Database) {
    this.statements = new Statements(db);
  }

  private prepare(sql: string) {
    return this.statements.get(sql);
  }

  private loadList<T extends Element>(codec: Codec<T>, workshopId: string): T[] {
    const rows = this.prepare(
      `SELECT id, ${codec.columns.join(', ')} FROM ${codec.table} WHERE workshop_id = ? ORDER BY rowid`,
    ).all(workshopId) as Row[];
    return rows.map(codec.decode);
  }

  load(workshopId: string): Omit<MapState, 'codebook'> {
    const views = this.loadViews(workshopId);
    return {
      actors: this.loadList(actorCodec, workshopId),
      links: this.loadList(linkCodec, workshopId),
      notes: this.loadList(noteCodec, workshopId),
      zones: this.loadList(zoneCodec, workshopId),
      ...(views ? { views } : {}),
    };
  }

  /**
   * The saved views, checked like any input: NULL (never saved) reads back as no key, so a map
   * written before views existed still equals itself. Views that no longer pass the check (a
   * hand-edited file) are left out rather than keeping the whole map from opening.
   */
  private loadViews(workshopId: string): SavedView[] | undefined {
    const row = this.prepare('SELECT views FROM workshops WHERE id = ?').get(workshopId) as
      | { views: string | null }
      | undefined;
    if (!row || row.views === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.views);
    } catch {
      return [];
    }
    const checked = savedViewsSchema.safeParse(parsed);
    return checked.success ? checked.data : [];
  }

  private remove<T extends Element>(codec: Codec<T>, workshopId: string, ids: readonly string[]): void {
    if (ids.length === 0) return;
    const statement = this.prepare(sqlOf(codec).remove);
    for (const id of ids) statement.run(workshopId, id);
  }

  private update<T extends Element>(codec: Codec<T>, workshopId: string, items: readonly T[]): void {
    if (items.length === 0) return;
    const statement = this.prepare(sqlOf(codec).update);
    for (const item of items) statement.run(...codec.encode(item), workshopId, item.id);
  }

  private insert<T extends Element>(codec: Codec<T>, workshopId: string, items: readonly T[]): void {
    if (items.length === 0) return;
    const statement = this.prepare(sqlOf(codec).insert);
    for (const item of items) statement.run(workshopId, item.id, ...codec.encode(item));
  }

  /**
   * Writes what differs from `before` to `after`; call it once per operation, inside the
   * batch's transaction, so that an element removed then added again takes its new place.
   */
  write(workshopId: string, before: MapState, after: MapState): void {
    const actors = diffList(before.actors, after.actors);
    const links = diffList(before.links, after.links);
    const notes = diffList(before.notes, after.notes);
    const zones = diffList(before.zones, after.zones);
    // Links first when removing, actors first when adding: the foreign keys see a valid map.
    this.remove(linkCodec, workshopId, links.removed);
    this.remove(actorCodec, workshopId, actors.removed);
    this.remove(noteCodec, workshopId, notes.removed);
    this.remove(zoneCodec, workshopId, zones.removed);
    this.update(actorCodec, workshopId, actors.changed);
    this.update(linkCodec, workshopId, links.changed);
    this.update(noteCodec, workshopId, notes.changed);
    this.update(zoneCodec, workshopId, zones.changed);
    this.insert(actorCodec, workshopId, actors.added);
    this.insert(linkCodec, workshopId, links.added);
    this.insert(noteCodec, workshopId, notes.added);
    this.insert(zoneCodec, workshopId, zones.added);
    if (before.views !== after.views) {
      this.prepare('UPDATE workshops SET views = ? WHERE id = ?').run(
        after.views === undefined ? null : JSON.stringify(after.views),
        workshopId,
      );
    }
    if (before.codebook !== after.codebook) {
      this.prepare('UPDATE workshops SET codebook = ? WHERE id = ?').run(JSON.stringify(after.codebook), workshopId);
    }
  }
}
