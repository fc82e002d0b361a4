import type { PairDecision } from '../series/actor-matching.js';
import { matchActors } from '../series/actor-matching.js';
import { inSeriesOrder, rankLabel, seriesKey } from '../series/series.js';
import { compareSeries } from '../series/series-compare.js';
import { territoryName } from './club-figures.js';
import type { ClubWorkshop } from './club-model.js';

/** One workshop of a territory's trajectory, and how it stands against the first diagnostic (T0). */
export interface TrajectoryStep {
  workshopId: string;
  title: string;
  date: string;
  /** « T0 », « T1 »… */
  rank: string;
  actors: number;
  existingLinks: number;
  desiredLinks: number;
  /** Against T0; null for T0 itself. */
  sinceFirst: {
    actorsAppeared: number;
    actorsLeft: number;
    cooperationsBorn: number;
    cooperationsGone: number;
    /** Desired links of T0 whose actors cooperate at this step. */
    desiredRealised: number;
    /** realised / desired links of T0; null when T0 had none. */
    realisedShare: number | null;
    /** Likely pairs of actors not confirmed yet (counted as appeared and left). */
    unconfirmed: number;
  } | null;
}

export interface Trajectory {
  /** The series' name, or the territory's when the workshops are grouped by its name only. */
  name: string;
  /** True for a series the facilitator confirmed; false for workshops grouped by the territory's name. */
  confirmed: boolean;
  /** Desired links drawn at T0. */
  desiredAtFirst: number;
  steps: TrajectoryStep[];
}

/**
 * Each territory's trajectory: the workshops of a confirmed series, or else those whose territory
 * has the same name (folded) — received workshops are never in a series here — T0 first, each
 * compared with T0 through the same matching and comparison as the summary's chapter, with the
 * facilitator's answers. A territory seen once has no trajectory.
 */
export function trajectories(
  workshops: readonly ClubWorkshop[],
  decisionsOf: (laterId: string, earlierId: string) => readonly PairDecision[],
): Trajectory[] {
  const groups = new Map<string, { name: string; confirmed: boolean; members: ClubWorkshop[] }>();
  for (const w of workshops) {
    const confirmed = w.series !== null;
    const name = w.series ?? territoryName(w);
    const key = `${confirmed ? 's' : 't'}:${seriesKey(name)}`;
    const group = groups.get(key) ?? { name, confirmed, members: [] };
    group.members.push(w);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.members.length >= 2)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map(({ name, confirmed, members }) => {
      const ordered = inSeriesOrder(members);
      const first = ordered[0]!;
      const desiredAtFirst = first.map.links.filter((l) => l.status === 'desired').length;
      const steps = ordered.map((w, i): TrajectoryStep => {
        const existing = w.map.links.filter((l) => l.status === 'existing').length;
        const base = {
          workshopId: w.id,
          title: w.title,
          date: w.date,
          rank: rankLabel(i),
          actors: w.map.actors.length,
          existingLinks: existing,
          desiredLinks: w.map.links.length - existing,
        };
        if (i === 0) return { ...base, sinceFirst: null };
        const c = compareSeries(first.map, w.map, matchActors(first.map, w.map, decisionsOf(w.id, first.id)));
        return {
          ...base,
          sinceFirst: {
            actorsAppeared: c.actors.appeared.length,
            actorsLeft: c.actors.left.length,
            cooperationsBorn: c.cooperations.appeared.length,
            cooperationsGone: c.cooperations.disappeared.length,
            desiredRealised: c.desired.realised.length,
            realisedShare: desiredAtFirst > 0 ? c.desired.realised.length / desiredAtFirst : null,
            unconfirmed: c.unconfirmed,
          },
        };
      });
      return { name, confirmed, desiredAtFirst, steps };
    });
}
