/**
 * What the privacy notice (« Données personnelles », renderer/confidentialite) shows and does:
 * the data folder as it really is, the retention review, and the answers to a person who asks
 * to see or erase what concerns them. Plain types: the schemas of the inputs are in contract.ts.
 */

/** A file or folder of the data folder, with its mode on Linux and macOS (null on Windows). */
export interface DataFile {
  name: string;
  size: number;
  folder: boolean;
  /** « 0600 »; null where modes do not apply (Windows: the profile's ACLs). */
  mode: string | null;
}

/** A damaged database Maillage moved aside at start: kept until the facilitator deletes it. */
export interface DamagedFile {
  name: string;
  size: number;
  /** When it was moved aside (from its name), ISO. */
  movedAt: string | null;
}

/** A workshop the retention setting says is due for review. */
export interface RetentionDue {
  id: string;
  title: string;
  territory: string;
  date: string;
  /** Last modified, or last kept after a review: whichever is later. */
  since: string;
  clubOnly: boolean;
}

export interface PrivacyOverview {
  dataDir: string;
  /** The data folder's own mode (« 0700 »), null on Windows. */
  folderMode: string | null;
  files: DataFile[];
  backups: { count: number; oldest: string | null; newest: string | null; recent: number; days: number };
  damaged: DamagedFile[];
  workshops: { own: number; club: number };
  /** Months without a change after which a workshop is listed for review; null when off. */
  retentionMonths: number | null;
  due: RetentionDue[];
  undoWindowMs: number;
}

/** Where a name was found. */
export type PlaceKind =
  | 'titre'
  | 'territoire'
  | 'animation'
  | 'objectif'
  | 'participant'
  | 'acteur'
  | 'contact'
  | 'remarque'
  | 'lien'
  | 'note'
  | 'zone'
  | 'vue'
  | 'version'
  | 'question'
  | 'proposition';

export interface PersonPlace {
  kind: PlaceKind;
  /** « Acteur « Mme Ostrowska » », « Version « Acteurs » — note »: where to look, in French. */
  where: string;
  /** The whole text that names the person. */
  text: string;
}

export interface PersonFindings {
  text: string;
  workshops: { id: string; title: string; territory: string; clubOnly: boolean; places: PersonPlace[] }[];
  total: number;
}

export interface PersonErased {
  /** How many texts were changed in the database. */
  places: number;
  workshops: number;
  backupsRewritten: number;
  backupsRemoved: number;
}

/** The retention durations offered, in months; null means no review. */
export const retentionChoices = [6, 12, 24, 36, 60] as const;
