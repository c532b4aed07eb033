import { describe, expect, it } from 'vitest';
import { LatencyGate } from './gate.ts';
import { resolveLatencyProfile } from './profile.ts';

const profile = (fields: Parameters<typeof resolveLatencyProfile>[0]) => resolveLatencyProfile(fields);

describe('LatencyGate', () => {
  it('is cold at start and after an idle spell, warm in between', async () => {
    let now = 0;
    const gate = new LatencyGate(profile({ ttftMs: 100, coldStartMs: 2000, idleMs: 5000 }), () => now);
    const first = (await gate.admit())!;
    expect(first).toMatchObject({ cold: true, firstTokenMs: 2100 });
    now = 2500;
    first.release();
    now = 4000; // 1.5 s idle
    const warm = (await gate.admit())!;
    expect(warm).toMatchObject({ cold: false, firstTokenMs: 100 });
    warm.release();
    now = 9000; // 5 s idle
    expect((await gate.admit())!).toMatchObject({ cold: true, firstTokenMs: 2100 });
  });

  it('requests that arrive during a cold start wait for it too', async () => {
    let now = 0;
    const gate = new LatencyGate(profile({ ttftMs: 100, coldStartMs: 2000, idleMs: 5000 }), () => now);
    await gate.admit();
    now = 500;
    expect((await gate.admit())!).toMatchObject({ cold: false, firstTokenMs: 1600 });
  });

  it('queues past capacity, first come first served, and a waiter that leaves gives its place up', async () => {
    const gate = new LatencyGate(profile({ capacity: 2 }));
    const a = (await gate.admit())!;
    await gate.admit();
    const order: string[] = [];
    const gone = new AbortController();
    const c = gate.admit().then(() => order.push('c'));
    const leaver = gate.admit(gone.signal).then((t) => order.push(t ? 'leaver' : 'left'));
    const d = gate.admit().then(() => order.push('d'));
    expect(gate.waiting).toBe(3);
    gone.abort();
    await leaver;
    a.release();
    a.release(); // idempotent: one slot back, not two
    await c;
    expect(gate.waiting).toBe(1);
    expect(order).toEqual(['left', 'c']);
    expect(gate.inFlight).toBe(2);
    void d;
  });

  it('spreads the output tokens over the token frames at the profile speed', async () => {
    const gate = new LatencyGate(profile({ tokensPerSecond: 50 }));
    const t = (await gate.admit())!;
    expect(t.gapMs(51, 26)).toBe(40); // 50 tokens after the first take 1 s, over 25 gaps
    expect(t.gapMs(1, 1)).toBe(0);
  });
});
