import { findLinkKind, type NoteKind, noteKindIds } from '../domain/codebook.js';
import { type Box, linkGeometry, type Point, parallels } from '../domain/geometry.js';
import { desiredDash, intensityWidths, qualityIcons } from '../domain/link-style.js';
import type { Link, MapState, Note, Zone } from '../domain/model.js';
import { noteStyles } from '../domain/note-style.js';
import { shapeInsets } from '../domain/shape-outlines.js';
import type { MapDisplay } from '../measures/display.js';
import { intensityLabels, noteKindLabels, qualityLabels } from '../synthese/labels.js';
import { escapeXml } from '../text/escape.js';
import { safeColour } from './colour.js';
import { groupBadgesSvg, hullsSvg } from './hulls-svg.js';
import {
  boundsOf,
  nameLineHeight,
  nameSize,
  noteLineHeight,
  noteTextSize,
  type PlacedActor,
  type PlacedNote,
  placeActor,
  placeFreeNote,
} from './layout.js';
import { legendSvg, legendWidth } from './legend.js';
import { fittingLabel } from './link-label.js';
import { outlineSvg } from './outline.js';
import { num } from './svg-number.js';
import { fitLine, textWidth } from './text.js';
import { towerSvg } from './tower.js';

export interface MapPictureOptions {
  /** A line above the map (the workshop's title and territory); none when absent. */
  heading?: string;
  /** The key beside the map; true by default. */
  legend?: boolean;
  /** A saved view's dimming, sizes and groups (shared/measures/display.ts); the plain map when absent. */
  display?: MapDisplay;
  /** Actors' boxes narrowed to their names (the poster); the canvas's width otherwise. */
  snugActors?: boolean;
}

export interface MapPicture {
  svg: string;
  width: number;
  height: number;
}

export const pictureFont = "'DejaVu Sans', Verdana, Arial, sans-serif";
const ink = '#1a1a1a';
const margin = 40;
const headingHeight = 56;
const labelSize = 13;

/**
 * What the picture places, and the box it takes (the margin included), without drawing it: the
 * poster tries many arrangements and draws only the one it keeps.
 */
export function drawnParts(map: MapState, options: Pick<MapPictureOptions, 'display' | 'snugActors'> = {}) {
  const { display, snugActors = false } = options;
  const actors = new Map<string, PlacedActor>(
    map.actors.map((a) => [a.id, scaled(placeActor(a, map, snugActors), display?.scales.get(a.id) ?? 1)]),
  );
  const freeNotes = map.notes.filter((n) => n.attachedTo === null).map(placeFreeNote);
  const zoneBoxes: Box[] = map.zones.map((z) => ({ x: z.x, y: z.y, width: z.width, height: z.height }));
  const content = boundsOf([
    ...[...actors.values()].map((a) => a.box),
    ...freeNotes.map((n) => n.box),
    ...zoneBoxes,
  ]) ?? {
    x: 0,
    y: 0,
    width: 420,
    height: 240,
  };
  // Badges stick out above actors; a little room keeps them inside the picture.
  const mapBox = {
    x: content.x - margin,
    y: content.y - margin,
    width: content.width + 2 * margin,
    height: content.height + 2 * margin,
  };
  return { actors, freeNotes, content, mapBox };
}

/**
 * The map as an SVG picture, without a browser: zones, links (kind colour, thickness by
 * intensity, dashes when desired, kind written on the line), actors (category colour AND
 * shape), notes as badges, and a legend. Every user string is escaped; the full text of a
 * shortened label stays in the element's <title>.
 */
export function mapToSvg(map: MapState, options: MapPictureOptions = {}): MapPicture {
  const { display } = options;
  const { actors, freeNotes, content, mapBox } = drawnParts(map, options);
  const showLegend = options.legend ?? true;
  const top = options.heading ? headingHeight : 0;
  const legend = showLegend ? legendSvg(map, mapBox.width + 8, top + margin / 2, display) : undefined;
  const width = Math.ceil(mapBox.width + (legend ? legendWidth + 8 + margin / 2 : 0));
  const height = Math.ceil(Math.max(top + mapBox.height, legend ? top + margin / 2 + legend.height + margin / 2 : 0));

  const body: string[] = [];
  body.push(...map.zones.map(zoneSvg));
  if (display && display.groups.length > 0) body.push(hullsSvg(map, display.groups, actors));
  const dim = (id: string, svg: string) =>
    display?.dimmed.actors.has(id) || display?.dimmed.links.has(id) ? `<g opacity="0.22">${svg}</g>` : svg;
  const places = parallels(map.links);
  const drawn = map.links.flatMap((link) => {
    const from = actors.get(link.source);
    const to = actors.get(link.target);
    if (!from || !to || link.source === link.target) return [];
    const geometry = linkGeometry(
      from.box,
      to.box,
      places.get(link.id) ?? { index: 0, count: 1 },
      link.source > link.target,
    );
    return [{ link, geometry, from, to }];
  });
  for (const { link, geometry, from, to } of drawn) body.push(dim(link.id, linkSvg(map, link, geometry, from, to)));
  for (const placed of actors.values()) body.push(dim(placed.actor.id, actorSvg(placed)));
  for (const { link, geometry } of drawn) {
    body.push(dim(link.id, linkLabelSvg(map, link, geometry.label, geometry.length)));
  }
  body.push(...badgesSvg(map, actors, new Map(drawn.map((d) => [d.link.id, d.geometry.label]))));
  if (display && display.groups.length > 0) body.push(groupBadgesSvg(display.groups, actors));
  body.push(...freeNotes.map(freeNoteSvg));
  if (map.actors.length === 0 && map.notes.length === 0 && map.zones.length === 0) {
    body.push(
      `<text x="${num(content.x + content.width / 2)}" y="${num(content.y + content.height / 2)}" font-size="18" fill="#666666" text-anchor="middle">Carte vide</text>`,
    );
  }

  const title = options.heading ? `Carte des coopérations — ${options.heading}` : 'Carte des coopérations';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(pictureFont)}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    options.heading
      ? `<text x="${margin / 2}" y="36" font-size="24" font-weight="bold" fill="${ink}">${escapeXml(fitLine(options.heading, width - margin, 24, true))}</text>`
      : '',
    `<g transform="translate(${num(-mapBox.x)},${num(top - mapBox.y)})">${body.join('')}</g>`,
    legend?.svg ?? '',
    '</svg>',
  ].join('');
  return { svg, width, height };
}

function zoneSvg(zone: Zone): string {
  const colour = safeColour(zone.color);
  const paint = `fill="${colour}" fill-opacity="0.1" stroke="${colour}" stroke-width="2.5" stroke-dasharray="10 6"`;
  const shape =
    zone.shape === 'cercle'
      ? `<ellipse cx="${num(zone.x + zone.width / 2)}" cy="${num(zone.y + zone.height / 2)}" rx="${num(zone.width / 2)}" ry="${num(zone.height / 2)}" ${paint}/>`
      : `<rect x="${num(zone.x)}" y="${num(zone.y)}" width="${num(zone.width)}" height="${num(zone.height)}" rx="12" ${paint}/>`;
  const room = zone.shape === 'cercle' ? zone.width * 0.6 : zone.width - 24;
  const label = zone.label ? fitLine(zone.label, Math.max(room, 40), 16, true) : '';
  const labelX = zone.shape === 'cercle' ? zone.x + zone.width / 2 : zone.x + 12;
  const anchor = zone.shape === 'cercle' ? ' text-anchor="middle"' : '';
  const text = label
    ? `<text x="${num(labelX)}" y="${num(zone.y + 26)}" font-size="16" font-weight="bold" fill="${ink}"${anchor}>${escapeXml(label)}</text>`
    : '';
  return `<g><title>${escapeXml(zone.label || 'Zone')}</title>${shape}${text}</g>`;
}

function linkTitle(map: MapState, link: Link, from: PlacedActor, to: PlacedActor): string {
  const kind = findLinkKind(map.codebook, link.kind);
  const parts = [kind.label, intensityLabels[link.intensity]];
  if (link.quality) parts.push(qualityLabels[link.quality]);
  if (link.status === 'desired') parts.push('souhaité');
  return `${from.actor.label} ${link.directed ? '→' : '—'} ${to.actor.label}\u00a0: ${parts.join(' · ')}`;
}

function linkSvg(
  map: MapState,
  link: Link,
  geometry: ReturnType<typeof linkGeometry>,
  from: PlacedActor,
  to: PlacedActor,
): string {
  const kind = findLinkKind(map.codebook, link.kind);
  const colour = safeColour(kind.color);
  const width = intensityWidths[link.intensity];
  const dash = link.status === 'desired' ? ` stroke-dasharray="${desiredDash(width)}"` : '';
  const path = `<path d="${geometry.path}" fill="none" stroke="${colour}" stroke-width="${width}"${dash}/>`;
  return `<g><title>${escapeXml(linkTitle(map, link, from, to))}</title>${path}${link.directed ? arrowSvg(geometry.end, geometry.control, width, colour) : ''}</g>`;
}

/** An arrowhead at `tip`, pointing away from `from` (the curve's control point). */
function arrowSvg(tip: Point, from: Point, width: number, colour: string): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const size = 10 + width * 1.5;
  const base = { x: tip.x - ux * size, y: tip.y - uy * size };
  const half = size * 0.55;
  const left = { x: base.x - uy * half, y: base.y + ux * half };
  const right = { x: base.x + uy * half, y: base.y - ux * half };
  return `<polygon points="${num(tip.x)},${num(tip.y)} ${num(left.x)},${num(left.y)} ${num(right.x)},${num(right.y)}" fill="${colour}"/>`;
}

/** The kind's name on the line (full, else its first word, else nothing) and the quality's icon. */
function linkLabelSvg(map: MapState, link: Link, at: Point, room: number): string {
  const kind = findLinkKind(map.codebook, link.kind);
  const icon = link.quality ? qualityIcons[link.quality] : '';
  const text = fittingLabel(kind.label, room - 24 - (icon ? 20 : 0), labelSize);
  if (!text && !icon) return '';
  const shown = icon && text ? `${icon} ${text}` : icon || text;
  const width = textWidth(shown, labelSize, true) + 18;
  const height = 21;
  return `<g><rect x="${num(at.x - width / 2)}" y="${num(at.y - height / 2)}" width="${num(width)}" height="${height}" rx="10.5" fill="#ffffff" stroke="${safeColour(kind.color)}" stroke-width="2"/><text x="${num(at.x)}" y="${num(at.y + 4.5)}" font-size="${labelSize}" font-weight="bold" fill="${ink}" text-anchor="middle">${escapeXml(shown)}</text></g>`;
}

/**
 * An actor drawn larger by a measure: its box grows around its centre (so links meet its new
 * outline) and its name with it, as the wall scales the actor's box.
 */
function scaled(placed: PlacedActor, scale: number): PlacedActor {
  if (scale === 1) return placed;
  const { box } = placed;
  const width = box.width * scale;
  const height = box.height * scale;
  return {
    ...placed,
    box: { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height },
    scale,
  };
}

function actorSvg(placed: PlacedActor): string {
  const { actor } = placed;
  const scale = placed.scale ?? 1;
  // Drawn at its own size, then grown around its centre: the name grows with its box.
  const box =
    scale === 1
      ? placed.box
      : {
          x: placed.box.x + (placed.box.width * (1 - 1 / scale)) / 2,
          y: placed.box.y + (placed.box.height * (1 - 1 / scale)) / 2,
          width: placed.box.width / scale,
          height: placed.box.height / scale,
        };
  const drawn = actorShapeSvg({ ...placed, box });
  const tower = actor.influence === undefined ? '' : towerSvg(actor.influence, placed.box);
  if (scale === 1) return `<g>${drawn}${tower}</g>`;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const grow = `translate(${num(cx)},${num(cy)}) scale(${scale.toFixed(2)}) translate(${num(-cx)},${num(-cy)})`;
  return `<g><g transform="${grow}">${drawn}</g>${tower}</g>`;
}

function actorShapeSvg({ actor, category, box, lines }: PlacedActor): string {
  const insets = shapeInsets(category.shape);
  const centreX = box.x + insets.left + (box.width - insets.left - insets.right) / 2;
  const contentTop = box.y + insets.top;
  const contentHeight = box.height - insets.top - insets.bottom;
  const firstBaseline = contentTop + (contentHeight - lines.length * nameLineHeight) / 2 + nameLineHeight * 0.8;
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="${num(centreX)}" y="${num(firstBaseline + i * nameLineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<g><title>${escapeXml(`${actor.label} — ${category.label}`)}</title>${outlineSvg(category.shape, category.color, box)}<text font-size="${nameSize}" font-weight="bold" fill="${ink}" text-anchor="middle">${tspans}</text></g>`;
}

function badgeSvg(kind: NoteKind, count: number, right: number, centreY: number): { svg: string; width: number } {
  const { icon: symbol, color } = noteStyles[kind];
  const text = count > 1 ? `${symbol} ${count}` : symbol;
  const width = Math.max(22, textWidth(text, 13, true) + 12);
  const title = `${count} ${count > 1 ? noteKindLabels[kind].many : noteKindLabels[kind].one}`.toLowerCase();
  return {
    svg: `<g><title>${escapeXml(title)}</title><rect x="${num(right - width)}" y="${num(centreY - 11)}" width="${num(width)}" height="22" rx="11" fill="${color}" stroke="#ffffff" stroke-width="1.5"/><text x="${num(right - width / 2)}" y="${num(centreY + 4.5)}" font-size="13" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(text)}</text></g>`,
    width,
  };
}

/** Notes attached to an actor or a link: one badge per kind, with the count. */
function badgesSvg(map: MapState, actors: Map<string, PlacedActor>, linkLabels: Map<string, Point>): string[] {
  const byTarget = new Map<string, Note[]>();
  for (const note of map.notes) {
    if (!note.attachedTo) continue;
    const key = `${note.attachedTo.type}:${note.attachedTo.id}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), note]);
  }
  const out: string[] = [];
  for (const [key, notes] of byTarget) {
    const [type, id = ''] = key.split(/:(.*)/s);
    let right: number;
    let centreY: number;
    if (type === 'actor') {
      const placed = actors.get(id);
      if (!placed) continue;
      right = placed.box.x + placed.box.width - 4;
      centreY = placed.box.y;
    } else {
      const at = linkLabels.get(id);
      if (!at) continue;
      right = at.x + 40;
      centreY = at.y + 22;
    }
    for (const kind of noteKindIds) {
      const count = notes.filter((n) => n.kind === kind).length;
      if (count === 0) continue;
      const badge = badgeSvg(kind, count, right, centreY);
      out.push(badge.svg);
      right -= badge.width + 4;
    }
  }
  return out;
}

function freeNoteSvg({ note, box, lines }: PlacedNote): string {
  const { color } = noteStyles[note.kind];
  const badge = badgeSvg(note.kind, 1, box.x + 30, box.y + 8 + 11);
  const textX = box.x + 38;
  const text = lines
    .map(
      (line, i) =>
        `<tspan x="${num(textX)}" y="${num(box.y + 8 + 12 + i * noteLineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<g><title>${escapeXml(`${noteKindLabels[note.kind].one}\u00a0: ${note.text}`)}</title><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="6" fill="#fffdf2" stroke="${color}" stroke-width="2"/>${badge.svg}<text font-size="${noteTextSize}" fill="${ink}">${text}</text></g>`;
}
