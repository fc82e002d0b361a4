import { execFileSync } from 'node:child_process';
import { type Browser, type BrowserContext, devices, type Page } from '@playwright/test';
import { newActor, newNote } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import type { RoomStatus } from '../../shared/salle/room.js';
import { joinRoom } from '../support/room-client.js';
import { callApi } from './api-helpers.js';
import { expect, test } from './fixtures.js';

/**
 * The room with real pages: the editor (1280×720), the wall in a second tab, and three phones —
 * small touch screens in contexts of their own — joining by the QR code (decoded from the
 * screen by zbarimg, as a phone's camera would) or by the short code. The room listener of
 * these tests listens on 127.0.0.1 only (MAILLAGE_SALLE_LOOPBACK_ONLY, set by the fixture).
 */

const seed: MapOp[] = [
  {
    type: 'actor.add',
    actor: newActor({ id: 'college', label: 'Collège Jean-Moulin', category: 'education', x: 0, y: 0 }),
  },
  { type: 'actor.add', actor: newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 420, y: 0 }) },
  {
    type: 'actor.add',
    actor: newActor({ id: 'centre', label: 'Centre social', category: 'centres-sociaux', x: 200, y: 260 }),
  },
  { type: 'note.add', note: newNote({ id: 'p1', kind: 'piste-action', text: 'Un café des parents', x: 700, y: 0 }) },
  {
    type: 'note.add',
    note: newNote({ id: 'p2', kind: 'piste-action', text: 'Une navette le mercredi', x: 700, y: 200 }),
  },
];

const phoneLike = {
  ...devices['Pixel 7'],
  viewport: { width: 375, height: 667 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
};

async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(phoneLike);
  return { context, page: await context.newPage() };
}

/** What a phone's camera reads from the QR code on screen: zbarimg on a picture of it. */
async function scanQr(page: Page, selector: string): Promise<string> {
  const picture = await page.locator(selector).screenshot();
  const text = execFileSync('zbarimg', ['--quiet', '--raw', '-'], { input: picture, stdio: ['pipe', 'pipe', 'ignore'] })
    .toString('utf8')
    .trim();
  expect(text).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=[A-Za-z0-9_-]{20,}$/);
  return text;
}

test('phones propose, the facilitator moderates, the wall shows only what was accepted, the vote counts once, closing revokes', async ({
  maillage,
  browser,
}) => {
  // A whole workshop's room in one story, with five pages: longer than the default minute on a busy machine.
  test.setTimeout(240_000);
  const editor = await browser.newPage();
  await editor.goto(maillage.url);
  const { id } = await callApi<{ id: string }>(editor, 'workshop.create', { title: 'Bellevue', territory: 'Vaulx' });
  await callApi(editor, 'map.apply', { workshopId: id, origin: 'seed', ops: seed });
  await editor.goto(`${maillage.url}#/atelier/${id}`);
  await expect(editor.locator('.react-flow__node')).toHaveCount(5);
  const wall = await browser.newPage();
  await wall.goto(`${maillage.url}#/projection/${id}`);
  await expect(wall.locator('.projection .react-flow__node').first()).toBeVisible();

  // Off by default: nothing listens, the wall shows no way to join.
  await expect(wall.locator('.rejoindre-mur')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Salle', exact: true }).click();
  const panel = editor.getByRole('complementary', { name: 'La salle' });
  const choice = panel.getByLabel('Connexion à ouvrir aux téléphones');
  await expect(choice.locator('option')).toHaveText(['127.0.0.1 — cet ordinateur seulement (pour essayer)']);
  await panel.getByRole('button', { name: 'Ouvrir la salle' }).click();
  await expect(panel.locator('.rejoindre-titre')).toHaveText('Participer depuis votre téléphone');
  const joinUrl = await scanQr(editor, '.panneau-salle .rejoindre-qr');
  const roomUrl = joinUrl.replace(/#.*$/, '');
  const shortCode = (await panel.locator('[data-code]').getAttribute('data-code')) ?? '';
  expect(shortCode).toMatch(/^\d{6}$/);
  await expect(panel.locator('.rejoindre-adresse')).toHaveText(roomUrl.replace('http://', '').replace(/\/$/, ''));

  // The wall shows the same QR code, code and address.
  await expect(wall.locator('.rejoindre-mur .rejoindre-titre')).toHaveText('Participer depuis votre téléphone');
  expect(await scanQr(wall, '.rejoindre-mur .rejoindre-qr')).toBe(joinUrl);
  await expect(wall.locator('.rejoindre-mur [data-code]')).toHaveAttribute('data-code', shortCode);
  await wall.screenshot({ path: test.info().outputPath('salle-mur-1280.png') });
  await wall.setViewportSize({ width: 1920, height: 1080 });
  expect(await scanQr(wall, '.rejoindre-mur .rejoindre-qr')).toBe(joinUrl);
  await wall.screenshot({ path: test.info().outputPath('salle-mur-1920.png') });

  // Phone A scans the QR code and proposes a note about an actor; the secret leaves the address bar.
  const a = await phone(browser);
  await a.page.goto(joinUrl);
  await expect(a.page.getByRole('heading', { name: 'Bellevue' })).toBeVisible();
  expect(a.page.url()).toBe(roomUrl);
  await a.page.locator('label.type', { hasText: 'Besoin' }).tap();
  await a.page.getByLabel('Votre proposition').fill('<b>Des horaires</b> le soir pour les parents');
  await a.page.getByLabel('À propos de… (facultatif)').selectOption({ label: 'Collège Jean-Moulin' });
  await a.page.getByLabel('Votre prénom (facultatif)').fill('Awa');
  await a.page.getByRole('button', { name: 'Envoyer' }).tap();
  await expect(a.page.getByRole('status')).toContainText('Envoyé');
  await a.page.getByLabel('Votre proposition').fill('Le collège ferme à 17 h');
  await a.page.locator('label.type', { hasText: 'Constat' }).tap();
  await a.page.getByLabel('À propos de… (facultatif)').selectOption({ label: '— aucun acteur en particulier —' });
  await a.page.getByRole('button', { name: 'Envoyer' }).tap();
  await expect(a.page.locator('.mes-propositions li')).toHaveCount(2);
  await a.page.getByLabel('Votre proposition').fill('Une permanence de la CAF au collège');
  await a.page.evaluate(() => window.scrollTo(0, 0));
  await a.page.screenshot({ path: test.info().outputPath('telephone-proposer.png') });
  await a.page.getByLabel('Votre proposition').fill('');

  // Phone B types the short code, then proposes a missing cooperation.
  const b = await phone(browser);
  await b.page.goto(roomUrl);
  await b.page.getByLabel('Code de la salle').fill(`${shortCode.slice(0, 3)} ${shortCode.slice(3)}`);
  await b.page.getByRole('button', { name: 'Entrer' }).tap();
  await b.page.getByRole('button', { name: /Lien manquant/ }).tap();
  await b.page.getByLabel('Premier acteur').selectOption({ label: 'CAF' });
  await b.page.getByLabel('Second acteur').selectOption({ label: 'Centre social' });
  await b.page.getByLabel('Pourquoi, ou pour quoi faire ? (facultatif)').fill('Pour les dossiers de bourses');
  await b.page.getByRole('button', { name: 'Envoyer' }).tap();
  await expect(b.page.getByRole('status')).toContainText('Envoyé');

  // Phone C proposes something the facilitator will refuse.
  const c = await phone(browser);
  await c.page.goto(joinUrl);
  await c.page.locator('label.type', { hasText: 'Frein' }).tap();
  await c.page.getByLabel('Votre proposition').fill('Hors sujet');
  await c.page.getByRole('button', { name: 'Envoyer' }).tap();
  await expect(c.page.getByRole('status')).toContainText('Envoyé');

  // The moderation list, grouped by kind; nothing on the wall yet.
  const moderation = panel.getByRole('region', { name: 'Propositions à modérer' });
  await expect(moderation.locator('.proposition')).toHaveCount(4);
  await expect(moderation.getByRole('region', { name: 'Besoin' }).locator('.proposition')).toHaveCount(1);
  await expect(moderation.getByRole('region', { name: 'Coopérations manquantes' })).toContainText(
    'CAF ⇢ Centre social',
  );
  // Text stays text: the markup a phone typed is shown as typed, never interpreted.
  await expect(moderation.getByText('<b>Des horaires</b> le soir pour les parents')).toBeVisible();
  await expect(moderation.locator('b')).toHaveCount(0);
  await expect(moderation.getByText('à propos de Collège Jean-Moulin · de Awa')).toBeVisible();
  await expect(panel.locator('.salle-compte')).toContainText('3 téléphones connectés');
  await expect(wall.getByText('Le collège ferme à 17 h')).toHaveCount(0);
  await expect(wall.getByText('Hors sujet')).toHaveCount(0);
  await editor.screenshot({ path: test.info().outputPath('salle-editeur-1280.png') });

  // Accept the constat as it is: it reaches the map and the wall.
  const constat = moderation.locator('.proposition', { hasText: 'Le collège ferme à 17 h' });
  await constat.getByRole('button', { name: 'Accepter' }).click();
  await expect(editor.locator('.react-flow__node', { hasText: 'Le collège ferme à 17 h' })).toBeVisible();
  await expect(wall.locator('.react-flow__node', { hasText: 'Le collège ferme à 17 h' })).toBeVisible();
  // Undone like any edit, and redone.
  await editor.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await editor.keyboard.press('Control+z');
  await expect(wall.locator('.react-flow__node', { hasText: 'Le collège ferme à 17 h' })).toHaveCount(0);
  await editor.keyboard.press('Control+y');
  await expect(wall.locator('.react-flow__node', { hasText: 'Le collège ferme à 17 h' })).toBeVisible();

  // Edit the besoin, then accept it: attached to the Collège (its badge counts one note).
  const besoin = moderation.locator('.proposition', { hasText: 'Des horaires' });
  await besoin.getByRole('button', { name: 'Modifier' }).click();
  await besoin.getByRole('textbox').fill('Des horaires le soir pour les parents');
  await besoin.getByRole('button', { name: 'Accepter' }).click();
  await expect(besoin).toHaveCount(0);
  await expect(
    editor.locator('.react-flow__node', { hasText: 'Collège Jean-Moulin' }).locator('.badge-notes'),
  ).toHaveAttribute('data-notes', '1');

  // Accept the missing cooperation (a desired link), refuse the off-topic one.
  await moderation
    .locator('.proposition', { hasText: 'CAF ⇢ Centre social' })
    .getByRole('button', { name: 'Accepter' })
    .click();
  const refused = moderation.locator('.proposition', { hasText: 'Hors sujet' });
  await refused.getByRole('button', { name: 'Refuser' }).click();
  await refused.getByRole('button', { name: 'Oui, refuser' }).click();
  await expect(moderation.locator('.proposition')).toHaveCount(0);
  const map = await callApi<{ map: { links: { source: string; target: string; status: string }[] } }>(
    editor,
    'map.get',
    {
      workshopId: id,
    },
  );
  expect(map.map.links).toEqual([expect.objectContaining({ source: 'caf', target: 'centre', status: 'desired' })]);
  // Each phone sees what became of its proposals.
  await expect(c.page.locator('.mes-propositions li', { hasText: 'Hors sujet' })).toContainText('non retenue');
  await expect(a.page.locator('.mes-propositions li', { hasText: '17 h' })).toContainText('retenue');

  // The vote, during « Pistes d'action »: three gommettes per phone, changeable until it closes.
  await editor.getByRole('button', { name: 'Étape 6\u00a0: Pistes d’action' }).click();
  await panel.getByLabel('Gommettes par téléphone').selectOption('3');
  await panel.getByRole('button', { name: 'Ouvrir le vote' }).click();
  for (const p of [a.page, b.page]) {
    await p.getByRole('button', { name: /Voter/ }).tap();
    await expect(p.getByText('Il vous reste 3 gommettes sur 3.', { exact: false })).toBeVisible();
  }
  const add = (p: Page, text: string) => p.getByRole('button', { name: `Ajouter une gommette à « ${text} »` });
  /** A tap, then a look at the count the room answered, as a participant does before the next tap. */
  const tapDot = async (p: Page, text: string, sign: '+' | '−', expected: number) => {
    const row = p.locator('.gommettes li', { hasText: text });
    await (sign === '+' ? add(p, text) : p.getByRole('button', { name: `Retirer une gommette de « ${text} »` })).tap();
    await expect(row.locator('output')).toHaveText(String(expected));
  };
  for (let i = 1; i <= 3; i++) await tapDot(a.page, 'Un café des parents', '+', i);
  await expect(add(a.page, 'Un café des parents')).toBeDisabled();
  // A changes one, B places two.
  await tapDot(a.page, 'Un café des parents', '−', 2);
  await tapDot(a.page, 'Une navette le mercredi', '+', 1);
  await expect(a.page.locator('.reste')).toContainText('Il vous reste 0 gommette sur 3');
  await tapDot(b.page, 'Une navette le mercredi', '+', 1);
  await tapDot(b.page, 'Une navette le mercredi', '+', 2);
  await expect(b.page.locator('.reste')).toContainText('Il vous reste 1 gommette sur 3');
  await b.page.screenshot({ path: test.info().outputPath('telephone-gommettes.png'), fullPage: true });
  await expect(panel.getByText('Vote ouvert\u00a0: 2 téléphones ont voté.')).toBeVisible();
  // Not on the wall's ranking before they are counted.
  await expect(wall.locator('.projection-cote')).not.toContainText('3 voix');

  await panel.getByRole('button', { name: 'Clore le vote' }).click();
  await expect(a.page.getByText('Le vote est clos')).toBeVisible({ timeout: 15_000 });
  await panel.getByRole('button', { name: 'Ajouter les gommettes aux votes de la carte' }).click();
  await expect(panel.getByText('Gommettes ajoutées à la carte.')).toBeVisible();
  // The gommettes go to the core through the editor's save queue, like any edit: wait for them there.
  const votesInCore = async () => {
    const voted = await callApi<{ map: { notes: { id: string; votes: number }[] } }>(editor, 'map.get', {
      workshopId: id,
    });
    return Object.fromEntries(voted.map.notes.filter((n) => n.id.startsWith('p')).map((n) => [n.id, n.votes]));
  };
  await expect.poll(votesInCore).toEqual({ p1: 2, p2: 3 });
  // Counted once: the button is gone, and asking the core again is refused.
  await expect(panel.getByRole('button', { name: 'Ajouter les gommettes aux votes de la carte' })).toHaveCount(0);
  await expect(callApi(editor, 'room.vote', { workshopId: id, action: { type: 'count' } })).rejects.toThrow(
    /déjà été ajoutées/,
  );
  await editor.screenshot({ path: test.info().outputPath('salle-editeur-vote-1280.png') });

  // The map on a phone: the wall's map, zoomable, with its legend.
  await a.page.getByRole('button', { name: /Carte/ }).tap();
  const picture = a.page.getByRole('img', { name: 'Carte des coopérations, telle qu’elle est au mur' });
  await expect(picture).toBeVisible();
  await expect(a.page.getByRole('img', { name: 'Légende' })).toBeVisible();
  await a.page.getByRole('button', { name: 'Zoomer', exact: true }).tap();
  await expect(picture).toHaveCSS('transform', /matrix\(1\.6/);
  await a.page.screenshot({ path: test.info().outputPath('telephone-carte.png') });

  // « Fermer la salle »: every phone is refused from now on, and the wall stops showing how to join.
  await panel.getByRole('button', { name: 'Fermer la salle' }).click();
  await expect(panel.getByRole('button', { name: 'Ouvrir la salle' })).toBeVisible();
  await expect(wall.locator('.rejoindre-mur')).toHaveCount(0);
  await b.page.getByRole('button', { name: /Proposer/ }).tap();
  await b.page.getByLabel('Votre proposition').fill('Trop tard');
  await b.page.getByRole('button', { name: 'Envoyer' }).tap();
  await expect(b.page.locator('.refus')).toContainText('La salle ne répond pas');
  await expect(a.page.getByRole('alert').first()).toContainText('La salle ne répond pas', { timeout: 15_000 });
  const refusedRequest = await c.page.evaluate(() =>
    fetch('api/view', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then(
      () => 'answered',
      () => 'refused',
    ),
  );
  expect(refusedRequest).toBe('refused');
  await expect(panel.locator('.proposition')).toHaveCount(0);
  for (const p of [a, b, c]) await p.context.close();
});

/** The words split over two lines inside the elements `selector` finds (a label cut mid-word). */
function wordsCut(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const cut: string[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const word of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) cut.push(word[0]);
        }
      }
      return cut;
    }),
  );
}

test('the phone page at phone sizes: readable, one column, targets a thumb can hit', async ({ maillage, browser }) => {
  const editor = await browser.newPage();
  await editor.goto(maillage.url);
  const { id } = await callApi<{ id: string }>(editor, 'workshop.create', { title: 'Atelier des Minguettes' });
  await callApi(editor, 'map.apply', { workshopId: id, origin: 'seed', ops: seed });
  const room = await callApi<{ joinUrl: string }>(editor, 'room.open', {
    workshopId: id,
    address: '127.0.0.1',
    port: 0,
  });
  for (const viewport of [
    { width: 320, height: 568 },
    { width: 390, height: 844 },
  ]) {
    const context = await browser.newContext({ ...phoneLike, viewport });
    const page = await context.newPage();
    await page.goto(room.joinUrl);
    await expect(page.getByRole('heading', { name: 'Atelier des Minguettes' })).toBeVisible();
    // Nothing wider than the screen; every button at least 44 px high (Apple's and Google's minimum).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    const heights = await page
      .locator('button:visible')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    const size = await page
      .getByLabel('Votre proposition')
      .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    // 16 px at least: iOS Safari zooms into a smaller field.
    expect(size).toBeGreaterThanOrEqual(16);
    // Every word of the tabs and of the kinds whole on one line, the current tab's bold included.
    for (const tab of ['Lien manquant', 'Voter', 'Carte', 'Proposer']) {
      await page.locator('.onglets button', { hasText: tab }).tap();
      expect(await wordsCut(page, '.onglets button'), tab).toEqual([]);
    }
    await page.locator('label.type', { hasText: 'Besoin' }).tap();
    expect(await wordsCut(page, '.type')).toEqual([]);
    await page.getByLabel('Votre proposition').fill('Une permanence de la CAF au collège, le mercredi');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: test.info().outputPath(`telephone-${viewport.width}.png`) });
    await context.close();
  }
  await callApi(editor, 'room.close', { workshopId: id });
});

test('a proposal merged into a note of its kind: one note on the map and the wall, undone like any edit', async ({
  maillage,
  browser,
}) => {
  const editor = await browser.newPage();
  await editor.goto(maillage.url);
  const { id } = await callApi<{ id: string }>(editor, 'workshop.create', { title: 'Bellevue', territory: 'Vaulx' });
  await callApi(editor, 'map.apply', { workshopId: id, origin: 'seed', ops: seed });
  // Pistes d'action are on the wall from their step on.
  await callApi(editor, 'facilitation.act', { workshopId: id, action: { type: 'step', step: 'pistes' } });
  await editor.goto(`${maillage.url}#/atelier/${id}`);
  await expect(editor.locator('.react-flow__node')).toHaveCount(5);
  const wall = await browser.newPage();
  await wall.goto(`${maillage.url}#/projection/${id}`);
  await expect(wall.locator('.projection .react-flow__node').first()).toBeVisible();
  const room = await callApi<{ joinUrl: string }>(editor, 'room.open', {
    workshopId: id,
    address: '127.0.0.1',
    port: 0,
  });

  const a = await phone(browser);
  await a.page.goto(room.joinUrl);
  await a.page.locator('label.type', { hasText: 'Piste d’action' }).tap();
  await a.page.getByLabel('Votre proposition').fill('le samedi matin, avec la ludothèque');
  await a.page.getByRole('button', { name: 'Envoyer' }).tap();
  await expect(a.page.getByRole('status')).toContainText('Envoyé');

  await editor.getByRole('button', { name: 'Salle', exact: true }).click();
  const panel = editor.getByRole('complementary', { name: 'La salle' });
  const proposal = panel.locator('.proposition', { hasText: 'le samedi matin' });
  await proposal.getByRole('button', { name: 'Fusionner…' }).click();
  // Only the notes of its kind are offered.
  const into = proposal.getByLabel('Fusionner avec la note');
  await expect(into.locator('option')).toHaveText(['Un café des parents', 'Une navette le mercredi']);
  await into.selectOption({ label: 'Un café des parents' });
  await proposal.getByRole('button', { name: 'Fusionner', exact: true }).click();
  await expect(panel.locator('.proposition')).toHaveCount(0);

  // The same note, its text one line longer, on the map and on the wall: no note added.
  const merged = 'Un café des parents\nle samedi matin, avec la ludothèque';
  await expect
    .poll(async () => {
      const { map } = await callApi<{ map: { notes: { id: string; text: string }[] } }>(editor, 'map.get', {
        workshopId: id,
      });
      return map.notes.map((n) => [n.id, n.text]);
    })
    .toEqual([
      ['p1', merged],
      ['p2', 'Une navette le mercredi'],
    ]);
  await expect(wall.locator('.react-flow__node', { hasText: 'avec la ludothèque' })).toHaveCount(1);
  await expect(a.page.locator('.mes-propositions li', { hasText: 'le samedi matin' })).toContainText(
    'ajoutée à une note',
  );

  // Undone like any edit: the note as it was.
  await editor.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await editor.keyboard.press('Control+z');
  await expect(wall.locator('.react-flow__node', { hasText: 'avec la ludothèque' })).toHaveCount(0);
  await expect(wall.locator('.react-flow__node', { hasText: 'Un café des parents' })).toHaveCount(1);
  await callApi(editor, 'room.close', { workshopId: id });
  await a.context.close();
});

test('a busy room: each kind shows its oldest proposals and counts the rest, the next one takes the place of one refused', async ({
  maillage,
  browser,
}) => {
  const editor = await browser.newPage();
  await editor.goto(maillage.url);
  const { id } = await callApi<{ id: string }>(editor, 'workshop.create', { title: 'Bellevue', territory: 'Vaulx' });
  await callApi(editor, 'map.apply', { workshopId: id, origin: 'seed', ops: seed });
  const room = await callApi<RoomStatus>(editor, 'room.open', { workshopId: id, address: '127.0.0.1', port: 0 });
  await editor.goto(`${maillage.url}#/atelier/${id}`);
  await editor.getByRole('button', { name: 'Salle', exact: true }).click();
  const panel = editor.getByRole('complementary', { name: 'La salle' });

  // Two phones send 28 constats between them (20 is one phone's most), in a known order, and one need.
  let sent = 0;
  for (const count of [20, 8]) {
    const joined = await joinRoom(room.joinUrl);
    for (let n = 0; n < count; n++) {
      sent += 1;
      const text = `Constat ${String(sent).padStart(2, '0')}`;
      const answer = await joined.call('propose.note', { id: `busy${sent}`, kind: 'constat', text, actorId: null });
      expect(answer.status).toBe(200);
    }
  }
  const lastPhone = await joinRoom(room.joinUrl);
  expect((await lastPhone.call('propose.note', { id: 'need', kind: 'besoin', text: 'Un besoin' })).status).toBe(200);

  const constats = panel.getByRole('region', { name: 'Constat' });
  await expect(constats.locator('h4 .compte')).toHaveText('28');
  await expect(panel.locator('.moderation > h3 .compte')).toHaveText('29');
  const rows = constats.locator('.proposition-texte');
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toHaveText(/Constat 01$/);
  await expect(rows.last()).toHaveText(/Constat 25$/);
  await expect(constats.locator('.moderation-suite')).toContainText('3 autres attendent.');
  await expect(panel.getByRole('region', { name: 'Besoin' }).locator('.proposition')).toHaveCount(1);

  // Refusing the oldest brings the next one into view; the count follows.
  const oldest = constats.locator('.proposition', { hasText: 'Constat 01' });
  await oldest.getByRole('button', { name: 'Refuser' }).click();
  await oldest.getByRole('button', { name: 'Oui, refuser' }).click();
  await expect(constats.locator('h4 .compte')).toHaveText('27');
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toHaveText(/Constat 02$/);
  await expect(rows.last()).toHaveText(/Constat 26$/);
  await expect(constats.locator('.moderation-suite')).toContainText('2 autres attendent.');

  await editor.setViewportSize({ width: 1280, height: 720 });
  await constats.locator('.moderation-suite').scrollIntoViewIfNeeded();
  await panel.screenshot({ path: test.info().outputPath('salle-liste-chargee.png') });

  // The rest on request, by keyboard; the keyboard goes on with the first one shown.
  const more = constats.getByRole('button', { name: 'Afficher les 2 suivantes' });
  await more.focus();
  await editor.keyboard.press('Enter');
  await expect(rows).toHaveCount(27);
  await expect(rows.last()).toHaveText(/Constat 28$/);
  await expect(constats.locator('.moderation-suite')).toHaveCount(0);
  await expect(
    constats.locator('.proposition', { hasText: 'Constat 27' }).getByRole('button', { name: 'Accepter' }),
  ).toBeFocused();
});
