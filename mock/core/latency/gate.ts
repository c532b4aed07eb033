// The runtime of a latency profile: a line for capacity, cold starts after idle spells, and the draws of
// time to first token. One gate per mock instance.
import { delay } from '../faults/delay.ts';
import type { LatencyProfile } from './profile.ts';
import { normal, seededRandom } from './random.ts';

export interface LatencyTicket {
  /** ms from admission to the first token: what is left of a cold start, plus the drawn TTFT */
  firstTokenMs: number;
  /** this request started a cold start */
  cold: boolean;
  /** ms between token frames for `tokens` output tokens spread over `frames` token frames */
  gapMs(tokens: number, frames: number): number;
  /** a jitter offset for one gap, in ms (mean 0) */
  jitterMs(gapMs: number): number;
  /** gives the capacity slot back; idempotent */
  release(): void;
}

export class LatencyGate {
  readonly profile: LatencyProfile;
  readonly #random: () => number;
  readonly #now: () => number;
  #inFlight = 0;
  readonly #line: Array<() => void> = [];
  #idleSince = -Infinity; // the mock starts cold: nothing is loaded yet
  #coldUntil = 0;

  constructor(profile: LatencyProfile, now: () => number = () => performance.now()) {
    this.profile = profile;
    this.#random = seededRandom(profile.seed);
    this.#now = now;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  get waiting(): number {
    return this.#line.length;
  }

  /** Waits for a slot; undefined when the client left while waiting. */
  async admit(signal?: AbortSignal): Promise<LatencyTicket | undefined> {
    const p = this.profile;
    const arrived = this.#now();
    let cold = false;
    if (p.idleMs > 0 && p.coldStartMs > 0 && this.#inFlight === 0 && this.#line.length === 0) {
      if (arrived - this.#idleSince >= p.idleMs) {
        this.#coldUntil = arrived + p.coldStartMs;
        cold = true;
      }
    }
    if (p.capacity > 0 && this.#inFlight >= p.capacity) {
      const admitted = await this.#wait(signal);
      if (!admitted) return undefined;
    }
    this.#inFlight++;
    const now = this.#now();
    const ttft = p.ttftMs * (p.ttftSpread > 0 ? Math.exp(p.ttftSpread * normal(this.#random)) : 1);
    let released = false;
    return {
      firstTokenMs: Math.max(0, this.#coldUntil - now) + ttft,
      cold,
      gapMs: (tokens, frames) =>
        tokens <= 1 || frames <= 1 ? 0 : (((tokens - 1) / p.tokensPerSecond) * 1000) / (frames - 1),
      jitterMs: (gap) => (p.jitter > 0 ? gap * p.jitter * (2 * this.#random() - 1) : 0),
      release: () => {
        if (released) return;
        released = true;
        this.#inFlight--;
        const next = this.#line.shift();
        if (next) next();
        else if (this.#inFlight === 0) this.#idleSince = this.#now();
      },
    };
  }

  #wait(signal?: AbortSignal): Promise<boolean> {
    if (signal?.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const go = () => {
        signal?.removeEventListener('abort', gone);
        resolve(true);
      };
      const gone = () => {
        const i = this.#line.indexOf(go);
        if (i !== -1) this.#line.splice(i, 1);
        resolve(false);
      };
      this.#line.push(go);
      signal?.addEventListener('abort', gone, { once: true });
    });
  }
}

/** Waits out a whole answer that is not streamed: first token, then the rest at the profile's speed. */
export async function waitWhole(
  ticket: LatencyTicket,
  tokens: number,
  tokensPerSecond: number,
  signal?: AbortSignal,
): Promise<void> {
  const rest = tokens > 1 ? ((tokens - 1) / tokensPerSecond) * 1000 : 0;
  await delay(ticket.firstTokenMs + rest, signal);
}
