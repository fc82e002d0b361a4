import type { RoomState, RoomStatus, VoteRound } from '../../shared/salle/room.js';

function sameStatus(a: RoomStatus | null, b: RoomStatus | null): boolean {
  if (a === null || b === null) return a === b;
  return (Object.keys(b) as (keyof RoomStatus)[]).every((key) => a[key] === b[key]);
}

function sameVote(a: VoteRound, b: VoteRound): boolean {
  const ids = Object.keys(b.tally);
  return (
    a.status === b.status &&
    a.dots === b.dots &&
    a.voters === b.voters &&
    Object.keys(a.tally).length === ids.length &&
    ids.every((id) => a.tally[id] === b.tally[id])
  );
}

/**
 * The room as just read, keeping every object of the previous reading that did not change: the
 * proposals still waiting (each row of the moderation list is memoised on its proposal, so a
 * new proposal draws one row, not the hundreds already there), the list itself, the status, the
 * vote, and the whole state when nothing changed (then nothing is drawn at all). The core sends
 * the whole room at each read; this is what keeps a busy room cheap for the editor.
 */
export function reconcileRoom(previous: RoomState | null, next: RoomState): RoomState {
  if (!previous) return next;
  const kept = new Map(previous.pending.map((p) => [p.id, p]));
  const pending = next.pending.map((p) => kept.get(p.id) ?? p);
  const samePending = pending.length === previous.pending.length && pending.every((p, i) => p === previous.pending[i]);
  const state: RoomState = {
    status: sameStatus(previous.status, next.status) ? previous.status : next.status,
    pending: samePending ? previous.pending : pending,
    vote: sameVote(previous.vote, next.vote) ? previous.vote : next.vote,
    contributors: next.contributors,
  };
  const unchanged =
    state.status === previous.status &&
    state.pending === previous.pending &&
    state.vote === previous.vote &&
    state.contributors === previous.contributors;
  return unchanged ? previous : state;
}
