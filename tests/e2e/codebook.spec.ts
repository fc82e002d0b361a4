import { actorNode, addActor, createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

test('catégories : renommer change la légende ; retirer une catégorie utilisée reclasse ses acteurs, en une étape annulable', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Catégories' });
  await addActor(page, { x: 250, y: 200 }, 'Collège', 'Éducation nationale');
  await addActor(page, { x: 600, y: 350 }, 'Club de foot', 'Associations (sport, culture, soutien scolaire…)');
  await waitSaved(page);
  const legend = page.locator('.legende');
  await expect(legend).toContainText('Éducation nationale');

  await page.getByRole('button', { name: /Catégories/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Catégories et types de coopération' });
  await expect(dialog).toBeVisible();
  await dialog.locator('li[data-code="education"] input').first().fill('École et collège');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(legend).toContainText('École et collège');
  await expect(legend).not.toContainText('Éducation nationale');

  // Removing a category in use asks where its actors go; nothing changes before that.
  await page.getByRole('button', { name: /Catégories/ }).click();
  const row = dialog.locator('li[data-code="associations"]');
  await expect(row).toContainText('1 acteur');
  await row.getByRole('button', { name: /^Retirer/ }).click();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByRole('alert')).toContainText('choisissez où les reclasser');
  await row.getByLabel('Reclasser son acteur dans').selectOption({ label: 'Centres sociaux et éducation populaire' });
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(actorNode(page, 'Club de foot').locator('.acteur')).toHaveAttribute('data-category', 'centres-sociaux');
  await expect(legend).toContainText('Centres sociaux');
  await expect(legend).not.toContainText('Associations');
  await waitSaved(page);

  await page.reload();
  await expect(actorNode(page, 'Club de foot').locator('.acteur')).toHaveAttribute('data-category', 'centres-sociaux');
  await expect(page.locator('.legende')).toContainText('École et collège');

  // A new history after the reload: the next codebook change is one step, undone at once.
  await page.getByRole('button', { name: /Catégories/ }).click();
  await dialog.getByRole('button', { name: 'Ajouter une catégorie' }).click();
  await dialog.locator('li[data-code^="nouveau"] input').first().fill('Bailleurs sociaux');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await actorNode(page, 'Collège').click();
  await expect(page.locator('.panneau').getByText('Bailleurs sociaux')).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 50, y: 50 } });
  await page.keyboard.press('Control+z');
  await actorNode(page, 'Collège').click();
  await expect(page.locator('.panneau').getByText('École et collège')).toBeVisible();
  await expect(page.locator('.panneau').getByText('Bailleurs sociaux')).toHaveCount(0);
});
