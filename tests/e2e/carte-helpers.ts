import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

export async function createWorkshop(page: Page, fields: { title: string; territory?: string; date?: string }) {
  await page.getByLabel('Titre *').fill(fields.title);
  if (fields.territory) await page.getByLabel('Territoire').fill(fields.territory);
  if (fields.date) await page.getByLabel('Date').fill(fields.date);
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click();
  await expect(page.locator('.react-flow')).toBeVisible();
}

export function actorNode(page: Page, label: string) {
  return page.locator('.react-flow__node', { has: page.locator('.acteur-nom', { hasText: new RegExp(`^${label}$`) }) });
}

/** Double-clicks the empty canvas at (x, y), types the name, picks the category in the panel. */
export async function addActor(page: Page, at: { x: number; y: number }, label: string, category: string) {
  const pane = page.locator('.react-flow__pane');
  await pane.dblclick({ position: at });
  const input = page.getByLabel('Nom de l’acteur');
  await expect(input).toBeFocused();
  await input.fill(label);
  await input.press('Enter');
  const node = actorNode(page, label);
  await expect(node).toBeVisible();
  await node.click();
  await page.locator('.panneau').getByText(category, { exact: true }).click();
  await expect(node.locator('.acteur')).toHaveAttribute('data-category', /.+/);
}

/** Drags from the source dot of one actor onto another, then picks the kind of cooperation. */
export async function connect(page: Page, from: string, to: string, kind: string) {
  const handle = actorNode(page, from).locator('.poignee-source');
  const target = actorNode(page, to);
  const a = await handle.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error('acteur introuvable à l’écran');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 30, a.y + 10, { steps: 5 });
  await expect(page.locator('.react-flow__connectionline')).toBeVisible();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
  const picker = page.getByRole('dialog', { name: 'Quel type de coopération ?' });
  await expect(picker).toBeVisible();
  await picker.getByRole('button', { name: kind }).click();
  await expect(picker).toBeHidden();
}

export async function waitSaved(page: Page) {
  await expect(page.locator('.etat-enregistrement')).toHaveAttribute('data-state', 'saved');
}
