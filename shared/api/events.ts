import type { MapOp } from '../domain/operations.js';

/** What the core broadcasts to every open view after a change has been committed. */
export type CoreEvent =
  | { type: 'map.changed'; workshopId: string; revision: number; ops: MapOp[]; origin: string }
  | { type: 'workshops.changed' }
  /** A backup replaced the whole database: every view reloads what it shows. */
  | { type: 'database.restored' };
