// The room's counters with a hand-stepped clock: bursts, refill, memory bounds, failed guesses.
import { describe, expect, it } from 'vitest';
import { AttemptLimiter, TokenBuckets } from '../../../electron/core/salle/limiters.js';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBuckets', () => {
  it('allows a burst, refuses the next, and refills at the rate given', () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 3, perSecond: 2, maxKeys: 10, now: time.now });
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
    time.advance(499);
    expect(buckets.take('a')).toBe(false);
    time.advance(1);
    expect(buckets.take('a')).toBe(true);
    expect(buckets.take('a')).toBe(false);
  });

  it('never stores more than the burst, however long the wait', () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 2, perSecond: 1, maxKeys: 10, now: time.now });
    buckets.take('a');
    time.advance(3_600_000);
    expect([1, 2, 3].map(() => buckets.take('a'))).toEqual([true, true, false]);
  });

  it('keeps each key apart', () => {
    const buckets = new TokenBuckets({ burst: 1, perSecond: 1, maxKeys: 10, now: clock().now });
    expect(buckets.take('a')).toBe(true);
    expect(buckets.take('a')).toBe(false);
    expect(buckets.take('b')).toBe(true);
  });

  it('remembers at most maxKeys, forgetting the least recently seen', () => {
    const buckets = new TokenBuckets({ burst: 1, perSecond: 0.001, maxKeys: 2, now: clock().now });
    buckets.take('a');
    buckets.take('b');
    buckets.take('a');
    buckets.take('c');
    expect(buckets.size).toBe(2);
    // b was forgotten (a was seen after it): b starts afresh, a is still spent.
    expect(buckets.take('b')).toBe(true);
    expect(buckets.take('c')).toBe(false);
  });
});

describe('AttemptLimiter', () => {
  const options = (now: () => number) => ({ perKey: 3, lockMs: 60_000, inAll: 5, maxKeys: 10, now });

  it('blocks a key after perKey failures, for lockMs after its last failure', () => {
    const time = clock(1000);
    const limiter = new AttemptLimiter(options(time.now));
    limiter.fail('x');
    limiter.fail('x');
    expect(limiter.blocked('x')).toBeUndefined();
    limiter.fail('x');
    expect(limiter.blocked('x')).toBe('key');
    expect(limiter.blocked('y')).toBeUndefined();
    time.advance(59_999);
    expect(limiter.blocked('x')).toBe('key');
    time.advance(1);
    expect(limiter.blocked('x')).toBeUndefined();
    // Unblocked from scratch: three failures again before the next wait.
    limiter.fail('x');
    expect(limiter.blocked('x')).toBeUndefined();
  });

  it('stops everyone after inAll failures, whatever the keys, until reset', () => {
    const time = clock();
    const limiter = new AttemptLimiter(options(time.now));
    for (const key of ['a', 'b', 'c', 'd']) limiter.fail(key);
    expect(limiter.exhausted).toBe(false);
    expect(limiter.blocked('e')).toBeUndefined();
    limiter.fail('e');
    expect(limiter.failuresInAll).toBe(5);
    expect(limiter.exhausted).toBe(true);
    expect(limiter.blocked('new')).toBe('all');
    time.advance(10 * 60_000);
    expect(limiter.blocked('new')).toBe('all');
    limiter.reset();
    expect(limiter.exhausted).toBe(false);
    expect(limiter.blocked('a')).toBeUndefined();
  });

  it('forgets a key’s failures on success, but not the total', () => {
    const limiter = new AttemptLimiter(options(clock().now));
    limiter.fail('x');
    limiter.fail('x');
    limiter.succeed('x');
    limiter.fail('x');
    limiter.fail('x');
    expect(limiter.blocked('x')).toBeUndefined();
    expect(limiter.failuresInAll).toBe(4);
  });

  it('remembers at most maxKeys, without forgetting the total', () => {
    const limiter = new AttemptLimiter({ perKey: 1, lockMs: 60_000, inAll: 1000, maxKeys: 3, now: clock().now });
    for (const key of ['a', 'b', 'c', 'd']) limiter.fail(key);
    expect(limiter.blocked('a')).toBeUndefined();
    expect(limiter.blocked('d')).toBe('key');
    expect(limiter.failuresInAll).toBe(4);
  });
});
