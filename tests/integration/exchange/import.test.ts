import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { ApiError } from '../../../shared/api/errors.js';
import { readMaillageFile } from '../../../shared/exchange/maillage-read.js';
import { writeMaillageFile } from '../../../shared/exchange/maillage-write.js';
import { opsDrawing } from '../../../shared/exchange/map-ops.js';
import { arbitraryMap, arbitraryWorkshopFields } from '../../support/random-map.js';

const root = mkdtempSync(join(tmpdir(), 'maillage-import-'));
const cores: Core[] = [];
let count = 0;
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function open(): Core {
  const core = createCore({ dataDir: join(root, `d${count++}`) });
  cores.push(core);
  return core;
}

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)).toString('base64');

/** Row counts of every table, read through a connection of its own: what is on disk. */
function rowCounts(core: Core): Record<string, number> {
  const db = new Database(core.databasePath, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(
      ['workshops', 'actors', 'links', 'notes', 'zones'].map((t) => [
        t,
        (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('l’appel aurait dû être refusé');
}

const storedFile = () => readFileSync(new URL('../../fixtures/import/atelier-v1.maillage', import.meta.url), 'utf8');

const bellevue = () => ({
  actors: { name: 'acteurs-bellevue.csv', base64: fixture('acteurs-bellevue.csv') },
  links: { name: 'liens-bellevue.csv', base64: fixture('liens-bellevue.csv') },
});

describe('import CSV à travers le cœur', () => {
  it('l’aperçu n’écrit rien ; la confirmation crée un nouvel atelier avec les choix de l’utilisateur', () => {
    const core = open();
    core.call('workshop.create', { title: 'Déjà là' });
    const before = rowCounts(core);
    const preview = core.call('import.preview', bellevue());
    expect(rowCounts(core)).toEqual(before);
    expect(preview).toMatchObject({ title: 'acteurs-bellevue', actorCount: 6, linkCount: 3, canImport: true });
    expect(preview.actorsFile).toMatchObject({ encoding: 'utf-8', separator: ';' });
    expect(preview.unknownCategories.map((u) => u.key)).toEqual(['bailleur social']);

    const workshop = core.call('import.commit', {
      ...bellevue(),
      title: 'Bellevue – liste préparée',
      mappings: { categories: { 'bailleur social': { action: 'use', id: 'autres' } }, linkKinds: {} },
    });
    expect(workshop.title).toBe('Bellevue – liste préparée');
    const { map } = core.call('map.get', { workshopId: workshop.id });
    expect(map.actors.find((a) => a.label.startsWith('Bailleur'))?.category).toBe('autres');
    expect(map.codebook.categories).toHaveLength(11);
    // « Médiation » had no choice: it became a new kind of this workshop only.
    expect(map.codebook.linkKinds.map((k) => k.label)).toContain('Médiation');
    expect(rowCounts(core)).toEqual({ ...before, workshops: 2, actors: 6, links: 3 });
    expect(core.call('workshop.list', {}).map((w) => w.title)).toContain('Bellevue – liste préparée');
  });

  it('tout ou rien : une ligne en erreur, et rien n’est écrit', () => {
    const core = open();
    core.call('workshop.create', { title: 'Déjà là' });
    const before = { rows: rowCounts(core), list: core.call('workshop.list', {}) };
    const error = refusal(() =>
      core.call('import.commit', {
        actors: { text: 'Nom;Catégorie\nMairie;Commune\nCollège;Éducation\n' },
        links: { text: 'Source;Cible\nMairie;Collège\nMairie;Préfecture\n' },
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(
      /^Import refusé\u00a0: 1\u00a0problème\(s\) .*Ligne 3\u00a0: «\u202fPréfecture\u202f» n’est pas dans la liste des acteurs.*Rien n’a été importé\.$/,
    );
    expect(rowCounts(core)).toEqual(before.rows);
    expect(core.call('workshop.list', {})).toEqual(before.list);
  });

  it('un tableau des participants facultatif donne le tour de table, lié aux acteurs importés ; illisible, rien n’est écrit', () => {
    const core = open();
    const actors = { text: 'Nom;Catégorie;Représenté\nMairie;Commune;oui\nCollège Barbusse;Éducation;oui\n' };
    const participants = {
      name: 'participants.csv',
      text: 'Nom;Structure;Rôle\nLéa Martin;Collège Barbusse;CPE\nAwa Diallo;CAF;\n',
    };
    const workshop = core.call('import.commit', { actors, participants });
    const { map } = core.call('map.get', { workshopId: workshop.id });
    const college = map.actors.find((a) => a.label === 'Collège Barbusse')!;
    const mairie = map.actors.find((a) => a.label === 'Mairie')!;
    // Léa speaks for the collège; the mairie, « oui » without a name, keeps an unnamed participant.
    expect(workshop.participants).toEqual([
      { name: 'Léa Martin', structure: 'Collège Barbusse', role: 'CPE', actorId: college.id, attendance: 'present' },
      { name: 'Awa Diallo', structure: 'CAF', role: '', attendance: 'present' },
      { name: '', structure: 'Mairie', role: '', actorId: mairie.id, attendance: 'present' },
    ]);

    const before = { rows: rowCounts(core), list: core.call('workshop.list', {}) };
    const broken = { text: 'Prénom;Ville\nLéa;Lyon\n' };
    for (const method of ['import.preview', 'import.commit'] as const) {
      const error = refusal(() => core.call(method, { actors, participants: broken }));
      expect(error.message).toMatch(/^Fichier des participants\u00a0: Aucune colonne/);
    }
    expect(rowCounts(core)).toEqual(before.rows);
    expect(core.call('workshop.list', {})).toEqual(before.list);
  });

  it('tout ou rien même quand l’écriture échoue au milieu : la transaction est annulée en entier', () => {
    const core = open();
    core.call('workshop.create', { title: 'Déjà là' });
    const before = { rows: rowCounts(core), list: core.call('workshop.list', {}) };
    // A trigger makes SQLite refuse the 3rd actor, after the workshop row and two actors were written.
    const db = new Database(core.databasePath);
    db.exec(
      `CREATE TRIGGER boom BEFORE INSERT ON actors WHEN NEW.label = 'Troisième' BEGIN SELECT RAISE(ABORT, 'boom'); END;`,
    );
    db.close();
    const error = refusal(() =>
      core.call('import.commit', { actors: { text: 'Nom\nPremier\nDeuxième\nTroisième\nQuatrième\n' } }),
    );
    expect(error.code).toBe('storage');
    expect(rowCounts(core)).toEqual(before.rows);
    expect(core.call('workshop.list', {})).toEqual(before.list);
    // The core lives on and imports again once the obstacle is gone.
    const again = new Database(core.databasePath);
    again.exec('DROP TRIGGER boom');
    again.close();
    const workshop = core.call('import.commit', { actors: { text: 'Nom\nPremier\nDeuxième\nTroisième\n' } });
    expect(core.call('map.get', { workshopId: workshop.id }).map.actors).toHaveLength(3);
  });

  it('un fichier binaire, un base64 abîmé, un fichier trop gros : refusés en français, rien d’écrit', () => {
    const core = open();
    const before = rowCounts(core);
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)).toString('base64');
    expect(refusal(() => core.call('import.preview', { actors: { base64: binary } })).message).toMatch(
      /^Fichier des acteurs\u00a0: Ce fichier ne contient pas de texte/,
    );
    expect(refusal(() => core.call('import.commit', { actors: { base64: '%%%' } })).message).toMatch(/base64 invalide/);
    const big = 'x'.repeat(2_000_001);
    expect(refusal(() => core.call('import.preview', { actors: { text: big } })).code).toBe('validation');
    expect(rowCounts(core)).toEqual(before);
    // As a transport delivers it: JSON.parse makes `__proto__` an own key; zod's record skips it,
    // and the choices are read with Object.hasOwn: harmless, nothing polluted.
    const input = JSON.parse(
      '{"actors": {"text": "Nom\\nA\\n"}, "mappings": {"categories": {"__proto__": {"action": "use", "id": "x"}}, "linkKinds": {}}}',
    );
    const workshop = core.call('import.commit', input);
    expect(core.call('map.get', { workshopId: workshop.id }).map.actors.map((a) => a.category)).toEqual(['autres']);
    expect(({} as Record<string, unknown>).action).toBeUndefined();
  });
});

describe('fichier .maillage à travers le cœur', () => {
  it('exporter puis importer : un nouvel atelier, identique sauf son identifiant et ses dates', () => {
    const core = open();
    const source = core.call('import.maillage', { text: storedFile() });
    const first = core.call('workshop.exportMaillage', { id: source.id });
    expect(first.fileName).toBe('diagnostic-partage-quartier-des-tilleuls.maillage');
    const copy = core.call('import.maillage', { text: first.text });
    expect(copy.id).not.toBe(source.id);
    const second = core.call('workshop.exportMaillage', { id: copy.id });
    const withoutDate = (text: string) => ({ ...JSON.parse(text), source: null });
    expect(withoutDate(second.text)).toEqual(withoutDate(first.text));
    expect(core.call('map.get', { workshopId: copy.id }).map).toEqual(
      core.call('map.get', { workshopId: source.id }).map,
    );
  });

  it('propriété : export → import → export, égal sauf identifiants et dates, sur des cartes au hasard', () => {
    const core = open();
    fc.assert(
      fc.property(arbitraryWorkshopFields, arbitraryMap, (fields, map) => {
        const text = writeMaillageFile({ ...fields, codebook: map.codebook }, map);
        const a = core.call('import.maillage', { text });
        const first = core.call('workshop.exportMaillage', { id: a.id }).text;
        const b = core.call('import.maillage', { text: first });
        const second = core.call('workshop.exportMaillage', { id: b.id }).text;
        const strip = (t: string) => ({ ...JSON.parse(t), source: null });
        expect(strip(second)).toEqual(strip(first));
        expect(strip(first)).toEqual(strip(text));
      }),
      { numRuns: 25 },
    );
  });

  it('un fichier abîmé est refusé et rien n’est écrit', () => {
    const core = open();
    const before = rowCounts(core);
    const good = storedFile();
    for (const text of [
      good.slice(0, 500),
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      good.replace('"version": 1', '"version": 2'),
      good.replace('"type": "maillage",', '"type": "maillage", "__proto__": {"x": 1},'),
      '\u0000\u0001binaire',
    ]) {
      const error = refusal(() => core.call('import.maillage', { text }));
      expect(error.code).toBe('validation');
      expect(error.message).toMatch(/Rien n’a été importé\.$/);
    }
    expect(rowCounts(core)).toEqual(before);
    // The reader and the core agree on what a good file is.
    const read = readMaillageFile(good);
    if (!read.ok) throw new Error(read.message);
    expect(opsDrawing({ ...read.file.map, codebook: read.file.workshop.codebook }).length).toBeGreaterThan(10);
    expect(core.call('import.maillage', { text: good }).title).toBe(read.file.workshop.title);
  });
});
