import type { MapState } from '../domain/model.js';
import { type ActorGroup, groupLetter } from '../measures/groups.js';
import { countAtStart, joinFrench, listSome, nbsp, quote } from './french.js';

const listedMembers = 6;

/** A group of actors that work among themselves, as the summary names it. */
export interface GroupFigure {
  /** The label of its best-connected member: « autour de « CAF » ». */
  name: string;
  /** Its members' labels, in French order. */
  members: string[];
}

export interface GroupFigures {
  sentences: string[];
  groups: GroupFigure[];
}

/** Names the groups found by `groupsOf` (shared/measures/groups.ts) in one French sentence. */
export function groupFiguresOf(map: MapState, found: readonly ActorGroup[]): GroupFigures {
  const labelOf = new Map(map.actors.map((a) => [a.id, a.label]));
  const groups = found.map((group) => ({
    name: labelOf.get(group.anchor) ?? group.anchor,
    members: group.members.map((id) => labelOf.get(id) ?? id).sort((a, b) => a.localeCompare(b, 'fr')),
  }));
  if (groups.length === 0) return { sentences: [], groups };
  const described = groups.map(
    (g, i) =>
      `${groups.length >= 2 ? `${groupLetter(i)}, ` : ''}autour de ${quote(g.name)} (${listSome(g.members, listedMembers)})`,
  );
  const verb = groups.length >= 2 ? 'travaillent' : 'travaille';
  return {
    sentences: [
      `${countAtStart(groups.length, 'groupe d’acteurs', 'groupes d’acteurs')} ${verb} surtout entre eux et peu avec les autres${nbsp}: ${joinFrench(described)}.`,
    ],
    groups,
  };
}
