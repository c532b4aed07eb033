import { describe, expect, it } from 'vitest';
import type { Probe } from './types.ts';
import { neededProbes, plan, sizePropertyRuns } from './planner.ts';
import { ctx, fakeCheck } from '../checks/internal/fixtures.ts';

const probe = (id: string, cost: Probe['cost'] | number, over: Partial<Probe> = {}): Probe => ({
  id,
  feature: 'chat',
  title: id,
  cost: typeof cost === 'number' ? () => cost : cost,
  run: async () => {},
  ...over,
});

describe('planner', () => {
  it('needs each probe once however many checks read it', () => {
    const probes = [probe('a', 1), probe('b', 1), probe('c', 1)];
    const checks = [
      fakeCheck('x.one', { status: 'pass' }, { probes: ['a', 'c'] }),
      fakeCheck('x.two', { status: 'pass' }, { probes: ['c'] }),
    ];
    expect(neededProbes(checks, probes).map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('sends a probe a check only may read when its feature is selected, never for that check alone', () => {
    const probes = [probe('s.basic', 1, { feature: 'streaming' }), probe('e.invalid', 5, { feature: 'errors' })];
    const frames = fakeCheck(
      's.frames',
      { status: 'pass' },
      { feature: 'streaming', probes: ['s.basic'], optionalProbes: ['e.invalid'] },
    );
    expect(neededProbes([frames], probes, new Set(['chat', 'streaming'])).map((p) => p.id)).toEqual(['s.basic']);
    expect(neededProbes([frames], probes, new Set(['streaming', 'errors'])).map((p) => p.id)).toEqual([
      's.basic',
      'e.invalid',
    ]);
    // a probe a check needs is sent whatever its feature
    const limits = fakeCheck('r.headers', { status: 'pass' }, { feature: 'rate-limits', probes: ['s.basic'] });
    expect(neededProbes([limits], probes, new Set(['rate-limits'])).map((p) => p.id)).toEqual(['s.basic']);
  });

  it('plans repeatable probes once per trial and sums their exact cost', () => {
    const p = plan([probe('a', 2, { repeatable: true }), probe('b', 3)], ctx({ trials: 3 }));
    expect(p.probes.map((e) => e.key)).toEqual(['a', 'a#2', 'a#3', 'b']);
    expect(p.requests).toBe(9);
  });

  it('does not send what does not fit the budget, and says so', () => {
    const p = plan([probe('a', 2), probe('b', 3), probe('c', 1)], ctx(), 3);
    expect(p.requests).toBe(3);
    expect(p.probes.map((e) => e.skip ?? 'sent')).toEqual([
      'sent',
      '--budget 3 has 1 requests left and this probe needs 3',
      'sent',
    ]);
  });

  it('honours probe.skip() and reports a broken cost() as a planning error', () => {
    const p = plan([probe('a', 1, { skip: () => 'no embedding model' }), probe('b', () => Number.NaN)], ctx());
    expect(p.probes[0].skip).toBe('no embedding model');
    expect(p.probes[1].error).toMatch(/probe b could not be planned: cost\(\) returned null/);
    expect(p.requests).toBe(0);
  });

  it('grows propertyRuns into the leftover budget, never past it', () => {
    const probes = [probe('fixed', 10), probe('props', (ctx) => ctx.propertyRuns * 2)];
    expect(sizePropertyRuns(probes, ctx())).toBe(6);
    expect(sizePropertyRuns(probes, ctx(), 50)).toBe(20);
    expect(sizePropertyRuns(probes, ctx(), 15)).toBe(6);
    expect(sizePropertyRuns(probes, ctx(), 100_000)).toBe(200);
  });
});
