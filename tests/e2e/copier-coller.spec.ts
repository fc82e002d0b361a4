import { actorNode, createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

test('copier-coller et dupliquer des acteurs avec leurs liens, annulable', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Copier-coller' });
  await page.keyboard.press('Control+k');
  const field = page.getByRole('combobox', { name: 'Saisie rapide' });
  for (const line of ['Mairie (commune) > École (éducation) : orientation', 'CAF (protection sociale)']) {
    await field.fill(line);
    await field.press('Enter');
    await expect(page.locator('.saisie-retour')).toHaveText(/^✓/);
  }
  await field.press('Escape');

  await actorNode(page, 'Mairie').click();
  await actorNode(page, 'École').click({ modifiers: ['Control'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  // What was pasted is selected, so it can be moved away at once.
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  await page.keyboard.press('Control+d');
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await waitSaved(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.acteur-nom', { hasText: 'Mairie' })).toHaveCount(2);

  // A damaged fragment (another program, a truncated copy) pastes nothing and says so in French.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('application/x-maillage-fragment', '{"type":"maillage-fragment","actors":[{"id":"x"');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(page.getByRole('status').filter({ hasText: 'rien n’a été collé' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
});
