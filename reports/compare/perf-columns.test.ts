import { describe, expect, it } from 'vitest';
import { samplePerf } from '../internal/fixtures/sample-perf.ts';
import { renderComparison } from './render-comparison.ts';

describe('perf runs side by side', () => {
  it('puts each run in a column and marks the best value of each row', () => {
    const a = samplePerf();
    const b = samplePerf({ target: { baseUrl: 'https://b.example/v1', model: 'model-b', label: 'b.example' } });
    b.levels = b.levels.map((l) => ({ ...l, ttft: { ...l.ttft, p50: 150 }, outputTokensPerSecond: 100 }));
    const html = renderComparison([], [a, b]);
    expect(html).toContain('<section id="perf-compare"');
    const ttftRow = /<tr><th scope="row">TTFT p50<\/th>(.*?)<\/tr>/.exec(html)![1];
    expect(ttftRow).toBe('<td class="perf">200 ms</td><td class="perf best"><strong>150 ms ★</strong></td>');
    const speedRow = /<tr><th scope="row">output tokens\/s<\/th>(.*?)<\/tr>/.exec(html)![1];
    expect(speedRow).toBe('<td class="perf best"><strong>250 ★</strong></td><td class="perf">100</td>');
    expect(html).toContain('flat: per 1k requests');
    expect(html).not.toContain('Compatibility table'); // perf runs only
  });
});
