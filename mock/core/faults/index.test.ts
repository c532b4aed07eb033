import { describe, expect, it } from 'vitest';
import { resolveFaults } from './index.ts';

describe('resolveFaults', () => {
  it('lets scripted faults override the options, and the header override both, field by field', () => {
    expect(resolveFaults({ latency: 10, ttft: 5 }, { latency: 20, status: 503 }, 'status=500')).toEqual({
      ok: true,
      faults: { latency: 20, ttft: 5, status: 500 },
    });
  });
  it('takes the options in the header form', () => {
    expect(resolveFaults('cut-after=2', undefined, undefined)).toEqual({ ok: true, faults: { cutAfter: 2 } });
  });
  it('reports a bad header or bad options', () => {
    expect(resolveFaults(undefined, undefined, 'stall=1')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Unknown fault "stall" in the x-conform-fault header'),
    });
    expect(resolveFaults({ latency: -1 }, undefined, undefined)).toMatchObject({
      ok: false,
      message: expect.stringContaining('in the mock options (faults)'),
    });
  });
});
