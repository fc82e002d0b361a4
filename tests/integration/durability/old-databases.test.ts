// A database written by every earlier release of Maillage opens, migrates and keeps every
// field; the file as it was is kept in sauvegardes/ before the migration touches it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolderName } from '../../../electron/core/backups/backup-files.js';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { databaseFileName } from '../../../electron/core/data-dir.js';
import { latestSchemaVersion, migrations } from '../../../electron/core/database/migrations.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import type { Actor, Link, Note, Workshop, Zone } from '../../../shared/domain/model.js';

const dirs: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const workshop: Workshop = {
  id: 'w1',
  title: 'Cité éducative de Vaulx-en-Velin',
  territory: 'Vaulx-en-Velin « Grande Île »',
  date: '2024-03-14',
  facilitator: 'Awa Diallo',
  objective: 'Mieux se connaître ; repérer les manques.',
  participants: [{ name: 'Léa', structure: 'Collège Barbusse', role: 'CPE' }],
  codebook: defaultCodebook(),
  createdAt: '2024-03-14T08:00:00.000Z',
  updatedAt: '2024-03-14T11:30:00.000Z',
};
const revision = 7;

/** Actors as releases before the tour de table stored them, `present` on the actor. */
type OldActor = Actor & { present: boolean };
const oldActors: OldActor[] = [
  {
    id: 'college',
    label: 'Collège Barbusse',
    category: 'education',
    engagement: 'professionnel',
    times: ['scolaire', 'periscolaire'],
    present: true,
    contact: 'cpe@college.example',
    notes: 'Très impliqué',
    x: 120.5,
    y: -40,
  },
  {
    id: 'caf',
    label: 'CAF du Rhône',
    category: 'protection-sociale',
    engagement: null,
    times: [],
    present: false,
    contact: '',
    notes: '',
    x: 300,
    y: 80,
  },
  {
    id: 'parents',
    label: 'Collectif de parents',
    category: 'parents',
    engagement: 'habitant',
    times: ['famille'],
    present: true,
    contact: '',
    notes: '',
    x: -10,
    y: 200,
  },
];

/** The same actors read back: `present` is no longer the actor’s (migration 12). */
const actors: Actor[] = oldActors.map(({ present: _moved, ...actor }) => actor);
/**
 * What was `present` is now said by participants: the collectif de parents, marked present, gets a
 * participant who speaks for it (name not noted); the collège already had Léa, whose structure is
 * its name, so it gets none.
 */
const participantsAfter = [
  ...workshop.participants,
  { name: '', structure: 'Collectif de parents', role: '', actorId: 'parents', attendance: 'present' },
];

const links: Link[] = [
  {
    id: 'l1',
    source: 'college',
    target: 'caf',
    kind: 'information',
    intensity: 'forte',
    quality: 'fluide',
    status: 'existing',
    directed: false,
    obstacle: '',
    proposal: '',
    notes: 'Réunion mensuelle',
  },
  {
    id: 'l2',
    source: 'parents',
    target: 'college',
    kind: 'orientation',
    intensity: 'ponctuelle',
    quality: null,
    status: 'desired',
    directed: true,
    obstacle: 'Horaires',
    proposal: 'Un café des parents',
    notes: '',
  },
];

const notes: Note[] = [
  {
    id: 'n1',
    kind: 'frein',
    text: 'Personne ne connaît le dispositif',
    attachedTo: { type: 'link', id: 'l2' },
    x: 10,
    y: 20,
    votes: 3,
    owners: ['parents'],
    priority: 'haute',
  },
  {
    id: 'n2',
    kind: 'constat',
    text: 'Beaucoup d’acteurs présents',
    attachedTo: null,
    x: 0,
    y: 0,
    votes: 0,
    owners: [],
    priority: null,
  },
];

const zones: Zone[] = [
  { id: 'z1', label: 'Temps scolaire', color: '#aabbcc', x: 0, y: 0, width: 400, height: 300, shape: 'rectangle' },
];

/**
 * Writes what release `version` wrote, with the SQL of that time: its migrations, then rows
 * in the columns it knew. Tables a later migration added stay absent.
 */
function writeDatabaseOfVersion(path: string, version: number): void {
  const db = new Database(path);
  try {
    for (const migration of migrations.filter((m) => m.version <= version)) db.exec(migration.sql);
    db.pragma(`user_version = ${version}`);
    db.prepare(
      `INSERT INTO workshops (id, title, territory, date, facilitator, objective, participants, codebook, revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      workshop.id,
      workshop.title,
      workshop.territory,
      workshop.date,
      workshop.facilitator,
      workshop.objective,
      JSON.stringify(workshop.participants),
      JSON.stringify(workshop.codebook),
      revision,
      workshop.createdAt,
      workshop.updatedAt,
    );
    const actor = db.prepare(
      `INSERT INTO actors (workshop_id, id, label, category, engagement, times, present, contact, notes, x, y)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const a of oldActors) {
      actor.run(
        'w1',
        a.id,
        a.label,
        a.category,
        a.engagement,
        JSON.stringify(a.times),
        a.present ? 1 : 0,
        a.contact,
        a.notes,
        a.x,
        a.y,
      );
    }
    const link = db.prepare(
      `INSERT INTO links (workshop_id, id, source, target, kind, intensity, quality, status, directed, obstacle, proposal, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const l of links) {
      link.run(
        'w1',
        l.id,
        l.source,
        l.target,
        l.kind,
        l.intensity,
        l.quality,
        l.status,
        l.directed ? 1 : 0,
        l.obstacle,
        l.proposal,
        l.notes,
      );
    }
    if (version >= 2) {
      const note = db.prepare(
        `INSERT INTO notes (workshop_id, id, kind, text, attached_type, attached_id, x, y, votes, owners, priority)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const n of notes) {
        note.run(
          'w1',
          n.id,
          n.kind,
          n.text,
          n.attachedTo?.type ?? null,
          n.attachedTo?.id ?? null,
          n.x,
          n.y,
          n.votes,
          JSON.stringify(n.owners),
          n.priority,
        );
      }
      const zone = db.prepare(
        'INSERT INTO zones (workshop_id, id, label, color, x, y, width, height, shape) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const z of zones) zone.run('w1', z.id, z.label, z.color, z.x, z.y, z.width, z.height, z.shape);
    }
  } finally {
    db.close();
  }
}

const earlierVersions = migrations.map((m) => m.version).filter((v) => v < latestSchemaVersion);

describe('a database from an earlier Maillage', () => {
  it('there is at least one earlier schema to check', () => {
    expect(earlierVersions.length).toBeGreaterThan(0);
  });

  it.each(earlierVersions)('schema %i: migrated to the latest without losing a field', (version) => {
    const dataDir = mkdtempSync(join(tmpdir(), `maillage-v${version}-`));
    dirs.push(dataDir);
    writeDatabaseOfVersion(join(dataDir, databaseFileName), version);
    const core = createCore({ dataDir });
    cores.push(core);

    const info = core.call('app.info', {});
    expect(info.notices).toEqual([]);
    expect(info.readOnly).toBe(false);
    expect(core.call('map.get', { workshopId: 'w1' })).toEqual({
      workshop: { ...workshop, participants: participantsAfter },
      revision,
      map: {
        codebook: workshop.codebook,
        actors,
        links,
        notes: version >= 2 ? notes : [],
        zones: version >= 2 ? zones : [],
      },
    });
    expect(core.call('workshop.list', {})).toEqual([
      expect.objectContaining({ id: 'w1', title: workshop.title, actorCount: 3, linkCount: 2 }),
    ]);
    const db = new Database(core.databasePath, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();

    // The file as the earlier release left it, kept before the migration.
    const before = core.call('backup.list', {}).find((b) => b.reason === 'avant-migration');
    expect(before).toMatchObject({ readable: true, workshops: 1, actors: 3 });
    const kept = new Database(join(dataDir, backupFolderName, `${before?.id}.sqlite`), { readonly: true });
    expect(kept.pragma('user_version', { simple: true })).toBe(version);
    kept.close();
    // And it goes on working: an edit of the migrated map is stored.
    core.call('map.apply', {
      workshopId: 'w1',
      origin: 'test',
      ops: [{ type: 'actor.update', id: 'caf', patch: { label: 'CAF' } }],
    });
    expect(core.call('map.get', { workshopId: 'w1' }).revision).toBe(revision + 1);
    expect(readdirSync(dataDir).filter((name) => name.includes('illisible'))).toEqual([]);
  });
});
