import type { Page } from '@playwright/test';
import type { MapOp } from '../../shared/domain/operations.js';
import { tenTerritories } from '../support/club-fixture.js';
import { callApi } from './api-helpers.js';
import { expect, test } from './fixtures.js';

/** The ten generated territories, written through the API as the editor would. */
async function seed(page: Page) {
  for (const { workshop, map } of tenTerritories()) {
    const { id } = await callApi<{ id: string }>(page, 'workshop.create', {
      title: workshop.title,
      territory: workshop.territory,
      date: workshop.date,
    });
    const ops: MapOp[] = [
      ...map.actors.map((actor): MapOp => ({ type: 'actor.add', actor })),
      ...map.links.map((link): MapOp => ({ type: 'link.add', link })),
      ...map.notes.map((note): MapOp => ({ type: 'note.add', note })),
    ];
    await callApi(page, 'map.apply', { workshopId: id, ops, origin: 'e2e' });
  }
}

test('the Club compares ten territories and finds a practice typed with accents', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await seed(page);
  await page.reload();
  await page.getByRole('link', { name: 'Club des cités éducatives' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Club des cités éducatives' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Chiffres clés par territoire' });
  await expect(table.locator('tbody tr')).toHaveCount(10);
  await expect(table.getByRole('rowheader', { name: 'Cité éducative n° 07' })).toBeVisible();
  await expect(page.getByText('10 territoires affichés sur 10')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Densité' })).toBeVisible();
  await page.screenshot({ path: 'test-results/club-chiffres.png' });
  await page.screenshot({ path: 'test-results/club-chiffres-page.png', fullPage: true });

  // The date filter keeps March to June.
  await page.getByLabel('Du', { exact: true }).fill('2026-03-01');
  await page.getByLabel('Au', { exact: true }).fill('2026-06-30');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await page.getByLabel('Du', { exact: true }).fill('');
  await page.getByLabel('Au', { exact: true }).fill('');
  await expect(table.locator('tbody tr')).toHaveCount(10);

  await page.getByRole('tab', { name: 'Questions' }).click();
  await expect(page.getByText(/territoires? sur \d+ où les deux sont présents/)).toBeVisible();
  await page.screenshot({ path: 'test-results/club-questions.png' });

  await page.getByRole('tab', { name: 'Pratiques inspirantes' }).click();
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('reussite educative');
  const found = page.locator('.pratique');
  // The list filters as one types: wait until every practice shown matches, not just the first.
  await expect
    .poll(async () => {
      const texts = await found.allTextContents();
      return texts.length > 0 && texts.every((text) => text.includes('Réussite éducative'));
    })
    .toBe(true);
  await page.screenshot({ path: 'test-results/club-pratiques.png' });

  // « Voir sur la carte » opens the workshop with the practice's actor selected.
  const attached = found.filter({ hasText: 'Collège Louise-Michel' }).first();
  await attached.getByRole('button', { name: 'Voir sur la carte' }).click();
  await expect(page).toHaveURL(/#\/atelier\//);
  await expect(page.locator('.react-flow__node.selected')).toContainText('Collège Louise-Michel');
});

test('the actor panel offers a standard type guessed from the name, applied only on click', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  const { id } = await callApi<{ id: string }>(page, 'workshop.create', { title: 'Types', territory: 'Val' });
  await callApi(page, 'map.apply', {
    workshopId: id,
    origin: 'e2e',
    ops: [
      {
        type: 'actor.add',
        actor: {
          id: 'a1',
          label: 'Collège Louise-Michel',
          category: 'education',
          engagement: null,
          times: [],
          contact: '',
          notes: '',
          x: 300,
          y: 200,
        },
      },
    ],
  });
  await page.goto(`${maillage.url}#/atelier/${id}`);
  await page.locator('.react-flow__node', { hasText: 'Collège Louise-Michel' }).click();
  const select = page.getByLabel('Type (liste commune du Club)');
  await expect(select).toHaveValue('');
  const suggestion = page.getByRole('button', { name: 'Suggestion d’après le nom : Collège' });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(select).toHaveValue('college');
  await expect(suggestion).toBeHidden();
  await expect
    .poll(async () => {
      const opened = await callApi<{ map: { actors: { standardType?: string }[] } }>(page, 'map.get', {
        workshopId: id,
      });
      return opened.map.actors[0]?.standardType;
    })
    .toBe('college');
});
