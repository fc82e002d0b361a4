import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { libreOfficeToPdf, pdfText, squash } from '../support/readers.js';
import { addActor, createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

/** Calls the local API as the page does (its token), for what the test does not need to draw by hand. */
async function apiCall(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="maillage-token"]')?.content ?? '';
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    { method, input },
  );
}

const workshopIdOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash.split('/').pop() ?? ''));

test('« Exporter » → Word télécharge une synthèse que LibreOffice ouvre', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Synthèse – Les Tilleuls', territory: 'Cité éducative des Tilleuls' });
  await addActor(page, { x: 420, y: 160 }, 'Collège Louise-Michel', 'Éducation nationale');
  await addActor(page, { x: 720, y: 360 }, 'Centre social', 'Centres sociaux et éducation populaire');
  await waitSaved(page);
  // The link is added through the API: drawing links is the map editor's tests' business.
  const workshopId = await workshopIdOf(page);
  const { result } = (await apiCall(page, 'map.get', { workshopId })) as {
    result: { map: { actors: { id: string }[] } };
  };
  const [a, b] = result.map.actors;
  const link = {
    id: 'l1',
    source: a?.id,
    target: b?.id,
    kind: 'action-commune',
    intensity: 'forte',
    quality: null,
    status: 'existing',
    directed: false,
    obstacle: '',
    proposal: '',
    notes: '',
  };
  expect(
    await apiCall(page, 'map.apply', { workshopId, ops: [{ type: 'link.add', link }], origin: 'e2e' }),
  ).toMatchObject({ ok: true });

  await page.getByRole('button', { name: /Exporter/ }).click();
  const menu = page.getByRole('menu', { name: 'Exporter' });
  await expect(menu.getByRole('menuitem')).toHaveCount(13);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  const downloading = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: 'Word (.docx), modifiable' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('synthese-les-tilleuls-synthese.docx');
  await expect(page.getByRole('status').filter({ hasText: 'Exporté' })).toContainText(
    'synthese-les-tilleuls-synthese.docx',
  );

  const dir = mkdtempSync(join(tmpdir(), 'maillage-e2e-export-'));
  try {
    const docx = join(dir, download.suggestedFilename());
    await download.saveAs(docx);
    const text = pdfText(libreOfficeToPdf(docx, dir));
    for (const expected of [
      'Synthèse – Les Tilleuls',
      'Chiffres clés',
      'Collège Louise-Michel',
      'Centre social',
      'Action commune',
    ]) {
      expect(text).toContain(squash(expected));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('l’export montre « Export en cours… » puis dit clairement quand il échoue', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Atelier à supprimer' });
  await addActor(page, { x: 420, y: 160 }, 'CAF', 'Protection sociale (CAF, MSA, CPAM)');
  await waitSaved(page);
  // The PDF takes a moment: the state is visible meanwhile.
  await page.getByRole('button', { name: /Exporter/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'PDF, à imprimer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export en cours…' })).toBeVisible();
  expect((await downloading).suggestedFilename()).toBe('atelier-a-supprimer-synthese.pdf');

  // The workshop is deleted behind the editor's back (another tab): the export says so in French.
  expect(await apiCall(page, 'workshop.delete', { id: await workshopIdOf(page) })).toMatchObject({ ok: true });
  await page.getByRole('button', { name: /Exporter/ }).click();
  await page.getByRole('menuitem', { name: 'Image SVG' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export impossible' })).toContainText('introuvable');
});
