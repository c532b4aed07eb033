import { describe, expect, it } from 'vitest';
import { LATENCY_PROFILES, resolveLatencyProfile } from './profile.ts';

describe('resolveLatencyProfile', () => {
  it('takes a name, or fields over a named base', () => {
    expect(resolveLatencyProfile('reference')).toEqual(LATENCY_PROFILES.reference);
    expect(resolveLatencyProfile({ profile: 'reference', capacity: 2 })).toEqual({
      ...LATENCY_PROFILES.reference,
      capacity: 2,
    });
    expect(resolveLatencyProfile({ ttftMs: 5 }).capacity).toBe(0);
  });

  it('names the known profiles when the name is wrong', () => {
    expect(() => resolveLatencyProfile('slowest' as never)).toThrowErrorMatchingInlineSnapshot(
      `[Error: [conform] unknown latency profile "slowest". Known profiles: demo, reference, hosted, serverless. Example: latencyProfile: "demo"]`,
    );
  });
});
