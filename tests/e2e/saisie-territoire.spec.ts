import type { Page } from '@playwright/test';
import type { MapState } from '../../shared/domain/model.js';
import { actors, links } from '../fixtures/saisie/territoire.js';
import * as rhone from '../fixtures/saisie/territoire-rhone.js';
import { callApi } from './api-helpers.js';
import { createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

/**
 * A facilitator types a whole territory in the quick-capture bar, key by key, from a prepared
 * list: 40 actors named as institutions write them, then 30 cooperations with their kind,
 * intensity, quality and status. The map the core holds must end exactly as typed. Every step
 * waits for what the page shows (the reading, the ✓, the emptied field), never for time.
 */

function bar(page: Page) {
  return page.getByRole('combobox', { name: 'Saisie rapide' });
}

/**
 * Types one line as a person would, `⇥` pressing Tab once the completion is offered, then Enter
 * once the reading is shown (and says `reading`, when given).
 */
async function typeLine(page: Page, line: string, reading?: string) {
  const field = bar(page);
  const parts = line.split(/(⇥)/);
  for (const part of parts) {
    if (part === '⇥') {
      await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible();
      const before = await field.inputValue();
      await page.keyboard.press('Tab');
      await expect(field).not.toHaveValue(before);
    } else if (part !== '') {
      await page.keyboard.type(part);
    }
  }
  // The reading is shown before Enter; Enter applies it, the bar says so and empties.
  await expect(page.locator('.saisie-lectures li.premiere')).toBeVisible();
  if (reading) await expect(page.locator('.saisie-lectures li.premiere')).toContainText(reading);
  await page.keyboard.press('Enter');
  await expect(page.locator('.saisie-retour')).toHaveText(/^✓/);
  await expect(field).toHaveValue('');
}

async function mapFromCore(page: Page): Promise<MapState> {
  const workshopId = new URL(page.url()).hash.split('/').pop();
  const opened = await callApi<{ map: MapState }>(page, 'map.get', { workshopId });
  return opened.map;
}

/** The core's links, named by their actors, with everything the line said of them. */
function linksAsTyped(map: MapState) {
  const label = (id: string) => map.actors.find((actor) => actor.id === id)?.label;
  return map.links.map((l) => ({
    from: label(l.source),
    to: label(l.target),
    kind: l.kind,
    intensity: l.intensity,
    quality: l.quality,
    status: l.status,
    directed: l.directed,
  }));
}

test('un territoire de 40 acteurs et 30 liens, tapé touche par touche, finit exactement comme saisi', async ({
  page,
  maillage,
}) => {
  // A budget for about 4,000 key presses on a loaded machine, not a measure: nothing waits on time.
  test.setTimeout(900_000);
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Territoire saisi au clavier' });
  await page.keyboard.press('Control+k');
  await expect(bar(page)).toBeFocused();

  // Before Enter, the bar says what it will do: one actor, the dash kept in its name; where two
  // names could each be an actor, the link is offered as another reading, never chosen.
  await page.keyboard.type('Mairie – service Enfance Jeunesse (commune)');
  const readings = page.locator('.saisie-lectures li');
  await expect(readings.first()).toContainText('nouvel acteur « Mairie – service Enfance Jeunesse » (Commune / ville)');
  await expect(readings).toHaveCount(1);
  await bar(page).fill('');
  await page.keyboard.type('Bailleur social – Habitat du Val');
  await expect(readings.first()).toContainText('nouvel acteur « Bailleur social – Habitat du Val » (Autres)');
  await expect(readings.nth(1)).toContainText('lien « Bailleur social » ↔ « Habitat du Val »');
  await bar(page).fill('');

  for (const actor of actors) await typeLine(page, actor.line);
  await expect(page.locator('.react-flow__node')).toHaveCount(40);
  for (const link of links) await typeLine(page, link.line);
  await expect(page.locator('.react-flow__edge')).toHaveCount(30);
  await waitSaved(page);

  const map = await mapFromCore(page);
  expect(map.actors.map((a) => [a.label, a.category]).sort()).toEqual(actors.map((a) => [a.name, a.category]).sort());
  expect(linksAsTyped(map)).toEqual(links.map(({ line: _line, ...expected }) => expected));
  await page.screenshot({ path: test.info().outputPath('territoire-40-acteurs-1280x720.png') });
});

test('un second territoire écrit à part, 38 acteurs et 31 coopérations, tapé ligne à ligne, finit exactement comme saisi', async ({
  page,
  maillage,
}) => {
  // A budget for about 5,000 key presses on a loaded machine, not a measure: nothing waits on time.
  test.setTimeout(900_000);
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Cité éducative de Saint-Priest' });
  await page.keyboard.press('Control+k');
  await expect(bar(page)).toBeFocused();

  // What the facilitator reads before Enter, for the lines most likely to be misread.
  const shown: Record<string, string> = {
    'Ludothèque 1, 2, 3 Soleil : associations': 'nouvel acteur « Ludothèque 1, 2, 3 Soleil » (Associations)',
    'Protection maternelle et infantile (PMI)':
      'nouvel acteur « Protection maternelle et infantile (PMI) » (Département, d’après « PMI »)',
    '"Café des parents : on en parle" (parents)':
      'nouvel acteur « Café des parents : on en parle » (Parents et habitants)',
  };
  for (const actor of rhone.actors) await typeLine(page, actor.line, shown[actor.line]);
  await expect(page.locator('.react-flow__node')).toHaveCount(38);

  const linkShown: Record<number, string> = {
    1: '« Centre communal d’action sociale (CCAS) » (déjà sur la carte, vous avez tapé « CCAS »)',
    28: 'lien « Accueil de loisirs (ALSH) Les P’tits Loups » ↔ « École maternelle Les Coquelicots » : Action commune, forte, fluide',
    30: 'lien souhaité « Cité éducative de Saint-Priest » ↔ « Programme de réussite éducative (PRE) » : Convention / financement, forte, fluide',
  };
  for (const [i, link] of rhone.links.entries()) await typeLine(page, link.line, linkShown[i]);
  await expect(page.locator('.react-flow__edge')).toHaveCount(31);
  await waitSaved(page);

  const map = await mapFromCore(page);
  expect([map.actors.length, map.links.length]).toEqual([38, 31]);
  expect(map.actors.map((a) => [a.label, a.category]).sort()).toEqual(
    rhone.actors.map((a) => [a.name, a.category]).sort(),
  );
  expect(linksAsTyped(map)).toEqual(rhone.links.map(({ line: _line, ...expected }) => expected));
  await page.screenshot({ path: test.info().outputPath('territoire-rhone-38-acteurs-1280x720.png') });
});

test('un quasi-doublon propose l’acteur existant ; en créer un second se choisit au clavier', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Quasi-doublons' });
  await page.keyboard.press('Control+k');
  await typeLine(page, 'Aide sociale à l’enfance (ASE)');
  await typeLine(page, 'Collège Louise-Michel (éducation)');

  // « ASE » alone: the existing actor is proposed first, a second one is Alt+2.
  await page.keyboard.type('ASE > Collège Louise-Michel : orientation');
  const readings = page.locator('.saisie-lectures li');
  await expect(readings.first()).toContainText(
    '« Aide sociale à l’enfance (ASE) » (déjà sur la carte, vous avez tapé « ASE »)',
  );
  await expect(readings.nth(1)).toContainText('nouvel acteur « ASE »');
  await expect(readings.nth(1)).toContainText('Alt+2');
  await page.screenshot({ path: test.info().outputPath('quasi-doublon-1280x720.png') });
  await page.keyboard.press('Enter');
  await expect(page.locator('.saisie-retour')).toHaveText(/^✓/);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);

  // A spelling slip: Alt+2 creates the second actor on purpose.
  await page.keyboard.type('Colège Louise Michel');
  await expect(readings.first()).toContainText('« Collège Louise-Michel » (déjà sur la carte');
  await page.keyboard.press('Alt+2');
  await expect(page.locator('.saisie-retour')).toContainText('nouvel acteur « Colège Louise Michel »');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);

  // What cannot be read is refused in French, with how to write it, and nothing changes.
  await page.keyboard.type('ASE > Collège Louise-Michel : téléphone');
  await expect(page.locator('.saisie-retour')).toContainText('Type de lien inconnu');
  await page.keyboard.press('Enter');
  await expect(page.locator('.saisie-retour.erreur')).toContainText('Après « : », le type puis');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // « / » asks for an action instead: no reading, the action runs and the bar closes.
  await bar(page).fill('');
  await page.keyboard.type('/disp');
  await expect(page.getByRole('option').first()).toContainText('Disposer la carte');
  await expect(page.locator('.saisie-lectures li')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(bar(page)).toBeHidden();
  await waitSaved(page);
  const map = await mapFromCore(page);
  expect(map.actors.map((a) => a.label)).toEqual([
    'Aide sociale à l’enfance (ASE)',
    'Collège Louise-Michel',
    'Colège Louise Michel',
  ]);
});
