import type { Page } from '@playwright/test';
import type { Facilitation } from '../../shared/atelier/facilitation.js';
import { type MapState, newActor, newLink } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import { territory } from '../support/territoire.js';
import { readWall } from '../support/wall-reading.js';
import { callApi } from './api-helpers.js';
import { expect, test } from './fixtures.js';

/**
 * Influence and views, as the facilitator uses them: influence set in the actor panel, the
 * tower drawn beside the actor, the actors sized by a measure, views kept and shown on the wall
 * with one key (Page Down, what a presenter's remote sends).
 */

const actors = [
  ['college', 'Collège Jean-Moulin', 'education', 0, 0, 3],
  ['ecole', 'École Jules-Ferry', 'education', 0, 200, undefined],
  ['mairie', 'Mairie — service jeunesse', 'commune', 320, 80, 5],
  ['ase', 'ASE', 'departement', 640, 0, 4],
  ['pmi', 'PMI', 'departement', 640, 200, 1],
  ['caf', 'CAF', 'protection-sociale', 960, 100, 5],
  ['centre', 'Centre social Bellevue', 'centres-sociaux', 640, 400, 2],
  ['parents', 'Parents d’élèves', 'parents', 320, 520, 0],
] as const;

function seedOps(): MapOp[] {
  return [
    ...actors.map(
      ([id, label, category, x, y, influence]): MapOp => ({
        type: 'actor.add',
        actor: newActor({ id, label, category, x, y, ...(influence === undefined ? {} : { influence }) }),
      }),
    ),
    ...(
      [
        ['l1', 'college', 'mairie', 'existing'],
        ['l2', 'ecole', 'mairie', 'existing'],
        ['l3', 'college', 'ecole', 'existing'],
        ['l4', 'ase', 'pmi', 'existing'],
        ['l5', 'pmi', 'caf', 'existing'],
        ['l6', 'ase', 'caf', 'existing'],
        ['l7', 'centre', 'parents', 'existing'],
        ['l8', 'mairie', 'ase', 'existing'],
        ['l9', 'caf', 'college', 'desired'],
        ['l10', 'parents', 'ecole', 'desired'],
      ] as const
    ).map(
      ([id, source, target, status]): MapOp => ({
        type: 'link.add',
        link: newLink({ id, source, target, kind: 'information', status }),
      }),
    ),
  ];
}

async function openWorkshop(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const workshop = await callApi<{ id: string }>(page, 'workshop.create', {
    title: 'Atelier Bellevue',
    territory: 'Bellevue',
  });
  await callApi(page, 'map.apply', { workshopId: workshop.id, origin: 'test', ops: seedOps() });
  await page.goto(`${url}#/atelier/${workshop.id}`);
  await expect(page.locator('.react-flow__node-acteur')).toHaveCount(actors.length);
  return workshop.id;
}

const mapOf = async (page: Page, workshopId: string) =>
  (await callApi<{ map: MapState }>(page, 'map.get', { workshopId })).map;

test('influence in the actor panel: the tower counts it, « non dite » removes it, Ctrl+Z brings it back', async ({
  page,
  maillage,
}) => {
  const workshopId = await openWorkshop(page, maillage.url);
  const ecole = page.locator('.react-flow__node-acteur[data-id="ecole"]');
  await expect(ecole.locator('.acteur-tour')).toHaveCount(0);
  await ecole.click();
  const influence = page.getByRole('group', { name: 'Influence sur la question de l’atelier' });
  await influence.getByRole('radio', { name: '4', exact: true }).check();
  await expect(ecole.getByRole('img', { name: 'Influence\u00a0: 4 sur 5' })).toBeVisible();
  await expect(ecole.locator('.acteur-tour > span.plein')).toHaveCount(4);
  await expect
    .poll(async () => (await mapOf(page, workshopId)).actors.find((a) => a.id === 'ecole')?.influence)
    .toBe(4);

  // The stance is kept for the summary, never drawn on the map.
  await page
    .getByRole('group', { name: 'Position envers l’objectif' })
    .getByRole('radio', { name: 'Réticent' })
    .check();
  await expect
    .poll(async () => (await mapOf(page, workshopId)).actors.find((a) => a.id === 'ecole')?.stance)
    .toBe('reticent');
  await expect(ecole).not.toContainText('Réticent');

  await influence.getByRole('radio', { name: 'non dite' }).check();
  await expect(ecole.locator('.acteur-tour')).toHaveCount(0);
  await expect
    .poll(async () => Object.hasOwn((await mapOf(page, workshopId)).actors.find((a) => a.id === 'ecole')!, 'influence'))
    .toBe(false);
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+z');
  await expect(ecole.locator('.acteur-tour > span.plein')).toHaveCount(4);
});

test('influence by keyboard: the quick-capture bar reads « CAF : influence 5, réticent », Ctrl+Z undoes it', async ({
  page,
  maillage,
}) => {
  const workshopId = await openWorkshop(page, maillage.url);
  const ecole = page.locator('.react-flow__node-acteur[data-id="ecole"]');
  await expect(ecole.locator('.acteur-tour')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  const field = page.getByRole('combobox', { name: 'Saisie rapide' });
  // Typed, not filled: what a facilitator's keyboard does, the reading shown before Entrée.
  await field.pressSequentially('École Jules-Ferry : influence 5, réticent');
  await expect(page.locator('.saisie-rapide')).toContainText('influence 5, position réticent');
  await field.press('Enter');
  await expect(page.locator('.saisie-retour')).toHaveText(/^✓/);
  await expect(ecole.locator('.acteur-tour > span.plein')).toHaveCount(5);
  await expect
    .poll(async () => (await mapOf(page, workshopId)).actors.find((a) => a.id === 'ecole'))
    .toMatchObject({ influence: 5, stance: 'reticent' });
  // A new actor with its influence, then the first one's changed with the digit alone.
  await field.pressSequentially('Médiathèque (commune, influence 2)');
  await field.press('Enter');
  await expect(
    page.locator('.react-flow__node-acteur', { hasText: 'Médiathèque' }).locator('.acteur-tour > span.plein'),
  ).toHaveCount(2);
  await field.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node-acteur', { hasText: 'Médiathèque' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(ecole.locator('.acteur-tour')).toHaveCount(0);
  await expect
    .poll(async () => Object.hasOwn((await mapOf(page, workshopId)).actors.find((a) => a.id === 'ecole')!, 'influence'))
    .toBe(false);
});

test('sizes actors by influence, keeps views, and Page Down shows them on the wall', async ({ page, maillage }) => {
  const workshopId = await openWorkshop(page, maillage.url);
  await page.getByRole('button', { name: /Vues/ }).click();
  const panel = page.getByRole('region', { name: 'Vues et mesures' });
  await panel.getByRole('radio', { name: 'Influence' }).check();
  // Mairie and CAF (5) grow the most; Parents d’élèves (0) keeps its size.
  const mairie = page.locator('.react-flow__node-acteur[data-id="mairie"] .acteur');
  await expect(mairie).toHaveClass(/mesure/);
  await expect(page.locator('.react-flow__node-acteur[data-id="parents"] .acteur')).not.toHaveClass(/mesure/);
  await page.screenshot({ path: test.info().outputPath('editeur-taille-influence-1280x720.png') });

  // A view of the desired links, with the groups.
  await panel.getByLabel('Montrer les groupes qui travaillent surtout entre eux').check();
  await expect(page.locator('.groupe-contour').first()).toBeVisible();
  await page.getByRole('button', { name: /^⚲ Filtres/ }).click();
  const filters = page.getByRole('region', { name: 'Filtres' });
  await filters.getByRole('group', { name: 'Statut des liens' }).getByLabel('Existant').uncheck();
  await filters.getByRole('button', { name: 'Fermer' }).click();
  await panel.getByLabel('Nom de la vue').fill('Les liens souhaités');
  await panel.getByLabel('les liens souhaités').check();
  await panel.getByRole('button', { name: 'Garder la vue actuelle' }).click();
  await expect(panel.getByRole('button', { name: /^▶ Les liens souhaités/ })).toBeVisible();
  // A second view: the whole map by number of partners.
  await page.getByRole('button', { name: 'Tout afficher' }).first().click();
  await panel.getByRole('radio', { name: 'Nombre de partenaires' }).check();
  await panel.getByLabel('Nom de la vue').fill('Qui a le plus de partenaires');
  await panel.getByRole('button', { name: 'Garder la vue actuelle' }).click();
  await panel.getByLabel('Nom de la vue').fill('les liens SOUHAITÉS');
  await panel.getByRole('button', { name: 'Garder la vue actuelle' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Une vue porte déjà ce nom.');
  await expect
    .poll(async () => (await mapOf(page, workshopId)).views?.map((v) => v.name))
    .toEqual(['Les liens souhaités', 'Qui a le plus de partenaires']);

  // Page Down on the canvas: the first view goes on the wall, then the second, then the whole map.
  const wallState = async () => (await callApi<Facilitation>(page, 'facilitation.get', { workshopId })).wall;
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await wallState()).view).toBe((await mapOf(page, workshopId)).views?.[0]?.id);
  await expect(panel.getByRole('button', { name: '▶ Les liens souhaités · au mur' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await wallState()).measure).toBe('partenaires');
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await wallState()).view).toBeNull();
  await page.keyboard.press('PageUp');
  await expect.poll(async () => (await wallState()).view).toBe((await mapOf(page, workshopId)).views?.[1]?.id);
});

const influenceOf = (i: number): number | undefined => [0, 5, 4, 3, 2, undefined][i % 6];

/** A 40-actor territory (tests/support/territoire.ts) with influences 0 to 5 and two saved views. */
async function seedTerritoryWithInfluence(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const { id } = await callApi<{ id: string }>(page, 'workshop.create', { title: 'Territoire, 40 acteurs' });
  const { actors, links } = territory(40);
  const ops: MapOp[] = [
    // Every sixth actor leaves its influence unsaid; the others run 0 to 5.
    ...actors.map(
      (actor, i): MapOp => ({
        type: 'actor.add',
        actor: i % 6 === 5 ? actor : { ...actor, influence: (i * 7) % 6 },
      }),
    ),
    ...links.map((link): MapOp => ({ type: 'link.add', link })),
    {
      type: 'views.set',
      views: [
        {
          id: 'souhaites',
          name: 'Les liens souhaités',
          filter: { statuses: ['desired'] },
          measure: 'influence',
          groups: false,
          layers: ['souhaites'],
        },
        { id: 'groupes', name: 'Qui travaille avec qui', filter: {}, measure: 'partenaires', groups: true, layers: [] },
      ],
    },
  ];
  await callApi(page, 'map.apply', { workshopId: id, origin: 'seed', ops });
  return id;
}

test('the wall sized by influence at 1280×720: towers, larger boxes, names still ≥ 18 px and apart', async ({
  browser,
  maillage,
}) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const id = await seedTerritoryWithInfluence(page, maillage.url);
  await callApi(page, 'facilitation.act', { workshopId: id, action: { type: 'wall', measure: 'influence' } });
  await page.goto(`${maillage.url}#/projection/${id}`);
  await expect(page.locator('.projection .react-flow__node-acteur')).toHaveCount(40);
  await expect(page.locator('.projection .mur-carte')).toHaveAttribute('data-plan', 'mur');
  await expect.poll(async () => (await readWall(page)).namesOutside).toBe(0);
  const rated = territory(40).actors.filter((_, i) => influenceOf(i) !== undefined).length;
  await expect(page.locator('.projection .acteur-tour')).toHaveCount(rated);
  // Influence 5 gets a larger box than influence 0 of a name of the same size class.
  const boxOf = (actorId: string) =>
    page.locator(`.projection .react-flow__node-acteur[data-id="${actorId}"]`).evaluate((node) => {
      const box = node.getBoundingClientRect();
      const name = node.querySelector('.acteur-nom')?.getBoundingClientRect();
      return { area: box.width * box.height, nameArea: (name?.width ?? 0) * (name?.height ?? 0) };
    });
  const ratio = async (actorId: string) => {
    const b = await boxOf(actorId);
    return b.area / b.nameArea;
  };
  const five = territory(40).actors.find((_, i) => influenceOf(i) === 5)!.id;
  const zero = territory(40).actors.find((_, i) => influenceOf(i) === 0)!.id;
  expect(await ratio(five)).toBeGreaterThan(await ratio(zero));
  await expect(page.getByText('Plus un acteur est grand, plus il a d’influence', { exact: false })).toBeVisible();
  const reading = await readWall(page);
  await page.screenshot({ path: test.info().outputPath('mur-influence-40-acteurs-1280x720.png') });
  console.log(`mur, taille par influence : ${JSON.stringify(reading)}`);
  expect(reading.overlappingNames).toBe(0);
  expect(reading.smallestName).toBeGreaterThanOrEqual(18);
  await page.close();
});

test('Page Down in the editor switches the views on the wall, which names and draws each', async ({
  browser,
  maillage,
}) => {
  const editor = await browser.newPage();
  const wall = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const id = await seedTerritoryWithInfluence(editor, maillage.url);
  await editor.goto(`${maillage.url}#/atelier/${id}`);
  await expect(editor.locator('.react-flow__node-acteur')).toHaveCount(40);
  await wall.goto(`${maillage.url}#/projection/${id}`);
  await expect(wall.locator('.projection .react-flow__node-acteur')).toHaveCount(40);
  // At « Préparer » the wall shows no desired link; the first view reveals them, and dims the rest.
  await expect(wall.locator('.projection .react-flow__edge')).toHaveCount(
    territory(40).links.filter((l) => l.status === 'existing').length,
  );
  await editor.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await editor.keyboard.press('PageDown');
  await expect(wall.locator('.projection-vue')).toHaveText('Vue\u00a0: Les liens souhaités');
  await expect(wall.locator('.projection .react-flow__edge')).toHaveCount(territory(40).links.length);
  await expect(wall.locator('.projection .react-flow__edge.estompe')).toHaveCount(
    territory(40).links.filter((l) => l.status === 'existing').length,
  );
  await wall.screenshot({ path: test.info().outputPath('mur-vue-liens-souhaites-1280x720.png') });

  await editor.keyboard.press('PageDown');
  await expect(wall.locator('.projection-vue')).toHaveText('Vue\u00a0: Qui travaille avec qui');
  // Every member of a group carries its letter; a group spread among others gets no outline.
  await expect(wall.locator('.projection .acteur-groupe').first()).toBeVisible();
  await expect(wall.getByText('Lettres A, B…', { exact: false })).toBeVisible();
  await expect(wall.locator('.projection .react-flow__edge.estompe')).toHaveCount(0);
  const reading = await readWall(wall);
  expect(reading.overlappingNames).toBe(0);
  expect(reading.smallestName).toBeGreaterThanOrEqual(18);
  await wall.screenshot({ path: test.info().outputPath('mur-vue-groupes-1280x720.png') });

  await editor.keyboard.press('PageDown');
  await expect(wall.locator('.projection-vue')).toHaveCount(0);
  await editor.close();
  await wall.close();
});
