import type { Page } from '@playwright/test';
import { createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';
import { untilStill, zoomInUntil } from './motion.js';

const categories = [
  'éducation',
  'commune',
  'département',
  'état',
  'protection sociale',
  'santé',
  'prévention',
  'centres sociaux',
  'associations',
  'parents',
];
const kinds = ['information', 'orientation', 'action', 'instance', 'convention'];

/** A territory's actors, named as people say them, with a category each. */
function actorNames(count: number): string[] {
  const places = ['Jules-Ferry', 'Louise-Michel', 'des Tilleuls', 'du Centre', 'Nord', 'Sud', 'Est', 'Ouest'];
  return Array.from(
    { length: count },
    (_, i) => `Structure ${String(i + 1).padStart(2, '0')} ${places[i % places.length]}`,
  );
}

/** Links between nearby actors of the list, each pair once, in both directions of writing. */
function linkLines(names: string[], count: number): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (let step = 1; lines.length < count; step++) {
    for (let i = 0; i + step < names.length && lines.length < count; i += 1) {
      const a = names[i]!;
      const b = names[i + step]!;
      const key = `${a}|${b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const arrow = lines.length % 3 === 0 ? '-' : '>';
      const desired = lines.length % 7 === 0 ? ' ?' : '';
      lines.push(`${a} ${arrow} ${b} : ${kinds[lines.length % kinds.length]}${desired}`);
    }
  }
  return lines;
}

async function type(page: Page, lines: string[]) {
  const field = page.getByRole('combobox', { name: 'Saisie rapide' });
  for (const line of lines) {
    await field.fill(line);
    await field.press('Enter');
    await expect(page.locator('.saisie-retour')).toHaveText(/^✓/);
    await expect(field).toHaveValue('');
  }
}

test('une carte de 30 acteurs et 40 liens se saisit entièrement au clavier, par la saisie rapide', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Saisie au clavier' });
  await page.keyboard.press('Control+k');
  const names = actorNames(30);
  // Half the actors are declared with their category, the other half appear in links.
  await type(
    page,
    names.slice(0, 15).map((name, i) => `${name} (${categories[i % categories.length]})`),
  );
  await type(page, linkLines(names, 40));
  await expect(page.locator('.react-flow__node')).toHaveCount(30);
  await expect(page.locator('.react-flow__edge')).toHaveCount(40);

  // Autocomplete: Tab completes the actor being typed.
  const field = page.getByRole('combobox', { name: 'Saisie rapide' });
  await field.fill('Structure 07 > Structure 2');
  await expect(page.getByRole('option').first()).toContainText('Structure 20');
  await field.press('Tab');
  await expect(field).toHaveValue(/^Structure 07 > Structure 2\d /);
  await field.fill('');
  // An unknown kind is refused with the list of kinds, and nothing is created.
  await field.fill('Structure 01 > Structure 02 : téléphone');
  await field.press('Enter');
  await expect(page.locator('.saisie-retour')).toContainText('Type de lien inconnu');
  await expect(page.locator('.react-flow__edge')).toHaveCount(40);
  await field.press('Escape');
  await expect(field).toBeHidden();

  await waitSaved(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(30);
  await expect(page.locator('.react-flow__edge')).toHaveCount(40);
  // A desired link is dashed at every zoom; its label, like every link's, is drawn once the map
  // is zoomed in enough to read it.
  await expect(page.locator('.react-flow__edge-path[style*="stroke-dasharray"]').first()).toBeAttached();
  await zoomInUntil(page, async () => !(await page.locator('.indice-zoom').isVisible()));
  await expect(page.locator('.lien-etiquette.souhaite').first()).toBeVisible();

  // Auto-layout: one undoable step that moves actors, saved like any edit.
  const before = await page.locator('.react-flow__node').first().getAttribute('style');
  await page.keyboard.press('l');
  await expect(page.getByRole('button', { name: /Annuler/ })).toBeEnabled();
  await waitSaved(page);
  expect(await page.locator('.react-flow__node').first().getAttribute('style')).not.toEqual(before);
  await untilStill(page);
  await page.screenshot({ path: test.info().outputPath('saisie-30-acteurs-1280x720.png') });
});

test('Ctrl+F trouve un acteur et le met au centre, sélectionné', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Recherche' });
  await page.keyboard.press('Control+k');
  await type(page, ['Mairie', 'CAF (protection sociale)', 'Collège Jean-Moulin (éducation) > Mairie : orientation']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+f');
  const field = page.getByRole('combobox', { name: 'Trouver un acteur' });
  await field.fill('jean moul');
  await expect(page.getByRole('option')).toHaveText(['Collège Jean-Moulin']);
  await field.press('Enter');
  await expect(page.locator('.react-flow__node.selected')).toHaveText('Collège Jean-Moulin');
  await expect(page.locator('.panneau')).toContainText('Éducation nationale');
});

test('disposer la carte laisse en place un acteur épinglé', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Épingle' });
  await page.keyboard.press('Control+k');
  await type(page, ['Mairie > CAF : orientation', 'CAF - Collège : action', 'Collège - Mairie : information']);
  await page.keyboard.press('Escape');
  const mairie = page.locator('.react-flow__node', { has: page.locator('.acteur-nom', { hasText: /^Mairie$/ }) });
  await mairie.click();
  await page.locator('.panneau').getByLabel('Épinglé').check();
  await expect(mairie.locator('.acteur-epingle')).toBeVisible();
  await waitSaved(page);
  const pinnedBefore = await mairie.getAttribute('style');
  const caf = page.locator('.react-flow__node', { has: page.locator('.acteur-nom', { hasText: /^CAF$/ }) });
  // CAF dragged far away: laying out must bring it back near its partners.
  const box = await caf.boundingBox();
  if (!box) throw new Error('CAF introuvable');
  await page.mouse.move(box.x + 30, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 30, box.y + 320, { steps: 8 });
  await page.mouse.up();
  await waitSaved(page);
  const cafBefore = await caf.getAttribute('style');
  await page.keyboard.press('Escape');
  await page.keyboard.press('l');
  await expect(caf).not.toHaveAttribute('style', cafBefore ?? '');
  await waitSaved(page);
  expect((await mairie.getAttribute('style'))?.match(/translate\([^)]*\)/)?.[0]).toBe(
    pinnedBefore?.match(/translate\([^)]*\)/)?.[0],
  );
  await page.reload();
  await expect(mairie.locator('.acteur-epingle')).toBeVisible();
});
