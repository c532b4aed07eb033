import { describe, expect, it } from 'vitest';
import { sampleResults } from '../internal/fixtures/sample-results.ts';
import { transcriptOf } from '../internal/results.ts';
import { describeStream, streamStats, timelineSvg } from './timeline-svg.ts';

const response = () => transcriptOf(sampleResults(), 'streaming.basic')!.exchanges[0]!.response!;

describe('stream timeline', () => {
  it('finds the first frame and the largest gap', () => {
    expect(streamStats(response())).toEqual({
      frames: 5,
      firstFrameMs: 212,
      maxGapMs: 220,
      maxGapAfter: 2,
      totalMs: 556,
    });
  });
  it('describes itself in words', () => {
    expect(describeStream('streaming.basic / stream', response())).toMatchInlineSnapshot(
      `"Timeline of streaming.basic / stream: headers after 38 ms, first frame after 212 ms, 5 frames, largest gap 220 ms after frame #2, ended after 556 ms."`,
    );
  });
  it('draws one tick per frame, highlighted frames apart, with an accessible title', () => {
    const svg = timelineSvg('s', response(), new Set([4]));
    expect(svg.match(/class="frame/g)?.length).toBe(5);
    expect(svg.match(/class="frame hl"/g)?.length).toBe(1);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="(tl-\d+)"[^>]*><title id="\1">/);
  });
});
