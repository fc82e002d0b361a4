import type { MapState } from './model.js';

/** What the facilitator chose to keep bright; everything else is dimmed, never hidden. */
export interface ViewFilter {
  /** Categories shown; undefined = all. */
  categories?: readonly string[];
  kinds?: readonly string[];
  /** 'aucune' stands for links whose quality is not stated. */
  qualities?: readonly string[];
  statuses?: readonly string[];
  /**
   * The nature of the actors' engagement (the programme's axis: « quelle que soit la nature de
   * son engagement »); 'aucun' stands for actors whose engagement is not stated.
   */
  engagements?: readonly string[];
  /** 'represente' / 'non-represente' at the workshop (the tour de table says which). */
  representation?: readonly string[];
  /** An actor whose direct partners are highlighted. */
  focus?: string;
}

export interface Dimmed {
  actors: Set<string>;
  links: Set<string>;
}

const allows = (list: readonly string[] | undefined, value: string) => list === undefined || list.includes(value);

/** The values of the representation dimension. */
export const representationIds = ['represente', 'non-represente'] as const;
const nobody: ReadonlySet<string> = new Set();

/**
 * Which actors and links to dim for a filter; pure, so filters never touch the data. `represented`
 * is the set of actors a present participant speaks for (shared/domain/participants.ts).
 */
export function dimmedBy(map: MapState, filter: ViewFilter, represented: ReadonlySet<string> = nobody): Dimmed {
  const actors = new Set(
    map.actors
      .filter(
        (a) =>
          !allows(filter.categories, a.category) ||
          !allows(filter.engagements, a.engagement ?? 'aucun') ||
          !allows(filter.representation, represented.has(a.id) ? 'represente' : 'non-represente'),
      )
      .map((a) => a.id),
  );
  const links = new Set(
    map.links
      .filter(
        (l) =>
          !allows(filter.kinds, l.kind) ||
          !allows(filter.qualities, l.quality ?? 'aucune') ||
          !allows(filter.statuses, l.status) ||
          actors.has(l.source) ||
          actors.has(l.target),
      )
      .map((l) => l.id),
  );
  if (filter.focus && map.actors.some((a) => a.id === filter.focus)) {
    const focus = filter.focus;
    const around = map.links.filter((l) => l.source === focus || l.target === focus);
    const partners = new Set([focus, ...around.map((l) => (l.source === focus ? l.target : l.source))]);
    const aroundIds = new Set(around.map((l) => l.id));
    for (const actor of map.actors) if (!partners.has(actor.id)) actors.add(actor.id);
    for (const link of map.links) if (!aroundIds.has(link.id)) links.add(link.id);
  }
  return { actors, links };
}

export function isFiltering(filter: ViewFilter): boolean {
  return (
    filter.categories !== undefined ||
    filter.kinds !== undefined ||
    filter.qualities !== undefined ||
    filter.statuses !== undefined ||
    filter.engagements !== undefined ||
    filter.representation !== undefined ||
    filter.focus !== undefined
  );
}
