import type { Page } from '@playwright/test';
import { callApi } from './api-helpers.js';
import { actorNode, createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

/** The map as the core has it, read through the API with the page's own token. */
async function mapFromCore(page: Page) {
  const workshopId = new URL(page.url()).hash.split('/').pop();
  const opened = await callApi<{ revision: number; map: unknown }>(page, 'map.get', { workshopId });
  return { revision: opened.revision, map: JSON.stringify(opened.map) };
}

test('filtres et focalisation estompent sans rien changer aux données', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Filtres' });
  await page.keyboard.press('Control+k');
  const field = page.getByRole('combobox', { name: 'Saisie rapide' });
  for (const line of [
    'Collège (éducation) > Mairie (commune) : orientation',
    'Mairie - CAF (protection sociale) : convention',
    'CAF - PMI (département) : information ?',
    'PMI > Collège : orientation ?',
    'Club (prévention)',
  ]) {
    await field.fill(line);
    await field.press('Enter');
    await expect(page.locator('.saisie-retour')).toHaveText(/^✓/);
  }
  await field.press('Escape');
  await waitSaved(page);
  const before = await mapFromCore(page);

  // Only missing links: existing ones are dimmed, not removed.
  await page.getByRole('button', { name: /Filtres/ }).click();
  const panel = page.getByRole('region', { name: 'Filtres' });
  await panel.getByLabel('Existante').uncheck();
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(page.locator('.react-flow__edge.estompe')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Filtre actif' })).toBeVisible();
  // A category unticked dims its actors and their links.
  await panel.getByLabel('Commune / ville').uncheck();
  await expect(page.locator('.react-flow__node.estompe')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Tout afficher' }).click();
  await expect(page.locator('.estompe')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Fermer' }).click();

  // Focus on the CAF: its two partners stay bright, the other two actors are dimmed.
  await actorNode(page, 'CAF').click();
  await page.keyboard.press('v');
  await expect(page.locator('.react-flow__node.estompe')).toHaveCount(2);
  await expect(page.getByText('Partenaires de « CAF »')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.estompe')).toHaveCount(0);

  const after = await mapFromCore(page);
  expect(after).toEqual(before);
});
