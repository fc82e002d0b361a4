import { type RefObject, useEffect, useMemo, useState } from 'react';
import { findCategory } from '../../shared/domain/codebook.js';
import type { MapState, Note } from '../../shared/domain/model.js';
import { wrapText } from '../../shared/map-picture/text.js';
import type { Measure } from '../../shared/mur/wall-names.js';
import { wallOutline } from '../../shared/mur/wall-outline.js';
import { planWall, type WallNote, type WallPlan } from '../../shared/mur/wall-plan.js';
import type { ActorMark } from '../vues/canvas-display.js';
import { browserMeasure } from './wall-measure.js';

const noMarks: ReadonlyMap<string, ActorMark> = new Map();

/** Line height of a name on the wall (projecteur.css: .mur-carte .acteur-nom). */
export const wallLineHeight = 1.1;

/**
 * Type sizes for the wall, in px at 1280×720 (scaled with the screen): the names aim for 18 px and
 * may grow to 36 on a small map; 12 is the least ever drawn, when nothing larger can fit.
 */
const fontsAt720p = { floor: 12, wanted: 18, max: 36 };

/**
 * A free note's box on the wall: 260 px wide, a heading of one line (projecteur.css), its text at
 * 18 px over six lines at most and its priority (notes-zones.css: .note).
 */
function noteBox(note: Note, measure: Measure): Pick<WallNote, 'width' | 'height'> {
  const lines = wrapText(note.text, { width: 240, fontSize: 18, maxLines: 6, measure: (t) => measure(t, 18) }).lines;
  const priority = note.kind === 'piste-action' && note.priority ? 24 : 0;
  return { width: 260, height: Math.max(96, Math.ceil(6 + 26 + 14 + lines.length * 21.6 + priority)) };
}

function useElementSize(element: RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setSize((current) => (current?.width === width && current.height === height ? current : { width, height }));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

/**
 * The wall's plan of a map for the box it is drawn in (shared/mur/wall-plan.ts): planned again
 * when the map, the box or the screen changes, once the page's fonts are there to be measured.
 */
export function useWallPlan(
  map: MapState,
  box: RefObject<HTMLElement | null>,
  marks: ReadonlyMap<string, ActorMark> = noMarks,
): WallPlan | null {
  const size = useElementSize(box);
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => {
      if (live) setFontsReady(true);
    });
    return () => {
      live = false;
    };
  }, []);
  const measure = useMemo(() => (fontsReady ? browserMeasure() : null), [fontsReady]);
  return useMemo(() => {
    if (!measure || !size || size.width < 50 || size.height < 50) return null;
    const scale = Math.max(0.5, Math.min(window.innerWidth / 1280, window.innerHeight / 720));
    const fonts = {
      floor: fontsAt720p.floor * scale,
      wanted: fontsAt720p.wanted * scale,
      max: fontsAt720p.max * scale,
    };
    const notes = map.notes
      .filter((note) => note.attachedTo === null)
      .map((note) => ({ id: note.id, x: note.x, y: note.y, ...noteBox(note, measure) }));
    /** The plan with each measured actor's box grown by `growth` of its size factor. */
    const planned = (growth: number) =>
      planWall({
        actors: map.actors.map((actor) => {
          const shape = findCategory(map.codebook, actor.category).shape;
          const grow = 1 + ((marks.get(actor.id)?.scale ?? 1) - 1) * growth;
          return {
            id: actor.id,
            label: actor.label,
            ...(actor.shortLabel ? { shortLabel: actor.shortLabel } : {}),
            x: actor.x,
            y: actor.y,
            box: (text, fontSize) => {
              const outline = wallOutline(shape, fontSize, text);
              return grow === 1 ? outline : { width: outline.width * grow, height: outline.height * grow };
            },
          };
        }),
        notes,
        area: size,
        measure,
        fonts,
        lineHeight: wallLineHeight,
      });
    const plain = planned(0);
    if (![...marks.values()].some((mark) => mark.scale !== 1)) return plain;
    // Sizes by a measure never cost the names their size (≥ 18 px at 1280×720 when the plain plan
    // reaches it): the boxes grow as much as that allows, in halving steps, or not at all.
    const least = Math.min(plain.fontSize, fonts.wanted);
    for (const growth of [1, 0.5, 0.25]) {
      const grown = planned(growth);
      if (grown.crowded === 0 && grown.fontSize >= least) return grown;
    }
    return plain;
  }, [map.actors, map.notes, map.codebook, measure, size, marks]);
}
