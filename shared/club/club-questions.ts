import { findCategory } from '../domain/codebook.js';
import type { Actor, MapState } from '../domain/model.js';
import { standardTypeLabel } from '../domain/standard-types.js';
import { byTerritory, territoryName } from './club-figures.js';
import type { ActorGroup, ClubWorkshop } from './club-model.js';

/** Does this actor belong to the group (a standard type, or a category of its workshop)? */
export function inGroup(actor: Actor, group: ActorGroup): boolean {
  return group.by === 'type' ? actor.standardType === group.id : actor.category === group.id;
}

/** The group's name in French: « CAF », « catégorie Éducation nationale ». */
export function groupLabel(group: ActorGroup, map?: MapState): string {
  if (group.by === 'type') return standardTypeLabel(group.id);
  const label = map ? findCategory(map.codebook, group.id).label : group.id;
  return `catégorie ${label}`;
}

export interface TerritoryWithCooperation {
  workshopId: string;
  territory: string;
  date: string;
  /** « CAF du Val — École Jaurès », one per existing link found. */
  pairs: string[];
}

export interface CooperationAnswer {
  /** How many territories were asked (those with at least one actor of each group). */
  asked: number;
  /** Territories where the two groups have at least one existing link. */
  territories: TerritoryWithCooperation[];
  /** Territories with actors of both groups but no existing link between them. */
  without: { workshopId: string; territory: string; date: string }[];
  /** Territories where one of the groups has no actor at all. */
  absent: number;
}

/**
 * « Dans combien de territoires la CAF coopère-t-elle avec une école ? »: territories with at
 * least one EXISTING link, in either direction, between an actor of group A and one of group B.
 */
export function cooperationAcross(workshops: readonly ClubWorkshop[], a: ActorGroup, b: ActorGroup): CooperationAnswer {
  const answer: CooperationAnswer = { asked: 0, territories: [], without: [], absent: 0 };
  for (const w of [...workshops].sort(byTerritory)) {
    const actors = new Map(w.map.actors.map((x) => [x.id, x]));
    const hasA = w.map.actors.some((x) => inGroup(x, a));
    const hasB = w.map.actors.some((x) => inGroup(x, b));
    if (!hasA || !hasB) {
      answer.absent += 1;
      continue;
    }
    answer.asked += 1;
    const pairs: string[] = [];
    for (const link of w.map.links) {
      if (link.status !== 'existing') continue;
      const source = actors.get(link.source);
      const target = actors.get(link.target);
      if (!source || !target) continue;
      if (inGroup(source, a) && inGroup(target, b)) pairs.push(`${source.label} — ${target.label}`);
      else if (inGroup(source, b) && inGroup(target, a)) pairs.push(`${target.label} — ${source.label}`);
    }
    const where = { workshopId: w.id, territory: territoryName(w), date: w.date };
    if (pairs.length > 0) answer.territories.push({ ...where, pairs });
    else answer.without.push(where);
  }
  return answer;
}

export interface MissingCooperation {
  /** The two sides, in French order: « CAF » and « Collège ». */
  sides: [string, string];
  /** Territories where at least one such link is desired. */
  territories: string[];
  /** Desired links of that pair, all territories together. */
  links: number;
}

/** How an actor is named in the ranking: its standard type, or its category when it has none. */
function sideOf(actor: Actor, map: MapState, by: 'type' | 'category'): string {
  const category = findCategory(map.codebook, actor.category).label;
  if (by === 'category') return category;
  return actor.standardType ? standardTypeLabel(actor.standardType) : `${category} (sans type)`;
}

/**
 * « Les coopérations les plus souvent manquantes »: desired links grouped by the pair of sides
 * (standard type or category), in either direction, ranked by the number of territories that
 * want them, then by the number of links.
 */
export function mostMissing(workshops: readonly ClubWorkshop[], by: 'type' | 'category'): MissingCooperation[] {
  const pairs = new Map<string, MissingCooperation>();
  for (const w of workshops) {
    const actors = new Map(w.map.actors.map((x) => [x.id, x]));
    for (const link of w.map.links) {
      if (link.status !== 'desired') continue;
      const source = actors.get(link.source);
      const target = actors.get(link.target);
      if (!source || !target) continue;
      const sides = [sideOf(source, w.map, by), sideOf(target, w.map, by)].sort((x, y) => x.localeCompare(y, 'fr')) as [
        string,
        string,
      ];
      const key = sides.join('\u0000');
      const entry = pairs.get(key) ?? { sides, territories: [], links: 0 };
      entry.links += 1;
      const name = territoryName(w);
      if (!entry.territories.includes(name)) entry.territories.push(name);
      pairs.set(key, entry);
    }
  }
  return [...pairs.values()]
    .map((p) => ({ ...p, territories: p.territories.sort((x, y) => x.localeCompare(y, 'fr')) }))
    .sort(
      (x, y) =>
        y.territories.length - x.territories.length ||
        y.links - x.links ||
        x.sides[0].localeCompare(y.sides[0], 'fr') ||
        x.sides[1].localeCompare(y.sides[1], 'fr'),
    );
}
