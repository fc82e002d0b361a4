import type { Category, Codebook, NoteKind, Priority } from '../domain/codebook.js';
import type { MapState } from '../domain/model.js';
import type { GroupFigure } from './group-figures.js';
import type { InfluenceFigures } from './influence-figures.js';
import type { SeriesChapter } from './series-chapter.js';
import type { ViewPage } from './view-pages.js';

/**
 * The summary of one workshop (design.md §2, step 7): everything the DOCX, HTML and PDF
 * renderers write, computed once from the workshop and its map by pure functions. Renderers
 * only lay it out; they decide nothing.
 */
export interface Synthese {
  cover: Cover;
  actors: ActorsSection;
  cooperations: CooperationsSection;
  desiredLinks: DesiredLinkRow[];
  /** Points d'appui, freins, besoins, constats, pratiques inspirantes; empty kinds left out. */
  noteGroups: NoteGroup[];
  /** Pistes d'action, sorted by priority then votes. */
  actionPlan: ActionRow[];
  keyFigures: KeyFigures;
  /** What changed since the first named version; null while the workshop has no version. */
  changes: ChangesSinceFirst | null;
  /** How the territory changed since its first diagnostic (T0); null unless the workshop is a later one of a series. */
  series: SeriesChapter | null;
  /** The map itself, for the picture and the legend. */
  map: MapState;
  codebook: Codebook;
  /** A page per saved view the facilitator chose for the summary (shared/synthese/view-pages.ts). */
  viewPages: ViewPage[];
}

export interface Cover {
  title: string;
  territory: string;
  /** ISO date as typed (may be empty) and its French form (« 12 mars 2026 »). */
  date: string;
  dateText: string;
  facilitator: string;
  objective: string;
  /** The tour de table: who was in the room, in the order captured. */
  participants: CoverParticipant[];
  /** Who sent apologies (« excusés »). */
  excused: CoverParticipant[];
  /** Distinct structures represented (by a participant present), in the order first met. */
  structures: string[];
  /** When the summary was produced, ISO; given by the caller so that the model stays pure. */
  generatedAt: string;
  /** People who contributed from their phones (the room): proposed or voted; 0 when unused. */
  phoneContributors: number;
}

/** A participant as the cover writes them: the structure is the actor's name when linked. */
export interface CoverParticipant {
  /** '' when the name was not noted (a structure represented by someone unnamed). */
  name: string;
  structure: string;
  role: string;
}

export interface ActorRow {
  id: string;
  label: string;
  category: string;
  engagement: string;
  times: string;
  /** A participant present at the workshop spoke for it (shared/domain/participants.ts). */
  represented: boolean;
  /** Number of distinct partners through existing links. */
  partners: number;
}

/** One line of a count table: a name, how many, and the share of the total. */
export interface CountRow {
  id: string;
  label: string;
  count: number;
}

export interface CategoryGroup {
  category: Category;
  actors: ActorRow[];
}

export interface ActorsSection {
  total: number;
  byCategory: CategoryGroup[];
  /** Counts per category, every category of the codebook in its order (0 included). */
  categoryCounts: CountRow[];
  engagementCounts: CountRow[];
  rows: ActorRow[];
}

export interface LinkRow {
  id: string;
  source: string;
  target: string;
  kind: string;
  intensity: string;
  quality: string;
  directed: boolean;
}

export interface CooperationsSection {
  existingCount: number;
  desiredCount: number;
  byKind: CountRow[];
  byIntensity: CountRow[];
  byQuality: CountRow[];
  rows: LinkRow[];
}

export interface DesiredLinkRow {
  id: string;
  source: string;
  target: string;
  kind: string;
  obstacle: string;
  proposal: string;
}

export interface NoteRow {
  id: string;
  text: string;
  votes: number;
  /** « Acteur : X », « Lien : A — B » or '' for a note free on the canvas. */
  about: string;
}

export interface NoteGroup {
  kind: NoteKind;
  title: string;
  notes: NoteRow[];
}

export interface ActionRow {
  id: string;
  text: string;
  owners: string[];
  votes: number;
  priority: Priority | null;
  priorityLabel: string;
  about: string;
}

export interface KeyFigures {
  /** Plain French sentences, in reading order. */
  sentences: string[];
  mostConnected: { label: string; partners: number }[];
  bridging: { label: string; betweenness: number }[];
  isolated: string[];
  /** Share of possible pairs that are linked (existing links, undirected, 0 with < 2 actors). */
  density: number;
  /** Difficult links among existing links whose quality was given; null when none was. */
  difficultShare: number | null;
  /** Categories present on the map with no existing link to an Éducation nationale actor. */
  categoriesWithoutSchoolLink: string[];
  /** Groups of actors that work among themselves more than with the others (shared/measures/groups.ts). */
  groups: GroupFigure[];
  /** Who can move things: influence and stance (Net-Map). */
  influence: InfluenceFigures;
}

export interface ChangesSinceFirst {
  /** « Ce qui a changé depuis la version « Début » du 12 mars 2026 ». */
  title: string;
  versionName: string;
  takenAt: string;
  sentences: string[];
  actorsAdded: string[];
  actorsRemoved: string[];
  linksAdded: number;
  linksRemoved: number;
  /** Desired links of the first version that now exist. */
  desiredNowExisting: number;
}
