import { describe, expect, it } from 'vitest';
import { cleanResults, sampleResults } from '../internal/fixtures/sample-results.ts';
import { diffRuns, diffsOf, orderRuns, targetKey } from './diff-runs.ts';

describe('comparing runs of one target', () => {
  it('keys targets by base URL (trailing slash ignored) and model', () => {
    const a = sampleResults();
    const b = sampleResults();
    b.target.baseUrl += '/';
    expect(targetKey(a)).toBe(targetKey(b));
    b.target.model = 'other';
    expect(targetKey(a)).not.toBe(targetKey(b));
  });

  it('orders each target oldest first, targets in order of appearance', () => {
    const late = sampleResults(); // 2026-11-21
    const early = cleanResults('2026-11-20T00:00:00.000Z');
    const other = cleanResults();
    other.target.baseUrl = 'https://api.example.test/v1';
    expect(orderRuns([late, other, early]).map((r) => `${r.target.baseUrl} ${r.startedAt.slice(0, 10)}`)).toEqual([
      'http://127.0.0.1:4010/v1 2026-11-20',
      'http://127.0.0.1:4010/v1 2026-11-21',
      'https://api.example.test/v1 2026-11-20',
    ]);
  });

  it('finds regressions (pass → warn/fail) and fixes, ignoring skip and unsupported', () => {
    const d = diffRuns(cleanResults(), sampleResults());
    expect(d.regressed.map((c) => `${c.id}: ${c.from} → ${c.to}`)).toMatchInlineSnapshot(`
      [
        "chat.created-seconds: pass → fail",
        "streaming.finish-reason-enum: pass → fail",
        "streaming.done-sentinel: pass → fail",
        "streaming.usage-chunk: pass → warn",
        "embeddings.base64: pass → error",
        "errors.status-4xx: pass → fail",
        "errors.json-content-type: pass → warn",
        "tools.streamed-arguments: pass → untestable",
      ]
    `);
    expect(d.fixed).toEqual([]);
    expect(diffRuns(sampleResults(), cleanResults()).fixed.length).toBe(8);
  });

  it('diffs only runs of the same target', () => {
    const other = sampleResults();
    other.target.model = 'other-model';
    expect(diffsOf([cleanResults(), other])).toEqual([]);
    expect(diffsOf([sampleResults(), cleanResults()]).map((d) => [d.earlier.startedAt, d.later.startedAt])).toEqual([
      ['2026-11-20T22:00:00.000Z', '2026-11-21T22:00:00.000Z'],
    ]);
  });
});
