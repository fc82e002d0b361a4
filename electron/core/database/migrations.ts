import type { Database } from 'better-sqlite3';

/**
 * Numbered schema migrations. A released migration is never edited: add a new one.
 * user_version holds the number of the last one applied.
 */
export const migrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        territory TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        objective TEXT NOT NULL DEFAULT '',
        participants TEXT NOT NULL DEFAULT '[]',
        codebook TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE actors (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        label TEXT NOT NULL,
        category TEXT NOT NULL,
        engagement TEXT,
        times TEXT NOT NULL DEFAULT '[]',
        present INTEGER NOT NULL DEFAULT 0,
        contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        x REAL NOT NULL,
        y REAL NOT NULL,
        PRIMARY KEY (workshop_id, id)
      );
      CREATE TABLE links (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        kind TEXT NOT NULL,
        intensity TEXT NOT NULL,
        quality TEXT,
        status TEXT NOT NULL,
        directed INTEGER NOT NULL DEFAULT 0,
        obstacle TEXT NOT NULL DEFAULT '',
        proposal TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (workshop_id, id),
        FOREIGN KEY (workshop_id, source) REFERENCES actors(workshop_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workshop_id, target) REFERENCES actors(workshop_id, id) ON DELETE CASCADE
      );
      CREATE INDEX links_source ON links(workshop_id, source);
      CREATE INDEX links_target ON links(workshop_id, target);
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE notes (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        attached_type TEXT,
        attached_id TEXT,
        x REAL NOT NULL,
        y REAL NOT NULL,
        votes INTEGER NOT NULL DEFAULT 0,
        owners TEXT NOT NULL DEFAULT '[]',
        priority TEXT,
        PRIMARY KEY (workshop_id, id)
      );
      CREATE TABLE zones (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        label TEXT NOT NULL,
        color TEXT NOT NULL,
        x REAL NOT NULL,
        y REAL NOT NULL,
        width REAL NOT NULL,
        height REAL NOT NULL,
        shape TEXT NOT NULL DEFAULT 'rectangle',
        PRIMARY KEY (workshop_id, id)
      );
    `,
  },
  {
    version: 3,
    sql: `
      -- The room's state of one workshop: current step, questions, timers, what the wall shows (JSON, checked on read).
      CREATE TABLE facilitation (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
        state TEXT NOT NULL
      );
      -- Named versions of a map: the whole MapState as JSON, as it was when taken.
      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        auto INTEGER NOT NULL DEFAULT 0,
        json TEXT NOT NULL
      );
      CREATE INDEX snapshots_workshop ON snapshots(workshop_id, taken_at);
    `,
  },
  {
    version: 4,
    sql: `
      -- The network's standard type of an actor (shared/domain/standard-types.ts); NULL when never set.
      ALTER TABLE actors ADD COLUMN standard_type TEXT;
      -- A workshop received from a colleague for the Club: read, compared, never edited here.
      ALTER TABLE workshops ADD COLUMN club_only INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 5,
    sql: `
      -- An actor pinned by the facilitator stays put when the map is laid out; NULL when never set.
      ALTER TABLE actors ADD COLUMN pinned INTEGER;
    `,
  },
  {
    version: 6,
    sql: `
      -- An actor's short name (sigle) for the wall; NULL when never set.
      ALTER TABLE actors ADD COLUMN short_label TEXT;
    `,
  },
  {
    version: 7,
    sql: `
      -- The series (a territory followed over time: T0, T1…) the facilitator confirmed a workshop in, by its name; NULL when never confirmed.
      ALTER TABLE workshops ADD COLUMN series TEXT;
      -- The facilitator's answers about pairs of actors between a workshop and an earlier one of its series (JSON list).
      CREATE TABLE series_decisions (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        reference_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        decisions TEXT NOT NULL,
        PRIMARY KEY (workshop_id, reference_id)
      );
      CREATE INDEX series_decisions_reference ON series_decisions(reference_id);
    `,
  },
  {
    version: 8,
    sql: `
      -- An actor's influence on the workshop's question (0 to 5) and stance towards its objective; NULL when never given.
      ALTER TABLE actors ADD COLUMN influence INTEGER;
      ALTER TABLE actors ADD COLUMN stance TEXT;
      -- The workshop's saved views (« vues »), JSON checked on read; NULL when none was ever saved.
      ALTER TABLE workshops ADD COLUMN views TEXT;
    `,
  },
  {
    version: 9,
    sql: `
      -- A workshop deleted by the facilitator: hidden at once, erased (database and backups) once the
      -- undo window has passed, or when Maillage closes or starts again. NULL for a living workshop.
      ALTER TABLE workshops ADD COLUMN erase_at TEXT;
      -- When the facilitator last chose to keep a workshop the retention review listed; NULL never.
      ALTER TABLE workshops ADD COLUMN kept_at TEXT;
      -- An actor who is a person (not a structure), renamed « Habitant 1 »… in an anonymised export.
      ALTER TABLE actors ADD COLUMN person INTEGER;
      -- Settings of this data folder (retention duration…) and the erasure's unfinished cleanup.
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      -- Rows deleted by earlier versions may linger in free pages: purge them once (VACUUM at next open).
      INSERT INTO settings (key, value) SELECT 'erasure_cleanup', '1'
        WHERE EXISTS (SELECT 1 FROM workshops) OR (SELECT freelist_count FROM pragma_freelist_count()) > 0;
    `,
  },
  {
    version: 10,
    sql: `
      -- Proposals sent from participants' phones (the room), kept until the facilitator settles them.
      CREATE TABLE room_proposals (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        phone_id TEXT NOT NULL,
        client_id TEXT NOT NULL,
        type TEXT NOT NULL,
        body TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'pending',
        received_at TEXT NOT NULL,
        PRIMARY KEY (workshop_id, id),
        UNIQUE (workshop_id, phone_id, client_id)
      );
      CREATE INDEX room_proposals_status ON room_proposals(workshop_id, status);
      -- Anonymous ids of the phones that proposed or voted: how many people contributed.
      CREATE TABLE room_contributors (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        phone_id TEXT NOT NULL,
        PRIMARY KEY (workshop_id, phone_id)
      );
    `,
  },
  {
    version: 11,
    sql: `
      -- Batches of map operations already applied, by the id their view gave them: a batch sent
      -- again (its answer lost when the server stopped) is answered, not applied twice. Ids only,
      -- nothing the facilitator typed; the oldest are pruned (map/applied-batches.ts).
      CREATE TABLE applied_batches (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        batch_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, batch_id)
      );
      CREATE INDEX applied_batches_revision ON applied_batches(workshop_id, revision);
    `,
  },
  {
    version: 12,
    sql: `
      -- The tour de table is the one truth of « représenté à l'atelier » (shared/domain/participants.ts):
      -- each actor marked present becomes a participant who speaks for it, name not noted, unless a
      -- participant's structure already names it; actors.present is no longer read and is left at 0.
      UPDATE workshops SET participants = (
        SELECT json_group_array(json(value)) FROM (
          SELECT 0 AS part, CAST(key AS INTEGER) AS rank, value FROM json_each(workshops.participants)
          UNION ALL
          SELECT 1, a.rowid,
            json_object('name', '', 'structure', a.label, 'role', '', 'actorId', a.id, 'attendance', 'present')
          FROM actors a
          WHERE a.workshop_id = workshops.id AND a.present = 1
            AND NOT EXISTS (
              SELECT 1 FROM json_each(workshops.participants) p
              WHERE lower(trim(json_extract(p.value, '$.structure'))) = lower(trim(a.label))
            )
          ORDER BY part, rank
        )
      )
      WHERE EXISTS (SELECT 1 FROM actors a WHERE a.workshop_id = workshops.id AND a.present = 1);
      UPDATE actors SET present = 0 WHERE present = 1;
    `,
  },
];

export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the missing migrations, each in its own transaction with its version bump. */
export function migrate(db: Database): void {
  const current = schemaVersionOf(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
