import { actorNode, addActor, connect, createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';
import { untilStill } from './motion.js';

test('une carte dessinée à la souris est retrouvée telle quelle après rechargement', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await expect(page.getByRole('heading', { name: 'Maillage' })).toBeVisible();
  await createWorkshop(page, {
    title: 'Diagnostic – Les Tilleuls',
    territory: 'Cité éducative des Tilleuls',
    date: '2026-11-29',
  });

  // Kept away from the pane's edges, where React Flow pans the canvas during a connection.
  const actors = [
    { label: 'Collège Louise-Michel', category: 'Éducation nationale', at: { x: 200, y: 120 } },
    { label: 'CCAS', category: 'Commune / ville', at: { x: 500, y: 120 } },
    { label: 'PMI Nord', category: 'Département (ASE, PMI, service social)', at: { x: 200, y: 430 } },
    { label: 'CAF', category: 'Protection sociale (CAF, MSA, CPAM)', at: { x: 500, y: 430 } },
    { label: 'Club de prévention', category: 'Prévention spécialisée', at: { x: 350, y: 280 } },
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

test('captures de la carte aux tailles des vidéoprojecteurs', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Diagnostic – Quartier Nord', territory: 'Cité éducative du Nord' });
  const actors = [
    { label: 'École Jules-Ferry', category: 'Éducation nationale', at: { x: 150, y: 110 } },
    { label: 'Service jeunesse', category: 'Commune / ville', at: { x: 380, y: 110 } },
    { label: 'ASE', category: 'Département (ASE, PMI, service social)', at: { x: 610, y: 110 } },
    { label: 'CAF', category: 'Protection sociale (CAF, MSA, CPAM)', at: { x: 610, y: 300 } },
    { label: 'Centre social Agora', category: 'Centres sociaux et éducation populaire', at: { x: 380, y: 300 } },
    { label: 'Parents d’élèves', category: 'Parents et habitants', at: { x: 380, y: 470 } },
  ];
  for (const actor of actors) await addActor(page, actor.at, actor.label, actor.category);
  await connect(page, 'Service jeunesse', 'École Jules-Ferry', 'Action commune');
  await connect(page, 'ASE', 'Service jeunesse', 'Échange d’information');
  await connect(page, 'Centre social Agora', 'CAF', 'Convention / financement');
  await connect(page, 'Parents d’élèves', 'Centre social Agora', 'Instance partagée');
  await waitSaved(page);

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    await untilStill(page);
    await page.screenshot({ path: test.info().outputPath(`carte-${size.width}x${size.height}.png`) });
  }
});
