import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { libreOfficeToPdf, pdfText, squash } from '../support/readers.js';
import { seriesT0, seriesT1 } from '../support/series-fixture.js';
import { loadViaApi } from './api-helpers.js';
import { expect, test } from './fixtures.js';

test('T0 et T1 d’un territoire : la série confirmée, les paires tranchées, la comparaison sur la carte et dans la synthèse Word', async ({
  page,
  maillage,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(maillage.url);
  await loadViaApi(page, seriesT0());
  const t1 = await loadViaApi(page, seriesT1());
  await page.goto(`${maillage.url}#/atelier/${t1}`);

  await page.getByRole('button', { name: /Suivi du territoire/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName('Suivi du territoire');
  // Both workshops are proposed from the territory's name, and nothing is joined before « Confirmer ».
  await expect(dialog.getByRole('checkbox')).toHaveCount(2);
  await expect(dialog.getByRole('checkbox', { name: /Diagnostic partagé de Grigny — 12 mars 2026/ })).toBeChecked();
  await dialog.getByLabel('Nom du suivi').fill('Grigny');
  await dialog.getByRole('button', { name: 'Confirmer la série' }).click();
  await expect(dialog.getByRole('heading', { name: 'Série « Grigny »' })).toBeVisible();
  await expect(dialog.locator('[data-rang]')).toHaveText([/T0.*Diagnostic partagé de Grigny/, /T1.*cet atelier/]);

  await dialog.getByRole('button', { name: 'Comparer', exact: true }).click();
  // The likely pairs are asked first; the comparison waits until each is decided.
  const questions = dialog.getByRole('list', { name: 'Paires à trancher' });
  await expect(dialog.getByRole('status')).toHaveText('Encore 2 paires à trancher');
  await expect(questions.getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByRole('button', { name: 'Voir la comparaison' })).toBeDisabled();
  await questions
    .locator('[data-paire="Collège J. Moulin|Collège Jean-Moulin"]')
    .getByRole('button', { name: /Même acteur/ })
    .click();
  await questions
    .locator('[data-paire="PMI|PMI Nord"]')
    .getByRole('button', { name: /Même acteur/ })
    .click();
  await expect(dialog.getByRole('button', { name: 'Voir la comparaison' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Voir la comparaison' }).click();

  await expect(dialog.getByText('Acteurs — apparus : 2, partis : 1, déjà là : 5')).toBeVisible();
  await expect(dialog.getByText('Coopérations — nées : 3, disparues : 1, changées : 2')).toBeVisible();
  await expect(dialog.getByText('Liens souhaités en T0 devenus réels : 2 sur 3')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Partis ou disparus' })).toContainText('Judo club');
  // On the map: Judo club put back where it stood, marked as gone; the new ones marked as appeared.
  const canvas = dialog.locator('.versions-carte');
  await expect(canvas.locator('.react-flow__node.retire')).toHaveText(/Judo club/);
  await expect(canvas.locator('.react-flow__node.ajoute')).toHaveCount(2);
  await expect(canvas.locator('.react-flow__edge.retire')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/suivi-comparaison-1280x720.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(canvas.locator('.react-flow__node.ajoute')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/suivi-comparaison-1920x1080.png' });
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  await page.getByRole('button', { name: /Exporter/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Word (.docx), modifiable' }).click();
  const download = await downloading;
  const dir = mkdtempSync(join(tmpdir(), 'maillage-e2e-suivi-'));
  try {
    const docx = join(dir, download.suggestedFilename());
    await download.saveAs(docx);
    const text = pdfText(libreOfficeToPdf(docx, dir));
    for (const expected of [
      'Depuis le diagnostic de mars 2026',
      '2 acteurs sont apparus : Foot club et Mission locale.',
      '1 acteur n’est plus sur la carte : Judo club.',
      'Des 3 liens souhaités lors du diagnostic de mars 2026, 2 existent désormais (67 %).',
      'Coopérations disparues',
    ]) {
      expect(text).toContain(squash(expected));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The Club shows the territory's trajectory with the same figures.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${maillage.url}#/club`);
  await page.getByRole('tab', { name: 'Trajectoires' }).click();
  const grigny = page.getByRole('region', { name: 'Grigny' });
  await expect(grigny.locator('tr[data-rang="T1"]')).toContainText('2 sur 3 (67');
  await expect(grigny.locator('tr[data-rang="T1"]')).toContainText('+2 / −1');
  await expect(grigny.getByRole('img', { name: /part des 3 liens souhaités en T0 devenus réels/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/club-trajectoires-1280x720.png' });
});
