import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

async function createWorkshop(page: Page, title: string): Promise<void> {
  await page.getByLabel('Titre *').fill(title);
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click();
  await expect(page.locator('.react-flow')).toBeVisible();
  await page.getByRole('button', { name: /Ateliers/ }).click();
  await expect(page.locator('.atelier', { hasText: title })).toBeVisible();
}

test('on restaure une sauvegarde, après confirmation, et l’état d’avant reste restaurable', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, 'Atelier du matin');
  // The next start takes a backup of the workshops found.
  await page.goto(await maillage.restart());
  await createWorkshop(page, 'Atelier de l’après-midi');
  await expect(page.locator('.atelier')).toHaveCount(2);

  await page.getByRole('button', { name: 'Restaurer une sauvegarde' }).click();
  const list = page.getByRole('dialog', { name: 'Sauvegardes' });
  const backup = list.locator('.sauvegarde').first();
  await expect(backup).toContainText('à l’ouverture');
  await expect(backup).toContainText('1 atelier ·');
  await expect(backup).toContainText('Atelier du matin');
  await page.screenshot({ path: test.info().outputPath('sauvegardes-liste.png') });
  await backup.getByRole('button', { name: /Restaurer la sauvegarde du/ }).click();

  // Cancelling changes nothing.
  const confirm = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
  await expect(confirm).toContainText('L’état actuel n’est pas perdu');
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.locator('.atelier')).toHaveCount(2);

  await page.getByRole('button', { name: 'Restaurer une sauvegarde' }).click();
  await list
    .locator('.sauvegarde')
    .first()
    .getByRole('button', { name: /Restaurer la sauvegarde du/ })
    .click();
  await confirm.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('restaurée');
  await expect(page.locator('.atelier h3')).toHaveText(['Atelier du matin']);

  // The state before the restore is there, and brings the afternoon back.
  await page.getByRole('button', { name: 'Restaurer une sauvegarde' }).click();
  const before = list.locator('.sauvegarde', { hasText: 'avant restauration' });
  await expect(before).toContainText('2 ateliers');
  await before.getByRole('button', { name: /Restaurer la sauvegarde du/ }).click();
  await confirm.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await expect(page.locator('.atelier')).toHaveCount(2);
});
