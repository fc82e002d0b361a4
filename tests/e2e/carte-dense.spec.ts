import { callApi } from './api-helpers.js';
import { createWorkshop, waitSaved } from './carte-helpers.js';
import { expect, test } from './fixtures.js';
import { untilStill, zoomInUntil } from './motion.js';

const categories = [
  'education',
  'commune',
  'departement',
  'etat',
  'protection-sociale',
  'sante',
  'prevention',
  'centres-sociaux',
  'associations',
  'parents',
];
const kinds = ['information', 'orientation', 'action-commune', 'instance', 'convention'];
const qualities = [null, 'fluide', 'a-ameliorer', 'difficile'];

test('une carte dense (60 acteurs, 90 liens) disposée automatiquement, capturée en 1280×720', async ({
  page,
  maillage,
}) => {
  await page.goto(maillage.url);
  await createWorkshop(page, { title: 'Carte dense', territory: 'Cité éducative du Centre' });
  const workshopId = page.url().split('/').pop() ?? '';
  // The map is written through the API, as a quick capture would, then laid out by the app.
  const ops: unknown[] = [];
  for (let i = 0; i < 60; i++) {
    ops.push({
      type: 'actor.add',
      actor: {
        id: `a${i}`,
        label: `Acteur ${i + 1} ${['École', 'Service', 'Association', 'Centre', 'Club'][i % 5]}`,
        category: categories[i % categories.length],
        engagement: null,
        times: [],
        contact: '',
        notes: '',
        x: (i % 10) * 40,
        y: Math.floor(i / 10) * 40,
      },
    });
  }
  for (let j = 0; j < 90; j++) {
    const source = j % 60;
    const target = (source + 1 + ((j * 7) % 9)) % 60;
    ops.push({
      type: 'link.add',
      link: {
        id: `l${j}`,
        source: `a${source}`,
        target: `a${target}`,
        kind: kinds[j % kinds.length],
        intensity: ['ponctuelle', 'reguliere', 'forte'][j % 3],
        quality: qualities[j % qualities.length],
        status: j % 9 === 0 ? 'desired' : 'existing',
        directed: j % 4 === 0,
        obstacle: '',
        proposal: '',
        notes: '',
      },
    });
  }
  await callApi(page, 'map.apply', { workshopId, ops, origin: 'test' });
  await page.reload();
  await expect(page.locator('.react-flow__node[data-id^="a"]')).toHaveCount(60);
  const before = await page.locator('.react-flow__node[data-id="a0"]').getAttribute('style');
  await page.keyboard.press('l');
  await expect(page.locator('.react-flow__node[data-id="a0"]')).not.toHaveAttribute('style', before ?? '');
  await waitSaved(page);
  await untilStill(page);
  await expect(page.locator('.react-flow__edge')).toHaveCount(90);
  await page.screenshot({ path: test.info().outputPath('carte-dense-1280x720.png') });

  // Fitted to the screen, 90 labels would be specks: none is drawn, and the canvas says how to
  // read them. Zoomed in, they are back (kind, quality), and the hint goes.
  const hint = page.locator('.indice-zoom');
  await expect(hint).toHaveText(/masqués à ce zoom/);
  await expect(page.locator('.lien-etiquette').first()).toBeHidden();
  await zoomInUntil(page, async () => !(await hint.isVisible()));
  await expect(page.locator('.lien-etiquette').first()).toBeVisible();
  await expect(page.locator('.lien-etiquette.qualite-difficile .qualite').first()).toBeAttached();
  await page.screenshot({ path: test.info().outputPath('carte-dense-zoomee-1280x720.png') });
});
