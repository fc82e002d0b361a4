import type { Browser } from 'playwright-core';
import { readWall } from '../tests/support/wall-reading.js';
import { type Figure, figure } from './figures.js';

/** Waits for a condition checked in the page, polling; throws with `what` after `ms`. */
async function until(check: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Le mur n’a pas été prêt : ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The wall read from the back of the room (issue 12): the territory's map shown whole at
 * `#/projection/<id>`, at a projector's size, in a fresh context; the smallest actor name as drawn
 * (type size × zoom) and the pairs of names that overlap on screen.
 */
export async function measureWall(
  browser: Browser,
  url: string,
  actors: number,
  size: { width: number; height: number },
): Promise<Figure[]> {
  const context = await browser.newContext({ viewport: size, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await until(
      () =>
        page.evaluate(
          `document.querySelectorAll('.projection .react-flow__node-acteur').length === ${actors} && !!document.querySelector('.projection .mur-carte[data-plan]')`,
        ) as Promise<boolean>,
      `${actors} acteurs dessinés`,
    );
    // The canvas glides to zoom 1 after the plan: read it once every name stands inside the map.
    await until(async () => (await readWall(page)).namesOutside === 0, 'tous les noms dans la carte');
    const reading = await readWall(page);
    const where = `${actors} actors, ${size.width}×${size.height}`;
    // Issue 12's goal is for a 40-actor map: 18 px at 1280×720, 24 px at 1920×1080.
    const wanted = size.width >= 1920 ? 24 : 18;
    return [
      figure(`smallest actor name on the wall at fit-all, ${where}`, reading.smallestName, 'px', {
        ...(actors <= 40 ? { limit: { on: 'value', min: wanted } } : {}),
        note: `plus petite légende : ${reading.smallestLegend} px${actors > 40 ? ` ; objectif (${wanted} px) fixé pour 40 acteurs` : ''}`,
      }),
      figure(`overlapping actor names on the wall, ${where}`, reading.overlappingNames, 'pairs', {
        limit: { on: 'value', max: 0 },
      }),
    ];
  } finally {
    await context.close();
  }
}
