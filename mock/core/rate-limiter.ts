// Per-key token buckets for requests and tokens per minute. A bucket refills continuously (limit per 60 s),
// which is how OpenAI's x-ratelimit-reset-* values behave: "time until the bucket is full again".
import type { Clock } from './clock.ts';
import { formatGoDuration } from './go-duration.ts';

const MINUTE_MS = 60_000;
const SWEEP_MIN = 1024;

export interface RateLimits {
  rpm: number;
  tpm: number;
}

export type RateLimitKind = 'requests' | 'tokens';

export type TakeResult =
  | { ok: true; headers: Record<string, string> }
  | {
      ok: false;
      kind: RateLimitKind;
      limit: number;
      used: number;
      requested: number;
      retryAfterMs: number;
      headers: Record<string, string>;
    };

interface Bucket {
  level: number; // units available
  at: number; // clock time of the last refill
}

export class RateLimiter {
  readonly #limits: RateLimits;
  readonly #clock: Clock;
  readonly #buckets = new Map<string, { requests: Bucket; tokens: Bucket }>();
  readonly #limitText: { rpm: string; tpm: string }; // the limits never change: written once, not per answer
  // a full bucket is the same as none: buckets of idle keys are dropped, at most once a minute or when their
  // number has doubled, so a client sending a new key every request cannot grow the map without end
  #sweepAt = SWEEP_MIN;
  #lastSweep = -Infinity;

  constructor(limits: RateLimits, clock: Clock) {
    this.#limits = limits;
    this.#clock = clock;
    this.#limitText = { rpm: String(limits.rpm), tpm: String(limits.tpm) };
  }

  /** Checks and consumes one request and `tokens` tokens, atomically: both or neither. */
  take(key: string, tokens: number): TakeResult {
    const now = this.#clock.now();
    if (this.#buckets.size >= this.#sweepAt || now - this.#lastSweep >= MINUTE_MS) this.#sweep(now);
    const b = this.#refilled(key, now);
    const { rpm, tpm } = this.#limits;
    if (b.requests.level < 1) {
      return this.#refusal('requests', rpm, b.requests.level, 1, key);
    }
    if (tokens > b.tokens.level) {
      return this.#refusal('tokens', tpm, b.tokens.level, tokens, key);
    }
    b.requests.level -= 1;
    b.tokens.level -= tokens;
    // the same instant as the admission: a later one would count the refill since (a whole request per 0.06 ms
    // at the default 1,000,000 rpm), so the answer to a request could show a full bucket
    return { ok: true, headers: this.headers(key, now) };
  }

  /** Corrects the token bucket once the real usage is known (estimate was charged up front). */
  adjust(key: string, deltaTokens: number): void {
    const b = this.#refilled(key, this.#clock.now());
    b.tokens.level = Math.min(this.#limits.tpm, b.tokens.level - deltaTokens);
  }

  headers(key: string, now = this.#clock.now()): Record<string, string> {
    const { rpm, tpm } = this.#limits;
    // a key never admitted (a wrong one, say) has a full window; do not keep a bucket for it
    const b = this.#buckets.has(key) ? this.#refilled(key, now) : { requests: { level: rpm }, tokens: { level: tpm } };
    return {
      'x-ratelimit-limit-requests': this.#limitText.rpm,
      'x-ratelimit-limit-tokens': this.#limitText.tpm,
      'x-ratelimit-remaining-requests': String(Math.max(0, Math.floor(b.requests.level))),
      'x-ratelimit-remaining-tokens': String(Math.max(0, Math.floor(b.tokens.level))),
      'x-ratelimit-reset-requests': formatGoDuration(msUntil(rpm, b.requests.level, rpm)),
      'x-ratelimit-reset-tokens': formatGoDuration(msUntil(tpm, b.tokens.level, tpm)),
    };
  }

  /** Keys that have a bucket (for tests of the eviction). */
  get size(): number {
    return this.#buckets.size;
  }

  reset(): void {
    this.#buckets.clear();
  }

  #sweep(now: number): void {
    const { rpm, tpm } = this.#limits;
    for (const [key, b] of this.#buckets) {
      refill(b.requests, rpm, now);
      refill(b.tokens, tpm, now);
      if (b.requests.level >= rpm && b.tokens.level >= tpm) this.#buckets.delete(key);
    }
    this.#sweepAt = Math.max(SWEEP_MIN, 2 * this.#buckets.size);
    this.#lastSweep = now;
  }

  #refusal(kind: RateLimitKind, limit: number, level: number, requested: number, key: string): TakeResult {
    // a request larger than the whole bucket can never pass; report the time to a full bucket anyway
    const retryAfterMs = Math.max(1, Math.ceil(msUntil(limit, level, Math.min(requested, limit))));
    return {
      ok: false,
      kind,
      limit,
      used: Math.max(0, Math.ceil(limit - level)),
      requested,
      retryAfterMs,
      headers: this.headers(key, this.#clock.now()),
    };
  }

  #refilled(key: string, now: number) {
    let b = this.#buckets.get(key);
    if (!b) {
      b = { requests: { level: this.#limits.rpm, at: now }, tokens: { level: this.#limits.tpm, at: now } };
      this.#buckets.set(key, b);
    }
    refill(b.requests, this.#limits.rpm, now);
    refill(b.tokens, this.#limits.tpm, now);
    return b;
  }
}

function refill(bucket: Bucket, limit: number, now: number): void {
  const elapsed = Math.max(0, now - bucket.at);
  bucket.level = Math.min(limit, bucket.level + (elapsed * limit) / MINUTE_MS);
  bucket.at = now;
}

/** Milliseconds until the bucket holds `target` units. */
function msUntil(limit: number, level: number, target: number): number {
  if (level >= target) return 0;
  return ((target - level) * MINUTE_MS) / limit;
}
