import type { MapState } from '../domain/model.js';

/** One workshop as the Club reads it: its fields, whether it was received read-only, its map. */
export interface ClubWorkshop {
  id: string;
  title: string;
  territory: string;
  /** AAAA-MM-JJ or ''. */
  date: string;
  /** Received from a colleague as a `.maillage` file: compared here, never edited. */
  clubOnly: boolean;
  /** ISO time it was created here: orders workshops of one date in a series. */
  createdAt: string;
  /** The series (territory followed over time) the facilitator confirmed it in; null when none. */
  series: string | null;
  /** Its codebook is map.codebook. */
  map: MapState;
}

/** From/to on the workshop's date, both optional (AAAA-MM-JJ). */
export interface DateRange {
  from?: string;
  to?: string;
}

/** A count under a name, in a fixed order shared by every territory (one column each). */
export interface Counted {
  id: string;
  label: string;
  count: number;
}

/** The key figures of one territory, side by side with the others'. */
export interface TerritoryFigures {
  workshopId: string;
  title: string;
  territory: string;
  date: string;
  clubOnly: boolean;
  actors: number;
  actorsByCategory: Counted[];
  /** Existing links only: desired ones do not exist yet. */
  existingLinks: number;
  desiredLinks: number;
  linksByKind: Counted[];
  linksByQuality: Counted[];
  /** Share of possible pairs of actors that cooperate (graphology's density, key-figures.ts). */
  density: number;
  /** Desired links among all links drawn; null when the map has no link. */
  desiredShare: number | null;
  /** Labels of the categories present none of whose actors works with a school. */
  categoriesWithoutSchoolLink: string[];
  isolated: string[];
}

export interface ClubFigures {
  territories: TerritoryFigures[];
  /** Column headings, in order: the union of the workshops' categories, kinds and qualities. */
  categories: { id: string; label: string }[];
  linkKinds: { id: string; label: string }[];
  qualities: { id: string; label: string }[];
}

/** What a question across territories is about: actors of a standard type, or of a category. */
export interface ActorGroup {
  by: 'type' | 'category';
  id: string;
}
