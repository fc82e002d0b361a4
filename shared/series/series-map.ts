import { freeSpot } from '../domain/free-spot.js';
import type { Box } from '../domain/geometry.js';
import type { Actor, Link, MapState } from '../domain/model.js';
import { actorMinHeight, actorWidth } from '../map-picture/layout.js';
import type { ChangeMark } from '../versions/compared-map.js';
import type { SeriesComparison } from './series-compare.js';

/** Ids of what only the earlier diagnostic had, so that they never meet the later map's own ids. */
export const earlierId = (id: string) => `t0-${id}`;

const centreOf = (a: Pick<Actor, 'x' | 'y'>) => ({ x: a.x + actorWidth / 2, y: a.y + actorMinHeight / 2 });

/**
 * One map to draw the comparison of two diagnostics on, in the places of the later one (the
 * room knows it): kept actors where they are now; an actor that left where it stood beside its
 * nearest kept neighbour in the earlier map, moved to the nearest free place if taken; links
 * that disappeared between those places. Marks as in a comparison of versions, so the canvas
 * and its legend draw it the same way.
 */
export function seriesComparedMap(before: MapState, after: MapState, comparison: SeriesComparison) {
  const marks = new Map<string, ChangeMark>();
  const { actors, cooperations, desired } = comparison;
  const nowOf = new Map(actors.kept.map((p) => [p.before.id, p.after]));
  const taken: Box[] = after.actors.map((a) => ({ x: a.x, y: a.y, width: actorWidth, height: actorMinHeight }));

  const placed: Actor[] = actors.left.map((gone) => {
    const from = centreOf(gone);
    let nearest: { earlier: Actor; now: Actor } | undefined;
    let best = Number.POSITIVE_INFINITY;
    for (const pair of actors.kept) {
      const c = centreOf(pair.before);
      const d = Math.hypot(c.x - from.x, c.y - from.y);
      if (d < best) {
        best = d;
        nearest = { earlier: pair.before, now: pair.after };
      }
    }
    const wanted = nearest
      ? { x: nearest.now.x + gone.x - nearest.earlier.x, y: nearest.now.y + gone.y - nearest.earlier.y }
      : { x: gone.x, y: gone.y };
    const spot = freeSpot(centreOf(wanted), { width: actorWidth, height: actorMinHeight }, taken);
    const at = { x: spot.x - actorWidth / 2, y: spot.y - actorMinHeight / 2 };
    taken.push({ ...at, width: actorWidth, height: actorMinHeight });
    marks.set(earlierId(gone.id), 'retire');
    return { ...gone, id: earlierId(gone.id), ...at };
  });

  const endOf = (id: string) => nowOf.get(id)?.id ?? earlierId(id);
  const gone: Link[] = cooperations.disappeared.map((link) => {
    marks.set(earlierId(link.id), 'retire');
    return { ...link, id: earlierId(link.id), source: endOf(link.source), target: endOf(link.target) };
  });
  for (const a of actors.appeared) marks.set(a.id, 'ajoute');
  for (const { link } of cooperations.appeared) marks.set(link.id, 'ajoute');
  for (const { now } of desired.realised) marks.set(now.id, 'ajoute');
  for (const change of cooperations.changed) marks.set(change.after.id, 'modifie');

  // Categories and kinds only the earlier map had are kept, so a departed actor keeps its shape.
  const missing = <T extends { id: string }>(mine: readonly T[], theirs: readonly T[]) =>
    theirs.filter((t) => !mine.some((m) => m.id === t.id));
  const map: MapState = {
    codebook: {
      ...after.codebook,
      categories: [...after.codebook.categories, ...missing(after.codebook.categories, before.codebook.categories)],
      linkKinds: [...after.codebook.linkKinds, ...missing(after.codebook.linkKinds, before.codebook.linkKinds)],
    },
    actors: [...after.actors, ...placed],
    links: [...after.links, ...gone],
    notes: after.notes,
    zones: after.zones,
  };
  return { map, marks };
}
