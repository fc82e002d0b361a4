/**
 * Counters that keep one client of the room listener from taking it over. Pure in-memory
 * structures with an injected clock (milliseconds), so that tests step time by hand.
 */

export interface BucketOptions {
  /** Requests allowed at once. */
  burst: number;
  /** Requests regained per second. */
  perSecond: number;
  /** Keys remembered at most; the stalest is forgotten first (a flood of keys cannot fill memory). */
  maxKeys: number;
  now: () => number;
}

/** A token bucket per key (a phone, a network address): `take` says whether one more request may go. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly options: BucketOptions) {}

  take(key: string): boolean {
    const { burst, perSecond, maxKeys, now } = this.options;
    const at = now();
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(burst, bucket.tokens + ((at - bucket.at) / 1000) * perSecond) : burst;
    // Re-inserted, so that the map's first key is always the least recently seen.
    this.buckets.delete(key);
    if (this.buckets.size >= maxKeys) {
      const stalest = this.buckets.keys().next();
      if (!stalest.done) this.buckets.delete(stalest.value);
    }
    const allowed = tokens >= 1;
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at });
    return allowed;
  }

  get size(): number {
    return this.buckets.size;
  }
}

export interface AttemptOptions {
  /** Failures one key may make before it must wait `lockMs`. */
  perKey: number;
  lockMs: number;
  /** Failures of all keys together after which nothing is tried any more (until `reset`). */
  inAll: number;
  maxKeys: number;
  now: () => number;
}

export type AttemptBlock = 'key' | 'all';

/**
 * Failed guesses (a short code typed by hand): a key that failed `perKey` times waits `lockMs`
 * from its last failure, and after `inAll` failures in all the guessing stops for everyone, so
 * that many addresses together cannot try much of the code space either.
 */
export class AttemptLimiter {
  private readonly failures = new Map<string, { count: number; last: number }>();
  private total = 0;

  constructor(private readonly options: AttemptOptions) {}

  blocked(key: string): AttemptBlock | undefined {
    if (this.total >= this.options.inAll) return 'all';
    const entry = this.failures.get(key);
    if (!entry || entry.count < this.options.perKey) return undefined;
    if (this.options.now() - entry.last >= this.options.lockMs) {
      this.failures.delete(key);
      return undefined;
    }
    return 'key';
  }

  fail(key: string): void {
    this.total += 1;
    const entry = this.failures.get(key);
    this.failures.delete(key);
    if (!entry && this.failures.size >= this.options.maxKeys) {
      const stalest = this.failures.keys().next();
      if (!stalest.done) this.failures.delete(stalest.value);
    }
    this.failures.set(key, { count: (entry?.count ?? 0) + 1, last: this.options.now() });
  }

  /** A right guess forgets that key's failures (not the total: it says how much was tried). */
  succeed(key: string): void {
    this.failures.delete(key);
  }

  /** Too many failures in all: nothing more is tried until `reset`. */
  get exhausted(): boolean {
    return this.total >= this.options.inAll;
  }

  get failuresInAll(): number {
    return this.total;
  }

  reset(): void {
    this.failures.clear();
    this.total = 0;
  }
}
