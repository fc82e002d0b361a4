import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.js';
import { facilitate } from '../../../shared/atelier/facilitation.js';
import { steps } from '../../../shared/atelier/steps.js';
import { compareMaps, isSameMap } from '../../../shared/versions/compare.js';
import { notFound } from '../errors.js';
import type { EventHub } from '../event-hub.js';
import type { MapService } from '../map/map-service.js';
import { FacilitationStore } from './facilitation-store.js';
import { SnapshotStore } from './snapshot-store.js';

type AtelierMethod =
  | 'facilitation.get'
  | 'facilitation.act'
  | 'projection.show'
  | 'snapshot.list'
  | 'snapshot.take'
  | 'snapshot.get'
  | 'snapshot.rename'
  | 'snapshot.delete';
export type AtelierHandlers = { [M in AtelierMethod & MethodName]: (input: MethodInput<M>) => MethodOutput<M> };

export interface AtelierDeps {
  db: Database;
  maps: MapService;
  events: EventHub;
  now: () => string;
  newId?: () => string;
}

const q = (text: string) => `«\u00a0${text}\u00a0»`;

/**
 * Facilitating in the room: the workshop's step, timers and wall (stored, and broadcast so the
 * projector follows), the facilitator's view sent to the wall without being stored, and the
 * named versions of the map — one taken by itself at each step change.
 */
export function createAtelierHandlers(deps: AtelierDeps): AtelierHandlers {
  const { db, maps, events, now } = deps;
  const newId = deps.newId ?? randomUUID;
  const facilitation = new FacilitationStore(db);
  const snapshots = new SnapshotStore(db);

  /** The map of an existing workshop (throws not_found otherwise). */
  const mapOf = (workshopId: string) => maps.get(workshopId).map;

  function take(workshopId: string, name: string, auto: boolean) {
    return snapshots.insert(workshopId, { id: newId(), name, takenAt: now(), auto }, mapOf(workshopId));
  }

  return {
    'facilitation.get': ({ workshopId }) => {
      mapOf(workshopId);
      return facilitation.read(workshopId);
    },
    'facilitation.act': ({ workshopId, action }) => {
      const map = mapOf(workshopId);
      const before = facilitation.read(workshopId);
      const after = facilitate(before, action, Date.parse(now()));
      if (after === before) return before;
      const stepChanged = after.step !== before.step;
      // A version of the map at each step change, unless nothing changed since the last one.
      const latest = stepChanged ? snapshots.latest(workshopId) : undefined;
      const snapshot = stepChanged && (!latest || !isSameMap(compareMaps(latest, map)));
      db.transaction(() => {
        facilitation.write(workshopId, after);
        if (snapshot) take(workshopId, `${q(steps[before.step].title)} → ${q(steps[after.step].title)}`, true);
      })();
      events.publish({ type: 'facilitation.changed', workshopId, state: after });
      if (snapshot) events.publish({ type: 'snapshots.changed', workshopId });
      return after;
    },
    'projection.show': ({ workshopId, view, origin }) => {
      // Sent as the facilitator pans: never written, only passed on to the wall.
      events.publish({ type: 'projection.view', workshopId, view, origin });
      return { shown: true };
    },
    'snapshot.list': ({ workshopId }) => {
      mapOf(workshopId);
      return snapshots.list(workshopId);
    },
    'snapshot.take': ({ workshopId, name }) => {
      const summary = take(workshopId, name, false);
      events.publish({ type: 'snapshots.changed', workshopId });
      return summary;
    },
    'snapshot.get': ({ workshopId, id }) => {
      const found = snapshots.find(workshopId, id);
      if (!found) throw notFound('Version');
      return found;
    },
    'snapshot.rename': ({ workshopId, id, name }) => {
      if (!snapshots.rename(workshopId, id, name)) throw notFound('Version');
      events.publish({ type: 'snapshots.changed', workshopId });
      return snapshots.find(workshopId, id)!.summary;
    },
    'snapshot.delete': ({ workshopId, id }) => {
      if (!snapshots.delete(workshopId, id)) throw notFound('Version');
      events.publish({ type: 'snapshots.changed', workshopId });
      return { deleted: true };
    },
  };
}
