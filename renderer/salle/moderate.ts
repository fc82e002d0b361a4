import { applyOps } from '../../shared/domain/apply-op.js';
import type { MapState } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';
import type { Acceptance } from '../../shared/salle/acceptance.js';
import type { Proposal } from '../../shared/salle/room.js';
import { api } from '../api/client.js';
import type { CarteStore } from '../carte/carte-store.js';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Settles a proposal, then applies what accepting it means as an ordinary edit of the map
 * (saved, sent to the wall, undone by Ctrl+Z). The ops are checked against the map first, and
 * the proposal is claimed in the core before anything is applied: a proposal accepted from two
 * windows reaches the map once. Answers a French message when something stopped it.
 */
export async function moderate(
  carte: CarteStore,
  workshopId: string,
  proposal: Proposal,
  outcome: 'accepted' | 'merged' | 'refused',
  plan?: (map: MapState) => Acceptance,
): Promise<string | null> {
  let ops: MapOp[] = [];
  if (plan) {
    // The map as it is at the moment of the click, not as it was when the list was drawn.
    const map = carte.getState().map;
    if (!map) return null;
    const planned = plan(map);
    if (!planned.ok) return planned.message;
    try {
      applyOps(map, planned.ops);
    } catch (error) {
      return messageOf(error);
    }
    ops = planned.ops;
  }
  try {
    await api.call('room.settle', { workshopId, id: proposal.id, outcome });
  } catch (error) {
    return messageOf(error);
  }
  if (ops.length > 0) carte.getState().apply(ops);
  return null;
}
