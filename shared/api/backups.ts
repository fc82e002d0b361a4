import { z } from 'zod';

/** Why a backup was taken: shown to the facilitator next to its date. */
export const backupReasons = ['ouverture', 'periodique', 'avant-restauration', 'avant-migration'] as const;
export type BackupReason = (typeof backupReasons)[number];

/**
 * A backup's id is its file name without `.sqlite`: `maillage-<UTC time>-<reason>`. The pattern
 * admits no separator nor dot, so an id can never name a file outside the backups folder.
 */
export const backupId = z.string().regex(/^maillage-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d+)?-[a-z-]{1,32}$/, {
  error: 'Identifiant de sauvegarde invalide.',
});

export interface BackupSummary {
  id: string;
  takenAt: string;
  reason: BackupReason;
  /** Size of the file in bytes. */
  size: number;
  /** False when the file cannot be read as a Maillage database: listed, never restored. */
  readable: boolean;
  /** What it holds, so that the facilitator can recognise the right one. */
  workshops: number;
  actors: number;
  /** The titles of its most recently changed workshops (a few at most). */
  titles: string[];
}

export interface BackupRestored {
  restored: BackupSummary;
  /** The state just before the restore, kept as a backup too. */
  safety: BackupSummary;
}
