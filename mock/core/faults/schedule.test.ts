import { describe, expect, it } from 'vitest';
import { FaultSchedule } from './index.ts';

describe('FaultSchedule', () => {
  it('serves each scripted fault for its number of requests, in order', () => {
    const s = new FaultSchedule();
    s.next({ status: 503 }, 2);
    s.next('cut-after=1');
    expect(s.pending).toBe(3);
    expect([s.take(), s.take(), s.take(), s.take()]).toEqual([
      { status: 503 },
      { status: 503 },
      { cutAfter: 1 },
      undefined,
    ]);
    expect(s.pending).toBe(0);
  });
  it('clears', () => {
    const s = new FaultSchedule();
    s.next({ latency: 1 }, 5);
    s.clear();
    expect(s.take()).toBeUndefined();
  });
  it('throws on a bad spec or count', () => {
    const s = new FaultSchedule();
    expect(() => s.next('status=600')).toThrowErrorMatchingInlineSnapshot(
      `[Error: [conform] Bad value for fault "status" in a scripted fault: "600". Use an integer from 400 to 599 (HTTP status), e.g. status=503.]`,
    );
    expect(() => s.next({ status: 503 }, 0)).toThrowErrorMatchingInlineSnapshot(
      `[Error: [conform] Bad fault count: 0. Use an integer of at least 1.]`,
    );
    expect(s.pending).toBe(0);
  });
});
