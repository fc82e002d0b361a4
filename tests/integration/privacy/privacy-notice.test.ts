// The privacy notice's methods against a real data folder: what it shows, the damaged files it
// deletes, the retention review that never deletes, and a person's rights (see, export, erase).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { atelierExemple } from '../../support/atelier-exemple.js';
import { atelierNominatif } from '../../support/atelier-nominatif.js';
import { scanFolder } from '../../support/byte-scan.js';
import { loadAtelier } from '../../support/load-atelier.js';
import { joinRoom } from '../../support/room-client.js';

const dirs: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-notice-'));
  dirs.push(dir);
  return dir;
}

function manualClock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advanceMonths(months: number) {
      const d = new Date(t);
      d.setUTCMonth(d.getUTCMonth() + months);
      t = d.getTime();
    },
  };
}

function open(dataDir: string, options: { now?: () => Date } = {}): Core {
  const core = createCore({ dataDir, ...options });
  cores.push(core);
  return core;
}

describe('the data folder, as the notice shows it', () => {
  it('lists the files with their modes, the backups and the workshops', () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    loadAtelier(core, atelierExemple());
    core.backups.take('periodique');
    const overview = core.call('privacy.overview', {});
    expect(overview).toMatchObject({
      dataDir,
      folderMode: '0700',
      backups: { count: 1, recent: 10, days: 7 },
      damaged: [],
      workshops: { own: 1, club: 0 },
      retentionMonths: null,
      due: [],
      undoWindowMs: 10_000,
    });
    const names = overview.files.map((f) => [f.name, f.mode, f.folder]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['maillage.sqlite', '0600', false],
        ['maillage.verrou', '0600', false],
        ['sauvegardes', '0700', true],
      ]),
    );
    expect(overview.files.find((f) => f.name === 'sauvegardes')?.size).toBeGreaterThan(0);
  });

  it('lists a damaged database moved aside and deletes it, and only it, on request', () => {
    const dataDir = tempDir();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'maillage.sqlite'), Buffer.alloc(4096, 9));
    const core = open(dataDir);
    const [damaged] = core.call('privacy.overview', {}).damaged;
    expect(damaged).toMatchObject({ name: expect.stringMatching(/^maillage\.sqlite\.illisible-/), size: 4096 });
    for (const name of ['maillage.sqlite', '../maillage.sqlite', 'sauvegardes', 'maillage.sqlite.illisible-x']) {
      expect(core.dispatch('privacy.removeDamaged', { name })).toMatchObject({
        ok: false,
        error: { code: 'not_found', message: expect.stringMatching(/Rien n’a été supprimé/) },
      });
    }
    expect(core.call('privacy.removeDamaged', { name: damaged?.name ?? '' })).toEqual({ removed: true });
    expect(readdirSync(dataDir).filter((n) => n.includes('illisible'))).toEqual([]);
    expect(core.call('privacy.overview', {}).damaged).toEqual([]);
    expect(core.call('workshop.list', {})).toEqual([]);
  });
});

describe('the retention review', () => {
  it('lists workshops unchanged for the chosen duration, never deletes them, and « Garder » holds them back', () => {
    const clock = manualClock('2026-01-15T10:00:00.000Z');
    const dataDir = tempDir();
    const core = open(dataDir, { now: clock.now });
    const old = core.call('workshop.create', { title: 'Atelier de 2026', territory: 'Grigny' });
    const text = core.call('workshop.exportMaillage', { id: old.id }).text;
    const received = core.call('club.importMaillage', { text });
    expect(core.call('privacy.setRetention', { months: 12 })).toEqual({ retentionMonths: 12 });
    expect(core.call('privacy.overview', {}).due).toEqual([]);

    clock.advanceMonths(11);
    const recent = core.call('workshop.create', { title: 'Atelier récent' });
    clock.advanceMonths(2);
    const due = core.call('privacy.overview', {}).due;
    expect(due.map((w) => [w.id, w.clubOnly])).toEqual([
      [old.id, false],
      [received.workshopId, true],
    ]);
    expect(due.map((w) => w.id)).not.toContain(recent.id);

    expect(core.call('privacy.keepWorkshop', { id: old.id })).toEqual({ kept: true });
    expect(core.call('privacy.overview', {}).due.map((w) => w.id)).toEqual([received.workshopId]);
    clock.advanceMonths(13);
    expect(core.call('privacy.overview', {}).due.map((w) => w.id)).toEqual([received.workshopId, recent.id, old.id]);
    // Listed is not deleted: everything is still there.
    expect(
      core
        .call('workshop.list', {})
        .map((w) => w.id)
        .sort(),
    ).toEqual([old.id, recent.id].sort());
    expect(core.call('club.overview', {}).total).toBe(3);

    expect(core.call('privacy.setRetention', { months: null })).toEqual({ retentionMonths: null });
    expect(core.call('privacy.overview', {}).due).toEqual([]);
    expect(core.dispatch('privacy.setRetention', { months: 7 })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});

describe('a person who asks to see or erase what concerns them', () => {
  function setUp() {
    const dataDir = tempDir();
    const core = open(dataDir);
    const nominatif = atelierNominatif();
    const kept = loadAtelier(core, atelierExemple());
    const id = loadAtelier(core, { workshop: nominatif.workshop, map: nominatif.firstVersion });
    core.call('snapshot.take', { workshopId: id, name: 'Version avant Mme Ostrowska' });
    core.call('facilitation.act', {
      workshopId: id,
      action: { type: 'question', step: 'acteurs', text: 'Qui aide Mme Ostrowska ?' },
    });
    core.call('series.set', { workshopId: id, name: 'Suivi de la famille Ostrowska', memberIds: [id] });
    core.backups.take('periodique');
    return { dataDir, core, id, kept };
  }

  it('finds every place that names them, in every workshop, version and question, and nothing else', () => {
    const { core, id } = setUp();
    const found = core.call('privacy.findPerson', { text: 'ostrowska' });
    expect(found.workshops.map((w) => w.id)).toEqual([id]);
    const places = found.workshops[0]?.places.map((p) => [p.kind, p.where]) ?? [];
    expect(places).toEqual(
      expect.arrayContaining([
        ['participant', 'Participant'],
        ['acteur', 'Acteur «\u202fMme Ostrowska\u202f»'],
        ['contact', 'Acteur «\u202fMme Ostrowska\u202f» — contact'],
        ['lien', 'Lien — obstacle'],
        ['zone', 'Zone'],
        ['version', 'Version — nom'],
        ['acteur', 'Version «\u202fVersion avant Mme Ostrowska\u202f» — Acteur «\u202fMme Ostrowska\u202f»'],
        ['question', 'Question d’étape'],
        ['titre', 'Suivi du territoire — nom'],
      ]),
    );
    expect(found.total).toBe(places.length);
    expect(core.call('privacy.findPerson', { text: 'Ostrow' }).total).toBe(0);
  });

  it('redraws the map the phones see, while the room is open, without their name', async () => {
    const { core, id } = setUp();
    const status = await core.call('room.open', { workshopId: id, address: '127.0.0.1', port: 0 });
    const phone = await joinRoom(status.joinUrl);
    const picture = async () => ((await phone.call('map.svg')).json as { result: { svg: string } }).result.svg;
    expect(await picture()).toContain('Ostrowska');
    core.call('privacy.erasePerson', { text: 'Ostrowska' });
    expect(await picture()).not.toContain('Ostrowska');
  });

  it('exports what concerns them as a French text file', () => {
    const { core } = setUp();
    const file = core.call('privacy.exportPerson', { text: 'Mme Ostrowska' });
    expect(file.fileName).toMatch(/^maillage-donnees-personne-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text).toContain('Maillage — ce qui concerne «\u202fMme Ostrowska\u202f»');
    expect(text).toContain('Atelier «\u202fAtelier chez Mme Quéméneur\u202f» — Cité éducative des Tilleuls');
    expect(text).toContain('Lien — obstacle\u00a0: Mme Ostrowska ne connaît pas le dispositif');
    expect(text).toMatch(/Sauvegardes\u00a0: 1 des sauvegardes/);
  });

  it('erases them everywhere — database, versions, backups — and leaves no byte of their name', () => {
    const { dataDir, core, id, kept } = setUp();
    expect(scanFolder(dataDir, ['Ostrowska'])).not.toEqual([]);
    const revisions = (workshopId: string) => core.call('map.get', { workshopId }).revision;
    const [before, keptBefore] = [revisions(id), revisions(kept)];
    const erased = core.call('privacy.erasePerson', { text: 'Ostrowska' });
    // A new revision where the name was, none elsewhere: what is drawn from the map is drawn again.
    expect([revisions(id), revisions(kept)]).toEqual([before + 1, keptBefore]);
    expect(erased).toMatchObject({ workshops: 1, backupsRewritten: 1, backupsRemoved: 0 });
    expect(erased.places).toBeGreaterThan(4);
    expect(scanFolder(dataDir, ['Ostrowska'])).toEqual([]);
    expect(core.call('privacy.findPerson', { text: 'Ostrowska' }).total).toBe(0);

    const { map, workshop } = core.call('map.get', { workshopId: id });
    expect(map.actors.find((a) => a.id === 'ostrowska')).toMatchObject({
      label: 'Personne effacée',
      contact: '',
      notes: '',
    });
    expect(map.links.find((l) => l.id === 'l3')?.obstacle).toBe('Mme Personne effacée ne connaît pas le dispositif');
    expect(workshop.participants[2]).toEqual({ name: 'Personne effacée', structure: '', role: '' });
    // The map is still a valid map, and the other workshop is untouched.
    expect(map.links.filter((l) => l.source === 'ostrowska')).toHaveLength(1);
    expect(core.call('map.get', { workshopId: kept }).map).toEqual(atelierExemple().map);
    // Her e-mail quoted in a note is another text: searched and erased on its own.
    // In the map's note and in the version's copy of it.
    expect(core.call('privacy.findPerson', { text: 'maelys.o@courriel-exemple.fr' }).total).toBe(2);
    core.call('privacy.erasePerson', { text: 'maelys.o@courriel-exemple.fr' });
    expect(scanFolder(dataDir, ['maelys.o@courriel-exemple.fr', 'Ostrowska'])).toEqual([]);
  });
});
