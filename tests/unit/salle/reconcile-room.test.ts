// The room as the editor keeps it between two readings: what did not change keeps its object,
// so that the moderation list draws only what arrived.
import { describe, expect, it } from 'vitest';
import { reconcileRoom } from '../../../renderer/salle/reconcile-room.js';
import type { NoteProposal, RoomState } from '../../../shared/salle/room.js';

const proposal = (n: number): NoteProposal => ({
  id: `p${n}`,
  type: 'note',
  kind: 'constat',
  text: `Constat ${n}`,
  actorId: null,
  author: '',
  receivedAt: '2026-12-07T20:00:00.000Z',
  status: 'pending',
});

/** A reading as it comes from the core: new objects throughout. */
const reading = (ids: number[], phones = 3, tally: Record<string, number> = {}): RoomState => ({
  status: {
    workshopId: 'w',
    url: 'http://127.0.0.1:5280/',
    joinUrl: 'http://127.0.0.1:5280/#s=abc',
    shortCode: '400812',
    openedAt: '2026-12-07T19:00:00.000Z',
    phones,
    onWall: true,
  },
  pending: ids.map(proposal),
  vote: { status: 'open', dots: 3, tally: { ...tally }, voters: Object.keys(tally).length },
  contributors: 2,
});

describe('reconcileRoom', () => {
  it('takes the first reading as it is', () => {
    const first = reading([1, 2]);
    expect(reconcileRoom(null, first)).toBe(first);
  });

  it('answers the previous state itself when nothing changed', () => {
    const before = reconcileRoom(null, reading([1, 2], 3, { a: 2 }));
    expect(reconcileRoom(before, reading([1, 2], 3, { a: 2 }))).toBe(before);
  });

  it('keeps the waiting proposals and the status when a proposal arrives', () => {
    const before = reading([1, 2]);
    const after = reconcileRoom(before, reading([1, 2, 3]));
    expect(after.pending).toHaveLength(3);
    expect(after.pending[0]).toBe(before.pending[0]);
    expect(after.pending[1]).toBe(before.pending[1]);
    expect(after.pending[2]?.id).toBe('p3');
    expect(after.status).toBe(before.status);
    expect(after.vote).toBe(before.vote);
  });

  it('keeps the list when only the status changes, and takes the new status', () => {
    const before = reading([1, 2], 3);
    const after = reconcileRoom(before, reading([1, 2], 4));
    expect(after).not.toBe(before);
    expect(after.pending).toBe(before.pending);
    expect(after.status?.phones).toBe(4);
  });

  it('takes a proposal settled, a closed room and a changed tally', () => {
    const before = reading([1, 2, 3], 3, { a: 1 });
    const settled = reconcileRoom(before, reading([1, 3], 3, { a: 1 }));
    expect(settled.pending.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(settled.pending[1]).toBe(before.pending[2]);
    const closed = reconcileRoom(settled, { ...reading([1, 3], 3, { a: 1 }), status: null });
    expect(closed.status).toBeNull();
    const voted = reconcileRoom(closed, { ...reading([1, 3], 3, { a: 2 }), status: null });
    expect(voted.vote.tally).toEqual({ a: 2 });
    expect(voted.pending).toBe(settled.pending);
  });

  it('tells a list in another order from the same list', () => {
    const before = reading([1, 2]);
    const after = reconcileRoom(before, reading([2, 1]));
    expect(after.pending).not.toBe(before.pending);
    expect(after.pending.map((p) => p.id)).toEqual(['p2', 'p1']);
  });
});
