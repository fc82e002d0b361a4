import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepared statements kept by their SQL. Preparing compiles the SQL again every time (tens of
 * microseconds), and a map is saved on every drag, every keystroke that commits a name.
 */
export class Statements {
  private readonly cache = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  get(sql: string): Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}
