import type { Core } from '../../electron/core/create-core.js';
import type { MapState, Workshop } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';

/**
 * Puts a workshop and its map into the real core through the methods the editor uses
 * (workshop.create, then map.apply), so exports read what a facilitator would have saved.
 */
export function loadAtelier(core: Core, { workshop, map }: { workshop: Workshop; map: MapState }): string {
  const { id } = core.call('workshop.create', {
    title: workshop.title,
    territory: workshop.territory,
    date: workshop.date,
    facilitator: workshop.facilitator,
    objective: workshop.objective,
    participants: workshop.participants,
  });
  const ops: MapOp[] = [
    ...map.actors.map((actor): MapOp => ({ type: 'actor.add', actor })),
    ...map.links.map((link): MapOp => ({ type: 'link.add', link })),
    ...map.zones.map((zone): MapOp => ({ type: 'zone.add', zone })),
    ...map.notes.map((note): MapOp => ({ type: 'note.add', note })),
    ...(map.views && map.views.length > 0 ? [{ type: 'views.set' as const, views: map.views }] : []),
  ];
  for (let i = 0; i < ops.length; i += 500) {
    core.call('map.apply', { workshopId: id, ops: ops.slice(i, i + 500), origin: 'test' });
  }
  return id;
}
