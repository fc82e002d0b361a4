import type { Page } from '@playwright/test';
import { actorNode, addActor, createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

/** « + Note » (touche P), then the kind's digit, then the text typed on the sticky. */
async function addNote(page: Page, kindDigit: number, text: string) {
  // Keys belong to the canvas, not to a field of the side panel.
  await page.locator('.react-flow__pane').click({ position: { x: 600, y: 560 } });
  await page.keyboard.press('p');
  const chooser = page.getByRole('dialog', { name: 'Quel type de note ?' });
  await expect(chooser).toBeVisible();
  await page.keyboard.press(String(kindDigit));
  await expect(chooser).toBeHidden();
  const field = page.getByLabel('Texte de la note');
  await expect(field).toBeFocused();
  await field.fill(text);
  await field.press('Enter');
  await expect(noteNode(page, text)).toBeVisible();
}

function noteNode(page: Page, text: string) {
  return page.locator('.react-flow__node-note', { has: page.locator('.note-texte', { hasText: text }) });
}

test('notes : plusieurs types, une rattachée à un acteur (badge), la liste par type, tout revient après rechargement', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Notes' });
  await addActor(page, { x: 250, y: 200 }, 'Collège', 'Éducation nationale');
  await page.keyboard.press('Escape');

  await addNote(page, 1, 'Peu de liens avec les familles');
  await addNote(page, 3, 'Horaires incompatibles');
  await addNote(page, 5, 'Café des parents au collège');

  // The first kind is « Constat », with its sign and its word, not only its colour.
  const constat = noteNode(page, 'Peu de liens avec les familles');
  await expect(constat.locator('.note-entete')).toContainText('Constat');
  await expect(constat.locator('.note')).toHaveAttribute('data-kind', 'constat');

  // Attach the frein to the actor from the side panel.
  await noteNode(page, 'Horaires incompatibles').click();
  const panel = page.locator('.panneau');
  await expect(panel.getByRole('heading', { name: 'Note' })).toBeVisible();
  await panel.getByLabel('Rattacher à…').selectOption({ label: 'Collège' });
  await expect(noteNode(page, 'Horaires incompatibles')).toHaveCount(0);
  await expect(actorNode(page, 'Collège').locator('.badge-notes')).toHaveAttribute('data-notes', '1');

  // Piste d'action: two votes, high priority, carried by the Collège.
  await noteNode(page, 'Café des parents au collège').click();
  await panel.getByRole('button', { name: 'Ajouter une voix' }).click();
  await panel.getByRole('button', { name: 'Ajouter une voix' }).click();
  await expect(panel.getByText('2 voix')).toBeVisible();
  await panel.getByText('Haute', { exact: true }).click();
  await panel.getByRole('group', { name: 'Qui la porte ?' }).getByText('Collège').click();
  await expect(noteNode(page, 'Café des parents au collège').locator('.note-voix')).toHaveText('▲ 2');
  await waitSaved(page);

  // The list groups by kind; a click on the attached note opens it over the actor's form.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Notes \(3\)/ }).click();
  const list = page.getByRole('complementary', { name: 'Notes par type' });
  await expect(list.getByRole('region')).toHaveCount(3);
  await expect(list.getByRole('region', { name: 'Frein' })).toContainText('Sur Collège');
  await expect(list.getByRole('region', { name: 'Piste d’action' })).toContainText('2 voix · Priorité haute · Collège');
  await list.getByRole('button', { name: /Horaires incompatibles/ }).click();
  await expect(actorNode(page, 'Collège')).toHaveClass(/selected/);
  await expect(panel.getByLabel('Texte')).toHaveValue('Horaires incompatibles');

  await page.reload();
  await expect(noteNode(page, 'Peu de liens avec les familles')).toBeVisible();
  await expect(noteNode(page, 'Café des parents au collège').locator('.note-voix')).toHaveText('▲ 2');
  await expect(noteNode(page, 'Horaires incompatibles')).toHaveCount(0);
  await expect(actorNode(page, 'Collège').locator('.badge-notes')).toHaveAttribute('data-notes', '1');
  await page.getByRole('button', { name: /Notes \(3\)/ }).click();
  await expect(page.getByRole('complementary', { name: 'Notes par type' }).getByRole('region')).toHaveCount(3);

  // Removing the actor keeps its note, free again on the map; undo puts it back attached.
  await actorNode(page, 'Collège').click();
  await page.keyboard.press('Delete');
  await expect(noteNode(page, 'Horaires incompatibles')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(noteNode(page, 'Horaires incompatibles')).toHaveCount(0);
  await expect(actorNode(page, 'Collège').locator('.badge-notes')).toHaveAttribute('data-notes', '1');
});
