import type { MapState } from '../domain/model.js';
import { actorMinHeight, actorWidth, nameSize, placeActor } from '../map-picture/layout.js';
import { drawnParts, type MapPicture, mapToSvg } from '../map-picture/map-svg.js';
import { closerMap, rowsMap } from './spread.js';

/** Paper sizes in millimetres, portrait (ISO 216). */
export const posterSizes = { A1: { width: 594, height: 841 }, A0: { width: 841, height: 1189 } } as const;
export type PosterSize = keyof typeof posterSizes;

/**
 * How tall capitals are in the picture's font (DejaVu Sans Bold, bundled and embedded in the
 * poster): 1493 units of its 2048 em. The height of a name is the height of its capitals.
 */
export const capHeightRatio = 1493 / 2048;
/** Names at least this high on the paper (capitals), to be read from a few metres. */
export const minNameCapMm = 9;
/** Millimetres per picture unit at which names are exactly minNameCapMm high. */
export const minScale = minNameCapMm / (capHeightRatio * nameSize);
/** A small map is not blown up past this: names of about 20 mm are plenty. */
const maxScale = 2.2 * minScale;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the drawing the poster keeps, best first: its distances, its order only (rows). */
const arrangements = ['as-drawn', 'closer', 'rows'] as const;
export type Arrangement = (typeof arrangements)[number];

export interface PosterLayout {
  size: PosterSize;
  arrangement: Arrangement;
  orientation: 'landscape' | 'portrait';
  /** The page, in mm. */
  page: { width: number; height: number };
  /** Paper's short side / A1's: 1 for A1, √2 for A0; every text size of the poster follows it. */
  unit: number;
  header: Rect;
  /** The legend and key figures: a column on the right (landscape) or a band below (portrait). */
  side: Rect;
  /** Where the map is drawn, centred in its area. */
  mapBox: Rect;
  picture: MapPicture;
  /** Millimetres per unit of the picture. */
  scale: number;
  /** Height of the capitals of every actor's name on the paper, in mm. */
  nameCapMm: number;
  /** The map as drawn: positions spread, long names given as their short name. */
  map: MapState;
  /** Short names shown instead of a long name, to list beside the map. */
  shortNames: { short: string; full: string }[];
}

export type PosterResult = { ok: true; layout: PosterLayout } | { ok: false; size: PosterSize };

/** Lines past which a name gives way to its short name (« nom court »), when it has one. */
const longNameLines = 2;

function regions(size: PosterSize, orientation: 'landscape' | 'portrait') {
  const paper = posterSizes[size];
  const page =
    orientation === 'landscape'
      ? { width: paper.height, height: paper.width }
      : { width: paper.width, height: paper.height };
  const unit = paper.width / posterSizes.A1.width;
  const margin = 12 * unit;
  const gap = 10 * unit;
  const header: Rect = { x: margin, y: margin, width: page.width - 2 * margin, height: 36 * unit };
  const top = header.y + header.height + gap;
  const bottom = page.height - margin;
  if (orientation === 'landscape') {
    const sideWidth = 170 * unit;
    const side: Rect = { x: page.width - margin - sideWidth, y: top, width: sideWidth, height: bottom - top };
    const area: Rect = { x: margin, y: top, width: side.x - gap - margin, height: bottom - top };
    return { page, unit, header, side, area };
  }
  const sideHeight = 160 * unit;
  const side: Rect = { x: margin, y: bottom - sideHeight, width: page.width - 2 * margin, height: sideHeight };
  const area: Rect = { x: margin, y: top, width: page.width - 2 * margin, height: side.y - gap - top };
  return { page, unit, header, side, area };
}

/** Long names become their short name on the poster (the full names are listed beside the map). */
function withShortNames(map: MapState) {
  const shortNames: { short: string; full: string }[] = [];
  const actors = map.actors.map((actor) => {
    const short = actor.shortLabel?.trim();
    if (!short || placeActor(actor, map).lines.length <= longNameLines) return actor;
    shortNames.push({ short, full: actor.label });
    return { ...actor, label: short };
  });
  shortNames.sort((a, b) => a.short.localeCompare(b.short, 'fr'));
  return { map: { ...map, actors }, shortNames };
}

const picture = (map: MapState) => mapToSvg(map, { legend: false, snugActors: true });
/** The size of that picture, without drawing it (the same boxes, the same margin). */
const pictureSize = (map: MapState) => {
  const { mapBox } = drawnParts(map, { snugActors: true });
  return { width: Math.ceil(mapBox.width), height: Math.ceil(mapBox.height) };
};
/** The picture's own margin around what it draws (map-svg.ts). */
const pictureMargin = 40;

/**
 * The map fitted to `area` with names of minScale or more: as drawn if it fits; else the drawing
 * brought closer (distances shrunk across and down to fill the area), if no two boxes then meet;
 * else in rows, top to bottom and left to right as drawn, with the number of rows that gives the
 * largest names. Undefined when even that is too large: too dense for the paper.
 */
function search(map: MapState, area: Rect) {
  const room = { width: area.width / minScale, height: area.height / minScale };
  const scaleOf = (p: { width: number; height: number }) => Math.min(area.width / p.width, area.height / p.height);
  const tryMap = (candidate: MapState | undefined, arrangement: Arrangement) => {
    if (!candidate) return undefined;
    const scale = scaleOf(pictureSize(candidate));
    return scale >= minScale ? { arrangement, map: candidate, scale } : undefined;
  };
  const asDrawn = tryMap(map, 'as-drawn');
  if (asDrawn) return asDrawn;

  const centres = map.actors.map((a) => ({ x: a.x + actorWidth / 2, y: a.y + actorMinHeight / 2 }));
  const span = (values: number[]) => (values.length > 1 ? Math.max(...values) - Math.min(...values) : 0) || 1;
  const kx = Math.min(1, Math.max(0.01, (room.width - actorWidth - 2 * pictureMargin) / span(centres.map((c) => c.x))));
  const ky = Math.min(
    1,
    Math.max(0.01, (room.height - 2 * actorMinHeight - 2 * pictureMargin) / span(centres.map((c) => c.y))),
  );
  const closer = tryMap(closerMap(map, kx, ky), 'closer');
  if (closer) return closer;

  const count = map.actors.length + map.notes.filter((n) => n.attachedTo === null).length;
  let best: ReturnType<typeof tryMap>;
  for (let rows = 1; rows <= count; rows++) {
    const found = tryMap(rowsMap(map, rows), 'rows');
    if (found && (!best || found.scale > best.scale)) best = found;
  }
  return best;
}

/**
 * Lays out an A1 or A0 poster of the map: title band, the map as large as the page allows, the
 * legend and key figures beside it. Every name is at least minNameCapMm high: when the map as
 * drawn would need smaller names, its actors are brought closer together (their boxes pushed
 * apart where they meet) until it fits. The orientation that keeps the map most as drawn wins.
 * A map too dense for the paper even then gives `ok: false`: the caller says so.
 */
export function posterLayout(source: MapState, size: PosterSize): PosterResult {
  const { map, shortNames } = withShortNames(source);
  const tries = (['landscape', 'portrait'] as const).flatMap((orientation) => {
    const r = regions(size, orientation);
    const found = search(map, r.area);
    return found ? [{ orientation, r, found }] : [];
  });
  const chosen = tries.sort(
    (a, b) =>
      arrangements.indexOf(a.found.arrangement) - arrangements.indexOf(b.found.arrangement) ||
      b.found.scale - a.found.scale,
  )[0];
  if (!chosen) return { ok: false, size };
  const { orientation, r, found } = chosen;
  const drawn = picture(found.map);
  const scale = Math.min(found.scale, maxScale);
  const width = drawn.width * scale;
  const height = drawn.height * scale;
  return {
    ok: true,
    layout: {
      size,
      arrangement: found.arrangement,
      orientation,
      page: r.page,
      unit: r.unit,
      header: r.header,
      side: r.side,
      mapBox: { x: r.area.x + (r.area.width - width) / 2, y: r.area.y + (r.area.height - height) / 2, width, height },
      picture: drawn,
      scale,
      nameCapMm: nameSize * scale * capHeightRatio,
      map: found.map,
      shortNames,
    },
  };
}
