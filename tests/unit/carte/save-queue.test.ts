import { describe, expect, it, vi } from 'vitest';
import { type Batch, SaveQueue, type SaveState } from '../../../renderer/carte/save-queue.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { MapOp } from '../../../shared/domain/operations.js';

/** An op that names itself, so that order is easy to read. */
const op = (n: number): MapOp => ({ type: 'actor.remove', id: `a${n}` });
const ids = (ops: readonly MapOp[]) => ops.map((o) => (o.type === 'actor.remove' ? o.id : o.type));

interface Call {
  batch: Batch;
  answer(revision: number): void;
  fail(error: unknown): void;
}

/**
 * A transport the test drives by hand: each batch sent waits until the test answers it, fails
 * it like a lost connection, or refuses it like the core.
 */
function fakeTransport() {
  const calls: Call[] = [];
  const states: SaveState['kind'][] = [];
  const saved: [string, number][] = [];
  const refused: [string, string][] = [];
  let next = 0;
  const queue = new SaveQueue({
    send: (batch) =>
      new Promise((resolve, reject) => {
        calls.push({ batch, answer: (revision) => resolve({ revision }), fail: reject });
      }),
    onState: (state) => states.push(state.kind),
    onSaved: (batch, revision) => saved.push([batch.id, revision]),
    onRefused: (batch, error) => refused.push([batch.id, error.message]),
    newBatchId: () => `vue:${++next}`,
    retryDelaysMs: [5],
    maxOpsPerBatch: 4,
  });
  const sent = (index: number) =>
    vi.waitFor(() => {
      const call = calls[index];
      if (!call) throw new Error(`batch ${index} not sent yet`);
      return call;
    });
  return { queue, calls, states, saved, refused, sent };
}

const lost = () => new ApiError({ code: 'transport', message: 'Le serveur local ne répond pas.' });

describe('SaveQueue', () => {
  it('sends the batch before saying « saving »: the edit goes out before the views hear of it', async () => {
    const order: string[] = [];
    const queue = new SaveQueue({
      send: (batch) => {
        order.push(`send ${batch.id}`);
        return Promise.resolve({ revision: 1 });
      },
      onState: (state) => order.push(state.kind),
      onSaved: () => undefined,
      onRefused: () => undefined,
      newBatchId: () => 'vue:1',
    });
    queue.push([op(1)], 0);
    // Synchronously, in the same turn as the edit.
    expect(order).toEqual(['send vue:1', 'saving']);
    await queue.idle();
    expect(order).toEqual(['send vue:1', 'saving', 'saved']);
  });

  it('sends in order, one batch at a time; what comes meanwhile goes together in the next', async () => {
    const t = fakeTransport();
    t.queue.push([op(1)], 0);
    const first = await t.sent(0);
    t.queue.push([op(2)], 0);
    t.queue.push([op(3)], 1);
    expect(ids(t.queue.unsaved())).toEqual(['a1', 'a2', 'a3']);
    expect(t.calls).toHaveLength(1);
    first.answer(1);
    const second = await t.sent(1);
    expect(ids(second.batch.ops)).toEqual(['a2', 'a3']);
    // The earliest view the ops were made on.
    expect(second.batch.base).toBe(0);
    expect(second.batch.id).not.toBe(first.batch.id);
    second.answer(2);
    await t.queue.idle();
    expect(t.saved).toEqual([
      ['vue:1', 1],
      ['vue:2', 2],
    ]);
    expect(t.states.at(-1)).toBe('saved');
    expect(t.queue.size).toBe(0);
  });

  it('sends the same batch again, same id and ops, after a lost connection; new edits wait their turn', async () => {
    const t = fakeTransport();
    t.queue.push([op(1), op(2)], 3);
    (await t.sent(0)).fail(lost());
    t.queue.push([op(3)], 3);
    const again = await t.sent(1);
    expect(again.batch).toEqual({ id: 'vue:1', ops: [op(1), op(2)], base: 3 });
    expect(t.states).toContain('offline');
    // Anything thrown that is not the core's answer (a network error) is a lost connection too.
    again.fail(new TypeError('Failed to fetch'));
    const third = await t.sent(2);
    expect(third.batch.id).toBe('vue:1');
    third.answer(4);
    const next = await t.sent(3);
    expect(next.batch).toEqual({ id: 'vue:2', ops: [op(3)], base: 3 });
    next.answer(5);
    await t.queue.idle();
    expect(t.states.at(-1)).toBe('saved');
  });

  it('drops a refused batch and everything after it, says why, and starts afresh', async () => {
    const t = fakeTransport();
    t.queue.push([op(1)], 0);
    const first = await t.sent(0);
    t.queue.push([op(2)], 0);
    first.fail(new ApiError({ code: 'conflict', message: '« Commun » vient d’être ajouté depuis une autre fenêtre.' }));
    await t.queue.idle();
    expect(t.refused).toEqual([['vue:1', '« Commun » vient d’être ajouté depuis une autre fenêtre.']]);
    expect(t.calls).toHaveLength(1);
    expect(t.queue.unsaved()).toEqual([]);
    expect(t.states.at(-1)).toBe('failed');
    t.queue.push([op(3)], 1);
    (await t.sent(1)).answer(2);
    await t.queue.idle();
    expect(t.states.at(-1)).toBe('saved');
  });

  it('holds new batches while the view reads the map, once the one in flight is answered', async () => {
    const t = fakeTransport();
    t.queue.push([op(1)], 0);
    const first = await t.sent(0);
    let held = false;
    const holding = t.queue.hold().then(() => {
      held = true;
    });
    t.queue.push([op(2)], 0);
    await Promise.resolve();
    expect(held).toBe(false);
    first.answer(1);
    await holding;
    expect(t.calls).toHaveLength(1);
    t.queue.release();
    (await t.sent(1)).answer(2);
    await t.queue.idle();
    expect(t.saved.map(([id]) => id)).toEqual(['vue:1', 'vue:2']);
  });

  it('splits a step too large for one batch into several, in order', async () => {
    const t = fakeTransport();
    t.queue.push([1, 2, 3, 4, 5, 6].map(op), 0);
    t.queue.push([op(7)], 0);
    (await t.sent(0)).answer(1);
    (await t.sent(1)).answer(2);
    await t.queue.idle();
    expect(t.calls.map((call) => ids(call.batch.ops))).toEqual([
      ['a1', 'a2', 'a3', 'a4'],
      ['a5', 'a6', 'a7'],
    ]);
  });

  it('once disposed, sends, retries and reports nothing more, and lets whoever waits go', async () => {
    const t = fakeTransport();
    t.queue.push([op(1)], 0);
    const first = await t.sent(0);
    t.queue.push([op(2)], 0);
    const waiting = t.queue.idle();
    t.queue.dispose();
    await waiting;
    const statesAtClose = t.states.length;
    vi.useFakeTimers();
    try {
      first.fail(lost());
      t.queue.push([op(3)], 0);
      // Far past the retry delay (5 ms): a queue still alive would have sent again by now.
      await vi.advanceTimersByTimeAsync(1000);
    } finally {
      vi.useRealTimers();
    }
    expect(t.calls).toHaveLength(1);
    expect(t.saved).toEqual([]);
    expect(t.states).toHaveLength(statesAtClose);
  });
});
