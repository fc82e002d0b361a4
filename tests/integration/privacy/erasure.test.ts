// Deleting is deleting: after a workshop is deleted and its undo window has passed, no byte of its
// texts remains in any file of the data folder — database, WAL, backups — in UTF-8 or UTF-16.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolderName } from '../../../electron/core/backups/backup-files.js';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { migrations } from '../../../electron/core/database/migrations.js';
import type { CoreEvent } from '../../../shared/api/events.js';
import type { MapOp } from '../../../shared/domain/operations.js';
import { atelierExemple } from '../../support/atelier-exemple.js';
import { atelierNominatif } from '../../support/atelier-nominatif.js';
import { filesUnder, scanFolder } from '../../support/byte-scan.js';
import { loadAtelier } from '../../support/load-atelier.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dirs: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-effacement-'));
  dirs.push(dir);
  return dir;
}

function open(dataDir: string, options: { undoWindowMs?: number } = {}): Core {
  const core = createCore({ dataDir, ...options });
  cores.push(core);
  return core;
}

function closeAll(): void {
  for (const core of cores.splice(0)) core.close();
}

const nominatif = atelierNominatif();

/** Every text of the workshop to delete that the workshop to keep does not share. */
const doomedTexts = [
  ...nominatif.secrets,
  nominatif.workshop.title,
  nominatif.workshop.territory,
  'Centre social Agora',
  'CAF du Rhône',
  'attend un rendez-vous depuis six mois',
  'Le café des parents animé par',
  'pas de créneau le mercredi',
  'Rue de Mme',
  'ne connaît pas le dispositif',
  'accompagne les familles',
  'Version avant la rentrée',
  'Renommé une fois',
];
/** Texts of the workshop that stays: the scan must still find them (it does look). */
const keptTexts = [
  'Quartier des Tilleuls',
  'Aide sociale à l’enfance',
  'Camille Martin',
  'Le café des parents du jeudi',
];

/**
 * The workshop to delete as a facilitator would have left it: drawn, renamed along the way (old
 * labels linger in free pages), with a version that still holds a person removed since, and the
 * room's state. Backups are taken between edits, so they hold different states of it.
 */
function drawDoomed(core: Core): string {
  const id = loadAtelier(core, { workshop: nominatif.workshop, map: nominatif.firstVersion });
  core.backups.take('periodique');
  core.call('snapshot.take', { workshopId: id, name: 'Version avant la rentrée' });
  const apply = (ops: MapOp[]) => core.call('map.apply', { workshopId: id, origin: 'test', ops });
  apply([{ type: 'actor.update', id: 'ostrowska', patch: { label: 'Renommé une fois' } }]);
  core.backups.take('periodique');
  apply([{ type: 'actor.update', id: 'ostrowska', patch: { label: 'Mme Ostrowska' } }]);
  apply([{ type: 'actor.remove', id: 'kevin' }]);
  core.call('facilitation.act', { workshopId: id, action: { type: 'step', step: 'cooperations' } });
  core.backups.take('periodique');
  return id;
}

function erasedEvent(core: Core): Promise<CoreEvent> {
  return new Promise((resolve) => {
    const stop = core.subscribe((event) => {
      if (event.type === 'workshops.erased') {
        stop();
        resolve(event);
      }
    });
  });
}

describe('the texts of the keeping workshop and of the doomed one do not overlap', () => {
  it('so that finding a doomed text means it leaked', () => {
    const kept = JSON.stringify(atelierExemple());
    expect(doomedTexts.filter((text) => kept.includes(text))).toEqual([]);
  });
});

describe('a deleted workshop, once its undo window has passed', () => {
  it('leaves no byte of its texts in any file of the data folder, backups and WAL included', async () => {
    const dataDir = tempDir();
    const core = open(dataDir, { undoWindowMs: 300 });
    const kept = loadAtelier(core, atelierExemple());
    const doomed = drawDoomed(core);
    closeAll();
    // A restart adds the opening backup; the session goes on with the periodic ones.
    const again = open(dataDir, { undoWindowMs: 300 });
    again.backups.take('periodique');
    const backupsBefore = readdirSync(join(dataDir, backupFolderName)).sort();
    expect(backupsBefore.length).toBeGreaterThanOrEqual(5);

    // The scan does look: before the deletion it finds everything, in the database and the backups.
    const before = scanFolder(dataDir, doomedTexts);
    expect(new Set(before.map((hit) => hit.text))).toEqual(new Set(doomedTexts));
    expect(before.some((hit) => hit.file.startsWith(backupFolderName))).toBe(true);

    const erased = erasedEvent(again);
    expect(again.call('workshop.delete', { id: doomed })).toMatchObject({ deleted: true });
    // Hidden at once, erased only once « Annuler » is no longer offered.
    expect(again.call('workshop.list', {}).map((w) => w.id)).toEqual([kept]);
    expect(scanFolder(dataDir, [nominatif.workshop.title])).not.toEqual([]);
    expect(await erased).toEqual({ type: 'workshops.erased', workshopIds: [doomed] });

    const scanned = filesUnder(dataDir);
    expect(Object.keys(scanned)).toEqual(expect.arrayContaining(['maillage.sqlite', 'maillage.sqlite-wal']));
    expect(scanFolder(dataDir, doomedTexts)).toEqual([]);
    // The other workshop is whole, in the database and in every backup.
    expect(new Set(scanFolder(dataDir, keptTexts).map((hit) => hit.text))).toEqual(new Set(keptTexts));
    expect(again.call('map.get', { workshopId: kept }).map.actors).toHaveLength(14);
    // Every backup keeps its name (its date and place in the rotation), opens, and holds the kept workshop.
    expect(readdirSync(join(dataDir, backupFolderName)).sort()).toEqual(backupsBefore);
    for (const backup of again.call('backup.list', {})) {
      expect(backup).toMatchObject({ readable: true, workshops: 1, titles: [atelierExemple().workshop.title] });
    }
    // Restoring any backup cannot bring it back.
    const oldest = again.call('backup.list', {}).at(-1);
    again.call('backup.restore', { id: oldest?.id ?? '' });
    expect(again.call('workshop.list', {}).map((w) => w.id)).toEqual([kept]);
    closeAll();
    expect(scanFolder(dataDir, doomedTexts)).toEqual([]);
  });

  it('is erased from a colleague’s file removed from the Club the same way', async () => {
    const dataDir = tempDir();
    const core = open(dataDir, { undoWindowMs: 200 });
    loadAtelier(core, atelierExemple());
    const source = loadAtelier(core, { workshop: nominatif.workshop, map: nominatif.map });
    const text = core.call('workshop.exportMaillage', { id: source }).text;
    core.call('workshop.delete', { id: source });
    core.eraseDeleted();
    const received = core.call('club.importMaillage', { text });
    core.backups.take('periodique');
    expect(scanFolder(dataDir, ['Pichonnaud'])).not.toEqual([]);

    const erased = erasedEvent(core);
    expect(core.call('club.remove', { id: received.workshopId })).toMatchObject({ removed: true });
    await erased;
    expect(
      scanFolder(
        dataDir,
        doomedTexts.filter((t) => t !== 'Version avant la rentrée'),
      ),
    ).toEqual([]);
  });
});

describe('the undo window', () => {
  it('brings the workshop back whole with « Annuler », and nothing is erased', async () => {
    const dataDir = tempDir();
    const core = open(dataDir, { undoWindowMs: 150 });
    const doomed = drawDoomed(core);
    const map = core.call('map.get', { workshopId: doomed });
    core.call('workshop.delete', { id: doomed });
    expect(core.dispatch('map.get', { workshopId: doomed })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.call('workshop.undoDelete', { id: doomed })).toEqual({ restored: true });
    expect(core.call('map.get', { workshopId: doomed })).toEqual(map);
    expect(core.call('snapshot.list', { workshopId: doomed }).map((s) => s.name)).toContain('Version avant la rentrée');
    // Past the window, nothing is erased: a later deletion of another workshop shows the timer ran.
    const other = core.call('workshop.create', { title: 'Brouillon' });
    const erased = erasedEvent(core);
    core.call('workshop.delete', { id: other.id });
    expect(await erased).toEqual({ type: 'workshops.erased', workshopIds: [other.id] });
    expect(core.call('workshop.list', {}).map((w) => w.id)).toEqual([doomed]);
    expect(core.dispatch('workshop.undoDelete', { id: other.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/Trop tard/) },
    });
  });

  it('is completed when Maillage closes during it', () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    const doomed = drawDoomed(core);
    core.call('workshop.delete', { id: doomed });
    closeAll();
    expect(scanFolder(dataDir, doomedTexts)).toEqual([]);
    expect(open(dataDir).call('workshop.list', {})).toEqual([]);
  });

  it('is completed at the next start when Maillage was killed during it', () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    const doomed = drawDoomed(core);
    closeAll();
    // A separate process deletes, then is killed before the window ends.
    const script = join(dataDir, '..', 'supprimer-puis-tuer.ts');
    writeFileSync(
      script,
      `import { createCore } from ${JSON.stringify(join(root, 'electron/core/create-core.ts'))};
const core = createCore({ dataDir: process.argv[2] });
core.call('workshop.delete', { id: process.argv[3] });
process.kill(process.pid, 'SIGKILL');
`,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, dataDir, doomed], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(child.signal).toBe('SIGKILL');
    // Killed in the window: marked, not erased.
    const db = new Database(join(dataDir, 'maillage.sqlite'), { readonly: true });
    expect(db.prepare('SELECT erase_at IS NOT NULL FROM workshops WHERE id = ?').pluck().get(doomed)).toBe(1);
    db.close();
    expect(scanFolder(dataDir, [nominatif.workshop.title])).not.toEqual([]);

    const next = open(dataDir);
    expect(next.call('workshop.list', {})).toEqual([]);
    expect(scanFolder(dataDir, doomedTexts)).toEqual([]);
  });
});

describe('a database an earlier Maillage wrote', () => {
  it('loses, at the first open of this version, the texts of workshops deleted before (free pages)', () => {
    const dataDir = tempDir();
    const path = join(dataDir, 'maillage.sqlite');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('secure_delete = OFF');
    for (const migration of migrations.filter((m) => m.version <= 5)) db.exec(migration.sql);
    db.pragma('user_version = 5');
    const insert = db.prepare(
      `INSERT INTO workshops (id, title, codebook, created_at, updated_at) VALUES (?, ?, '{"categories":[],"linkKinds":[]}', '', '')`,
    );
    insert.run('ancien', 'Atelier supprimé chez Mme Quéméneur');
    insert.run('garde', 'Atelier gardé');
    db.prepare('DELETE FROM workshops WHERE id = ?').run('ancien');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // What the old deletion left: the text, in a free page of the file.
    expect(scanFolder(dataDir, ['Quéméneur'])).toEqual([
      { file: 'maillage.sqlite', text: 'Quéméneur', encoding: 'utf-8' },
    ]);

    const core = open(dataDir);
    expect(core.call('workshop.list', {}).map((w) => w.title)).toEqual(['Atelier gardé']);
    expect(scanFolder(dataDir, ['Quéméneur'])).toEqual([]);
  });
});
