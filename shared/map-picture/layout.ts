import { type Category, findCategory } from '../domain/codebook.js';
import type { Box } from '../domain/geometry.js';
import type { Actor, MapState, Note } from '../domain/model.js';
import { shapeInsets } from '../domain/shape-outlines.js';
import { textWidth, wrapText } from './text.js';

/** Sizes of the canvas (renderer/styles/app.css: .acteur), so that the picture matches the wall. */
export const actorWidth = 180;
export const actorMinHeight = 64;
export const nameSize = 18;
export const nameLineHeight = nameSize * 1.15;
const nameMaxLines = 5;

export const noteWidth = 190;
export const noteTextSize = 13;
export const noteLineHeight = 16;
const noteMaxLines = 3;

export interface PlacedActor {
  actor: Actor;
  category: Category;
  /** Where it is drawn, grown by `scale` around its centre when a measure sizes it. */
  box: Box;
  lines: string[];
  scale?: number;
}

export interface PlacedNote {
  note: Note;
  box: Box;
  lines: string[];
}

/** Narrowest box of a snug actor: a sigle of three letters still reads as a box. */
const snugMinWidth = 96;
const snugPadding = 10;

/**
 * An actor's box and its name broken into lines, as the canvas shows it; `snug` (the poster)
 * narrows the box to its name, so that short names leave room for the others.
 */
export function placeActor(actor: Actor, map: MapState, snug = false): PlacedActor {
  const category = findCategory(map.codebook, actor.category);
  const insets = shapeInsets(category.shape);
  const { lines } = wrapText(actor.label, {
    width: actorWidth - insets.left - insets.right,
    fontSize: nameSize,
    bold: true,
    maxLines: nameMaxLines,
  });
  const height = Math.max(actorMinHeight, lines.length * nameLineHeight + insets.top + insets.bottom);
  const longest = Math.max(0, ...lines.map((line) => textWidth(line, nameSize, true)));
  const width = snug
    ? Math.min(actorWidth, Math.max(snugMinWidth, longest + insets.left + insets.right + 2 * snugPadding))
    : actorWidth;
  return { actor, category, box: { x: actor.x, y: actor.y, width, height }, lines };
}

/** A note free on the canvas: a small card with its first lines. */
export function placeFreeNote(note: Note): PlacedNote {
  const { lines } = wrapText(note.text, { width: noteWidth - 44, fontSize: noteTextSize, maxLines: noteMaxLines });
  return { note, box: { x: note.x, y: note.y, width: noteWidth, height: 16 + lines.length * noteLineHeight }, lines };
}

/** The smallest box holding all the given boxes; undefined when there are none. */
export function boundsOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
