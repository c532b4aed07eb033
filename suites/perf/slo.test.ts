import { describe, expect, it } from 'vitest';
import type { Level } from '../../schemas/generated/perf.ts';
import { evaluateSlos, parseSlos } from './slo.ts';

const level = (id: string, ttftP99: number, failed: number): Level =>
  ({
    id,
    requests: 100,
    failed,
    ttft: { n: 100, p99: ttftP99 },
    e2e: { n: 100, p99: 1000 },
    tpot: { n: 0 },
  }) as unknown as Level;

describe('SLOs', () => {
  it('parses the three forms and judges every level', () => {
    const slos = parseSlos('ttft-p99=800ms, e2e-p99=5s,errors=1%');
    expect(slos.map((s) => s.kind)).toEqual(['latency', 'latency', 'errors']);
    const verdicts = evaluateSlos(slos, [level('c1', 300, 0), level('c16', 950, 2)]);
    expect(verdicts.map((v) => [v.spec, v.passed, v.message])).toEqual([
      ['ttft-p99=800ms', false, 'broken at c16: 950 ms > 800 ms'],
      ['e2e-p99=5s', true, 'met: worst 1000 ms at c1, limit 5000 ms'],
      ['errors=1%', false, 'broken at c16: 2.00% > 1.00%'],
    ]);
  });

  it('an objective nothing measured is unmet, not met', () => {
    const [v] = evaluateSlos(parseSlos('tpot-p50=20ms'), [level('c1', 1, 0)]);
    expect(v).toMatchObject({ passed: false });
  });

  it('names the objectives it knows', () => {
    expect(() => parseSlos('ttfb-p99=1s')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --slo: unknown objective "ttfb-p99". Objectives are errors=N% and METRIC-STAT=DURATION with METRIC one of ttft, e2e, tpot, itl, queue and STAT one of p50, p90, p99, max, mean. Example: --slo ttft-p99=800ms,e2e-p99=5s,errors=1%]`,
    );
    expect(() => parseSlos('errors=1')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --slo errors=1: errors takes a percentage, got "1". Example: --slo ttft-p99=800ms,e2e-p99=5s,errors=1%]`,
    );
    expect(() => parseSlos('e2e-p99=fast')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --slo e2e-p99=fast: "fast" is not a duration (800ms, 5s, 2m). Example: --slo ttft-p99=800ms,e2e-p99=5s,errors=1%]`,
    );
  });
});
