import { createWorkshop } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

test('l’interface passe en anglais, s’en souvient au prochain lancement, et revient au français', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Atelier bilingue' });
  await expect(page.getByRole('button', { name: '+ Acteur' })).toBeVisible();
  // A pinned actor: its flag is written by the canvas itself, which must follow the language too.
  await page.keyboard.press('n');
  await page.getByLabel('Nom de l’acteur').fill('Mairie');
  await page.keyboard.press('Enter');
  await page.locator('.react-flow__node', { hasText: 'Mairie' }).click();
  await page.locator('.panneau').getByLabel('Épinglé').check();
  const flag = page.locator('.acteur-epingle');
  await expect(flag).toHaveAttribute('aria-label', 'Épinglé');

  // English strings are loaded when asked for; the map stays as it is.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('button', { name: /Workshops/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '+ Actor' })).toBeVisible();
  await expect(flag).toHaveAttribute('aria-label', 'Pinned');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Remembered on this computer: the next start loads English before the first screen.
  await page.reload();
  await expect(page.getByRole('button', { name: /Workshops/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '+ Acteur' })).toHaveCount(0);

  await page.getByRole('button', { name: 'FR', exact: true }).click();
  await expect(page.getByRole('button', { name: /Ateliers/ })).toBeVisible();
  await expect(flag).toHaveAttribute('aria-label', 'Épinglé');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
