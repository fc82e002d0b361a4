import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPageSize, pdfText, squash } from '../support/readers.js';
import { seriesT1 } from '../support/series-fixture.js';
import { loadViaApi } from './api-helpers.js';
import { expect, test } from './fixtures.js';

test('« Exporter » → Affiche A1 télécharge un PDF A1 que pdftotext lit, noms et légende compris', async ({
  page,
  maillage,
}) => {
  test.setTimeout(120_000);
  await page.goto(maillage.url);
  const { workshop } = seriesT1();
  const id = await loadViaApi(page, seriesT1());
  await page.goto(`${maillage.url}#/atelier/${id}`);

  await page.getByRole('button', { name: /Exporter/ }).click();
  // The menu, posters included, stays whole on a 1280×720 projector.
  await expect(page.getByRole('menuitem', { name: /Affiche A0/ })).toBeInViewport();
  await page.screenshot({ path: 'test-results/export-menu-affiche-1280x720.png' });
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Affiche A1/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export en cours' })).toBeVisible();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('diagnostic-partage-de-grigny-un-an-apres-affiche-a1.pdf');
  const dir = mkdtempSync(join(tmpdir(), 'maillage-e2e-affiche-'));
  try {
    const pdf = join(dir, download.suggestedFilename());
    await download.saveAs(pdf);
    expect(pdfPageSize(pdf).name).toBe('A1');
    const text = pdfText(pdf);
    for (const expected of [workshop.title, 'Centre social Agora', 'Foot club', 'Chiffres clés', 'Légende']) {
      expect(text).toContain(squash(expected));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
