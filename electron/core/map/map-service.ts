import type { Database } from 'better-sqlite3';
import type { OpenedMap } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import { applyOp, applyOps } from '../../../shared/domain/apply-op.js';
import type { MapState, Workshop } from '../../../shared/domain/model.js';
import type { MapOp } from '../../../shared/domain/operations.js';
import { type AddedActor, addedActors, twinsOf } from '../../../shared/domain/twins.js';
import { notFound } from '../errors.js';
import type { EventHub } from '../event-hub.js';
import type { WorkshopRepository } from '../workshops/workshop-repository.js';
import { AppliedBatches } from './applied-batches.js';
import { MapRepository } from './map-repository.js';

/** What a view says of a batch: its id (to apply it once) and the revision its view last showed. */
export interface BatchInfo {
  batchId?: string;
  base?: number;
}

/**
 * The actors added by each recent batch, since the workshop's map was loaded: enough to tell a
 * twin made by two views at the same moment from an actor added on purpose (`twinsOf`).
 */
interface RecentAdds {
  /** Revisions after this one are all in `batches`. */
  from: number;
  batches: { revision: number; origin: string; added: AddedActor[] }[];
}

const recentKept = 500;

function twinRefusal(labels: readonly string[]): ApiError {
  const names = labels.map((label) => `«\u00a0${label}\u00a0»`).join(', ');
  return new ApiError({
    code: 'conflict',
    message: `${names} vient d’être ajouté depuis une autre fenêtre : votre ajout n’a pas été enregistré, pour ne pas créer de doublon. La carte est rechargée ; reprenez votre saisie si besoin.`,
  });
}

/**
 * Applies map operations: checked by the shared applyOp against the map kept in memory, then
 * written in one transaction, then broadcast. The core is the only writer of its database,
 * so the cached map is always the one on disk.
 */
export class MapService {
  private readonly repository: MapRepository;
  private readonly cache = new Map<string, MapState>();
  private readonly recent = new Map<string, RecentAdds>();
  private readonly batches: AppliedBatches;
  /** Made once: better-sqlite3 builds a wrapper per `transaction()` call, on every save. */
  private readonly writeBatch: (workshopId: string, states: readonly MapState[], batchId?: string) => number;

  constructor(
    private readonly db: Database,
    private readonly workshops: WorkshopRepository,
    private readonly events: EventHub,
    private readonly now: () => string,
  ) {
    this.repository = new MapRepository(db);
    this.batches = new AppliedBatches(db);
    this.writeBatch = db.transaction((workshopId: string, states: readonly MapState[], batchId?: string) => {
      for (let i = 1; i < states.length; i++) this.repository.write(workshopId, states[i - 1]!, states[i]!);
      const revision = this.workshops.bumpRevision(workshopId, this.now());
      if (batchId) this.batches.record(workshopId, batchId, revision);
      return revision;
    });
  }

  get(workshopId: string): OpenedMap {
    const found = this.workshops.find(workshopId);
    if (!found) throw notFound('Atelier');
    const { revision, ...workshop } = found;
    return { workshop, map: this.current(workshopId, workshop.codebook), revision };
  }

  exists(workshopId: string): boolean {
    return this.workshops.find(workshopId) !== undefined;
  }

  private current(workshopId: string, codebook?: MapState['codebook']): MapState {
    const cached = this.cache.get(workshopId);
    if (cached) return cached;
    const book = codebook ?? this.workshops.find(workshopId)?.codebook;
    if (!book) throw notFound('Atelier');
    const map = { codebook: book, ...this.repository.load(workshopId) };
    this.cache.set(workshopId, map);
    return map;
  }

  apply(workshopId: string, ops: MapOp[], origin: string, batch: BatchInfo = {}): { revision: number } {
    // Sent again because its answer was lost: it is in the map already.
    const done = batch.batchId === undefined ? undefined : this.batches.revisionOf(workshopId, batch.batchId);
    if (done !== undefined) return { revision: done };
    const current = this.current(workshopId);
    const recent = this.recentOf(workshopId);
    if (batch.base !== undefined && batch.base >= recent.from) {
      const others = recent.batches.filter((b) => b.revision > (batch.base ?? 0) && b.origin !== origin);
      const twins = twinsOf(
        ops,
        others.flatMap((b) => b.added),
        current,
      );
      if (twins.length > 0) throw twinRefusal(twins);
    }
    // Every op is checked before anything is written: a refused batch writes nothing.
    const states = [current];
    for (const op of ops) states.push(applyOp(states[states.length - 1]!, op));
    const revision = this.writeBatch(workshopId, states, batch.batchId);
    this.cache.set(workshopId, states[states.length - 1]!);
    recent.batches.push({ revision, origin, added: addedActors(ops) });
    if (recent.batches.length > recentKept) recent.from = recent.batches.shift()?.revision ?? recent.from;
    this.events.publish({
      type: 'map.changed',
      workshopId,
      revision,
      ops,
      origin,
      ...(batch.batchId ? { batchId: batch.batchId } : {}),
    });
    return { revision };
  }

  private recentOf(workshopId: string): RecentAdds {
    let recent = this.recent.get(workshopId);
    if (!recent) {
      // What happened before this process loaded the map is unknown: no twin is looked for there.
      recent = { from: this.workshops.find(workshopId)?.revision ?? 0, batches: [] };
      this.recent.set(workshopId, recent);
    }
    return recent;
  }

  /**
   * Creates a workshop with a whole map, as an import does: the operations are folded by the
   * same applyOp from an empty map (so every rule of a hand-drawn map holds), then the workshop
   * row and every element are written in one transaction. Any refusal writes nothing.
   */
  create(workshop: Workshop, ops: readonly MapOp[]): OpenedMap {
    const empty: MapState = { codebook: workshop.codebook, actors: [], links: [], notes: [], zones: [] };
    const map = applyOps(empty, ops);
    const stored: Workshop = { ...workshop, codebook: map.codebook };
    this.db.transaction(() => {
      this.workshops.insert(stored);
      this.repository.write(stored.id, { ...empty, codebook: map.codebook }, map);
    })();
    this.cache.set(stored.id, map);
    return { workshop: stored, map, revision: 0 };
  }

  forget(workshopId: string): void {
    this.cache.delete(workshopId);
    this.recent.delete(workshopId);
  }
}
