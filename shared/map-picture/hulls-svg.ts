import type { MapState } from '../domain/model.js';
import type { ActorGroup } from '../measures/groups.js';
import { groupLetter } from '../measures/groups.js';
import { hullIsClear, softHullPath } from '../measures/hulls.js';
import { escapeXml } from '../text/escape.js';
import type { PlacedActor } from './layout.js';
import { num } from './svg-number.js';
import { fitLine } from './text.js';

/** Room kept around a group's actors, so its outline never touches a name. */
export const hullPadding = 28;
const hullInk = '#3d4f66';

/**
 * Each group as a soft outline around its actors (a pale wash and a dashed line, drawn under the
 * links) with its name above it: « Groupe A, autour de … » — only where the outline takes in no
 * other actor (`hullIsClear`). Each member also carries its group's letter (`groupBadgesSvg`,
 * drawn above the actors), which says who is in a group wherever the map places them.
 */
export function hullsSvg(
  map: MapState,
  groups: readonly ActorGroup[],
  actors: ReadonlyMap<string, PlacedActor>,
): string {
  const labelOf = new Map(map.actors.map((a) => [a.id, a.label]));
  return groups
    .map((group, index) => {
      const boxes = group.members.flatMap((id) => {
        const placed = actors.get(id);
        return placed ? [placed.box] : [];
      });
      const members = new Set(group.members);
      const others = [...actors.values()].filter((a) => !members.has(a.actor.id)).map((a) => a.box);
      if (boxes.length === 0 || !hullIsClear(boxes, others)) return '';
      const top = Math.min(...boxes.map((b) => b.y)) - hullPadding;
      const left = Math.min(...boxes.map((b) => b.x));
      const right = Math.max(...boxes.map((b) => b.x + b.width));
      const name = `Groupe ${groupLetter(index)}, autour de ${labelOf.get(group.anchor) ?? group.anchor}`;
      const label = fitLine(name, Math.max(160, right - left), 15, true);
      return `<g><title>${escapeXml(name)}</title><path d="${softHullPath(boxes, hullPadding)}" fill="${hullInk}" fill-opacity="0.08" stroke="${hullInk}" stroke-width="2" stroke-dasharray="8 5"/><text x="${num(left)}" y="${num(top - 6)}" font-size="15" font-weight="bold" fill="${hullInk}">${escapeXml(label)}</text></g>`;
    })
    .join('');
}

/** The group's letter on each of its members, at the top-left corner of its box. */
export function groupBadgesSvg(groups: readonly ActorGroup[], actors: ReadonlyMap<string, PlacedActor>): string {
  return groups
    .flatMap((group, index) =>
      group.members.map((id) => {
        const placed = actors.get(id);
        if (!placed) return '';
        const { x, y } = placed.box;
        return `<g><title>${escapeXml(`Groupe ${groupLetter(index)}`)}</title><circle cx="${num(x + 4)}" cy="${num(y + 4)}" r="11" fill="#ffffff" stroke="${hullInk}" stroke-width="2"/><text x="${num(x + 4)}" y="${num(y + 8.5)}" font-size="13" font-weight="bold" fill="${hullInk}" text-anchor="middle">${groupLetter(index)}</text></g>`;
      }),
    )
    .join('');
}
