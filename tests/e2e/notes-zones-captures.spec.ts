import type { Page } from '@playwright/test';
import { newActor, newLink, newNote } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import { waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';
import { untilStill } from './motion.js';

/** Sends operations through the same HTTP API the app uses (the map is then read back from SQLite). */
async function applyOps(page: Page, ops: MapOp[]) {
  const workshopId = /#\/atelier\/([^/?]+)/.exec(page.url())?.[1];
  if (!workshopId) throw new Error(`pas d’atelier dans ${page.url()}`);
  const answer = await page.evaluate(
    async ({ workshopId, ops }) => {
      const token = document.querySelector('meta[name="maillage-token"]')?.getAttribute('content') ?? '';
      const response = await fetch('/api/map.apply', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
        body: JSON.stringify({ workshopId, ops, origin: 'capture' }),
      });
      return response.json();
    },
    { workshopId, ops },
  );
  expect(answer).toMatchObject({ ok: true });
}

async function createWith(page: Page, title: string, template: RegExp) {
  await page.getByLabel('Titre *').fill(title);
  await page.getByText(template).click();
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click();
  await expect(page.locator('.react-flow__node-zone').first()).toBeVisible();
}

const actor = (id: string, label: string, category: string, x: number, y: number): MapOp => ({
  type: 'actor.add',
  actor: newActor({ id, label, category, x, y }),
});

test('captures 1280×720 : une écocarte avec acteurs, liens, notes libres et rattachées, et la liste des notes', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWith(page, 'Diagnostic partagé – Les Tilleuls', /^Écocarte/);
  await applyOps(page, [
    actor('famille', 'Parents d’élèves', 'parents', -90, -40),
    actor('college', 'Collège Louise-Michel', 'education', -330, -300),
    actor('ecole', 'École Jean-Jaurès', 'education', 160, -300),
    actor('centre', 'Centre social', 'centres-sociaux', 260, 120),
    actor('club', 'Club de foot', 'associations', -420, 160),
    actor('ccas', 'CCAS', 'commune', -700, -60),
    actor('caf', 'CAF', 'protection-sociale', 540, -80),
    actor('ase', 'ASE', 'departement', -90, 520),
    actor('pmi', 'PMI', 'departement', 330, 420),
    { type: 'link.add', link: newLink({ id: 'l1', source: 'college', target: 'famille', kind: 'information' }) },
    {
      type: 'link.add',
      link: newLink({ id: 'l2', source: 'centre', target: 'famille', kind: 'action-commune', intensity: 'forte' }),
    },
    {
      type: 'link.add',
      link: newLink({ id: 'l3', source: 'ccas', target: 'caf', kind: 'orientation', quality: 'difficile' }),
    },
    {
      type: 'link.add',
      link: newLink({ id: 'l4', source: 'ase', target: 'pmi', kind: 'instance', status: 'desired' }),
    },
    { type: 'link.add', link: newLink({ id: 'l5', source: 'ecole', target: 'centre', kind: 'action-commune' }) },
    {
      type: 'note.add',
      note: newNote({
        id: 'n1',
        kind: 'constat',
        text: 'Les familles ne savent pas à qui s’adresser',
        x: 560,
        y: -520,
      }),
    },
    {
      type: 'note.add',
      note: newNote({ id: 'n2', kind: 'frein', text: 'Pas d’instance commune école – ASE', x: -760, y: 420 }),
    },
    {
      type: 'note.add',
      note: newNote({
        id: 'n3',
        kind: 'point-appui',
        text: 'Le centre social connaît tout le quartier',
        x: 600,
        y: 300,
      }),
    },
    {
      type: 'note.add',
      note: newNote({
        id: 'n4',
        kind: 'piste-action',
        text: 'Un café des parents au collège',
        x: -800,
        y: -460,
        votes: 5,
        priority: 'haute',
        owners: ['college', 'centre'],
      }),
    },
    {
      type: 'note.add',
      note: newNote({
        id: 'n5',
        kind: 'besoin',
        text: 'Un lieu d’accueil en soirée',
        x: 0,
        y: 0,
        attachedTo: { type: 'actor', id: 'centre' },
      }),
    },
    {
      type: 'note.add',
      note: newNote({
        id: 'n6',
        kind: 'frein',
        text: 'Délais d’orientation',
        x: 0,
        y: 0,
        attachedTo: { type: 'link', id: 'l3' },
      }),
    },
    {
      type: 'note.add',
      note: newNote({
        id: 'n7',
        kind: 'pratique-inspirante',
        text: 'Réunion de rentrée commune',
        x: 0,
        y: 0,
        attachedTo: { type: 'actor', id: 'centre' },
      }),
    },
  ]);
  await page.reload();
  await expect(page.locator('.react-flow__node-note')).toHaveCount(4);
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('f');
  await untilStill(page);
  await page.screenshot({ path: test.info().outputPath('ecocarte-notes.png') });

  // The facilitator's view: the list of notes by kind beside the map, one attached note opened.
  await page.getByRole('button', { name: /Notes \(7\)/ }).click();
  await page.getByRole('button', { name: /Un lieu d’accueil en soirée/ }).click();
  await expect(page.locator('.panneau').getByLabel('Texte')).toHaveValue('Un lieu d’accueil en soirée');
  await untilStill(page);
  await page.screenshot({ path: test.info().outputPath('liste-notes.png') });
  await waitSaved(page);
});

test('capture 1280×720 : colonnes par temps avec des acteurs dedans', async ({ page, maillage }) => {
  await page.goto(maillage.url);
  await createWith(page, 'Temps de l’enfant', /^Colonnes par temps/);
  await applyOps(page, [
    actor('a1', 'Collège', 'education', -820, -200),
    actor('a2', 'École élémentaire', 'education', -820, 0),
    actor('a3', 'Accueil de loisirs', 'commune', -340, -200),
    actor('a4', 'Aide aux devoirs', 'associations', -340, 60),
    actor('a5', 'Club de foot', 'associations', 140, -200),
    actor('a6', 'Médiathèque', 'commune', 140, 60),
    actor('a7', 'Parents', 'parents', 620, -200),
    actor('a8', 'PMI', 'departement', 620, 60),
    { type: 'link.add', link: newLink({ id: 'k1', source: 'a1', target: 'a4', kind: 'information' }) },
    { type: 'link.add', link: newLink({ id: 'k2', source: 'a3', target: 'a7', kind: 'action-commune' }) },
    {
      type: 'note.add',
      note: newNote({ id: 'm1', kind: 'besoin', text: 'Mercredis sans solution de garde', x: 110, y: 250 }),
    },
  ]);
  await page.reload();
  await expect(page.locator('.react-flow__node-zone')).toHaveCount(4);
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('f');
  await untilStill(page);
  await page.screenshot({ path: test.info().outputPath('colonnes-temps.png') });
});
