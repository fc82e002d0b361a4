import { fileURLToPath } from 'node:url';
import { callApi } from './api-helpers.js';
import { actorNode } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

interface MapOfWorkshop {
  map: {
    actors: { label: string; category: string }[];
    links: { kind: string }[];
    codebook: { linkKinds: { id: string; label: string }[] };
  };
}

test('importer une liste CSV : aperçu, catégorie inconnue rattachée par l’utilisateur, puis la carte', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await page.getByRole('button', { name: 'Importer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer' });
  await dialog.getByLabel('Fichier des acteurs (CSV) *').setInputFiles(fixture('acteurs-bellevue.csv'));
  await dialog.getByLabel('Fichier des liens (CSV, facultatif)').setInputFiles(fixture('liens-bellevue.csv'));
  // The tour de table prepared in a spreadsheet, as the invitation list usually is.
  await dialog.getByLabel(/^Tour de table \(CSV, facultatif/).setInputFiles({
    name: 'participants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Nom;Structure;Rôle;Présence\nLéa Martin;Collège Louise-Michel;CPE;oui\nAwa Diallo;CAF de l’Essonne;;excusée\n',
    ),
  });
  await expect(dialog.getByLabel('Titre du nouvel atelier')).toHaveValue('acteurs-bellevue');
  await dialog.getByLabel('Titre du nouvel atelier').fill('Bellevue – liste préparée');
  await dialog.getByRole('button', { name: 'Voir l’aperçu' }).click();

  const preview = page.getByRole('dialog', { name: 'Aperçu de l’import' });
  await expect(preview).toContainText(
    'Seront créés\u00a0: l’atelier «\u202fBellevue – liste préparée\u202f», 6 acteurs et 3 liens.',
  );
  await expect(preview.getByRole('table').first()).toContainText('Collège Louise-Michel');
  await expect(preview.getByRole('table').first()).toContainText('Commune / ville');
  // The unknown category: mapped by the person to an existing one.
  const select = preview.getByLabel('«\u202fBailleur social\u202f» (ligne 7)');
  await expect(select).toHaveValue('create');
  await select.selectOption({ label: 'Rattacher à\u00a0: Parents et habitants' });
  await expect(preview.getByRole('row', { name: /Bailleur social Essonne Habitat/ })).toContainText(
    'Parents et habitants («\u202fBailleur social\u202f»)',
  );
  await expect(
    preview
      .getByRole('table')
      .nth(1)
      .getByRole('row', { name: /CAF de l’Essonne/ }),
  ).toContainText('Médiation (nouveau type)');
  await page.screenshot({ path: 'test-results/import-apercu.png' });
  await preview.getByRole('button', { name: 'Importer', exact: true }).click();

  await expect(page.locator('.react-flow')).toBeVisible();
  for (const label of ['Collège Louise-Michel', 'CAF de l’Essonne', 'Bailleur social Essonne Habitat']) {
    await expect(actorNode(page, label)).toBeVisible();
  }
  const workshopId = decodeURIComponent(new URL(page.url()).hash.replace('#/atelier/', ''));
  const { map } = await callApi<MapOfWorkshop>(page, 'map.get', { workshopId });
  expect(map.actors.find((a) => a.label.startsWith('Bailleur'))?.category).toBe('parents');
  expect(map.links).toHaveLength(3);
  expect(map.codebook.linkKinds.map((k) => k.label)).toContain('Médiation');
  // Léa and Awa first, then the actors the actors' file marked « Présent » with no name noted.
  await page.getByRole('button', { name: 'Tour de table' }).click();
  const tour = page.getByRole('complementary', { name: 'Préparer l’atelier' });
  await expect(tour.getByLabel('Nom du participant 1')).toHaveValue('Léa Martin');
  await expect(tour.getByLabel('Structure du participant 2')).toHaveValue('CAF de l’Essonne');
  await expect(tour.getByRole('button', { name: 'Excusé' })).toHaveCount(1);
});

test('une liste avec des lignes en erreur : l’aperçu les montre, « Importer » est bloqué, « Annuler » n’écrit rien', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await page.getByRole('button', { name: 'Importer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer' });
  await dialog.getByLabel('Fichier des acteurs (CSV) *').setInputFiles({
    name: 'acteurs.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Nom;Catégorie\nMairie;Commune\n;Éducation\n"Collège;Éducation\n'),
  });
  await dialog.getByRole('button', { name: 'Voir l’aperçu' }).click();
  const preview = page.getByRole('dialog', { name: 'Aperçu de l’import' });
  await expect(preview.getByRole('alert')).toContainText('Ligne 3\u00a0: le nom de l’acteur est vide.');
  await expect(preview.getByRole('alert')).toContainText('Ligne 4\u00a0: un guillemet ouvre une cellule');
  await expect(preview.getByRole('button', { name: 'Importer', exact: true })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  expect(await callApi<unknown[]>(page, 'workshop.list', {})).toEqual([]);
});

test('importer un fichier .maillage exporté d’un autre atelier : un nouvel atelier, ouvert', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  const source = await callApi<{ id: string }>(page, 'workshop.create', { title: 'Atelier des Tilleuls' });
  await callApi(page, 'map.apply', {
    workshopId: source.id,
    origin: 'test',
    ops: [
      {
        type: 'actor.add',
        actor: {
          id: 'a1',
          label: 'Médiathèque',
          category: 'commune',
          engagement: null,
          times: [],
          contact: '',
          notes: '',
          x: 0,
          y: 0,
        },
      },
      {
        type: 'actor.add',
        actor: {
          id: 'a2',
          label: 'Centre social',
          category: 'centres-sociaux',
          engagement: null,
          times: [],
          contact: '',
          notes: '',
          x: 300,
          y: 0,
        },
      },
      {
        type: 'link.add',
        link: {
          id: 'l1',
          source: 'a1',
          target: 'a2',
          kind: 'action-commune',
          intensity: 'forte',
          quality: 'fluide',
          status: 'existing',
          directed: false,
          obstacle: '',
          proposal: '',
          notes: '',
        },
      },
    ],
  });
  const exported = await callApi<{ fileName: string; text: string }>(page, 'workshop.exportMaillage', {
    id: source.id,
  });
  expect(exported.fileName).toBe('atelier-des-tilleuls.maillage');

  await page.reload();
  await page.getByRole('button', { name: 'Importer…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier .maillage…' }).click();
  await (await chooser).setFiles({
    name: exported.fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(exported.text),
  });

  await expect(page.locator('.react-flow')).toBeVisible();
  await expect(actorNode(page, 'Médiathèque')).toBeVisible();
  await expect(actorNode(page, 'Centre social')).toBeVisible();
  const workshopId = decodeURIComponent(new URL(page.url()).hash.replace('#/atelier/', ''));
  expect(workshopId).not.toBe(source.id);
  const list = await callApi<{ title: string }[]>(page, 'workshop.list', {});
  expect(list.map((w) => w.title).sort()).toEqual(['Atelier des Tilleuls', 'Atelier des Tilleuls']);
});

test('un fichier .maillage abîmé : message en français, rien de créé', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await page.getByRole('button', { name: 'Importer…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier .maillage…' }).click();
  await (await chooser).setFiles({
    name: 'abime.maillage',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type": "maillage", "version": 1, "source"'),
  });
  await expect(page.getByRole('dialog', { name: 'Importer' }).getByRole('alert')).toContainText(
    'Fichier .maillage illisible',
  );
  expect(await callApi<unknown[]>(page, 'workshop.list', {})).toEqual([]);
});
