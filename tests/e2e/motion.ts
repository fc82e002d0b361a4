import type { Page } from '@playwright/test';

/**
 * Waiting for the canvas to stop moving, counted in animation frames rather than milliseconds:
 * a glide (zoom, fit, layout) takes more frames on a loaded machine, never a fixed time, so a
 * test that counts frames is as right on two busy cores as on an idle laptop.
 */

/** Frames in a row without any change before the canvas counts as still. */
const stillFrames = 5;

/**
 * Resolves once every canvas of the page (viewport pan and zoom, each node's position) has kept
 * the same transform for a few animation frames in a row.
 */
export async function untilStill(page: Page): Promise<void> {
  await page.evaluate(
    (needed) =>
      new Promise<void>((resolve) => {
        let last = '';
        let same = 0;
        const step = () => {
          const now = Array.from(
            document.querySelectorAll<HTMLElement>('.react-flow__viewport, .react-flow__node'),
            (element) => element.style.transform,
          ).join('|');
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= needed) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    stillFrames,
  );
}

/** The viewport transform of the first canvas of a page. */
export function viewportOf(page: Page): Promise<string> {
  return page
    .locator('.react-flow__viewport')
    .first()
    .evaluate((element) => (element as HTMLElement).style.transform);
}

/**
 * Presses « + » in the editor until `reached` holds, one step at a time: after each press it
 * waits until every watched page (the editor, the wall that follows it…) has moved and is still
 * again, then asks. Bounded by a number of steps, not by a clock.
 */
export async function zoomInUntil(
  editor: Page,
  reached: () => Promise<boolean>,
  watched: readonly Page[] = [editor],
  maxSteps = 12,
): Promise<void> {
  await Promise.all(watched.map(untilStill));
  for (let step = 0; step < maxSteps && !(await reached()); step++) {
    const before = await Promise.all(watched.map(viewportOf));
    await editor.keyboard.press('+');
    await Promise.all(
      watched.map((page, i) =>
        page.waitForFunction(
          (previous) => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform !== previous,
          before[i],
          { polling: 'raf' },
        ),
      ),
    );
    await Promise.all(watched.map(untilStill));
  }
  if (!(await reached())) throw new Error(`Toujours pas atteint après ${maxSteps} zooms.`);
}
