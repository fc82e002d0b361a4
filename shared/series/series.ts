import { fold } from '../exchange/fold.js';

/**
 * A territory followed over time: the workshops of one territory form a series, T0 (the first
 * diagnostic), T1, T2… A workshop joins a series when the facilitator confirms it; until then
 * the workshops whose territory has the same name, folded, are only proposed.
 */

/** What the series rules need to know of a workshop. */
export interface SeriesWorkshop {
  id: string;
  title: string;
  territory: string;
  /** AAAA-MM-JJ or ''. */
  date: string;
  createdAt: string;
  /** The series it was confirmed in (its name as typed), null when never confirmed. */
  series: string | null;
}

export interface SeriesMember {
  id: string;
  title: string;
  territory: string;
  date: string;
  /** 0 for T0, the first diagnostic. */
  rank: number;
}

/** Two names of one series meet when folded: « Grigny (91) » and « grigny 91 ». */
export function seriesKey(name: string): string {
  return fold(name);
}

/** When a workshop took place: its date, else the day it was created (a date may be left empty). */
const whenOf = (w: SeriesWorkshop) => w.date || w.createdAt.slice(0, 10);

/** The order of a series: by date, then creation; T0 first. */
export function inSeriesOrder<T extends SeriesWorkshop>(workshops: readonly T[]): T[] {
  return [...workshops].sort(
    (a, b) => whenOf(a).localeCompare(whenOf(b)) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

export const rankLabel = (rank: number) => `T${rank}`;

/** The workshops confirmed in the series called `name`, T0 first, with their rank. */
export function membersOf(workshops: readonly SeriesWorkshop[], name: string): SeriesMember[] {
  const key = seriesKey(name);
  if (key === '') return [];
  return inSeriesOrder(workshops.filter((w) => w.series !== null && seriesKey(w.series) === key)).map((w, rank) => ({
    id: w.id,
    title: w.title,
    territory: w.territory,
    date: w.date,
    rank,
  }));
}

export interface SeriesProposal {
  /** The name of the series: the confirmed one, else the territory as typed. */
  name: string;
  confirmed: boolean;
  /** Confirmed members, T0 first (empty while the workshop is in no series). */
  members: SeriesMember[];
  /**
   * Workshops not confirmed in this series whose territory, folded, is this one's or the
   * series' name: proposed, never added without the facilitator.
   */
  proposed: SeriesMember[];
}

/** The series of one workshop as the facilitator is shown it: confirmed members and proposals. */
export function seriesOf(workshops: readonly SeriesWorkshop[], workshopId: string): SeriesProposal | undefined {
  const self = workshops.find((w) => w.id === workshopId);
  if (!self) return undefined;
  const name = self.series ?? self.territory.trim();
  const members = self.series === null ? [] : membersOf(workshops, self.series);
  const keys = new Set([seriesKey(name), seriesKey(self.territory)].filter((k) => k !== ''));
  const inSeries = new Set(members.map((m) => m.id));
  const proposed = inSeriesOrder(
    workshops.filter(
      (w) => !inSeries.has(w.id) && (w.id === self.id || (w.series === null && keys.has(seriesKey(w.territory)))),
    ),
  ).map((w) => ({ id: w.id, title: w.title, territory: w.territory, date: w.date, rank: -1 }));
  return { name, confirmed: self.series !== null, members, proposed };
}

/** The first diagnostic of the workshop's series, when the workshop is a later one (T1, T2…). */
export function referenceOf(
  workshops: readonly SeriesWorkshop[],
  workshopId: string,
): { reference: SeriesMember; current: SeriesMember } | undefined {
  const self = workshops.find((w) => w.id === workshopId);
  if (!self?.series) return undefined;
  const members = membersOf(workshops, self.series);
  const current = members.find((m) => m.id === workshopId);
  const reference = members[0];
  if (!current || !reference || current.rank === 0) return undefined;
  return { reference, current };
}
