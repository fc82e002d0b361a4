import { actorNode, connect, createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

test('annuler vingt étapes ramène à la carte vide, rétablir les refait, et la base suit', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Annuler et rétablir' });
  const pane = page.locator('.react-flow__pane');

  // 14 actors (adding and naming one is one step), 3 links, 3 moves = 20 steps.
  const names = [
    'École A',
    'École B',
    'Mairie',
    'CCAS',
    'CAF',
    'PMI',
    'Centre social',
    'Club',
    'ASE',
    'MSA',
    'CPAM',
    'Collège',
    'Parents',
    'Ludothèque',
  ];
  for (const [index, name] of names.entries()) {
    await pane.dblclick({ position: { x: 140 + (index % 4) * 220, y: 100 + Math.floor(index / 4) * 140 } });
    await page.getByLabel('Nom de l’acteur').fill(name);
    await page.keyboard.press('Enter');
    await expect(actorNode(page, name)).toBeVisible();
  }
  await connect(page, 'École A', 'École B', 'Orientation');
  await connect(page, 'Mairie', 'CCAS', 'Action commune');
  await connect(page, 'CAF', 'PMI', 'Instance partagée');
  for (const name of ['CAF', 'PMI', 'Club']) {
    const box = await actorNode(page, name).boundingBox();
    if (!box) throw new Error(name);
    await page.mouse.move(box.x + 40, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 40, box.y + 70, { steps: 5 });
    await page.mouse.up();
  }
  await waitSaved(page);
  await page.keyboard.press('Escape');

  for (let step = 0; step < 20; step++) await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Annuler/ })).toBeDisabled();
  await waitSaved(page);
  // What another window reads comes from the database: it is empty too.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.getByText('Double-cliquez sur le fond')).toBeVisible();
  await expect(other.locator('.react-flow__node')).toHaveCount(0);

  for (let step = 0; step < 20; step++) await page.keyboard.press('Control+y');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await waitSaved(page);
  await other.reload();
  await expect(other.locator('.react-flow__node')).toHaveCount(14);
  await expect(other.locator('.react-flow__edge')).toHaveCount(3);
});

test('rétablir refait toutes les étapes annulées, déplacements compris', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Rétablir' });
  const pane = page.locator('.react-flow__pane');
  for (const [index, name] of ['Collège', 'Mairie', 'CAF'].entries()) {
    await pane.dblclick({ position: { x: 200 + index * 220, y: 200 } });
    await page.getByLabel('Nom de l’acteur').fill(name);
    await page.keyboard.press('Enter');
  }
  await connect(page, 'Mairie', 'Collège', 'Orientation');
  await waitSaved(page);
  const before = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => `${n.textContent}:${(n as HTMLElement).style.transform}`).sort());

  for (let step = 0; step < 4; step++) await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  for (let step = 0; step < 4; step++) await page.keyboard.press('Control+y');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await waitSaved(page);
  await page.reload();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  const after = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => `${n.textContent}:${(n as HTMLElement).style.transform}`).sort());
  expect(after).toEqual(before);
});
