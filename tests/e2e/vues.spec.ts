import type { Page } from '@playwright/test';
import { type MapState, newActor, newLink, newNote } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import { callApi } from './api-helpers.js';
import { actorNode } from './carte-helpers.js';
import { expect, test } from './fixtures.js';

/**
 * One truth in every window (issue 15): each canvas — the editor, the wall, a version in the
 * versions dialog — draws its own map with its own notes and dimming.
 */

function note(id: string, actorId: string): MapOp {
  return {
    type: 'note.add',
    note: {
      ...newNote({ id, kind: 'constat', text: `Constat ${id}`, x: 0, y: 0 }),
      attachedTo: { type: 'actor', id: actorId },
    },
  };
}

async function openWorkshop(page: Page, url: string, ops: MapOp[]): Promise<string> {
  await page.goto(url);
  const { id } = await callApi<{ id: string }>(page, 'workshop.create', { title: 'Deux cartes' });
  await callApi(page, 'map.apply', { workshopId: id, origin: 'seed', ops });
  await page.goto(`${url}#/atelier/${id}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(ops.filter((op) => op.type === 'actor.add').length);
  return id;
}

test('a version in the versions dialog shows its own notes and no dimming from the editor', async ({
  page,
  maillage,
}) => {
  const workshopId = await openWorkshop(page, maillage.url, [
    { type: 'actor.add', actor: newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 0, y: 0 }) },
    { type: 'actor.add', actor: newActor({ id: 'pmi', label: 'PMI', category: 'departement', x: 400, y: 0 }) },
    {
      type: 'actor.add',
      actor: newActor({ id: 'foot', label: 'Club de foot', category: 'associations', x: 0, y: 300 }),
    },
    { type: 'link.add', link: newLink({ id: 'l1', source: 'caf', target: 'pmi', kind: 'orientation' }) },
    note('n1', 'caf'),
  ]);
  await callApi(page, 'snapshot.take', { workshopId, name: 'Avant' });
  // Since the version: two more notes on the CAF, one on the link, and the editor focused on the CAF.
  await callApi(page, 'map.apply', {
    workshopId,
    origin: 'other-view',
    ops: [
      note('n2', 'caf'),
      note('n3', 'caf'),
      {
        type: 'note.add',
        note: {
          ...newNote({ id: 'n4', kind: 'frein', text: 'Délais', x: 0, y: 0 }),
          attachedTo: { type: 'link', id: 'l1' },
        },
      },
    ],
  });
  // The editor's canvas only: the dialog draws a CAF too.
  const editorCaf = page
    .locator('.canevas')
    .locator('.react-flow__node', { has: page.locator('.acteur-nom', { hasText: /^CAF$/ }) });
  await expect(editorCaf.locator('.badge-notes')).toHaveAttribute('data-notes', '3');
  await expect(page.locator('.canevas .lien-badge-notes')).toHaveAttribute('data-notes', '1');
  await actorNode(page, 'PMI').click();
  await page.keyboard.press('v');
  await expect(actorNode(page, 'Club de foot')).toHaveClass(/estompe/);

  await page.getByRole('button', { name: /Versions/ }).click();
  const dialog = page.locator('dialog.dialogue-versions');
  await dialog.locator('li[data-version="Avant"]').getByRole('button', { name: 'Voir' }).click();
  const versionCaf = dialog.locator('.react-flow__node', { has: page.locator('.acteur-nom', { hasText: /^CAF$/ }) });
  await expect(versionCaf.locator('.badge-notes')).toHaveAttribute('data-notes', '1');
  // The link had no note then: its label has no count.
  await expect(dialog.locator('.lien-etiquette')).toHaveCount(1);
  await expect(dialog.locator('.lien-badge-notes')).toHaveCount(0);
  // The editor's focus dims nothing in the version.
  await expect(dialog.locator('.estompe')).toHaveCount(0);
  // And the editor still counts its own.
  await expect(editorCaf.locator('.badge-notes')).toHaveAttribute('data-notes', '3');
});

test('the key written in a tooltip is the one that works; the command bar runs actions too', async ({
  page,
  maillage,
}) => {
  await openWorkshop(page, maillage.url, [
    { type: 'actor.add', actor: newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 0, y: 0 }) },
    { type: 'actor.add', actor: newActor({ id: 'pmi', label: 'PMI', category: 'departement', x: 400, y: 0 }) },
  ]);
  const rail = page.getByRole('toolbar', { name: 'Outils' });
  const addActor = rail.locator('[data-action="map.addActor"]');
  await expect(addActor).toHaveAttribute('title', /\(N\)$/);
  // In a browser, Ctrl+Maj+A is the browser's: only the desktop app writes (and takes) it.
  await expect(addActor).toHaveAttribute('aria-keyshortcuts', 'N');
  const redo = rail.locator('[data-action="edit.redo"]');
  await expect(redo).toHaveAttribute('title', 'Rétablir (Ctrl+Y, Ctrl+Maj+Z)');
  // Nothing selected: nothing to delete, and the button says so.
  await expect(rail.locator('[data-action="map.delete"]')).toBeDisabled();

  const name = page.getByLabel('Nom de l’acteur');
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('n');
  await name.fill('Par la touche N');
  await name.press('Enter');
  const added = actorNode(page, 'Par la touche N');
  await expect(added).toBeVisible();
  // Each key written in the redo tooltip brings it back.
  for (const key of ['Control+y', 'Control+Shift+z']) {
    await page.keyboard.press('Control+z');
    await expect(added).toHaveCount(0);
    await expect(redo).toBeEnabled();
    await page.keyboard.press(key);
    await expect(added).toBeVisible();
  }

  // « / » in the command bar lists actions; Entrée runs the one chosen.
  await page.keyboard.press('Control+k');
  const bar = page.getByRole('combobox', { name: 'Saisie rapide' });
  await bar.fill('/nouvelle zo');
  await expect(page.getByRole('option', { name: 'Nouvelle zone (Z)' })).toBeVisible();
  await bar.press('Enter');
  await expect(page.locator('.react-flow__node-zone')).toHaveCount(1);
});

test('the server crashes mid-workshop: what is typed meanwhile reaches the core once it is back, in order, once', async ({
  page,
  maillage,
}) => {
  const workshopId = await openWorkshop(page, maillage.url, [
    { type: 'actor.add', actor: newActor({ id: 'mairie', label: 'Mairie', category: 'commune', x: 0, y: 0 }) },
  ]);
  await maillage.stop('SIGKILL');
  await page.keyboard.press('Control+k');
  const bar = page.getByRole('combobox', { name: 'Saisie rapide' });
  for (const line of ['Ludothèque', 'Médiathèque', 'Ludothèque > Médiathèque : orientation']) {
    await bar.fill(line);
    await bar.press('Enter');
    await expect(bar).toHaveValue('');
  }
  const status = page.locator('.etat-enregistrement');
  await expect(status).toHaveAttribute('data-state', 'offline');
  // A new launch on the same folder and address, with a new token.
  await maillage.start();
  await expect(status).toHaveAttribute('data-state', 'saved');

  const reader = await page.context().newPage();
  await reader.goto(maillage.url);
  const { map, revision } = await callApi<{ map: MapState; revision: number }>(reader, 'map.get', { workshopId });
  expect(map.actors.map((actor) => actor.label)).toEqual(['Mairie', 'Ludothèque', 'Médiathèque']);
  expect(map.links).toHaveLength(1);
  // The seed, then one batch per line or fewer (lines typed while one was in flight go together).
  expect(revision).toBeLessThanOrEqual(4);
});

test('a tab closed while saving asks first; staying, the edit reaches the core', async ({ page, maillage }) => {
  const workshopId = await openWorkshop(page, maillage.url, [
    { type: 'actor.add', actor: newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 0, y: 0 }) },
  ]);
  // Nothing waiting: the tab closes without a question.
  const quiet = await page.context().newPage();
  await quiet.goto(`${maillage.url}#/atelier/${workshopId}`);
  await expect(quiet.locator('.react-flow__node')).toHaveCount(1);
  let asked = false;
  quiet.on('dialog', (dialog) => {
    asked = true;
    void dialog.dismiss();
  });
  await quiet.close({ runBeforeUnload: true });
  await expect.poll(() => quiet.isClosed()).toBe(true);
  expect(asked).toBe(false);

  await maillage.stop();
  await page.keyboard.press('Control+k');
  const bar = page.getByRole('combobox', { name: 'Saisie rapide' });
  await bar.fill('PMI');
  await bar.press('Enter');
  await expect(page.locator('.etat-enregistrement')).toHaveAttribute('data-state', 'offline');
  const question = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await question;
  expect(dialog.type()).toBe('beforeunload');
  // « Rester sur la page »
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  await maillage.start();
  await expect(page.locator('.etat-enregistrement')).toHaveAttribute('data-state', 'saved');
  const reader = await page.context().newPage();
  await reader.goto(maillage.url);
  const { map } = await callApi<{ map: MapState }>(reader, 'map.get', { workshopId });
  expect(map.actors.map((actor) => actor.label)).toEqual(['CAF', 'PMI']);
});

test('two editors type the same new name at once: one actor, and the second editor says why', async ({
  page,
  browser,
  maillage,
}) => {
  const workshopId = await openWorkshop(page, maillage.url, [
    { type: 'actor.add', actor: newActor({ id: 'mairie', label: 'Mairie', category: 'commune', x: 0, y: 0 }) },
  ]);
  // A co-facilitator's tab, on a network of its own that the test cuts.
  const elsewhere = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 720 } });
  try {
    const second = await elsewhere.newPage();
    await second.goto(`${maillage.url}#/atelier/${workshopId}`);
    await expect(second.locator('.react-flow__node')).toHaveCount(1);
    // Both type « Commun » on the same map; the second's line reaches the core after the first's.
    await elsewhere.setOffline(true);
    await second.keyboard.press('Control+k');
    const secondBar = second.getByRole('combobox', { name: 'Saisie rapide' });
    await secondBar.fill('Commun');
    await secondBar.press('Enter');
    await expect(second.locator('.etat-enregistrement')).toHaveAttribute('data-state', 'offline');
    await page.keyboard.press('Control+k');
    const bar = page.getByRole('combobox', { name: 'Saisie rapide' });
    await bar.fill('commun');
    await bar.press('Enter');
    await expect(page.locator('.etat-enregistrement')).toHaveAttribute('data-state', 'saved');
    await elsewhere.setOffline(false);

    // The refusal says why, once, in the save status, which stays until the next edit is saved.
    const secondStatus = second.locator('.etat-enregistrement');
    await expect(secondStatus).toHaveAttribute('data-state', 'failed');
    await expect(secondStatus).toContainText('«\u00a0Commun\u00a0» vient d’être ajouté depuis une autre fenêtre');
    await expect(second.locator('.avis')).toHaveCount(0);
    // The bar where the line was typed no longer says « Fait ».
    await expect(second.locator('.saisie-retour')).toHaveClass(/erreur/);
    await expect(second.locator('.saisie-retour')).toContainText(
      'Non enregistré\u00a0: «\u00a0Commun\u00a0» vient d’être ajouté',
    );
    await second.screenshot({ path: test.info().outputPath('jumeau-refuse-1280x720.png') });
    // The second editor shows the core's map: the first « commun », not its own twin.
    await expect(second.locator('.react-flow__node .acteur-nom')).toHaveText(['Mairie', 'commun']);
    const { map } = await callApi<{ map: MapState }>(page, 'map.get', { workshopId });
    expect(map.actors.map((actor) => actor.label)).toEqual(['Mairie', 'commun']);
  } finally {
    await elsewhere.close();
  }
});
