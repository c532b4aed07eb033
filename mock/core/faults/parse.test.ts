import { describe, expect, it } from 'vitest';
import { parseFaults, validateFaults } from './index.ts';

describe('parseFaults', () => {
  it('reads every fault, with spaces around items', () => {
    expect(
      parseFaults(
        ' latency=200, ttft=100,status=503,retry-after=0,stream-error-after=3,cut-after=2,stall-after=2,stall-ms=50,malformed-after=1',
      ),
    ).toEqual({
      ok: true,
      faults: {
        latency: 200,
        ttft: 100,
        status: 503,
        retryAfter: 0,
        streamErrorAfter: 3,
        cutAfter: 2,
        stallAfter: 2,
        stallMs: 50,
        malformedAfter: 1,
      },
    });
  });
  it('takes 0 as a value and an absent or empty header as no faults', () => {
    expect(parseFaults('cut-after=0')).toEqual({ ok: true, faults: { cutAfter: 0 } });
    expect(parseFaults(undefined)).toEqual({ ok: true, faults: {} });
    expect(parseFaults(' , ')).toEqual({ ok: true, faults: {} });
  });

  it('names an unknown fault and lists the allowed ones', () => {
    expect(parseFaults('latency=5,lag=200')).toMatchInlineSnapshot(`
      {
        "message": "[conform] Unknown fault "lag" in the x-conform-fault header. Allowed: latency=<0-60000 ms>, ttft=<0-60000 ms>, status=<400-599 HTTP status>, retry-after=<0-3600 s>, stream-error-after=<0-100000 frames>, cut-after=<0-100000 frames>, stall-after=<0-100000 frames>, stall-ms=<0-300000 ms>, malformed-after=<0-100000 frames>.",
        "ok": false,
      }
    `);
  });
  it('rejects values that are not integers in range', () => {
    expect(parseFaults('status=200')).toMatchInlineSnapshot(`
      {
        "message": "[conform] Bad value for fault "status" in the x-conform-fault header: "200". Use an integer from 400 to 599 (HTTP status), e.g. status=503.",
        "ok": false,
      }
    `);
    for (const bad of [
      'latency=-1',
      'latency=1.5',
      'latency=',
      'latency=1e3',
      'latency=60001',
      'ttft=abc',
      'cut-after=0x10',
    ])
      expect(parseFaults(bad).ok, bad).toBe(false);
  });
  it('rejects a fault without a value and a fault given twice', () => {
    expect(parseFaults('cut-after')).toMatchInlineSnapshot(`
      {
        "message": "[conform] Fault "cut-after" in the x-conform-fault header needs a value, e.g. cut-after=2.",
        "ok": false,
      }
    `);
    expect(parseFaults('latency=1,latency=2')).toMatchInlineSnapshot(`
      {
        "message": "[conform] Fault "latency" is given twice in the x-conform-fault header. Give each fault once.",
        "ok": false,
      }
    `);
  });
  it('does not take inherited property names for faults', () => {
    expect(parseFaults('constructor=1').ok).toBe(false);
    expect(parseFaults('toString').ok).toBe(false);
  });
});

describe('validateFaults', () => {
  it('checks object specs by the same rules', () => {
    expect(validateFaults({ latency: 5, cutAfter: 0 }, 'the mock options (faults)')).toEqual({
      ok: true,
      faults: { latency: 5, cutAfter: 0 },
    });
    expect(validateFaults({ status: 99 }, 'the mock options (faults)')).toMatchInlineSnapshot(`
      {
        "message": "[conform] Bad value for fault "status" in the mock options (faults): 99. Use an integer from 400 to 599 (HTTP status), e.g. status=503.",
        "ok": false,
      }
    `);
    expect(validateFaults({ stallAfter: '2' } as never, 'x').ok).toBe(false);
    expect(validateFaults({ bogus: 1 } as never, 'x').ok).toBe(false);
  });
  it('accepts the header form and undefined', () => {
    expect(validateFaults('ttft=5', 'x')).toEqual({ ok: true, faults: { ttft: 5 } });
    expect(validateFaults(undefined, 'x')).toEqual({ ok: true, faults: {} });
  });
});
