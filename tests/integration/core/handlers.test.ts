import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { latestSchemaVersion } from '../../../electron/core/database/migrations.js';
import { type MethodName, methodNames } from '../../../shared/api/contract.js';
import { ApiError, type Envelope } from '../../../shared/api/errors.js';
import type { CoreEvent } from '../../../shared/api/events.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { limits } from '../../../shared/domain/limits.js';
import { type Actor, newActor, newLink, newNote } from '../../../shared/domain/model.js';
import type { MapOp } from '../../../shared/domain/operations.js';
import { joinRoom } from '../../support/room-client.js';

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

const dirs: string[] = [];
const cores: Core[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-handlers-'));
  dirs.push(dir);
  return dir;
}

/** A clock that moves one second forward at each reading, so that updatedAt always changes. */
function steppingClock(): () => Date {
  let t = Date.parse('2024-03-14T09:00:00.000Z');
  return () => {
    t += 1000;
    return new Date(t);
  };
}

function open(dataDir = tempDir()): Core {
  const core = createCore({ dataDir, now: steppingClock() });
  cores.push(core);
  return core;
}

function closeAll(): void {
  for (const core of cores.splice(0)) core.close();
}

afterEach(() => {
  closeAll();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, read through a connection of its own. */
function dump(core: Core): Record<string, unknown[]> {
  const db = new Database(core.databasePath, { readonly: true, fileMustExist: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of ['workshops', 'actors', 'links', 'notes', 'zones']) {
      out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
    }
    return out;
  } finally {
    db.close();
  }
}

function countRows(
  core: Core,
  table: 'workshops' | 'actors' | 'links' | 'notes' | 'zones',
  workshopId?: string,
): number {
  const db = new Database(core.databasePath, { readonly: true, fileMustExist: true });
  try {
    const row =
      workshopId === undefined
        ? db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()
        : db
            .prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${table === 'workshops' ? 'id' : 'workshop_id'} = ?`)
            .get(workshopId);
    return (row as { n: number }).n;
  } finally {
    db.close();
  }
}

function actor(id: string, fields: Partial<Actor> = {}): Actor {
  return newActor({ id, label: `Acteur ${id}`, category: 'education', x: 10, y: 20, ...fields });
}

/** A workshop with three actors a, b, c and two links ab, bc. */
function seeded(core: Core, title = 'Cité éducative de Clichy') {
  const workshop = core.call('workshop.create', { title, territory: 'Clichy-sous-Bois' });
  core.call('map.apply', {
    workshopId: workshop.id,
    origin: 'seed',
    ops: [
      { type: 'actor.add', actor: actor('a') },
      { type: 'actor.add', actor: actor('b', { category: 'commune', times: ['scolaire', 'famille'] }) },
      { type: 'actor.add', actor: actor('c', { category: 'sante', engagement: 'benevole' }) },
      { type: 'link.add', link: newLink({ id: 'ab', source: 'a', target: 'b', kind: 'information' }) },
      {
        type: 'link.add',
        link: newLink({ id: 'bc', source: 'b', target: 'c', kind: 'orientation', quality: 'fluide' }),
      },
      {
        type: 'note.add',
        note: newNote({
          id: 'n1',
          kind: 'frein',
          text: 'Pas de temps commun',
          x: 0,
          y: 0,
          attachedTo: { type: 'link', id: 'ab' },
        }),
      },
      {
        type: 'zone.add',
        zone: {
          id: 'z1',
          label: 'Quartier',
          color: '#336699',
          x: -50,
          y: -50,
          width: 400,
          height: 300,
          shape: 'rectangle',
        },
      },
    ],
  });
  return workshop;
}

function record(core: Core): CoreEvent[] {
  const events: CoreEvent[] = [];
  core.subscribe((event) => events.push(event));
  return events;
}

function expectError(answer: Envelope<unknown>, code: string): string {
  expect(answer.ok).toBe(false);
  if (answer.ok) throw new Error('unreachable');
  expect(answer.error.code).toBe(code);
  // A French sentence for the facilitator.
  expect(answer.error.message).toMatch(/[a-zà-ÿ]{3,}/i);
  expect(answer.error.message).toMatch(/[éèàùâêîôûç’«»]|Rien|introuvable|Méthode|Données/);
  return answer.error.message;
}

describe('the handler table, against a real database', () => {
  it('answers a valid call of every method of the contract', async () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    const w = seeded(core);
    const copyOf = () => core.call('workshop.list', {}).find((x) => x.title.endsWith('(copie)'))?.id;
    // In the order they can run: the workshop is deleted last.
    const valid: Partial<Record<MethodName, () => unknown>> = {
      'app.info': () => ({}),
      'workshop.list': () => ({}),
      'workshop.create': () => ({ title: 'Un autre' }),
      'workshop.update': () => ({ id: w.id, patch: { objective: 'Mieux se connaître' } }),
      'workshop.duplicate': () => ({ id: w.id }),
      'map.get': () => ({ workshopId: w.id }),
      'map.apply': () => ({ workshopId: w.id, origin: 'test', ops: [{ type: 'actor.remove', id: 'c' }] }),
      'import.preview': () => ({ actors: { text: 'Nom;Catégorie\nMairie;Commune\nCollège;Éducation\n' } }),
      'import.commit': () => ({ actors: { text: 'Nom\nPremier\nDeuxième\n' }, title: 'Importé' }),
      'workshop.exportMaillage': () => ({ id: w.id }),
      'workshop.export': () => ({ workshopId: w.id, format: 'csv-actors' }),
      'import.maillage': () => ({ text: core.call('workshop.exportMaillage', { id: w.id }).text }),
      'club.overview': () => ({ from: '2000-01-01' }),
      'club.cooperation': () => ({ a: { by: 'type', id: 'caf' }, b: { by: 'category', id: 'education' } }),
      'club.missing': () => ({ by: 'category' }),
      'club.practices': () => ({ text: 'ecole' }),
      'club.importMaillage': () => ({ text: core.call('workshop.exportMaillage', { id: w.id }).text }),
      'club.remove': () => ({ id: core.call('club.overview', {}).territories.find((t) => t.clubOnly)?.workshopId }),
      'club.export': () => ({ format: 'csv' }),
      'club.trajectories': () => ({}),
      'facilitation.get': () => ({ workshopId: w.id }),
      'facilitation.act': () => ({ workshopId: w.id, action: { type: 'step', step: 'acteurs' } }),
      'projection.show': () => ({
        workshopId: w.id,
        origin: 'test',
        view: { area: null, actors: [], links: [], notes: [], focus: null },
      }),
      'snapshot.take': () => ({ workshopId: w.id, name: 'Version 1' }),
      'snapshot.list': () => ({ workshopId: w.id }),
      'snapshot.get': () => ({ workshopId: w.id, id: core.call('snapshot.list', { workshopId: w.id })[0]?.id }),
      'snapshot.rename': () => ({
        workshopId: w.id,
        id: core.call('snapshot.list', { workshopId: w.id })[0]?.id,
        name: 'V1',
      }),
      'snapshot.delete': () => ({ workshopId: w.id, id: core.call('snapshot.list', { workshopId: w.id })[0]?.id }),
      'series.get': () => ({ workshopId: w.id }),
      'series.set': () => ({ workshopId: w.id, name: 'Suivi', memberIds: [w.id, copyOf()] }),
      'series.decisions': () => ({ workshopId: copyOf(), referenceId: w.id }),
      'series.decide': () => ({
        workshopId: copyOf(),
        referenceId: w.id,
        decisions: [{ before: 'a', after: 'b', same: true }],
      }),
      'series.leave': () => ({ workshopId: w.id }),
      // The room listens on 127.0.0.1 here, the address every computer has.
      'room.interfaces': () => ({}),
      'room.open': () => ({ workshopId: w.id, address: '127.0.0.1', port: 0 }),
      'room.status': () => ({ workshopId: w.id }),
      'room.onWall': () => ({ workshopId: w.id, shown: false }),
      'room.newCode': () => ({ workshopId: w.id }),
      'room.settle': async () => {
        const phone = await joinRoom(core.call('room.status', { workshopId: w.id }).status?.joinUrl ?? '');
        await phone.call('propose.note', { id: 'p', kind: 'besoin', text: 'Un lieu pour les parents' });
        return {
          workshopId: w.id,
          id: core.call('room.state', { workshopId: w.id }).pending[0]?.id,
          outcome: 'refused',
        };
      },
      'room.state': () => ({ workshopId: w.id }),
      'room.vote': () => ({ workshopId: w.id, action: { type: 'open', dots: 3 } }),
      'room.close': () => ({ workshopId: w.id }),
      'privacy.overview': () => ({}),
      'privacy.removeDamaged': () => {
        // A damaged database as Maillage moves it aside at start.
        const name = 'maillage.sqlite.illisible-2024-03-14T09-00-00-000Z';
        writeFileSync(join(dataDir, name), Buffer.alloc(512, 7));
        return { name };
      },
      'privacy.setRetention': () => ({ months: 12 }),
      'privacy.keepWorkshop': () => ({ id: w.id }),
      'privacy.findPerson': () => ({ text: 'Mairie' }),
      'privacy.exportPerson': () => ({ text: 'Mairie' }),
      'privacy.erasePerson': () => ({ text: 'Mairie' }),
      'workshop.delete': () => ({ id: w.id }),
      'workshop.undoDelete': () => ({ id: w.id }),
      'backup.list': () => ({}),
      'backup.restore': () => ({ id: core.backups.take('periodique').id }),
    };
    expect(Object.keys(valid).sort()).toEqual([...methodNames].sort());
    for (const [method, input] of Object.entries(valid)) {
      // The slow methods (exports) answer a promise; the others answer at once.
      const answer = await core.dispatch(method, await input());
      expect(answer, method).toMatchObject({ ok: true });
    }
  });

  it('app.info gives the version, the schema version, the data folder and no notice on a fresh start', () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    expect(core.call('app.info', {})).toEqual({
      version: packageVersion,
      schemaVersion: latestSchemaVersion,
      dataDir,
      notices: [],
      readOnly: false,
      undoWindowMs: 10_000,
    });
  });

  it('workshop.create fills the defaults, trims the title and gives the default codebook', () => {
    const core = open();
    const created = core.call('workshop.create', { title: '  Atelier de Vaulx-en-Velin  ' });
    expect(created).toMatchObject({
      title: 'Atelier de Vaulx-en-Velin',
      territory: '',
      date: '',
      facilitator: '',
      objective: '',
      participants: [],
      codebook: defaultCodebook(),
    });
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(created.createdAt).toBe(created.updatedAt);
    const summary = core.call('workshop.list', {});
    expect(summary).toEqual([
      {
        id: created.id,
        title: created.title,
        territory: '',
        date: '',
        facilitator: '',
        createdAt: created.createdAt,
        updatedAt: created.updatedAt,
        actorCount: 0,
        linkCount: 0,
      },
    ]);
    expect(core.call('map.get', { workshopId: created.id })).toEqual({
      workshop: created,
      map: { codebook: defaultCodebook(), actors: [], links: [], notes: [], zones: [] },
      revision: 0,
    });
  });

  it('workshop.list gives the most recently changed workshop first, with its counts', () => {
    const core = open();
    const first = seeded(core, 'Premier');
    const second = core.call('workshop.create', { title: 'Second' });
    expect(core.call('workshop.list', {}).map((w) => w.id)).toEqual([second.id, first.id]);
    core.call('workshop.update', { id: first.id, patch: { territory: 'Sevran' } });
    const list = core.call('workshop.list', {});
    expect(list.map((w) => w.id)).toEqual([first.id, second.id]);
    expect(list[0]).toMatchObject({ actorCount: 3, linkCount: 2, territory: 'Sevran' });
  });

  it('workshop.update changes only the patched fields and moves updatedAt, not createdAt', () => {
    const core = open();
    const created = core.call('workshop.create', { title: 'Avant', territory: 'Grigny' });
    const participants = [{ name: 'Mme Diallo', structure: 'PMI', role: 'puéricultrice' }];
    const updated = core.call('workshop.update', {
      id: created.id,
      patch: { title: 'Après', date: '2024-06-01', participants },
    });
    expect(updated).toEqual({
      ...created,
      title: 'Après',
      date: '2024-06-01',
      participants,
      updatedAt: updated.updatedAt,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(core.call('map.get', { workshopId: created.id }).workshop).toEqual(updated);
  });

  it('workshop.update, duplicate, delete and map.get answer not_found for an unknown workshop', () => {
    const core = open();
    const events = record(core);
    const ghost = 'atelier-disparu';
    expectError(core.dispatch('workshop.update', { id: ghost, patch: { title: 'x' } }), 'not_found');
    expectError(core.dispatch('workshop.duplicate', { id: ghost }), 'not_found');
    expectError(core.dispatch('workshop.delete', { id: ghost }), 'not_found');
    expectError(core.dispatch('map.get', { workshopId: ghost }), 'not_found');
    expectError(
      core.dispatch('map.apply', { workshopId: ghost, origin: 't', ops: [{ type: 'actor.remove', id: 'a' }] }),
      'not_found',
    );
    expect(countRows(core, 'workshops')).toBe(0);
    expect(events).toEqual([]);
  });

  it('workshop.duplicate copies the actors and links into an independent workshop', () => {
    const core = open();
    const original = seeded(core);
    const before = core.call('map.get', { workshopId: original.id });
    const copy = core.call('workshop.duplicate', { id: original.id });
    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe(`${original.title} (copie)`);
    expect(copy).toMatchObject({ territory: original.territory, codebook: original.codebook });
    const copied = core.call('map.get', { workshopId: copy.id });
    expect(copied.map).toEqual(before.map);
    expect(copied.workshop).toEqual(copy);
    expect(countRows(core, 'actors', copy.id)).toBe(3);
    expect(countRows(core, 'links', copy.id)).toBe(2);
    expect(countRows(core, 'notes', copy.id)).toBe(1);
    expect(countRows(core, 'zones', copy.id)).toBe(1);

    // Editing the copy leaves the original as it was…
    core.call('map.apply', {
      workshopId: copy.id,
      origin: 'test',
      ops: [
        { type: 'actor.update', id: 'a', patch: { label: 'Renommé dans la copie' } },
        { type: 'actor.remove', id: 'b' },
        { type: 'actor.add', actor: actor('d') },
      ],
    });
    core.call('workshop.update', { id: copy.id, patch: { title: 'Copie renommée' } });
    expect(core.call('map.get', { workshopId: original.id })).toEqual(before);
    closeAll();
    const reopened = open(dirs[0]);
    expect(reopened.call('map.get', { workshopId: original.id }).map).toEqual(before.map);
    // …and deleting the original leaves the copy.
    reopened.call('workshop.delete', { id: original.id });
    reopened.eraseDeleted();
    expect(reopened.call('map.get', { workshopId: copy.id }).map.actors.map((a) => a.id)).toEqual(['a', 'c', 'd']);
    expect(countRows(reopened, 'actors', copy.id)).toBe(3);
  });

  it('workshop.duplicate keeps the title of the copy within the length limit', () => {
    const core = open();
    const long = core.call('workshop.create', { title: 'T'.repeat(limits.label) });
    const copy = core.call('workshop.duplicate', { id: long.id });
    expect(copy.title.length).toBeLessThanOrEqual(limits.label);
    expect(copy.title).toMatch(/\(copie\)$/);
    // The copy can be duplicated and updated in turn.
    const copyOfCopy = core.call('workshop.duplicate', { id: copy.id });
    expect(copyOfCopy.title.length).toBeLessThanOrEqual(limits.label);
    expect(core.dispatch('workshop.update', { id: copy.id, patch: { title: copy.title } }).ok).toBe(true);
  });

  it('workshop.delete removes the workshop with all its actors and links, and nothing of the others', () => {
    const core = open();
    const doomed = seeded(core, 'À supprimer');
    const kept = seeded(core, 'À garder');
    expect(countRows(core, 'actors')).toBe(6);
    expect(core.call('workshop.delete', { id: doomed.id })).toEqual({ deleted: true, eraseAt: expect.any(String) });
    // Hidden at once; its rows stay while « Annuler » is offered, then are erased.
    expect(core.call('workshop.list', {}).map((w) => w.id)).toEqual([kept.id]);
    expect(countRows(core, 'actors', doomed.id)).toBe(3);
    expect(core.eraseDeleted()?.workshopIds).toEqual([doomed.id]);
    expect(countRows(core, 'workshops', doomed.id)).toBe(0);
    expect(countRows(core, 'actors', doomed.id)).toBe(0);
    expect(countRows(core, 'links', doomed.id)).toBe(0);
    expect(countRows(core, 'notes', doomed.id)).toBe(0);
    expect(countRows(core, 'zones', doomed.id)).toBe(0);
    expect(countRows(core, 'notes', kept.id)).toBe(1);
    expect(countRows(core, 'actors', kept.id)).toBe(3);
    expect(countRows(core, 'links', kept.id)).toBe(2);
    expect(core.call('workshop.list', {}).map((w) => w.id)).toEqual([kept.id]);
    expectError(core.dispatch('map.get', { workshopId: doomed.id }), 'not_found');
    expectError(core.dispatch('workshop.delete', { id: doomed.id }), 'not_found');
  });

  it('map.apply writes each batch once, bumps the revision by one and map.get serves the result', () => {
    const core = open();
    const w = seeded(core);
    expect(core.call('map.get', { workshopId: w.id }).revision).toBe(1);
    const result = core.call('map.apply', {
      workshopId: w.id,
      origin: 'editeur',
      ops: [
        { type: 'actor.move', moves: [{ id: 'a', x: -5.25, y: 99 }] },
        { type: 'link.update', id: 'ab', patch: { status: 'desired', obstacle: 'Pas de référent' } },
        { type: 'actor.update', id: 'c', patch: { engagement: null, times: ['periscolaire'] } },
      ],
    });
    expect(result).toEqual({ revision: 2 });
    const got = core.call('map.get', { workshopId: w.id });
    expect(got.revision).toBe(2);
    expect(got.map.actors[0]).toMatchObject({ id: 'a', x: -5.25, y: 99 });
    expect(got.map.links[0]).toMatchObject({ id: 'ab', status: 'desired', obstacle: 'Pas de référent' });
    expect(got.map.actors[2]).toMatchObject({ id: 'c', engagement: null, times: ['periscolaire'] });
    closeAll();
    const again = open(dirs[0]);
    expect(again.call('map.get', { workshopId: w.id })).toEqual(got);
  });

  it('stores a label full of markup verbatim and gives it back unchanged (escaping is the renderer’s job)', () => {
    const core = open();
    const script = '<script>alert(1)</script>';
    const w = core.call('workshop.create', { title: script, territory: '"><img src=x onerror=alert(1)>' });
    core.call('map.apply', {
      workshopId: w.id,
      origin: 't',
      ops: [{ type: 'actor.add', actor: actor('x', { label: script, notes: "'; DROP TABLE actors; --" }) }],
    });
    closeAll();
    const again = open(dirs[0]);
    const got = again.call('map.get', { workshopId: w.id });
    expect(got.workshop.title).toBe(script);
    expect(got.workshop.territory).toBe('"><img src=x onerror=alert(1)>');
    expect(got.map.actors[0]?.label).toBe(script);
    expect(got.map.actors[0]?.notes).toBe("'; DROP TABLE actors; --");
    expect(countRows(again, 'actors')).toBe(1);
  });

  it('call() returns the result of a valid call and throws an ApiError with the code otherwise', () => {
    const core = open();
    expect(core.call('workshop.list', {})).toEqual([]);
    let thrown: unknown;
    try {
      core.call('workshop.create', {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).code).toBe('validation');
  });
});

describe('refused calls write nothing and publish nothing', () => {
  /** Runs a refused call and checks that neither the database nor the served state moved. */
  function expectRefusedWithoutEffect(core: Core, workshopId: string, method: string, input: unknown, code: string) {
    const events = record(core);
    const rows = dump(core);
    const list = core.call('workshop.list', {});
    const map = core.call('map.get', { workshopId });
    const answer = core.dispatch(method, input);
    // A refused call is refused at once, before any slow work starts.
    if (answer instanceof Promise) throw new Error(`${method} answered a promise to a refused call`);
    const message = expectError(answer, code);
    expect(dump(core)).toEqual(rows);
    expect(core.call('workshop.list', {})).toEqual(list);
    expect(core.call('map.get', { workshopId })).toEqual(map);
    expect(events).toEqual([]);
    return message;
  }

  const longText = 'x'.repeat(10_000);

  const invalidCalls: [string, string, (id: string) => unknown][] = [
    ['workshop.create without a title', 'workshop.create', () => ({})],
    ['workshop.create with a number as title', 'workshop.create', () => ({ title: 42 })],
    ['workshop.create with a blank title', 'workshop.create', () => ({ title: '   ' })],
    ['workshop.create with a 10,000-character title', 'workshop.create', () => ({ title: longText })],
    ['workshop.create with an extra key', 'workshop.create', () => ({ title: 'x', admin: true })],
    [
      'workshop.create with an own __proto__ key',
      'workshop.create',
      () => JSON.parse('{"title":"x","__proto__":{"a":1}}'),
    ],
    [
      'workshop.create with a constructor key',
      'workshop.create',
      () => JSON.parse('{"title":"x","constructor":{"a":1}}'),
    ],
    ['workshop.create with a malformed date', 'workshop.create', () => ({ title: 'x', date: '14/03/2024' })],
    ['workshop.create with an array as input', 'workshop.create', () => ['x']],
    ['workshop.create with a string as input', 'workshop.create', () => 'x'],
    ['workshop.create with a null input', 'workshop.create', () => null],
    [
      'workshop.create with a participant missing its name',
      'workshop.create',
      () => ({ title: 'x', participants: [{ structure: 'CAF', role: '' }] }),
    ],
    ['workshop.update without a patch', 'workshop.update', (id) => ({ id })],
    ['workshop.update with an empty patch', 'workshop.update', (id) => ({ id, patch: {} })],
    ['workshop.update of the codebook', 'workshop.update', (id) => ({ id, patch: { codebook: defaultCodebook() } })],
    ['workshop.update of createdAt', 'workshop.update', (id) => ({ id, patch: { createdAt: 'hier' } })],
    ['workshop.update with an invalid id', 'workshop.update', () => ({ id: '../../etc', patch: { title: 'x' } })],
    ['workshop.update with a 10,000-character title', 'workshop.update', (id) => ({ id, patch: { title: longText } })],
    ['workshop.duplicate with a numeric id', 'workshop.duplicate', () => ({ id: 5 })],
    ['workshop.delete without id', 'workshop.delete', () => ({})],
    ['workshop.delete with an extra key', 'workshop.delete', (id) => ({ id, cascade: false })],
    ['map.get with an empty id', 'map.get', () => ({ workshopId: '' })],
    ['app.info with an extra key', 'app.info', () => ({ verbose: true })],
    ['workshop.list with an extra key', 'workshop.list', () => ({ limit: 10 })],
    ['map.apply without origin', 'map.apply', (id) => ({ workshopId: id, ops: [{ type: 'actor.remove', id: 'a' }] })],
    ['map.apply with no op', 'map.apply', (id) => ({ workshopId: id, origin: 't', ops: [] })],
    [
      'map.apply with an unknown op type',
      'map.apply',
      (id) => ({ workshopId: id, origin: 't', ops: [{ type: 'drop' }] }),
    ],
    [
      'map.apply with an origin over 64 characters',
      'map.apply',
      (id) => ({ workshopId: id, origin: 'o'.repeat(65), ops: [{ type: 'actor.remove', id: 'a' }] }),
    ],
    [
      'map.apply of an actor with a 10,000-character label',
      'map.apply',
      (id) => ({ workshopId: id, origin: 't', ops: [{ type: 'actor.add', actor: actor('d', { label: longText }) }] }),
    ],
    [
      'map.apply of an actor with a string as x',
      'map.apply',
      (id) => ({ workshopId: id, origin: 't', ops: [{ type: 'actor.add', actor: { ...actor('d'), x: '10' } }] }),
    ],
    [
      'map.apply of an actor with NaN as x',
      'map.apply',
      (id) => ({ workshopId: id, origin: 't', ops: [{ type: 'actor.add', actor: { ...actor('d'), x: Number.NaN } }] }),
    ],
    [
      'map.apply of an actor off the canvas',
      'map.apply',
      (id) => ({ workshopId: id, origin: 't', ops: [{ type: 'actor.add', actor: actor('d', { x: 2_000_000 }) }] }),
    ],
    [
      'map.apply of an actor missing its category',
      'map.apply',
      (id) => {
        const { category: _category, ...rest } = actor('d');
        return { workshopId: id, origin: 't', ops: [{ type: 'actor.add', actor: rest }] };
      },
    ],
    [
      'map.apply of an actor with an own __proto__ key',
      'map.apply',
      (id) => ({
        workshopId: id,
        origin: 't',
        ops: [{ type: 'actor.add', actor: { ...actor('d'), ...JSON.parse('{"__proto__":{"isAdmin":true}}') } }],
      }),
    ],
    [
      'map.apply of a patch with a constructor key',
      'map.apply',
      (id) => ({
        workshopId: id,
        origin: 't',
        ops: [{ type: 'actor.update', id: 'a', patch: JSON.parse('{"label":"x","constructor":{"prototype":{}}}') }],
      }),
    ],
    [
      'map.apply of a patch that moves an actor',
      'map.apply',
      (id) => ({ workshopId: id, origin: 't', ops: [{ type: 'actor.update', id: 'a', patch: { x: 1 } }] }),
    ],
    [
      'map.apply of a patch that re-targets a link',
      'map.apply',
      (id) => ({ workshopId: id, origin: 't', ops: [{ type: 'link.update', id: 'ab', patch: { target: 'c' } }] }),
    ],
    [
      'map.apply of an actor with a category outside the codebook',
      'map.apply',
      (id) => ({ workshopId: id, origin: 't', ops: [{ type: 'actor.add', actor: actor('d', { category: 'mafia' }) }] }),
    ],
    [
      'map.apply of a link from an actor to itself',
      'map.apply',
      (id) => ({
        workshopId: id,
        origin: 't',
        ops: [{ type: 'link.add', link: newLink({ id: 'aa', source: 'a', target: 'a', kind: 'autre' }) }],
      }),
    ],
    [
      'map.apply of a patch whose only field is undefined (in-process or over IPC)',
      'map.apply',
      (id) => ({ workshopId: id, origin: 't', ops: [{ type: 'actor.update', id: 'a', patch: { label: undefined } }] }),
    ],
  ];

  for (const [rule, method, input] of invalidCalls) {
    it(`refuses ${rule} with a French validation message`, () => {
      const core = open();
      const w = seeded(core);
      expectRefusedWithoutEffect(core, w.id, method, input(w.id), 'validation');
    });
  }

  it('names the faulty field in the validation message and lists the issues', () => {
    const core = open();
    const answer = core.dispatch('workshop.create', { title: 'x', date: 'demain' });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: expect.stringContaining('« date »'),
        issues: [{ path: 'date', message: expect.stringContaining('AAAA-MM-JJ') }],
      },
    });
  });

  for (const name of ['nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'workshop.create ', '']) {
    it(`answers unknown_method to the method name ${JSON.stringify(name)}`, () => {
      const core = open();
      const w = seeded(core);
      const message = expectRefusedWithoutEffect(core, w.id, name, { title: 'x' }, 'unknown_method');
      expect(message).toMatch(/Méthode inconnue/);
    });
  }

  it('refuses a link to an unknown actor with not_found, writing nothing', () => {
    const core = open();
    const w = seeded(core);
    const message = expectRefusedWithoutEffect(
      core,
      w.id,
      'map.apply',
      {
        workshopId: w.id,
        origin: 't',
        ops: [{ type: 'link.add', link: newLink({ id: 'a-ghost', source: 'a', target: 'ghost', kind: 'autre' }) }],
      },
      'not_found',
    );
    expect(message).toMatch(/Acteur introuvable/);
    expect(message).toMatch(/Rien n’a été modifié/);
  });

  it('refuses a taken actor id with conflict, writing nothing', () => {
    const core = open();
    const w = seeded(core);
    expectRefusedWithoutEffect(
      core,
      w.id,
      'map.apply',
      { workshopId: w.id, origin: 't', ops: [{ type: 'actor.add', actor: actor('a') }] },
      'conflict',
    );
  });

  it('writes none of a batch whose third operation fails: a batch is atomic', () => {
    const core = open();
    const w = seeded(core);
    const ops: MapOp[] = [
      { type: 'actor.add', actor: actor('d') },
      { type: 'actor.update', id: 'a', patch: { label: 'Changé' } },
      { type: 'actor.remove', id: 'ghost' },
      { type: 'link.add', link: newLink({ id: 'ad', source: 'a', target: 'd', kind: 'autre' }) },
    ];
    expectRefusedWithoutEffect(core, w.id, 'map.apply', { workshopId: w.id, origin: 't', ops }, 'not_found');
    expect(core.call('map.get', { workshopId: w.id }).revision).toBe(1);
    expect(countRows(core, 'actors', w.id)).toBe(3);
    closeAll();
    const again = open(dirs[0]);
    expect(again.call('map.get', { workshopId: w.id }).map.actors.map((a) => a.label)).toEqual([
      'Acteur a',
      'Acteur b',
      'Acteur c',
    ]);
  });

  it('reads a patch field given as undefined as unchanged, in memory as on disk', () => {
    const core = open();
    const w = seeded(core);
    core.call('map.apply', {
      workshopId: w.id,
      origin: 't',
      ops: [{ type: 'actor.update', id: 'a', patch: { label: undefined, notes: 'vu' } }],
    });
    const served = core.call('map.get', { workshopId: w.id });
    expect(served.map.actors[0]).toMatchObject({ label: 'Acteur a', notes: 'vu' });
    closeAll();
    expect(open(dirs[0]).call('map.get', { workshopId: w.id })).toEqual(served);
  });

  it('serves after a restart exactly the text it served before, even with an unpaired surrogate', () => {
    const core = open();
    const w = seeded(core);
    core.dispatch('map.apply', {
      workshopId: w.id,
      origin: 't',
      ops: [{ type: 'actor.update', id: 'a', patch: { label: 'Émoji coupé \uD83D' } }],
    });
    const served = core.call('map.get', { workshopId: w.id });
    closeAll();
    const again = open(dirs[0]);
    expect(again.call('map.get', { workshopId: w.id })).toEqual(served);
  });

  it('refuses a workshop patch whose only field is undefined as an empty change', () => {
    const core = open();
    const w = seeded(core);
    expectRefusedWithoutEffect(core, w.id, 'workshop.update', { id: w.id, patch: { title: undefined } }, 'validation');
  });
});

describe('events', () => {
  it('publishes map.changed with the ops, the new revision and the origin after map.apply', () => {
    const core = open();
    const w = seeded(core);
    const events = record(core);
    const ops: MapOp[] = [
      { type: 'actor.move', moves: [{ id: 'b', x: 1, y: 2 }] },
      { type: 'link.remove', id: 'bc' },
    ];
    const { revision } = core.call('map.apply', { workshopId: w.id, origin: 'projecteur-1', ops });
    expect(events).toEqual([{ type: 'map.changed', workshopId: w.id, revision, ops, origin: 'projecteur-1' }]);
  });

  it('publishes workshops.changed after create, update, duplicate and delete', () => {
    const core = open();
    const events = record(core);
    const w = core.call('workshop.create', { title: 'Événements' });
    core.call('workshop.update', { id: w.id, patch: { territory: 'Marseille' } });
    const copy = core.call('workshop.duplicate', { id: w.id });
    core.call('workshop.delete', { id: copy.id });
    const changed = { type: 'workshops.changed' };
    // An update also hands the workshop's new fields to its open views (the wall, the summary).
    const updated = {
      type: 'workshop.changed',
      workshop: expect.objectContaining({ id: w.id, territory: 'Marseille' }),
    };
    expect(events).toEqual([changed, changed, updated, changed, changed]);
  });

  it('publishes nothing for reads', () => {
    const core = open();
    const w = seeded(core);
    const events = record(core);
    core.call('app.info', {});
    core.call('workshop.list', {});
    core.call('map.get', { workshopId: w.id });
    expect(events).toEqual([]);
  });

  it('stops publishing to a listener once it unsubscribes, and a failing listener does not stop the others', () => {
    const core = open();
    const w = seeded(core);
    const seen: CoreEvent[] = [];
    const unsubscribe = core.subscribe((event) => seen.push(event));
    core.subscribe(() => {
      throw new Error('abonné défaillant');
    });
    const after: CoreEvent[] = [];
    core.subscribe((event) => after.push(event));
    const original = console.error;
    console.error = () => undefined;
    try {
      core.call('workshop.update', { id: w.id, patch: { facilitator: 'Léa' } });
      unsubscribe();
      core.call('workshop.update', { id: w.id, patch: { facilitator: 'Léo' } });
    } finally {
      console.error = original;
    }
    // Each update publishes workshops.changed and workshop.changed.
    expect(seen).toHaveLength(2);
    expect(after).toHaveLength(4);
  });
});
