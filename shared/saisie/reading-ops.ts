import type { Actor, MapState } from '../domain/model.js';
import { newActor, newLink } from '../domain/model.js';
import type { MapOp } from '../domain/operations.js';
import type { Reading } from './command-plan.js';
import { freeSpot } from './placement.js';
import type { ActorChoice } from './side-options.js';

export interface OpsContext {
  /** Where new actors go when nothing tells (the centre of the view). */
  around: { x: number; y: number };
  newId(): string;
}

/**
 * The operations a chosen reading stands for, applied by the caller as one undoable step: new
 * actors placed on free spots (a link's second actor beside its first), then the link.
 */
export function readingOps(map: MapState, reading: Reading, context: OpsContext): MapOp[] {
  const ops: MapOp[] = [];
  let placed: Actor[] = map.actors.slice();

  function realise(choice: ActorChoice, near: { x: number; y: number }): Actor {
    if (choice.type === 'existing') {
      if (Object.keys(choice.patch).length > 0)
        ops.push({ type: 'actor.update', id: choice.actor.id, patch: choice.patch });
      return choice.actor;
    }
    const spot = freeSpot(placed, near);
    const actor = newActor({ ...choice.values, id: context.newId(), label: choice.name, x: spot.x, y: spot.y });
    ops.push({ type: 'actor.add', actor });
    placed = [...placed, actor];
    return actor;
  }

  if (reading.type === 'actors') {
    for (const choice of reading.actors) realise(choice, context.around);
    return ops;
  }
  const from = realise(reading.from, context.around);
  const to = realise(reading.to, { x: from.x + 260, y: from.y });
  if (reading.update) {
    if (Object.keys(reading.update.patch).length > 0) {
      ops.push({ type: 'link.update', id: reading.update.link.id, patch: reading.update.patch });
    }
    return ops;
  }
  ops.push({
    type: 'link.add',
    link: newLink({
      id: context.newId(),
      source: from.id,
      target: to.id,
      directed: reading.directed,
      ...reading.values,
    }),
  });
  return ops;
}
