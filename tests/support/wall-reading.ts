import type { Page } from 'playwright-core';

/** What a participant at the back of the room gets from the wall, measured in the page. */
export interface WallReading {
  /** Actor names drawn on the wall. */
  names: number;
  /** The smallest actor name as drawn, in screen px (type size × the canvas's zoom). */
  smallestName: number;
  /** Pairs of names whose boxes on screen overlap. */
  overlappingNames: number;
  /** Names not wholly inside the map's box on screen. */
  namesOutside: number;
  /** The legend's smallest text, in px. */
  smallestLegend: number;
  /** The largest font the plan chose, as the wall says it (data-taille-noms). */
  planned: number | null;
}

/**
 * Reads the wall as drawn: every actor name's type size times the canvas's zoom, and whether any
 * two names' boxes on screen intersect. Shared by the end-to-end test and `npm run bench`; written
 * as page script text since the benchmark's code is type-checked without the DOM.
 */
const script = `(() => {
  const viewport = document.querySelector('.projection .react-flow__viewport');
  const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
  const names = [...document.querySelectorAll('.projection .react-flow__node-acteur .acteur-nom')];
  const rects = names.map((name) => name.getBoundingClientRect());
  let overlapping = 0;
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i];
      const b = rects[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlapping++;
    }
  }
  const box = document.querySelector('.projection .react-flow')?.getBoundingClientRect();
  const outside = box
    ? rects.filter((r) => r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5).length
    : rects.length;
  const legend = [...document.querySelectorAll('.projection .legende li, .projection .legende h2')].map((item) =>
    Number.parseFloat(getComputedStyle(item).fontSize),
  );
  const planned = document.querySelector('.projection .mur-carte')?.dataset.tailleNoms;
  return {
    names: names.length,
    smallestName: Math.min(...names.map((name) => Number.parseFloat(getComputedStyle(name).fontSize) * zoom)),
    overlappingNames: overlapping,
    namesOutside: outside,
    smallestLegend: Math.min(...legend),
    planned: planned ? Number(planned) : null,
  };
})()`;

export function readWall(page: Pick<Page, 'evaluate'>): Promise<WallReading> {
  return page.evaluate(script) as Promise<WallReading>;
}
