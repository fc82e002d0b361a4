import { expect, test } from './fixtures.js';

test('on renomme, duplique et supprime un atelier, avec confirmation avant la suppression', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await expect(page.getByText('Aucun atelier sur cet ordinateur')).toBeVisible();

  await page.getByLabel('Titre *').fill('Atelier de Bellevue');
  await page.getByLabel('Territoire').fill('Bellevue');
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click();
  await expect(page.locator('.react-flow')).toBeVisible();
  await page.keyboard.press('n');
  await page.getByLabel('Nom de l’acteur').fill('Mairie');
  await page.keyboard.press('Enter');
  await expect(page.locator('.etat-enregistrement')).toHaveAttribute('data-state', 'saved');
  await page.getByRole('button', { name: /Ateliers/ }).click();

  const row = page.locator('.atelier', { hasText: 'Atelier de Bellevue' });
  await expect(row).toContainText('1 acteurs');
  await row.getByRole('button', { name: 'Renommer' }).click();
  await page.getByLabel('Nouveau titre de l’atelier').fill('Atelier de Bellevue – 2e séance');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('.atelier h3')).toHaveText(['Atelier de Bellevue – 2e séance']);

  await page.locator('.atelier').first().getByRole('button', { name: 'Dupliquer' }).click();
  await expect(page.locator('.atelier')).toHaveCount(2);
  const copy = page.locator('.atelier', { hasText: '(copie)' });
  await expect(copy).toContainText('1 acteurs');

  // Cancelling keeps the workshop; confirming removes it, and only it.
  await copy.getByRole('button', { name: 'Supprimer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer l’atelier ?' });
  await expect(dialog).toContainText('1 acteurs');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.locator('.atelier')).toHaveCount(2);
  await copy.getByRole('button', { name: 'Supprimer' }).click();
  // The confirmation says plainly what happens: backups included, and the undo window.
  await expect(dialog).toContainText('de la base et de toutes les sauvegardes');
  await expect(dialog).toContainText('10\u00a0secondes pour annuler');
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.locator('.atelier')).toHaveCount(1);
  await expect(page.locator('.atelier h3')).toHaveText(['Atelier de Bellevue – 2e séance']);

  // « Atelier supprimé — Annuler »: the button has the focus, and brings the copy back whole.
  const undo = page.locator('.suppression-annulable');
  await expect(undo).toContainText('supprimé — effacé pour de bon dans');
  await expect(undo.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/suppression-annulable-1280x720.png' });
  await page.keyboard.press('Enter');
  await expect(page.locator('.atelier')).toHaveCount(2);
  await expect(page.locator('.atelier', { hasText: '(copie)' })).toContainText('1 acteurs');

  // Deleted again and left alone: erased once the window has passed, and said so.
  await page.locator('.atelier', { hasText: '(copie)' }).getByRole('button', { name: 'Supprimer' }).click();
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(undo).toContainText('est effacé de la base et de toutes les sauvegardes', { timeout: 30_000 });
  await expect(undo.getByRole('button', { name: 'Annuler' })).toHaveCount(0);

  // The list is read from the database, not from the page's memory.
  await maillage.restart();
  await page.goto(maillage.url);
  await expect(page.locator('.atelier h3')).toHaveText(['Atelier de Bellevue – 2e séance']);
});

test('un titre vide ou trop long est refusé avec un message en français, sans rien créer', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  const response = await page.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="maillage-token"]')?.content ?? '';
    const res = await fetch('/api/workshop.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
      body: JSON.stringify({ title: 'x'.repeat(10_000) }),
    });
    return { status: res.status, body: await res.json() };
  });
  expect(response.status).toBe(400);
  expect(response.body.error.message).toContain('Le titre est trop long');
  await page.reload();
  await expect(page.getByText('Aucun atelier sur cet ordinateur')).toBeVisible();
});

test('le nom d’un acteur contenant du HTML reste du texte', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await page.getByLabel('Titre *').fill('<img src=x onerror="window.__pwned=1">');
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click();
  await expect(page.locator('.react-flow')).toBeVisible();
  await page.keyboard.press('n');
  await page.getByLabel('Nom de l’acteur').fill('<script>window.__pwned=1</script>');
  await page.keyboard.press('Enter');
  await expect(page.locator('.acteur-nom')).toHaveText('<script>window.__pwned=1</script>');
  await expect(page.locator('.barre-titre')).toContainText('<img src=x');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
