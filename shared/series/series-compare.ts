import type { Actor, Link, MapState } from '../domain/model.js';
import type { ActorMatching, ActorPair } from './actor-matching.js';

/** What of a cooperation can change between two diagnostics of a territory. */
export const comparedLinkFields = ['kind', 'intensity', 'quality'] as const;
export type ComparedLinkField = (typeof comparedLinkFields)[number];

export interface LinkChange {
  before: Link;
  after: Link;
  fields: ComparedLinkField[];
}

export interface AppearedLink {
  link: Link;
  /** A desired link joined the same two actors in the earlier diagnostic. */
  wished: boolean;
}

export interface RealisedLink {
  /** The desired link of the earlier diagnostic. */
  desired: Link;
  /** The existing link between the same two actors now (the same kind if there is one). */
  now: Link;
}

/**
 * How a territory changed between two of its workshops (T0 and a later one), actors matched
 * by matchActors. Links are compared between the same two actors, whatever their direction;
 * existing links are cooperations, desired links are what was missing.
 */
export interface SeriesComparison {
  actors: { kept: ActorPair[]; appeared: Actor[]; left: Actor[] };
  cooperations: { appeared: AppearedLink[]; disappeared: Link[]; changed: LinkChange[]; unchanged: number };
  desired: {
    /** Desired links of the earlier diagnostic between actors who cooperate now. */
    realised: RealisedLink[];
    /** Desired links of the earlier diagnostic whose actors do not cooperate now (or one has left). */
    notRealised: Link[];
    /** Desired links now between actors who had none desired before. */
    added: Link[];
  };
  /** Likely pairs of actors nobody confirmed yet (counted above as appeared and left). */
  unconfirmed: number;
}

/** The same two actors, in either direction. */
const pairOf = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function byPair(links: readonly Link[], idOf: (id: string) => string | undefined) {
  const groups = new Map<string, Link[]>();
  const outside: Link[] = [];
  for (const link of links) {
    const s = idOf(link.source);
    const t = idOf(link.target);
    if (s === undefined || t === undefined) outside.push(link);
    else {
      const key = pairOf(s, t);
      groups.set(key, [...(groups.get(key) ?? []), link]);
    }
  }
  return { groups, outside };
}

/**
 * Pairs the existing links of one pair of actors: the same kind first, then what is left, in
 * the maps' order. What finds no partner appeared or disappeared.
 */
function pairLinks(olds: readonly Link[], news: readonly Link[]) {
  const free = [...news];
  const matched: [Link, Link][] = [];
  const leftover: Link[] = [];
  for (const old of olds) {
    const i = free.findIndex((n) => n.kind === old.kind);
    if (i >= 0) matched.push([old, ...free.splice(i, 1)] as [Link, Link]);
    else leftover.push(old);
  }
  const gone: Link[] = [];
  for (const old of leftover) {
    const next = free.shift();
    if (next) matched.push([old, next]);
    else gone.push(old);
  }
  return { matched, gone, added: free };
}

export function compareSeries(before: MapState, after: MapState, matching: ActorMatching): SeriesComparison {
  const toAfter = new Map(matching.pairs.map((p) => [p.before.id, p.after.id]));
  const matchedAfter = new Set(toAfter.values());
  const afterIds = new Set(after.actors.map((a) => a.id));
  const existing = (map: MapState) => map.links.filter((l) => l.status === 'existing');
  const desired = (map: MapState) => map.links.filter((l) => l.status === 'desired');

  // Earlier links are named by the later ids of their actors; links of an actor that left fall outside.
  const oldExisting = byPair(existing(before), (id) => toAfter.get(id));
  const newExisting = byPair(existing(after), (id) => (afterIds.has(id) ? id : undefined));
  const oldDesired = byPair(desired(before), (id) => toAfter.get(id));
  const newDesired = byPair(desired(after), (id) => (afterIds.has(id) ? id : undefined));

  const appeared: AppearedLink[] = [];
  const disappeared: Link[] = [...oldExisting.outside];
  const changed: LinkChange[] = [];
  let unchanged = 0;
  const keys = new Set([...oldExisting.groups.keys(), ...newExisting.groups.keys()]);
  for (const key of keys) {
    const { matched, gone, added } = pairLinks(oldExisting.groups.get(key) ?? [], newExisting.groups.get(key) ?? []);
    for (const [old, now] of matched) {
      const fields = comparedLinkFields.filter((f) => old[f] !== now[f]);
      if (fields.length > 0) changed.push({ before: old, after: now, fields });
      else unchanged += 1;
    }
    disappeared.push(...gone);
    const wished = oldDesired.groups.has(key);
    appeared.push(...added.map((link) => ({ link, wished })));
  }

  const realised: RealisedLink[] = [];
  const notRealised: Link[] = [...oldDesired.outside];
  for (const [key, links] of oldDesired.groups) {
    const now = newExisting.groups.get(key);
    for (const link of links) {
      const same = now?.find((n) => n.kind === link.kind) ?? now?.[0];
      if (same) realised.push({ desired: link, now: same });
      else notRealised.push(link);
    }
  }
  const added = [...newDesired.groups].filter(([key]) => !oldDesired.groups.has(key)).flatMap(([, links]) => links);

  return {
    actors: {
      kept: matching.pairs,
      appeared: after.actors.filter((a) => !matchedAfter.has(a.id)),
      left: before.actors.filter((a) => !toAfter.has(a.id)),
    },
    cooperations: { appeared, disappeared, changed, unchanged },
    desired: { realised, notRealised, added },
    unconfirmed: matching.toConfirm.length,
  };
}
