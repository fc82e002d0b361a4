import type { VersionOfMap } from '../../../shared/synthese/changes.js';
import type { SnapshotStore } from '../atelier/snapshot-store.js';

/** The workshop's first named version, the reference of the summary's « ce qui a changé »; none yet, []. */
export function firstVersionOf(store: Pick<SnapshotStore, 'list' | 'find'>, workshopId: string): VersionOfMap[] {
  const first = store.list(workshopId)[0];
  const found = first ? store.find(workshopId, first.id) : undefined;
  return found ? [{ name: found.summary.name, takenAt: found.summary.takenAt, map: found.map }] : [];
}
