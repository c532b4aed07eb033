import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../engine/types.ts';
import { chatChunks, ctx, jsonEx, sseEx } from '../internal/fixtures.ts';
import { concurrent } from './concurrent.ts';
import { S } from './probes.ts';
import { cut, streamSet, withExchange } from './test-set.ts';

const c = ctx();
const COUNT = 'One, two, three.';
const at = (ex: Exchange, sentAtMs: number): Exchange => ({ ...ex, sentAtMs });

describe('streaming.concurrent', () => {
  it('passes when both streams in flight together end with finish_reason and [DONE]', () => {
    expect(concurrent.grade(streamSet(), c)).toMatchInlineSnapshot(`
      {
        "message": "both streams, in flight together, ended with a finish_reason and [DONE] (7 and 6 frames)",
        "status": "pass",
      }
    `);
  });

  it('fails a stream cut while the other was in flight (llama.cpp aborts a running stream)', () => {
    const t = withExchange(
      cut(sseEx('beside', chatChunks(COUNT)), 1, 'connection failed: other side closed (UND_ERR_SOCKET)'),
      S.usage,
    );
    expect(concurrent.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "beside",
            "probe": "streaming.usage",
          },
          "seen": {
            "kind": "connection",
            "message": "connection failed: other side closed (UND_ERR_SOCKET)",
          },
        },
        "message": "streaming.usage (beside): the stream was cut after 1 frame (connection failed: other side closed (UND_ERR_SOCKET)), while streaming.usage (stream) was in flight",
        "status": "fail",
      }
    `);
  });

  it('fails a stream that stopped without finish_reason while the basic stream had one', () => {
    const t = withExchange(sseEx('beside', chatChunks(COUNT).slice(0, 1)), S.usage);
    expect(concurrent.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "beside",
            "probe": "streaming.usage",
          },
        },
        "message": "streaming.usage (beside) ended after 2 frames without a finish_reason while another stream was in flight, although streaming.basic (stream) had both",
        "status": "fail",
      }
    `);
  });

  it('is untestable when no stream ever ends with [DONE] (done-present grades that)', () => {
    const t = withExchange(sseEx('beside', chatChunks(COUNT), { done: false }), S.usage);
    t[S.basic].exchanges = [sseEx('stream', chatChunks('Red.'), { done: false })];
    expect(concurrent.grade(t, c).status).toBe('untestable');
  });

  it('is inconclusive when the two streams did not overlap', () => {
    const t = withExchange(at(sseEx('beside', chatChunks(COUNT)), 500), S.usage);
    expect(concurrent.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "the two streams did not overlap (streaming.usage (stream) ran 0–71 ms, streaming.usage (beside) 500–561 ms), so nothing ran concurrently",
        "status": "inconclusive",
      }
    `);
  });

  it('is untestable, not unsupported, when a stream is refused', () => {
    const t = withExchange(
      jsonEx('beside', { error: { message: 'too many requests in flight' } }, { status: 503 }),
      S.usage,
    );
    expect(concurrent.grade(t, c).status).toBe('untestable');
  });
});
