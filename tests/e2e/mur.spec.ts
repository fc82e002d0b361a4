import type { Page } from '@playwright/test';
import { newActor } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import { territory } from '../support/territoire.js';
import { readWall } from '../support/wall-reading.js';
import { callApi } from './api-helpers.js';
import { expect, test } from './fixtures.js';

/**
 * The wall read from the back of the room (issue 12): a territory's map shown whole at projector
 * sizes, every name large enough and none over another, the legend as large as the names.
 */

async function seedTerritory(page: Page, url: string, count: number, withoutShort: string[] = []): Promise<string> {
  await page.goto(url);
  const { id } = await callApi<{ id: string }>(page, 'workshop.create', { title: `Territoire de ${count} acteurs` });
  const { links } = territory(count);
  const actors = territory(count).actors.map(({ shortLabel, ...actor }) =>
    withoutShort.includes(actor.id) || !shortLabel ? actor : { ...actor, shortLabel },
  );
  const ops: MapOp[] = [
    ...actors.map((actor): MapOp => ({ type: 'actor.add', actor })),
    ...links.map((link): MapOp => ({ type: 'link.add', link })),
  ];
  await callApi(page, 'map.apply', { workshopId: id, origin: 'seed', ops });
  return id;
}

async function openWall(page: Page, url: string, id: string, count: number) {
  await page.goto(`${url}#/projection/${id}`);
  await expect(page.locator('.projection .react-flow__node-acteur')).toHaveCount(count);
  // The plan is drawn once every name has its box: the viewport sits at zoom 1.
  await expect(page.locator('.projection .mur-carte')).toHaveAttribute('data-plan', 'mur');
  await expect.poll(async () => (await readWall(page)).namesOutside, { message: 'every name inside the map' }).toBe(0);
}

for (const [count, width, height, least] of [
  [40, 1280, 720, 18],
  [40, 1920, 1080, 24],
  [80, 1280, 720, 0],
  [80, 1920, 1080, 0],
] as const) {
  test(`mur, ${count} acteurs à ${width}×${height} : noms lisibles, aucun chevauchement`, async ({
    browser,
    maillage,
  }) => {
    const page = await browser.newPage({ viewport: { width, height } });
    const id = await seedTerritory(page, maillage.url, count);
    await openWall(page, maillage.url, id, count);
    const reading = await readWall(page);
    await page.screenshot({ path: test.info().outputPath(`mur-${count}-acteurs-${width}x${height}.png`) });
    console.log(`${count} acteurs, ${width}×${height} : ${JSON.stringify(reading)}`);
    expect(reading.names).toBe(count);
    expect(reading.overlappingNames).toBe(0);
    expect(reading.smallestName).toBeGreaterThanOrEqual(least);
    expect(reading.smallestLegend).toBeGreaterThanOrEqual(Math.max(18, least));
    await page.close();
  });
}

test('un nom court tapé dans le panneau de l’acteur s’écrit au mur quand la place manque', async ({
  browser,
  maillage,
}) => {
  const page = await browser.newPage();
  const wall = await browser.newPage();
  // « Aide sociale à l’enfance (ASE) » (t2) arrives without its short name.
  const id = await seedTerritory(page, maillage.url, 80, ['t2']);
  await openWall(wall, maillage.url, id, 80);
  const onWall = wall.locator('.projection .react-flow__node-acteur .acteur-nom');
  await expect(onWall.filter({ hasText: /Aide sociale/ })).toHaveCount(1);

  await page.goto(`${maillage.url}#/atelier/${id}`);
  await page.locator('.react-flow__node', { hasText: 'Aide sociale à l’enfance (ASE)' }).click();
  const panel = page.getByRole('region', { name: 'Acteur' });
  // The suggestion is offered, never applied by itself.
  await expect(panel.getByLabel('Nom court (sigle)')).toHaveValue('');
  await panel.getByRole('button', { name: 'Suggestion\u00a0: ASE' }).click();
  await expect(panel.getByLabel('Nom court (sigle)')).toHaveValue('ASE');

  await expect(onWall.filter({ hasText: /^ASE$/ })).toHaveCount(1);
  await expect(onWall.filter({ hasText: /Aide sociale/ })).toHaveCount(0);
  const reading = await readWall(wall);
  expect(reading.overlappingNames).toBe(0);

  // Undone in the editor, the wall writes the full name again.
  await page.keyboard.press('Control+z');
  await expect(onWall.filter({ hasText: /Aide sociale/ })).toHaveCount(1);
});

test('filtres par engagement et par représentation : estompés sur la carte et au mur, dits en mots au mur', async ({
  browser,
  maillage,
}) => {
  const page = await browser.newPage();
  const wall = await browser.newPage();
  await page.goto(maillage.url);
  const { id } = await callApi<{ id: string }>(page, 'workshop.create', { title: 'Engagements' });
  const ops: MapOp[] = [
    ['college', 'Collège Barbusse', 'education', 'professionnel'],
    ['foot', 'Club de foot', 'associations', 'benevole'],
    ['parents', 'Collectif de parents', 'parents', 'habitant'],
    ['caf', 'CAF', 'protection-sociale', 'professionnel'],
  ].map(
    ([actorId, label, category, engagement], i): MapOp => ({
      type: 'actor.add',
      actor: newActor({
        id: actorId!,
        label: label!,
        category: category!,
        engagement: engagement as 'professionnel',
        x: i * 260,
        y: 0,
      }),
    }),
  );
  await callApi(page, 'map.apply', { workshopId: id, origin: 'seed', ops });
  // The tour de table says the collège and the parents were represented.
  await callApi(page, 'workshop.update', {
    id,
    patch: {
      participants: [
        { name: 'Léa Martin', structure: 'Collège Barbusse', role: 'CPE' },
        { name: 'Awa Diallo', structure: 'Collectif de parents', role: 'Parent', actorId: 'parents' },
        { name: 'Paul', structure: 'CAF', role: '', attendance: 'excuse' },
      ],
    },
  });
  await page.goto(`${maillage.url}#/atelier/${id}`);
  await wall.goto(`${maillage.url}#/projection/${id}`);
  await expect(wall.locator('.projection .react-flow__node-acteur')).toHaveCount(4);

  await page.getByRole('button', { name: /Filtres/ }).click();
  const panel = page.getByRole('region', { name: 'Filtres' });
  await panel.getByRole('group', { name: 'À l’atelier' }).getByLabel('Non représenté').uncheck();
  await expect(page.locator('.react-flow__node.estompe')).toHaveCount(2);
  const dimmedOnWall = wall.locator('.projection .react-flow__node-acteur.estompe');
  await expect(dimmedOnWall).toHaveCount(2);
  await expect(wall.locator('.projection-filtre')).toHaveText('Restent vifs\u00a0: Représentés à l’atelier');

  // Engagement too: only the habitants stay bright among the represented.
  const engagement = panel.getByRole('group', { name: 'Engagement' });
  for (const label of ['Professionnel', 'Bénévole', 'Non précisé']) await engagement.getByLabel(label).uncheck();
  await expect(page.locator('.react-flow__node.estompe')).toHaveCount(3);
  await expect(dimmedOnWall).toHaveCount(3);
  await expect(wall.locator('.projection-filtre')).toHaveText('Restent vifs\u00a0: Habitant · Représentés à l’atelier');
  await expect(wall.locator('.projection .react-flow__node-acteur:not(.estompe)')).toHaveText(['Collectif de parents']);
  await wall.screenshot({ path: test.info().outputPath('mur-filtre-1280x720.png') });

  await panel.getByRole('button', { name: 'Tout afficher' }).click();
  await expect(dimmedOnWall).toHaveCount(0);
  await expect(wall.locator('.projection-filtre')).toHaveCount(0);
});
