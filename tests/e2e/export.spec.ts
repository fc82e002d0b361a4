import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { libreOfficeToPdf, pdfText, squash } from '../support/readers.js';
import { callApi } from './api-helpers.js';
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
  await expect(menu.getByRole('menuitem')).toHaveCount(14);
  await expect(menu.getByRole('menuitemcheckbox', { name: /Anonymiser/ })).toBeFocused();
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

test('« Anonymiser » et « Pour un collègue ou le Club » : les fichiers téléchargés ne nomment personne', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Atelier des Tilleuls', territory: 'Cité éducative des Tilleuls' });
  await addActor(page, { x: 420, y: 160 }, 'Centre social Agora', 'Centres sociaux et éducation populaire');
  await addActor(page, { x: 720, y: 360 }, 'Gérard Pichonnaud', 'Associations (sport, culture, soutien scolaire…)');
  // Gérard is a volunteer, not a structure: the facilitator says so in the panel.
  const panel = page.locator('.panneau');
  await panel.getByLabel('Une personne (pas une structure)').check();
  await waitSaved(page);
  const workshopId = await workshopIdOf(page);
  const { map } = await callApi<{ map: { actors: { id: string; label: string }[] } }>(page, 'map.get', { workshopId });
  const agora = map.actors.find((a) => a.label === 'Centre social Agora')?.id ?? '';
  await callApi(page, 'map.apply', {
    workshopId,
    origin: 'e2e',
    ops: [{ type: 'actor.update', id: agora, patch: { contact: '04 72 11 22 33', notes: 'Bail précaire' } }],
  });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: /Exporter/ }).click();
  const menu = page.getByRole('menu', { name: 'Exporter' });
  const box = menu.getByRole('menuitemcheckbox', { name: /Anonymiser/ });
  await expect(box).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Enter');
  await expect(box).toHaveAttribute('aria-checked', 'true');
  await expect(menu.getByRole('menuitem', { name: /Tableau des acteurs.*anonymisé/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/export-anonymiser-1280x720.png' });

  const dir = mkdtempSync(join(tmpdir(), 'maillage-e2e-anonyme-'));
  try {
    const csvDownload = page.waitForEvent('download');
    await menu.getByRole('menuitem', { name: /Tableau des acteurs/ }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe('atelier-des-tilleuls-anonymise-acteurs.csv');
    await csv.saveAs(join(dir, 'acteurs.csv'));
    const text = readFileSync(join(dir, 'acteurs.csv'), 'utf8');
    expect(text).toContain('Centre social Agora');
    expect(text).toContain('Personne 1');
    for (const secret of ['Pichonnaud', 'Gérard', '04 72 11 22 33', 'Bail précaire'])
      expect(text).not.toContain(secret);

    // The colleague's file is anonymised even with the box left unticked.
    await page.getByRole('button', { name: /Exporter/ }).click();
    await expect(menu.getByRole('menuitemcheckbox', { name: /Anonymiser/ })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Enter');
    await expect(menu.getByRole('menuitemcheckbox', { name: /Anonymiser/ })).toHaveAttribute('aria-checked', 'false');
    const fileDownload = page.waitForEvent('download');
    await menu.getByRole('menuitem', { name: 'Pour un collègue ou le Club (.maillage anonymisé)' }).click();
    const file = await fileDownload;
    expect(file.suggestedFilename()).toBe('atelier-des-tilleuls-anonymise.maillage');
    await file.saveAs(join(dir, 'atelier.maillage'));
    const maillage = readFileSync(join(dir, 'atelier.maillage'), 'utf8');
    expect(JSON.parse(maillage).map.actors.map((a: { label: string }) => a.label)).toEqual([
      'Centre social Agora',
      'Personne 1',
    ]);
    for (const secret of ['Pichonnaud', '04 72 11 22 33', 'Bail précaire']) expect(maillage).not.toContain(secret);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
