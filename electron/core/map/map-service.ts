import type { Database } from 'better-sqlite3';
import type { OpenedMap } from '../../../shared/api/contract.js';
import { applyOp } from '../../../shared/domain/apply-op.js';
import type { MapState } from '../../../shared/domain/model.js';
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

  constructor(
    private readonly db: Database,
    private readonly workshops: WorkshopRepository,
    private readonly events: EventHub,
    private readonly now: () => string,
  ) {
    this.repository = new MapRepository(db);
  }

  get(workshopId: string): OpenedMap {
    const found = this.workshops.find(workshopId);
    if (!found) throw notFound('Atelier');
    const { revision, ...workshop } = found;
    return { workshop, map: this.current(workshopId, workshop.codebook), revision };
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
    const revision = this.db.transaction(() => {
      for (let i = 0; i < ops.length; i++) this.repository.write(workshopId, states[i]!, states[i + 1]!);
      return this.workshops.bumpRevision(workshopId, this.now());
    })();
    this.cache.set(workshopId, states[states.length - 1]!);
    this.events.publish({ type: 'map.changed', workshopId, revision, ops, origin });
    return { revision };
  }

  forget(workshopId: string): void {
    this.cache.delete(workshopId);
  }
}
