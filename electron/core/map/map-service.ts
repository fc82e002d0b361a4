import type { Database } from 'better-sqlite3';
import type { OpenedMap } from '../../../shared/api/contract.js';
import { applyOp, applyOps } from '../../../shared/domain/apply-op.js';
import type { MapState, Workshop } from '../../../shared/domain/model.js';
import type { MapOp } from '../../../shared/domain/operations.js';
import { notFound } from '../errors.js';
import type { EventHub } from '../event-hub.js';
import type { WorkshopRepository } from '../workshops/workshop-repository.js';
import { MapRepository } from './map-repository.js';

/**
 * Applies map operations: checked by the shared applyOp against the map kept in memory, then
 * written in one transaction, then broadcast. The core is the only writer of its database,
 * so the cached map is always the one on disk.
 */
export class MapService {
  private readonly repository: MapRepository;
  private readonly cache = new Map<string, MapState>();
  /** Made once: better-sqlite3 builds a wrapper per `transaction()` call, on every save. */
  private readonly writeBatch: (workshopId: string, states: readonly MapState[]) => number;

  constructor(
    private readonly db: Database,
    private readonly workshops: WorkshopRepository,
    private readonly events: EventHub,
    private readonly now: () => string,
  ) {
    this.repository = new MapRepository(db);
    this.writeBatch = db.transaction((workshopId: string, states: readonly MapState[]) => {
      for (let i = 1; i < states.length; i++) this.repository.write(workshopId, states[i - 1]!, states[i]!);
      return this.workshops.bumpRevision(workshopId, this.now());
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

  apply(workshopId: string, ops: MapOp[], origin: string): { revision: number } {
    // Every op is checked before anything is written: a refused batch writes nothing.
    const states = [this.current(workshopId)];
    for (const op of ops) states.push(applyOp(states[states.length - 1]!, op));
    const revision = this.writeBatch(workshopId, states);
    this.cache.set(workshopId, states[states.length - 1]!);
    this.events.publish({ type: 'map.changed', workshopId, revision, ops, origin });
    return { revision };
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
  }
}
