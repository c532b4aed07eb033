import { afterEach, describe, expect, it, vi } from 'vitest';
import { delay } from './delay.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('delay', () => {
  it('resolves true once the time has passed', async () => {
    vi.useFakeTimers();
    let done: boolean | undefined;
    void delay(1000, new AbortController().signal).then((r) => (done = r));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
  it('resolves false as soon as the signal aborts, and clears its timer', async () => {
    vi.useFakeTimers();
    const ac = new AbortController();
    const pending = delay(60_000, ac.signal);
    ac.abort();
    expect(await pending).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
  it('resolves false at once for an already aborted signal, true at once for 0 ms', async () => {
    expect(await delay(60_000, AbortSignal.abort())).toBe(false);
    expect(await delay(0)).toBe(true);
  });
});
