import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/exchange/csv/decode-bytes.js';
import { readTable } from '../../../shared/exchange/csv/read-table.js';
import { analyseCsvImport, type CsvText, planCsvImport, previewOf } from '../../../shared/exchange/csv-import.js';
import { textOfCsvFile } from '../../../shared/exchange/import-input.js';
import { mapFromOps } from '../../../shared/exchange/map-ops.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));
const utf8 = (text: string): CsvText => ({ text, encoding: 'utf-8' });

function preview(actors: string, links?: string) {
  return previewOf(analyseCsvImport(utf8(actors), links === undefined ? null : utf8(links), 'Essai'));
}

/** The map an import would create with the default choices (new categories for unknown words). */
function importedMap(actors: string, links?: string) {
  const planned = planCsvImport(analyseCsvImport(utf8(actors), links === undefined ? null : utf8(links), 'Essai'));
  if (!planned.ok) throw new Error(planned.message);
  return mapFromOps(planned.plan.ops);
}

describe('décodage des octets', () => {
  it('lit l’UTF-8 avec BOM et retire le BOM', () => {
    const decoded = decodeBytes(fixture('acteurs-bellevue.csv'));
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8' });
    if (decoded.ok) expect(decoded.text.startsWith('Nom;Catégorie')).toBe(true);
  });

  it('lit le Windows-1252 d’un Excel français (« Éducation », apostrophe typographique)', () => {
    const decoded = decodeBytes(fixture('acteurs-windows-1252.csv'));
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252' });
    if (!decoded.ok) return;
    expect(decoded.text).toContain('École élémentaire Jules-Ferry;Éducation nationale');
    expect(decoded.text).toContain('Centre social L’Escale');
    const map = importedMap(decoded.text);
    expect(map.actors.map((a) => [a.label, a.category])).toEqual([
      ['École élémentaire Jules-Ferry', 'education'],
      ['Centre social L’Escale', 'centres-sociaux'],
    ]);
  });

  it('refuse un fichier binaire avec un message en français', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const decoded = decodeBytes(garbage);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(/ne contient pas de texte/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeBytes(png).ok).toBe(false);
  });

  it('décode un fichier transmis en base64, et refuse un base64 abîmé', () => {
    const base64 = Buffer.from('Nom\nMairie\n').toString('base64');
    expect(textOfCsvFile({ base64 })).toMatchObject({ ok: true, text: 'Nom\nMairie\n' });
    expect(textOfCsvFile({ base64: '@@@' })).toMatchObject({ ok: false });
  });
});

describe('séparateurs et lignes', () => {
  it('détecte « ; » et « , », et garde les numéros de ligne malgré les retours à la ligne entre guillemets', () => {
    expect(readTable('Nom;Catégorie\nA;B\n').separator).toBe(';');
    expect(readTable('Name,Category\n"Mairie, service jeunesse",Commune\n').separator).toBe(',');
    expect(readTable('Nom\tType\nA\tB\n').separator).toBe('\t');
    const table = readTable('Nom;Notes\r\n"A";"deux\r\nlignes"\r\n\r\nB;x\r\n');
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'A'],
      [5, 'B'],
    ]);
  });

  it('« , » : un fichier anglais complet', () => {
    const p = preview(
      'Name,Category,Engagement\nTown hall,Commune,professional\nFootball club,Associations,volunteer\n',
    );
    expect(p.canImport).toBe(true);
    expect(p.actorsFile.separator).toBe(',');
    expect(p.actors.map((a) => [a.label, a.category])).toEqual([
      ['Town hall', 'Commune / ville'],
      ['Football club', 'Associations (sport, culture, soutien scolaire…)'],
    ]);
  });

  it('signale un guillemet non refermé avec sa ligne', () => {
    const p = preview('Nom;Catégorie\nMairie;Commune\n"Collège;Éducation\nCAF;CAF\n');
    expect(p.canImport).toBe(false);
    expect(p.problems).toEqual([expect.objectContaining({ file: 'actors', line: 3 })]);
    expect(p.problems[0]!.message).toMatch(/^Ligne 3\u00a0: un guillemet ouvre une cellule qui n’est jamais refermée/);
  });

  it('signale une ligne qui a plus de cellules remplies que l’en-tête de colonnes', () => {
    const p = preview('Nom;Catégorie\nMairie;Commune\nCollège;Éducation;en trop;encore\nCAF;CAF;\n');
    expect(p.problems.map((x) => [x.line, x.message])).toEqual([
      [
        3,
        'Ligne 3\u00a0: 4\u00a0cellules remplies pour 2\u00a0colonnes d’en-tête. Vérifiez le séparateur et les guillemets de cette ligne.',
      ],
    ]);
    // A trailing empty cell (« CAF;CAF; ») is no problem; a shorter row gets empty cells.
    expect(preview('Nom;Catégorie;Contact\nMairie\n').canImport).toBe(true);
  });

  it('un fichier vide, ou sans ligne après l’en-tête, est refusé', () => {
    expect(preview('').problems[0]!.message).toBe('Le fichier des acteurs est vide.');
    expect(preview('\n\n  \n').problems[0]!.message).toBe('Le fichier des acteurs est vide.');
    expect(preview('Nom;Catégorie\n').problems[0]!.message).toMatch(/aucune ligne après l’en-tête/);
  });

  it('une cellule de 10 000 caractères est refusée avec sa ligne et la limite', () => {
    const p = preview(`Nom;Notes\nMairie;ok\n${'M'.repeat(10_000)};x\n`);
    expect(p.canImport).toBe(false);
    expect(p.problems.map((x) => x.message)).toEqual([
      'Ligne 3\u00a0: une cellule de 10\u202f000\u00a0caractères (colonne 1), 5\u202f000\u00a0au plus.',
      'Ligne 3\u00a0: Nom trop long (10\u202f000\u00a0caractères, 200\u00a0au plus).',
    ]);
  });
});

describe('en-têtes reconnus en français et en anglais', () => {
  const families: [string, string][] = [
    ['nom', 'label'],
    ['Name', 'label'],
    ['ACTEUR', 'label'],
    ['Structure', 'label'],
    ['Organisation', 'label'],
    ['Nom de la structure', 'label'],
    ['Catégorie', 'category'],
    ['category', 'category'],
    ['Type', 'category'],
    ['Famille', 'category'],
    ['Type d’acteur', 'category'],
    ['Engagement', 'engagement'],
    ['Temps', 'times'],
    ['Contact', 'contact'],
    ['E-mail', 'contact'],
    ['Notes', 'notes'],
    ['Commentaire', 'notes'],
    ['Présent', 'present'],
    ['Présent(e) à l’atelier', 'present'],
    ['Représenté', 'present'],
    ['Représentée à l’atelier', 'present'],
    ['Sigle', 'shortLabel'],
    ['Nom court', 'shortLabel'],
    ['NOM COURT de la structure', 'shortLabel'],
    ['Short name', 'shortLabel'],
  ];
  it.each(families)('acteurs : « %s » → %s', (header, field) => {
    const other = field === 'label' ? 'Remarque' : 'Nom';
    const p = preview(`${other};${header}\nx;y\n`);
    expect(p.actorsFile.columns).toContainEqual({ field, header });
  });

  const linkFamilies: [string, string, string][] = [
    ['Source', 'Cible', 'Type'],
    ['de', 'vers', 'nature'],
    ['Acteur 1', 'Acteur 2', 'Type de coopération'],
    ['from', 'to', 'kind'],
  ];
  it.each(linkFamilies)('liens : « %s » / « %s » / « %s »', (source, target, kind) => {
    const p = preview(
      'Nom\nMairie\nCollège\n',
      `${source};${target};${kind};Intensité;Qualité;Statut;Sens;Obstacle;Proposition\nMairie;Collège;Orientation;forte;difficile;souhaité;→;Pas le temps;Une réunion\n`,
    );
    expect(p.canImport).toBe(true);
    expect(p.linksFile?.columns.map((c) => c.field).sort()).toEqual(
      ['source', 'target', 'kind', 'intensity', 'quality', 'status', 'directed', 'obstacle', 'proposal'].sort(),
    );
    const map = importedMap(
      'Nom\nMairie\nCollège\n',
      `${source};${target};${kind};Intensité;Qualité;Statut;Sens;Obstacle;Proposition\nMairie;Collège;Orientation;forte;difficile;souhaité;→;Pas le temps;Une réunion\n`,
    );
    expect(map.links).toEqual([
      {
        id: 'l1',
        source: 'a1',
        target: 'a2',
        kind: 'orientation',
        intensity: 'forte',
        quality: 'difficile',
        status: 'desired',
        directed: true,
        obstacle: 'Pas le temps',
        proposal: 'Une réunion',
        notes: '',
      },
    ]);
  });

  it('sans colonne de noms, le message cite l’en-tête lu et dit quoi faire', () => {
    const p = preview('Quoi;Où\nx;y\n');
    expect(p.problems[0]!.message).toMatch(
      /aucune colonne de noms reconnue dans l’en-tête \(«\u202fQuoi\u202f», «\u202fOù\u202f»\)/,
    );
    expect(p.problems[0]!.message).toMatch(/Nom/);
  });
});

describe('catégories et types rapprochés du codebook', () => {
  it('rapproche casse, accents, « Commune » de « Commune / ville », « CAF » de la protection sociale, les pluriels', () => {
    const p = preview(
      'Nom;Catégorie\nA;éducation nationale\nB;COMMUNE\nC;ville\nD;CAF\nE;Association\nF;departement\nG;\nH;Bailleur social\nI;bailleurs sociaux\n',
    );
    expect(p.actors.map((a) => a.category)).toEqual([
      'Éducation nationale',
      'Commune / ville',
      'Commune / ville',
      'Protection sociale (CAF, MSA, CPAM)',
      'Associations (sport, culture, soutien scolaire…)',
      'Département (ASE, PMI, service social)',
      'Autres',
      'Bailleur social',
      'bailleurs sociaux',
    ]);
    expect(p.unknownCategories.map((u) => [u.word, u.count, u.lines])).toEqual([
      ['Bailleur social', 1, [9]],
      ['bailleurs sociaux', 1, [10]],
    ]);
  });

  it('regroupe les graphies d’un même mot inconnu et propose de créer la catégorie', () => {
    const p = preview('Nom;Catégorie\nA;Bailleur social\nB;bailleur SOCIAL\nC;Bailleur  social\n');
    expect(p.unknownCategories).toEqual([
      { key: 'bailleur social', word: 'Bailleur social', count: 3, lines: [2, 3, 4], proposal: { action: 'create' } },
    ]);
  });

  it('un mot inconnu rattaché par l’utilisateur à une catégorie existante, ou créé', () => {
    const actors = 'Nom;Catégorie\nA;Bailleur social\nB;Médiathèque\n';
    const analysis = analyseCsvImport(utf8(actors), null, 'Essai');
    const planned = planCsvImport(analysis, {
      categories: { 'bailleur social': { action: 'use', id: 'autres' } },
      linkKinds: {},
    });
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const map = mapFromOps(planned.plan.ops);
    expect(map.actors.map((a) => a.category)).toEqual(['autres', 'mediatheque']);
    expect(planned.plan.addedCategories).toEqual([
      expect.objectContaining({ id: 'mediatheque', label: 'Médiathèque' }),
    ]);
    expect(map.codebook.categories).toHaveLength(12);
    const wrong = planCsvImport(analysis, {
      categories: { 'bailleur social': { action: 'use', id: 'inexistante' } },
      linkKinds: {},
    });
    expect(wrong).toMatchObject({ ok: false });
  });

  it('les types de coopération inconnus aussi', () => {
    const p = preview('Nom\nA\nB\n', 'De;Vers;Nature\nA;B;Médiation\nB;A;information\n');
    expect(p.unknownLinkKinds.map((u) => u.word)).toEqual(['Médiation']);
    expect(p.links.map((l) => l.kind)).toEqual(['Médiation', 'Échange d’information']);
  });
});

describe('lignes en erreur', () => {
  it('nom vide, lien vers un acteur inconnu, lien d’un acteur vers lui-même : chacun avec sa ligne', () => {
    const p = preview(
      'Nom;Catégorie\nMairie;Commune\n;Éducation\nCollège;Éducation\n',
      'Source;Cible\nMairie;Collège\nMairie;Préfecture\n;Collège\nCollège;collège\n',
    );
    expect(p.canImport).toBe(false);
    expect(p.problems.map((x) => [x.file, x.line, x.message])).toEqual([
      ['actors', 3, 'Ligne 3\u00a0: le nom de l’acteur est vide.'],
      ['links', 3, 'Ligne 3\u00a0: «\u202fPréfecture\u202f» n’est pas dans la liste des acteurs.'],
      ['links', 4, 'Ligne 4\u00a0: l’acteur de départ du lien est vide.'],
      ['links', 5, 'Ligne 5\u00a0: un lien relie deux acteurs différents («\u202fCollège\u202f» deux fois).'],
    ]);
    const planned = planCsvImport(analyseCsvImport(utf8('Nom\n\nx;y;z\n'), null, 'Essai'));
    expect(planned).toMatchObject({ ok: false });
  });

  it('un mot inconnu pour l’engagement ou l’intensité est signalé sans bloquer', () => {
    const p = preview('Nom;Engagement\nMairie;élu\n', 'De;Vers;Intensité\nMairie;Mairie2\n');
    expect(p.warnings.map((w) => w.message)).toContain(
      'Ligne 2\u00a0: Engagement «\u202félu\u202f» non reconnu (professionnel, bénévole ou habitant)\u00a0: laissé par défaut.',
    );
  });
});

describe('influence et position (Net-Map)', () => {
  it('lit les colonnes en français ou en anglais : chiffres, « 4/5 », mots et signes', () => {
    const map = importedMap(
      [
        'Nom;Influence;Position',
        'CAF;5;Favorable',
        'Mairie;4/5;réticente',
        'Collège;0;=',
        'Club de foot;;',
        'PMI;3 sur 5;+',
        'ASE;2;Contre',
      ].join('\n'),
    );
    expect(map.actors.map((a) => [a.label, a.influence, a.stance])).toEqual([
      ['CAF', 5, 'favorable'],
      ['Mairie', 4, 'reticent'],
      ['Collège', 0, 'neutre'],
      ['Club de foot', undefined, undefined],
      ['PMI', 3, 'favorable'],
      ['ASE', 2, 'reticent'],
    ]);
    // « Never given » is no key at all, as for an actor drawn by hand.
    expect(Object.hasOwn(map.actors[3]!, 'influence')).toBe(false);
    const english = importedMap('Name,Power,Stance\nCAF,5,supportive\nTown hall,1,reluctant\n');
    expect(english.actors.map((a) => [a.influence, a.stance])).toEqual([
      [5, 'favorable'],
      [1, 'reticent'],
    ]);
    expect(preview('Nom;Posture\nCAF;neutre\n').actorsFile.columns).toContainEqual({
      field: 'stance',
      header: 'Posture',
    });
  });

  it('une influence hors de 0 à 5 ou un mot inconnu est signalé sans bloquer, et laissé vide', () => {
    const p = preview('Nom;Influence;Position\nCAF;7;peut-être\nMairie;beaucoup;\n');
    expect(p.canImport).toBe(true);
    expect(p.warnings.map((w) => w.message)).toEqual([
      'Ligne 2\u00a0: Influence «\u202f7\u202f» non reconnu (un nombre entier de 0 à 5)\u00a0: laissé par défaut.',
      'Ligne 2\u00a0: Position «\u202fpeut-être\u202f» non reconnu (favorable, neutre ou réticent)\u00a0: laissé par défaut.',
      'Ligne 3\u00a0: Influence «\u202fbeaucoup\u202f» non reconnu (un nombre entier de 0 à 5)\u00a0: laissé par défaut.',
    ]);
    const map = importedMap('Nom;Influence\nCAF;7\n');
    expect(map.actors[0]!.influence).toBeUndefined();
  });
});

describe('le fichier d’exemple complet', () => {
  it('« Sigle » ou « Nom court » : le nom court de l’acteur, vide s’il n’y en a pas', () => {
    const map = importedMap('Nom;Sigle\nAide sociale à l’enfance;ASE\nMairie;\n');
    expect(map.actors.map((a) => [a.label, a.shortLabel])).toEqual([
      ['Aide sociale à l’enfance', 'ASE'],
      ['Mairie', undefined],
    ]);
    const tooLong = preview(`Nom;Nom court\nMairie;${'x'.repeat(41)}\n`);
    expect(tooLong.canImport).toBe(false);
    expect(tooLong.problems.map((p) => p.message).join(' ')).toContain('Nom court');
  });

  it('acteurs + liens : aperçu, puis la carte créée', () => {
    const decode = (name: string): CsvText => {
      const d = decodeBytes(fixture(name));
      if (!d.ok) throw new Error(d.message);
      return d;
    };
    const analysis = analyseCsvImport(decode('acteurs-bellevue.csv'), decode('liens-bellevue.csv'), 'Bellevue');
    const p = previewOf(analysis);
    expect(p.problems).toEqual([]);
    expect(p.actorCount).toBe(6);
    expect(p.linkCount).toBe(3);
    expect(p.unknownCategories.map((u) => u.word)).toEqual(['Bailleur social']);
    expect(p.unknownLinkKinds.map((u) => u.word)).toEqual(['Médiation']);
    const planned = planCsvImport(analysis);
    if (!planned.ok) throw new Error(planned.message);
    const map = mapFromOps(planned.plan.ops);
    const college = map.actors[0]!;
    expect(college).toMatchObject({
      label: 'Collège Louise-Michel',
      category: 'education',
      engagement: 'professionnel',
      times: ['scolaire', 'periscolaire'],
      contact: 'principal@college.fr',
      notes: 'Réseau REP+',
    });
    // « Présent(e) à l’atelier : oui » is said by the tour de table: a participant speaks for the collège.
    // Its rows say « oui » or « x » for the collège, the club and the conseil citoyen.
    expect(planned.plan.participants.map((p) => [p.name, p.structure, p.actorId, p.attendance])).toEqual(
      ['Collège Louise-Michel', 'Club de foot des Tilleuls', 'Conseil citoyen'].map((label) => [
        '',
        label,
        map.actors.find((a) => a.label === label)?.id,
        'present',
      ]),
    );
    expect(map.actors.find((a) => a.label.startsWith('Club'))?.notes).toBe('Entraînements ; mercredi\net samedi');
    expect(map.actors.map((a) => a.category)).toEqual([
      'education',
      'commune',
      'protection-sociale',
      'associations',
      'bailleur-social',
      'parents',
    ]);
    expect(map.links.map((l) => [l.kind, l.directed, l.status])).toEqual([
      ['information', false, 'existing'],
      ['convention', true, 'existing'],
      ['mediation', false, 'desired'],
    ]);
    // No two actors on the same spot.
    expect(new Set(map.actors.map((a) => `${a.x},${a.y}`)).size).toBe(6);
  });
});
