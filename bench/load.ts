import type { Core } from '../electron/core/create-core.js';
import type { MapOp } from '../shared/domain/operations.js';
import type { GeneratedMap } from './generate.js';

/** Batches well under the core's limit per call. */
const batchSize = 500;

/**
 * Puts a generated map into a new workshop of the real core, through the same `map.apply` the
 * editor uses (validated, applied, written in transactions). Returns the workshop's id.
 */
export function loadIntoCore(core: Core, title: string, map: GeneratedMap): string {
  const workshop = core.call('workshop.create', { title, territory: 'Banc de mesure' });
  const ops: MapOp[] = [
    ...map.actors.map((actor): MapOp => ({ type: 'actor.add', actor })),
    ...map.links.map((link): MapOp => ({ type: 'link.add', link })),
    ...map.zones.map((zone): MapOp => ({ type: 'zone.add', zone })),
    ...map.notes.map((note): MapOp => ({ type: 'note.add', note })),
  ];
  for (let i = 0; i < ops.length; i += batchSize) {
    core.call('map.apply', { workshopId: workshop.id, ops: ops.slice(i, i + batchSize), origin: 'bench' });
  }
  return workshop.id;
}
