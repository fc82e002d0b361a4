import type { Page } from '@playwright/test';
import { newActor, newLink, newNote } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import { expect, test } from './fixtures.js';
import { untilStill, zoomInUntil } from './motion.js';

/**
 * The room: the editor and the wall (#/projection/<id>) as two pages on the same browser-mode
 * server, as a facilitator with a laptop and a projector (or two tabs) has them.
 */

/** Calls the API from a page of the app, with the token the server wrote into it. */
async function call<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([m, body]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="maillage-token"]')?.content ?? '';
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
        body: JSON.stringify(body),
      });
      return response.json();
    },
    [method, input] as const,
  );
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.result as T;
}

const actors = [
  ['college', 'Collège Jean-Moulin', 'education', 0, 0],
  ['ecole', 'École Jules-Ferry', 'education', 0, 170],
  ['mairie', 'Mairie — service jeunesse', 'commune', 300, 60],
  ['ase', 'ASE', 'departement', 620, 0],
  ['pmi', 'PMI', 'departement', 620, 170],
  ['caf', 'CAF', 'protection-sociale', 920, 80],
  ['cmp', 'CMP enfants', 'sante', 920, 260],
  ['prev', 'Prévention spécialisée', 'prevention', 300, 340],
  ['centre', 'Centre social Bellevue', 'centres-sociaux', 620, 360],
  ['foot', 'Club de foot', 'associations', 0, 360],
  ['parents', 'Parents d’élèves', 'parents', 300, 520],
] as const;

function seedOps(): MapOp[] {
  return [
    ...actors.map(
      ([id, label, category, x, y]): MapOp => ({ type: 'actor.add', actor: newActor({ id, label, category, x, y }) }),
    ),
    ...(
      [
        ['l1', 'college', 'mairie', 'information', 'existing', 'fluide'],
        ['l2', 'ecole', 'mairie', 'action-commune', 'existing', null],
        ['l3', 'mairie', 'ase', 'orientation', 'existing', 'difficile'],
        ['l4', 'ase', 'pmi', 'instance', 'existing', 'fluide'],
        ['l5', 'pmi', 'caf', 'convention', 'existing', null],
        ['l6', 'centre', 'parents', 'action-commune', 'existing', 'a-ameliorer'],
        ['l7', 'prev', 'centre', 'information', 'existing', null],
        ['l8', 'college', 'cmp', 'orientation', 'desired', null],
        ['l9', 'foot', 'college', 'action-commune', 'desired', null],
      ] as const
    ).map(
      ([id, source, target, kind, status, quality]): MapOp => ({
        type: 'link.add',
        link: newLink({ id, source, target, kind, status, quality }),
      }),
    ),
    {
      type: 'note.add',
      note: newNote({ id: 'p1', kind: 'piste-action', text: 'Une permanence CMP au collège', x: 1150, y: 0 }),
    },
    {
      type: 'note.add',
      note: newNote({ id: 'p2', kind: 'piste-action', text: 'Un référent parents au centre social', x: 1150, y: 200 }),
    },
  ];
}

/** The duration is set by clicking the time in the strip. */
async function setMinutes(page: Page, minutes: number) {
  await page.getByRole('button', { name: 'Durée (minutes)' }).click();
  const field = page.getByRole('spinbutton', { name: 'Durée (minutes)' });
  await field.fill(String(minutes));
  await field.press('Enter');
}

async function openRoom(page: Page, wall: Page, url: string) {
  await page.goto(url);
  const { id } = await call<{ id: string }>(page, 'workshop.create', {
    title: 'Bellevue',
    territory: 'Cité éducative',
  });
  await call(page, 'map.apply', { workshopId: id, origin: 'seed', ops: seedOps() });
  await page.goto(`${url}#/atelier/${id}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(actors.length + 2);
  await wall.goto(`${url}#/projection/${id}`);
  await expect(wall.locator('.projection .react-flow__node').first()).toBeVisible();
  return id;
}

test('the wall follows the editor live, hides, and shows the new step’s question', async ({ maillage, browser }) => {
  const page = await browser.newPage();
  const wall = await browser.newPage();
  const id = await openRoom(page, wall, maillage.url);

  // No editing chrome on the wall: no handles, no controls, nothing selectable.
  await expect(wall.locator('.react-flow__handle:visible')).toHaveCount(0);
  await expect(wall.locator('.react-flow__controls')).toHaveCount(0);
  await expect(wall.locator('.etapes, .barre')).toHaveCount(0);
  await expect(wall.locator('.projection-question')).toHaveText(
    'Qui est dans la salle, et pour quelles structures\u00a0?',
  );
  // Desired links wait for « Manques »: 7 of the 9 links are on the wall at « Préparer ».
  await expect(wall.locator('.react-flow__edge')).toHaveCount(7);

  // An edit in the editor reaches the wall (how fast is measured by `npm run bench`, not here).
  const node = page.locator('.react-flow__node', { hasText: 'CAF' });
  await node.dblclick();
  const field = page.getByLabel('Nom de l’acteur');
  await field.fill('CAF du Rhône');
  await field.press('Enter');
  await expect(wall.locator('.acteur-nom', { hasText: 'CAF du Rhône' })).toBeVisible();

  // « Masquer » hides the map; « Montrer » brings it back.
  await page.getByRole('button', { name: /Masquer/ }).click();
  await expect(wall.locator('.projection-masque')).toBeVisible();
  await expect(wall.locator('.react-flow')).toHaveCount(0);
  await wall.screenshot({ path: test.info().outputPath('mur-masque.png') });
  await page.getByRole('button', { name: /Montrer/ }).click();
  await expect(wall.locator('.react-flow')).toBeVisible();

  // A step change shows the new question, and reveals the desired links at « Manques ».
  await page.getByRole('button', { name: 'Étape 2\u00a0: Acteurs' }).click();
  await expect(wall.locator('.projection-question')).toHaveText(
    'Qui agit ici pour les enfants, les jeunes et les familles\u00a0?',
  );
  await page.getByRole('button', { name: 'Étape 5\u00a0: Manques' }).click();
  await expect(wall.locator('.projection-etape')).toContainText('Manques');
  await expect(wall.locator('.react-flow__edge')).toHaveCount(9);
  await untilStill(wall);
  await wall.screenshot({ path: test.info().outputPath('mur-manques.png') });

  // A rewritten question reaches the wall too.
  await page.getByRole('button', { name: /Quelles coopérations manquent/ }).click();
  const question = page.getByLabel('Question de l’étape «\u00a0Manques\u00a0»');
  await question.fill('Qui manque autour du collège\u00a0?');
  await question.press('Enter');
  await expect(wall.locator('.projection-question')).toHaveText('Qui manque autour du collège\u00a0?');

  // Each step change kept a version of the map.
  const versions = await call<{ name: string }[]>(page, 'snapshot.list', { workshopId: id });
  expect(versions.length).toBeGreaterThanOrEqual(1);
});

test('timer on the wall; votes during « Pistes d’action » ranked live', async ({ maillage, browser }) => {
  const page = await browser.newPage();
  const wall = await browser.newPage();
  await openRoom(page, wall, maillage.url);

  await setMinutes(page, 2);
  await expect(wall.locator('.projection-minuteur .minuteur-temps')).toHaveText('2:00');
  await page.getByRole('button', { name: 'Démarrer le minuteur' }).click();
  // Running: the wall counts down from 2:00, however long a loaded machine takes to show it.
  await expect(wall.locator('.projection-minuteur .minuteur-temps')).toHaveText(/^1:[0-5]\d$/);
  await page.getByRole('button', { name: 'Mettre en pause' }).click();
  await page.getByRole('button', { name: 'Remettre à zéro' }).click();
  await expect(wall.locator('.projection-minuteur .minuteur-temps')).toHaveText('2:00');

  await page.getByRole('button', { name: 'Étape 6\u00a0: Pistes d’action' }).click();
  const votes = page.getByRole('complementary', { name: 'Votes des pistes d’action' });
  await expect(votes).toBeVisible();
  await votes.getByRole('button', { name: /Une voix de plus pour «\sUn référent parents/ }).click();
  await votes.getByRole('button', { name: /Une voix de plus pour «\sUn référent parents/ }).click();
  // Keys: the chosen row takes + and −.
  const row = votes.locator('li', { hasText: 'permanence CMP' });
  await row.focus();
  await row.press('+');
  await expect(wall.locator('.classement li').first()).toContainText('Un référent parents au centre social');
  await expect(wall.locator('.classement li').first()).toHaveAttribute('data-votes', '2');
  await expect(wall.locator('.classement li').nth(1)).toHaveAttribute('data-votes', '1');
  // A vote is an edit like any other: Ctrl+Z takes the last one back.
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await page.keyboard.press('Control+z');
  await expect(wall.locator('.classement li').nth(1)).toHaveAttribute('data-votes', '0');
});

test('versions: keep one, compare with the map now, restore it and undo the restore', async ({ maillage, browser }) => {
  const page = await browser.newPage();
  const wall = await browser.newPage();
  await openRoom(page, wall, maillage.url);

  await page.getByRole('button', { name: /Versions/ }).click();
  // The dialog's title says what it shows (list, one version, a comparison): found by its class.
  const dialog = page.locator('dialog.dialogue-versions');
  await dialog.getByLabel('Nom de la version').fill('Début');
  await dialog.getByRole('button', { name: 'Garder une version' }).click();
  await expect(dialog.locator('li[data-version="Début"]')).toBeVisible();
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  // Change the map: one actor gone, one renamed.
  await call(page, 'map.apply', {
    workshopId: page.url().split('/').at(-1),
    origin: 'other-view',
    ops: [
      { type: 'actor.remove', id: 'foot' },
      { type: 'actor.update', id: 'pmi', patch: { label: 'PMI Bellevue' } },
    ],
  });
  await expect(page.locator('.acteur-nom', { hasText: 'PMI Bellevue' })).toBeVisible();

  await page.getByRole('button', { name: /Versions/ }).click();
  await dialog.getByLabel('Comparer «\u00a0Début\u00a0»').selectOption('now');
  const removed = dialog.getByRole('region', { name: 'Retirés' });
  await expect(removed).toContainText('Club de foot');
  await expect(dialog.getByRole('region', { name: 'Modifiés' })).toContainText('PMI Bellevue — nom');
  await expect(dialog.locator('.react-flow__node.retire')).toHaveCount(1);
  await expect(dialog.locator('.react-flow__node.modifie')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('versions-comparaison.png') });
  await dialog.getByRole('button', { name: 'Retour à la liste' }).click();
  await dialog.locator('li[data-version="Début"]').getByRole('button', { name: 'Restaurer' }).click();
  await page
    .getByRole('dialog', { name: /Restaurer/ })
    .getByRole('button', { name: 'Restaurer' })
    .click();
  await expect(page.locator('.acteur-nom', { hasText: 'Club de foot' })).toBeVisible();
  await expect(page.locator('.acteur-nom', { hasText: /^PMI$/ })).toBeVisible();
  await expect(wall.locator('.acteur-nom', { hasText: 'Club de foot' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.acteur-nom', { hasText: 'Club de foot' })).toHaveCount(0);
  await expect(page.locator('.acteur-nom', { hasText: 'PMI Bellevue' })).toBeVisible();
});

test('the wall follows the facilitator’s view and shows the focused actor; F5 presents', async ({
  maillage,
  browser,
}) => {
  const page = await browser.newPage();
  const wall = await browser.newPage();
  await openRoom(page, wall, maillage.url);
  await page.getByRole('button', { name: /Toute la carte/ }).click();
  await expect(page.getByRole('button', { name: /Suivre ma vue/ })).toBeVisible();
  // Zoomed in on the left of the map: the wall no longer shows the CAF, on the right.
  await page.locator('.react-flow__node', { hasText: 'Collège Jean-Moulin' }).click();
  await expect(wall.locator('.react-flow__node.surligne')).toHaveCount(1);
  // The CAF, on the right of the map, leaves the wall's map (at least in part: the wall spreads
  // the actors, so what lies beside the view may still show its edge) once the facilitator has
  // zoomed in enough: one « + » at a time, each followed by the wall.
  const cafBeyondWall = async () => {
    const caf = await wall.locator('.react-flow__node', { hasText: 'CAF' }).boundingBox();
    const pane = await wall.locator('.projection .react-flow').boundingBox();
    if (!caf || !pane) return false;
    return (
      caf.x + caf.width > pane.x + pane.width ||
      caf.x < pane.x ||
      caf.y + caf.height > pane.y + pane.height ||
      caf.y < pane.y
    );
  };
  await zoomInUntil(page, cafBeyondWall, [page, wall]);

  await page.keyboard.press('F5');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect(page.getByTestId('presentation').locator('.projection-question')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`screenshot of the wall at ${size.width}×${size.height}`, async ({ maillage, browser }) => {
    const page = await browser.newPage();
    const wall = await browser.newPage({ viewport: size });
    await openRoom(page, wall, maillage.url);
    await page.getByRole('button', { name: 'Étape 6\u00a0: Pistes d’action' }).click();
    const votes = page.getByRole('complementary', { name: 'Votes des pistes d’action' });
    for (let i = 0; i < 3; i++)
      await votes.getByRole('button', { name: /Une voix de plus pour «\sUne permanence/ }).click();
    await votes.getByRole('button', { name: /Une voix de plus pour «\sUn référent/ }).click();
    await setMinutes(page, 25);
    await page.getByRole('button', { name: 'Démarrer le minuteur' }).click();
    await page.locator('.react-flow__node', { hasText: 'Mairie' }).click();
    await expect(wall.locator('.classement li').first()).toHaveAttribute('data-votes', '3');
    await expect(wall.locator('.react-flow__node.surligne')).toHaveCount(1);
    await untilStill(wall);
    await wall.screenshot({ path: test.info().outputPath(`mur-${size.width}x${size.height}.png`) });
    await page.screenshot({ path: test.info().outputPath(`editeur-${size.width}x${size.height}.png`) });
  });
}
