import { actorNode, addActor, connect, createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

test('une carte dessinée à la souris est retrouvée telle quelle après rechargement', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await expect(page.getByRole('heading', { name: 'Maillage' })).toBeVisible();
  await createWorkshop(page, {
    title: 'Diagnostic – Les Tilleuls',
    territory: 'Cité éducative des Tilleuls',
    date: '2026-11-29',
  });

  const actors = [
    { label: 'Collège Louise-Michel', category: 'Éducation nationale', at: { x: 460, y: 140 } },
    { label: 'CCAS', category: 'Commune / ville', at: { x: 820, y: 140 } },
    { label: 'PMI Nord', category: 'Département (ASE, PMI, service social)', at: { x: 460, y: 430 } },
    { label: 'CAF', category: 'Protection sociale (CAF, MSA, CPAM)', at: { x: 820, y: 430 } },
    { label: 'Club de prévention', category: 'Prévention spécialisée', at: { x: 640, y: 290 } },
  ];
  for (const actor of actors) await addActor(page, actor.at, actor.label, actor.category);

  await connect(page, 'CCAS', 'Collège Louise-Michel', 'Orientation');
  await connect(page, 'PMI Nord', 'CAF', 'Échange d’information');
  await connect(page, 'Club de prévention', 'Collège Louise-Michel', 'Action commune');
  await connect(page, 'CAF', 'CCAS', 'Convention / financement');
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await waitSaved(page);

  const positions = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      nodes.map((n) => `${n.getAttribute('data-id')}:${(n as HTMLElement).style.transform}`).sort(),
    );
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  for (const actor of actors) {
    await expect(actorNode(page, actor.label).locator('.acteur')).toBeVisible();
  }
  await expect(actorNode(page, 'CAF').locator('.acteur')).toHaveAttribute('data-category', 'protection-sociale');
  await expect(page.locator('.lien-etiquette', { hasText: 'Orientation' })).toBeVisible();

  // Node transforms are in map coordinates, whatever the viewport after reload.
  const reloaded = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      nodes.map((n) => `${n.getAttribute('data-id')}:${(n as HTMLElement).style.transform}`).sort(),
    );
  expect(reloaded).toEqual(positions);
});
