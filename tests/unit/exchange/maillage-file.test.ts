import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { newActor, newLink } from '../../../shared/domain/model.js';
import { representedActorIds } from '../../../shared/domain/participants.js';
import { guardJsonText } from '../../../shared/exchange/json-guard.js';
import { upgradeMaillageFile } from '../../../shared/exchange/maillage-migrations.js';
import { maillageReadLimits, readMaillageFile } from '../../../shared/exchange/maillage-read.js';
import { latestMaillageVersion } from '../../../shared/exchange/maillage-schema.js';
import { maillageFileOf, writeMaillageFile } from '../../../shared/exchange/maillage-write.js';
import { mapFromOps, opsDrawing } from '../../../shared/exchange/map-ops.js';
import { arbitraryMap, arbitraryWorkshopFields } from '../../support/random-map.js';

const fields = {
  title: 'Bellevue',
  territory: 'Bellevue',
  date: '2026-03-14',
  facilitator: 'Awa',
  objective: '',
  participants: [],
};
const at = '2026-03-14T10:00:00.000Z';

function smallFile() {
  const map = {
    actors: [
      newActor({ id: 'a1', label: 'Mairie', category: 'commune', x: 0, y: 0 }),
      newActor({ id: 'a2', label: 'Collège', category: 'education', x: 200, y: 0 }),
    ],
    links: [newLink({ id: 'l1', source: 'a1', target: 'a2', kind: 'orientation' })],
    notes: [],
    zones: [],
  };
  return maillageFileOf({ ...fields, codebook: defaultCodebook() }, map, { appVersion: '0.1.0', exportedAt: at });
}

function messageOf(text: string): string {
  const read = readMaillageFile(text);
  if (read.ok) throw new Error('le fichier aurait dû être refusé');
  return read.message;
}

describe('lecture d’un fichier .maillage', () => {
  it('relit ce qu’il écrit, avec l’en-tête et la version', () => {
    const text = JSON.stringify(smallFile());
    const read = readMaillageFile(text);
    expect(read).toEqual({ ok: true, file: smallFile() });
    expect(JSON.parse(text)).toMatchObject({
      type: 'maillage',
      version: latestMaillageVersion,
      source: { app: 'Maillage', appVersion: '0.1.0', exportedAt: at },
    });
  });

  it('accepte un BOM en tête', () => {
    expect(readMaillageFile(`\uFEFF${JSON.stringify(smallFile())}`).ok).toBe(true);
  });

  it('refuse un fichier vide, un JSON tronqué, un autre JSON', () => {
    expect(messageOf('')).toBe('Le fichier est vide. Rien n’a été importé.');
    const text = JSON.stringify(smallFile(), null, 2);
    expect(messageOf(text.slice(0, text.length / 2))).toMatch(
      /^Fichier \.maillage illisible\u00a0: son texte JSON est tronqué ou abîmé \(vers la ligne \d+, colonne \d+\)/,
    );
    expect(messageOf('{"a": 1,}')).toMatch(/ligne 1, colonne 9/);
    expect(messageOf('[1, 2, 3]')).toMatch(/n’est pas un fichier Maillage/);
    expect(messageOf('{"type": "kumu", "version": 1}')).toMatch(/n’est pas un fichier Maillage/);
  });

  it('refuse une forme inattendue en nommant le champ', () => {
    const file = smallFile();
    const wrong = { ...file, map: { ...file.map, actors: [{ ...file.map.actors[0], label: 42 }] } };
    expect(messageOf(JSON.stringify(wrong))).toMatch(
      /^Fichier \.maillage non conforme\u00a0: champ «\u202fmap\.actors\[0\]\.label\u202f» : /,
    );
    expect(messageOf(JSON.stringify({ type: 'maillage', version: 1 }))).toMatch(/non conforme/);
  });

  it('refuse une version future avec un message clair, et une version illisible', () => {
    expect(messageOf(JSON.stringify({ ...smallFile(), version: 7 }))).toBe(
      'Ce fichier vient d’une version plus récente de Maillage (format 7\u202f; cette version lit jusqu’au format 2). Mettez Maillage à jour pour l’importer. Rien n’a été importé.',
    );
    expect(messageOf(JSON.stringify({ ...smallFile(), version: '1' }))).toMatch(/version de format lisible/);
    expect(messageOf(JSON.stringify({ ...smallFile(), version: 0 }))).toMatch(/version de format lisible/);
  });

  it('100 000 crochets imbriqués : refusé sans planter, avant JSON.parse', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(messageOf(deep)).toMatch(/crochets sont imbriqués plus de 32\u00a0fois \(ligne 1\)/);
    const deepInside = JSON.stringify(smallFile()).replace(
      '"notes":[]',
      `"notes":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
    );
    expect(messageOf(deepInside)).toMatch(/imbriqués/);
    // Brackets inside strings do not count.
    expect(guardJsonText(`["${'['.repeat(1000)}"]`, { maxChars: 1e6, maxDepth: 3 })).toEqual({ ok: true });
  });

  it('un fichier énorme est refusé sur sa taille', () => {
    const huge = ' '.repeat(maillageReadLimits.maxChars + 1);
    expect(messageOf(`{${huge}}`)).toMatch(/^Fichier trop volumineux/);
  });

  it('les clés __proto__ et constructor sont refusées, sans rien polluer', () => {
    const file = JSON.stringify(smallFile());
    const proto = file.replace('"type":"maillage"', '"__proto__":{"polluted":true},"type":"maillage"');
    expect(messageOf(proto)).toMatch(/non conforme/);
    const inActor = file.replace('"label":"Mairie"', '"label":"Mairie","constructor":{"prototype":{"polluted":true}}');
    expect(messageOf(inActor)).toMatch(/non conforme/);
    const inCodebook = file.replace('"categories":[', '"__proto__":[],"categories":[');
    expect(messageOf(inCodebook)).toMatch(/non conforme/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('une référence cassée est refusée en nommant l’élément', () => {
    const file = smallFile();
    const broken = { ...file, map: { ...file.map, links: [{ ...file.map.links[0]!, target: 'a9' }] } };
    expect(messageOf(JSON.stringify(broken))).toBe(
      'Fichier .maillage incohérent\u00a0: Le lien «\u202fl1\u202f» («\u202fMairie\u202f» → «\u202fa9\u202f») relie un acteur absent du fichier («\u202fa9\u202f»). Rien n’a été importé.',
    );
    const badCategory = {
      ...file,
      map: { ...file.map, actors: [{ ...file.map.actors[0]!, category: 'inconnue' }, file.map.actors[1]!] },
    };
    expect(messageOf(JSON.stringify(badCategory))).toMatch(
      /L’acteur «\u202fMairie\u202f» a une catégorie absente du fichier/,
    );
    const twice = { ...file, map: { ...file.map, actors: [file.map.actors[0]!, file.map.actors[0]!] } };
    expect(messageOf(JSON.stringify(twice))).toMatch(/Deux acteurs portent le même identifiant/);
  });
});

describe('versions du format', () => {
  it('une version ancienne est montée pas à pas ; une étape manquante est dite', () => {
    const upgrades = [
      { from: 1, upgrade: (f: Record<string, unknown>) => ({ ...f, snapshots: [] }) },
      { from: 2, upgrade: (f: Record<string, unknown>) => ({ ...f, extra: true }) },
    ];
    expect(upgradeMaillageFile({ version: 1, a: 1 }, 1, upgrades, 3)).toEqual({
      ok: true,
      file: { version: 3, a: 1, snapshots: [], extra: true },
    });
    expect(upgradeMaillageFile({ version: 1 }, 1, [], 2)).toMatchObject({ ok: false });
  });
});

describe('aller-retour sans perte', () => {
  it('un fichier au format 1 gardé tel quel (tests/fixtures) se relit et se réécrit sans perte', () => {
    // This file must stay readable by every later Maillage: if the format changes, add an upgrade.
    const stored = readFileSync(new URL('../../fixtures/import/atelier-v1.maillage', import.meta.url), 'utf8');
    const read = readMaillageFile(stored);
    if (!read.ok) throw new Error(read.message);
    expect(read.file.map.actors.length).toBeGreaterThan(5);
    expect(read.file.map.notes.some((n) => n.attachedTo !== null)).toBe(true);
    expect(read.file.map.actors.map((a) => a.label)).toContain('<img src=x onerror=alert(1)>');
    const rebuilt = mapFromOps(opsDrawing({ ...read.file.map, codebook: read.file.workshop.codebook }));
    // Same content, in today's version: what version 1 said with `present` on the actors, the
    // tour de table says (version 2); the layout may differ, whitespace is never meaning.
    const old = JSON.parse(stored) as {
      workshop: { participants: object[] };
      map: { actors: { id: string; present: boolean }[] };
    };
    const rewritten = JSON.parse(writeMaillageFile(read.file.workshop, rebuilt, read.file.source));
    const { present: _moved, ...withoutPresent } = old.map.actors[0]!;
    expect(rewritten.map.actors[0]).toEqual(withoutPresent);
    expect(rewritten.map.actors.every((a: object) => !Object.hasOwn(a, 'present'))).toBe(true);
    expect(rewritten.map.links).toEqual(JSON.parse(stored).map.links);
    expect(rewritten.version).toBe(2);
    // Those marked present are exactly those represented now; the service jeunesse, whom no
    // participant named, gets a participant whose name was not noted.
    const present = old.map.actors.filter((a) => a.present).map((a) => a.id);
    expect([...representedActorIds(read.file.workshop.participants, read.file.map.actors)].sort()).toEqual(
      present.sort(),
    );
    expect(read.file.workshop.participants.slice(0, old.workshop.participants.length)).toEqual(
      old.workshop.participants,
    );
    expect(read.file.workshop.participants.slice(old.workshop.participants.length)).toEqual([
      { name: '', structure: 'Service jeunesse de la ville', role: '', actorId: 'ville', attendance: 'present' },
    ]);
    expect(readMaillageFile(JSON.stringify(rewritten))).toEqual({ ok: true, file: { ...read.file, version: 2 } });
  });

  it('propriété : toute carte que l’application peut tenir fait l’aller-retour à l’identique', () => {
    fc.assert(
      fc.property(arbitraryWorkshopFields, arbitraryMap, (workshopFields, map) => {
        const workshop = { ...workshopFields, codebook: map.codebook };
        const first = writeMaillageFile(workshop, map, { exportedAt: at });
        const read = readMaillageFile(first);
        if (!read.ok) throw new Error(read.message);
        const rebuilt = mapFromOps(opsDrawing({ ...read.file.map, codebook: read.file.workshop.codebook }));
        expect(rebuilt).toEqual(map);
        expect(writeMaillageFile(read.file.workshop, rebuilt, { exportedAt: at })).toBe(first);
      }),
      { numRuns: 150 },
    );
  });
});
