import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { atelierNominatif } from '../support/atelier-nominatif.js';
import { callApi } from './api-helpers.js';
import { expect, test } from './fixtures.js';

test('la notice « Données personnelles » : le dossier, ses droits, une base abîmée supprimée, une personne cherchée, exportée et effacée', async ({
  page,
  maillage,
}) => {
  // A damaged database left by a crash: moved aside at start, listed by the notice.
  await maillage.stop();
  // Its journal goes too: a leftover WAL would still hold a readable first page.
  for (const suffix of ['-wal', '-shm']) rmSync(join(maillage.dataDir, `maillage.sqlite${suffix}`), { force: true });
  writeFileSync(join(maillage.dataDir, 'maillage.sqlite'), Buffer.alloc(4096, 7));
  const url = await maillage.restart();
  await page.goto(url);
  const { workshop, map } = atelierNominatif();
  const created = await callApi<{ id: string }>(page, 'workshop.create', {
    title: workshop.title,
    territory: workshop.territory,
    participants: workshop.participants,
  });
  await callApi(page, 'map.apply', {
    workshopId: created.id,
    origin: 'e2e',
    ops: [
      ...map.actors.map((actor) => ({ type: 'actor.add', actor })),
      ...map.links.map((link) => ({ type: 'link.add', link })),
      ...map.zones.map((zone) => ({ type: 'zone.add', zone })),
    ],
  });

  await page.reload();
  await page.getByRole('link', { name: 'Données personnelles' }).click();
  await expect(page.getByRole('heading', { name: 'Données personnelles et confidentialité', level: 1 })).toBeVisible();
  const files = page.locator('.table-donnees');
  await expect(files.locator('tr', { hasText: 'maillage.sqlite' }).first()).toContainText(
    'votre compte seulement (0600)',
  );
  await expect(
    page.locator('section', { has: page.getByRole('heading', { name: 'Ce que Maillage enregistre' }) }),
  ).toContainText('Sur cet ordinateur\u00a0: 1\u00a0atelier, et 0\u00a0fichier reçu de collègues pour le Club.');
  await expect(files).toContainText('Le dossier lui-même\u00a0: votre compte seulement (0700)');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/confidentialite-1280x720.png' });
  await page.screenshot({ path: 'test-results/confidentialite-page-entiere-1280.png', fullPage: true });

  // The damaged file: listed, deleted after a confirmation.
  const damaged = page.locator('section', { has: page.getByRole('heading', { name: 'Bases abîmées mises de côté' }) });
  await expect(damaged.locator('li')).toHaveCount(1);
  await damaged.getByRole('button', { name: 'Supprimer…' }).click();
  await page
    .getByRole('dialog', { name: 'Supprimer cette base abîmée ?' })
    .getByRole('button', { name: 'Supprimer' })
    .click();
  await expect(damaged).toContainText('Aucune.');
  expect(readdirSync(maillage.dataDir).filter((name) => name.includes('illisible'))).toEqual([]);

  // The retention setting is kept.
  await page.getByLabel('Revoir les ateliers qui n’ont pas changé depuis').selectOption('12');
  await expect(page.getByText('Aucun atelier à revoir.')).toBeVisible();

  // A person: found, exported, erased.
  const person = page.locator('section', { has: page.getByRole('heading', { name: /Répondre à une personne/ }) });
  await person.getByLabel('Nom, adresse ou téléphone').fill('ostrowska');
  await person.getByLabel('Nom, adresse ou téléphone').press('Enter');
  await expect(person.getByRole('status')).toContainText('passages dans 1\u00a0atelier(s)');
  await expect(person.locator('.resultats-personne')).toContainText('Mme Ostrowska ne connaît pas le dispositif');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await person.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/confidentialite-personne-1920x1080.png' });

  const downloading = page.waitForEvent('download');
  await person.getByRole('button', { name: 'Exporter ce qui la concerne' }).click();
  const download = await downloading;
  const saved = join(maillage.dataDir, '..', download.suggestedFilename());
  await download.saveAs(saved);
  expect(readFileSync(saved, 'utf8')).toContain('Lien — obstacle\u00a0: Mme Ostrowska ne connaît pas le dispositif');

  await person.getByRole('button', { name: 'Effacer partout…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Effacer «\u202fostrowska\u202f» partout ?' });
  await expect(confirm).toContainText('Cela ne peut pas être annulé');
  await confirm.getByRole('button', { name: 'Effacer partout' }).click();
  await expect(person.getByRole('status')).toContainText('«\u202fostrowska\u202f» est effacé');
  await expect(person.getByRole('status')).toContainText('Aucun passage ne contient «\u202fostrowska\u202f».');
  const after = await callApi<{ map: { actors: { id: string; label: string }[] } }>(page, 'map.get', {
    workshopId: created.id,
  });
  expect(after.map.actors.find((a) => a.id === 'ostrowska')?.label).toBe('Personne effacée');
});

test('la durée de conservation : un atelier inchangé depuis deux ans est signalé, « Garder » le retire de la revue, rien n’est supprimé', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  const created = await callApi<{ id: string }>(page, 'workshop.create', { title: 'Diagnostic de 2024' });
  await callApi(page, 'privacy.setRetention', { months: 12 });
  // Two years pass: the workshop's last change is set back in the real file, Maillage closed.
  await maillage.stop();
  const db = new Database(join(maillage.dataDir, 'maillage.sqlite'));
  db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run('2024-01-10T09:00:00.000Z', created.id);
  db.close();
  await page.goto(await maillage.restart());

  const banner = page.getByRole('link', { name: /1\s+atelier n’a pas changé depuis plus de 12\s+mois/ });
  await expect(banner).toBeVisible();
  await banner.click();
  const review = page.locator('#conservation');
  await expect(review.getByRole('heading', { name: 'À revoir (1)' })).toBeVisible();
  await expect(review.locator('li')).toContainText('Diagnostic de 2024');
  await review.getByRole('button', { name: 'Garder' }).click();
  await expect(review).toContainText('Aucun atelier à revoir.');

  // Listed is not deleted: back on the workshop list, it is there, and no longer flagged.
  await page.getByRole('link', { name: '← Ateliers' }).click();
  await expect(page.getByRole('heading', { name: 'Diagnostic de 2024', level: 3 })).toBeVisible();
  await expect(page.getByRole('link', { name: /n’a pas changé depuis/ })).toHaveCount(0);
});
