import type { Locator, Page } from '@playwright/test';
import { actorNode, createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

/** Where React Flow placed a node, in map coordinates (whatever the zoom and pan). */
async function flowPosition(node: Locator): Promise<{ x: number; y: number }> {
  const transform = await node.evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`position illisible : ${transform}`);
  return { x: Math.round(Number(match[1])), y: Math.round(Number(match[2])) };
}

function zoneNode(page: Page, label: string) {
  return page.locator('.react-flow__node-zone', { has: page.locator('.zone-nom', { hasText: label }) });
}

async function addActorAt(page: Page, at: { x: number; y: number }, label: string) {
  await page.locator('.react-flow__pane').dblclick({ position: at });
  const input = page.getByLabel('Nom de l’acteur');
  await expect(input).toBeFocused();
  await input.fill(label);
  await input.press('Enter');
  await expect(actorNode(page, label)).toBeVisible();
}

test('déplacer une zone emporte ses acteurs en une étape ; annuler remet tout ; la base suit', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Zones' });
  await page.locator('.react-flow__pane').click({ position: { x: 50, y: 50 } });
  await page.keyboard.press('z');
  const name = page.getByLabel('Nom de la zone');
  await expect(name).toBeFocused();
  await name.fill('Quartier Nord');
  await name.press('Enter');
  const zone = zoneNode(page, 'Quartier Nord');
  await expect(zone).toBeVisible();

  // Double-clicking inside the zone still adds an actor there (the zone lets the pointer through).
  const box = await zone.boundingBox();
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!box || !pane) throw new Error('zone introuvable');
  await addActorAt(
    page,
    { x: box.x - pane.x + box.width / 2, y: box.y - pane.y + box.height / 2 + 40 },
    'Centre social',
  );
  await addActorAt(page, { x: 120, y: 560 }, 'Mairie');
  await page.keyboard.press('Escape');
  await waitSaved(page);

  const before = {
    zone: await flowPosition(zone),
    inside: await flowPosition(actorNode(page, 'Centre social')),
    outside: await flowPosition(actorNode(page, 'Mairie')),
  };

  const label = zone.locator('.zone-etiquette');
  const handle = await label.boundingBox();
  if (!handle) throw new Error('étiquette introuvable');
  await page.mouse.move(handle.x + 20, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 60, handle.y + 40, { steps: 5 });
  await page.mouse.move(handle.x + 170, handle.y + 110, { steps: 10 });
  await page.mouse.up();
  await waitSaved(page);

  const after = {
    zone: await flowPosition(zone),
    inside: await flowPosition(actorNode(page, 'Centre social')),
    outside: await flowPosition(actorNode(page, 'Mairie')),
  };
  const dx = after.zone.x - before.zone.x;
  const dy = after.zone.y - before.zone.y;
  expect(Math.abs(dx)).toBeGreaterThan(50);
  expect(after.inside).toEqual({ x: before.inside.x + dx, y: before.inside.y + dy });
  expect(after.outside).toEqual(before.outside);

  await page.reload();
  await expect(zoneNode(page, 'Quartier Nord')).toBeVisible();
  expect(await flowPosition(zoneNode(page, 'Quartier Nord'))).toEqual(after.zone);
  expect(await flowPosition(actorNode(page, 'Centre social'))).toEqual(after.inside);

  // The reload started a new history: move again, then one undo puts zone and actor back.
  const again = await zoneNode(page, 'Quartier Nord').locator('.zone-etiquette').boundingBox();
  if (!again) throw new Error('étiquette introuvable');
  await page.mouse.move(again.x + 20, again.y + again.height / 2);
  await page.mouse.down();
  await page.mouse.move(again.x + 60, again.y + 60, { steps: 10 });
  await page.mouse.up();
  await waitSaved(page);
  expect(await flowPosition(actorNode(page, 'Centre social'))).not.toEqual(after.inside);
  await page.keyboard.press('Control+z');
  await expect.poll(() => flowPosition(zoneNode(page, 'Quartier Nord'))).toEqual(after.zone);
  expect(await flowPosition(actorNode(page, 'Centre social'))).toEqual(after.inside);
  expect(await flowPosition(actorNode(page, 'Mairie'))).toEqual(before.outside);
  await waitSaved(page);
  await page.reload();
  await expect(zoneNode(page, 'Quartier Nord')).toBeVisible();
  expect(await flowPosition(zoneNode(page, 'Quartier Nord'))).toEqual(after.zone);
  expect(await flowPosition(actorNode(page, 'Centre social'))).toEqual(after.inside);

  // Selected, the zone shows its handles; pulling the bottom-left one enlarges it, and it stays so.
  const resized = zoneNode(page, 'Quartier Nord');
  await resized.locator('.zone-etiquette').click();
  const corner = resized.locator('.react-flow__resize-control.handle.bottom.left');
  await expect(corner).toBeVisible();
  const widthBefore = (await resized.boundingBox())?.width ?? 0;
  const grip = await corner.boundingBox();
  if (!grip) throw new Error('poignée introuvable');
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x - 60, grip.y + 30, { steps: 8 });
  await page.mouse.up();
  await waitSaved(page);
  await expect.poll(async () => (await resized.boundingBox())?.width ?? 0).toBeGreaterThan(widthBefore + 30);
  const zoom = widthBefore / 640;
  await page.reload();
  const reloaded = await zoneNode(page, 'Quartier Nord').evaluate((element) => (element as HTMLElement).style.width);
  expect(Number.parseFloat(reloaded)).toBeGreaterThan(640 + 30 / zoom - 5);
});

test('le modèle écocarte crée trois cercles autour de l’enfant et de sa famille', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await page.getByLabel('Titre *').fill('Écocarte');
  await page.getByText('Écocarte (cercles autour de l’enfant et de sa famille)').click();
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click();
  await expect(page.locator('.react-flow')).toBeVisible();
  await expect(page.locator('.react-flow__node-zone .zone-cercle')).toHaveCount(3);
  await expect(zoneNode(page, 'L’enfant et sa famille')).toBeVisible();
  await page.reload();
  await expect(page.locator('.react-flow__node-zone .zone-cercle')).toHaveCount(3);
  // The whole écocarte is in view when the map opens (once the fit's short animation is over).
  await expect
    .poll(async () => {
      const outer = await page.locator('.react-flow__node-zone').first().boundingBox();
      const canvas = await page.locator('.react-flow').boundingBox();
      if (!outer || !canvas) return 'carte introuvable';
      return outer.x >= canvas.x - 4 && outer.y + outer.height <= canvas.y + canvas.height + 4
        ? 'dans la vue'
        : `hors de la vue : ${JSON.stringify({ outer, canvas })}`;
    })
    .toBe('dans la vue');
});

test('le modèle par temps crée quatre colonnes', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await page.getByLabel('Titre *').fill('Par temps');
  await page.getByText(/^Colonnes par temps/).click();
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click();
  await expect(page.locator('.react-flow__node-zone .zone-rectangle')).toHaveCount(4);
  await expect(page.locator('.zone-nom')).toHaveText([
    'Temps scolaire',
    'Temps périscolaire',
    'Temps extrascolaire',
    'Temps en famille',
  ]);
});
