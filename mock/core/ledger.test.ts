import { describe, expect, it } from 'vitest';
import { Ledger } from './ledger.ts';

const entry = (id: string, model = 'gpt-4o-mini', cost = 0.002) => ({
  id,
  model,
  endpoint: '/v1/chat/completions',
  stream: false,
  tokens: { prompt: 5, completion: 7, total: 12 },
  cost,
  // 5 in at $0.15/1M + 7 out at $0.60/1M
  tokenCost: (5 * 0.15 + 7 * 0.6) / 1e6,
  time: '2026-01-01T00:00:00.000Z',
});

describe('Ledger', () => {
  it('reserves up to the quota, counting pending reservations', () => {
    const ledger = new Ledger();
    const a = ledger.reserve('k', 2);
    const b = ledger.reserve('k', 2);
    expect(a && b).toBeTruthy();
    expect(ledger.reserve('k', 2)).toBeNull();
    ledger.release(b!);
    const c = ledger.reserve('k', 2);
    expect(c).not.toBeNull();
    ledger.commit(a!, entry('r1'));
    ledger.commit(c!, entry('r2'));
    expect(ledger.entries().map((e) => e.id)).toEqual(['r1', 'r2']);
    expect(ledger.spent('k')).toBe(2);
  });

  it('refuses to commit a reservation twice', () => {
    const ledger = new Ledger();
    const r = ledger.reserve('k', Infinity)!;
    ledger.commit(r, entry('r1'));
    expect(() => ledger.commit(r, entry('r1'))).toThrowErrorMatchingInlineSnapshot(
      `[Error: [conform] ledger: reservation settled twice. This is a bug in the mock pipeline.]`,
    );
    ledger.release(r);
    expect(ledger.entries()).toHaveLength(1);
  });

  it('totals exact costs per key and model', () => {
    const ledger = new Ledger();
    for (let i = 0; i < 1000; i++) ledger.commit(ledger.reserve(i % 2 ? 'a' : 'b', Infinity)!, entry(`r${i}`));
    ledger.commit(ledger.reserve('a', Infinity)!, entry('x', 'gpt-4.1', 0.01));
    const t = ledger.totals();
    expect(t.requests).toBe(1001);
    expect(t.units).toBe(1001);
    expect(t.cost).toBe(2.01);
    expect(t.tokens).toBe(12 * 1001);
    expect(t.byKey.a).toEqual({ requests: 501, cost: 1.01, tokens: 501 * 12 });
    expect(t.byModel['gpt-4.1']).toEqual({ requests: 1, cost: 0.01, tokens: 12 });
    ledger.reset();
    expect(ledger.totals().requests).toBe(0);
    expect(ledger.spent('a')).toBe(0);
  });

  it('keeps a window of the newest entries and exact totals of all of them', () => {
    const ledger = new Ledger(3);
    for (let i = 0; i < 10; i++) ledger.commit(ledger.reserve('k', Infinity)!, entry(`r${i}`));
    expect(ledger.entries().map((e) => e.id)).toEqual(['r7', 'r8', 'r9']);
    expect(ledger.entries({ offset: 1, limit: 1 }).map((e) => e.id)).toEqual(['r8']);
    expect(ledger.window).toEqual({ kept: 3, dropped: 7, limit: 3 });
    expect(ledger.totals()).toMatchObject({ requests: 10, cost: 0.02, tokens: 120 });
    const totalsOnly = new Ledger(0);
    totalsOnly.commit(totalsOnly.reserve('k', Infinity)!, entry('r'));
    expect(totalsOnly.entries()).toEqual([]);
    expect(totalsOnly.totals().requests).toBe(1);
  });

  it('counts answers by status, and keeps a model or key named __proto__ a row', () => {
    const ledger = new Ledger();
    ledger.commit(ledger.reserve('__proto__', Infinity)!, entry('r', '__proto__'));
    for (const s of [200, 401, 200]) ledger.answered(s);
    const t = ledger.totals();
    expect(Object.getOwnPropertyNames(t.byModel)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyNames(t.byKey)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).requests).toBeUndefined(); // Object.prototype untouched
    expect(t.byStatus).toEqual({ 200: 2, 401: 1 });
  });

  it('prices every request per token too, and adds those costs up exactly', () => {
    const ledger = new Ledger();
    for (let i = 0; i < 1000; i++) ledger.commit(ledger.reserve('k', Infinity)!, entry(`r${i}`));
    const t = ledger.totals();
    expect(t.cost).toBe(2); // 1000 × $0.002 flat
    expect(t.tokenCost).toBe(0.00495); // 1000 × (5 × 0.15 + 7 × 0.60) / 1M
  });
});
