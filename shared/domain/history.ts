import { applyOp } from './apply-op.js';
import { invertOp } from './invert-op.js';
import type { MapState } from './model.js';
import type { MapOp } from './operations.js';

/** One undoable step: what was done, and what undoes it. */
export interface HistoryEntry {
  ops: MapOp[];
  inverse: MapOp[];
}

/** Applies ops and returns the new map with the entry that undoes them (throws OpError as applyOp). */
export function applyRecorded(map: MapState, ops: readonly MapOp[]): { map: MapState; entry: HistoryEntry } {
  let current = map;
  const inverses: MapOp[][] = [];
  for (const op of ops) {
    const next = applyOp(current, op);
    inverses.push(invertOp(current, op, next));
    current = next;
  }
  return { map: current, entry: { ops: [...ops], inverse: inverses.reverse().flat() } };
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const emptyHistory: History = { past: [], future: [] };
/** Enough for a whole workshop morning; older steps fall off. */
export const historyLimit = 500;

export function record(history: History, entry: HistoryEntry): History {
  return { past: [...history.past.slice(-(historyLimit - 1)), entry], future: [] };
}
