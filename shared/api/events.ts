import type { MapOp } from '../domain/operations.js';

/** What the core broadcasts to every open view after a change has been committed. */
export type CoreEvent =
  | { type: 'map.changed'; workshopId: string; revision: number; ops: MapOp[]; origin: string }
  | { type: 'workshops.changed' };
