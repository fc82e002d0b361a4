import { z } from 'zod';
import { limits } from '../domain/limits.js';
import type { MapState } from '../domain/model.js';

/** A named version of a map, as the list shows it (the map itself comes with snapshot.get). */
export interface SnapshotSummary {
  id: string;
  name: string;
  takenAt: string;
  /** Taken by Maillage at a step change rather than asked for. */
  auto: boolean;
  actorCount: number;
  linkCount: number;
}

export interface Snapshot {
  summary: SnapshotSummary;
  map: MapState;
}

export const snapshotName = z
  .string()
  .trim()
  .min(1, { error: 'Donnez un nom à la version.' })
  .max(limits.label, { error: `Le nom est trop long (${limits.label} caractères au plus).` });
