// A logical request: its first attempt at the intended time, then retries the way openai-node makes them
// (408, 409, 429, 5xx, no answer; after Retry-After, else an exponential back-off). Every attempt is a request:
// it counts against the budget and flat pricing bills it.
import { retryable, succeeded, type Attempt } from './attempt.ts';
import type { RequestBudget } from './budget.ts';
import { send, type Target } from './client.ts';

export interface Outcome {
  attempts: Attempt[];
  ok: boolean;
  /** intended send time of the first attempt: every latency counts from it */
  scheduled: number;
  promptChars: number;
}

export interface RetryPolicy {
  retries: number;
  /** longest wait between attempts, ms */
  maxWaitMs: number;
}

export async function sendWithRetries(
  target: Target,
  body: string,
  promptChars: number,
  scheduled: number,
  budget: RequestBudget,
  policy: RetryPolicy,
): Promise<Outcome | undefined> {
  const attempts: Attempt[] = [];
  for (let k = 0; k <= policy.retries; k++) {
    if (!budget.take()) break;
    const a = await send(target, body, k === 0 ? scheduled : performance.now());
    attempts.push(a);
    if (succeeded(a) || !retryable(a) || k === policy.retries) break;
    const wait = Math.min(policy.maxWaitMs, a.retryAfterMs ?? 500 * 2 ** k);
    await new Promise((r) => setTimeout(r, wait));
  }
  if (attempts.length === 0) return undefined;
  return { attempts, ok: succeeded(attempts.at(-1)!), scheduled, promptChars };
}
