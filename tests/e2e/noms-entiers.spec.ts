import { newActor } from '../../shared/domain/model.js';
import { actors } from '../fixtures/saisie/territoire.js';
import { loadViaApi } from './api-helpers.js';
import { expect, test } from './fixtures.js';

/**
 * The editor draws real names (« Centre médico-psychologique (CMP) », « Service social
 * départemental ») in boxes of 180 px: a word cut across two lines (« psychologiq / ue ») is read
 * wrong from the back of the room. Each word of every name must sit on one line, whatever its
 * shape's padding (a box grows for its longest word instead), and guillemets stay with their words.
 */
test('l’éditeur ne coupe aucun mot d’un nom d’acteur, à 1280×720', async ({ page, maillage }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(maillage.url);
  const id = await loadViaApi(page, {
    workshop: { title: 'Noms entiers', territory: 'Val', date: '2026-12-07' },
    map: {
      actors: actors.map((actor, i) =>
        newActor({
          id: `a${i}`,
          label: actor.name,
          category: actor.category,
          x: (i % 8) * 300,
          y: Math.floor(i / 8) * 180,
        }),
      ),
      links: [],
    },
  });
  await page.goto(`${maillage.url}#/atelier/${id}`);
  await expect(page.locator('.react-flow__node .acteur-nom')).toHaveCount(actors.length);

  // A word is cut when its characters lie on more than one line: its range has rects at two
  // heights. A line may end after a hyphen (« médico- / psychologique »), as in print.
  const cut = await page.evaluate(() => {
    const found: string[] = [];
    for (const name of document.querySelectorAll('.react-flow__node .acteur-nom')) {
      const text = name.firstChild;
      if (!(text instanceof Text)) continue;
      for (const match of text.data.matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) found.push(`${match[0]} (${text.data})`);
      }
      // Nor are guillemets parted from their words (« Bien vivre aux Tilleuls »).
      for (const mark of text.data.matchAll(/«\s?\S|\S\s?»/g)) {
        const range = document.createRange();
        range.setStart(text, mark.index);
        range.setEnd(text, mark.index + mark[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) found.push(`${mark[0]} (${text.data})`);
      }
    }
    return found;
  });
  expect(cut).toEqual([]);
});
