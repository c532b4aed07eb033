import { describe, expect, it } from 'vitest';
import { chatChunks, ctx, jsonEx, sseEx } from '../internal/fixtures.ts';
import { S } from './probes.ts';
import { cut, streamSet, withExchange, withStream } from './test-set.ts';
import { usageChunk, usageNullElsewhere } from './usage.ts';

const c = ctx();
const good = () => chatChunks('One, two, three.', { usage: true });
const usageStream = (items: object[]) => withStream(items, {}, S.usage);

describe('streaming usage checks', () => {
  it('pass on a spec-shaped include_usage stream', () => {
    expect(usageChunk.grade(streamSet(), c).status).toBe('pass');
    expect(usageNullElsewhere.grade(streamSet(), c).status).toBe('pass');
  });

  it('a 400 to stream_options is unsupported beside its accepted plain twin (Groq, B18)', () => {
    const refused = jsonEx(
      'stream',
      {
        error: {
          message: "property 'stream_options' is unsupported",
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      },
      { status: 400 },
    );
    expect(usageChunk.grade(withExchange(refused, S.usage), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream",
            "probe": "streaming.usage",
          },
        },
        "message": "stream_options.include_usage is not supported: streaming.usage (stream) answered 400 (property 'stream_options' is unsupported) while its control streaming.usage (beside) was accepted",
        "status": "unsupported",
      }
    `);
  });

  it('usage-null-elsewhere is inconclusive when no chunk carries usage (usage-chunk grades that)', () => {
    expect(usageNullElsewhere.grade(usageStream(chatChunks('One, two, three.')), c)).toMatchInlineSnapshot(`
      {
        "message": "none of the 5 chunks carries usage, so no early usage could show (streaming.usage-chunk grades the missing usage chunk)",
        "status": "inconclusive",
      }
    `);
  });

  it('a cut include_usage stream is untestable, not "no usage chunk"', () => {
    const t = withExchange(cut(sseEx('stream', good()), 2), S.usage);
    expect(usageChunk.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "streaming.usage (stream): the stream was cut after 2 frames (connection failed: terminated (ECONNRESET)), so its end cannot be judged (streaming.concurrent fails for streams cut while others run)",
        "prerequisite": "streaming.concurrent",
        "status": "untestable",
      }
    `);
  });

  it('usage-chunk: include_usage ignored fails (B18)', () => {
    expect(usageChunk.grade(usageStream(good().slice(0, -1)), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream",
            "probe": "streaming.usage",
          },
        },
        "message": "include_usage: true must add a final chunk with usage, but none of the 5 chunks has one",
        "status": "fail",
      }
    `);
  });

  it('usage-chunk: usage on the second-to-last chunk (xAI) or without an empty-choices chunk (Gemini) fails (B18)', () => {
    const cs = good();
    const u = cs.pop()!.usage;
    const xai = [...cs.slice(0, -1), { ...cs.at(-2)!, usage: u }, cs.at(-1)!];
    expect(usageChunk.grade(usageStream(xai), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              4,
              5,
            ],
            "label": "stream",
            "probe": "streaming.usage",
          },
        },
        "message": "the usage chunk must be the last chunk before [DONE], but frame 5 follows it without usage",
        "status": "fail",
      }
    `);
    const gemini = [...cs.slice(0, -1), { ...cs.at(-1)!, usage: u }];
    expect(usageChunk.grade(usageStream(gemini), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              4,
            ],
            "label": "stream",
            "probe": "streaming.usage",
          },
          "seen": [
            {
              "delta": {},
              "finish_reason": "stop",
              "index": 0,
              "logprobs": null,
            },
          ],
        },
        "message": "frame 4: the usage chunk must have choices [], got [{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]",
        "status": "fail",
      }
    `);
  });

  it('usage-null-elsewhere: usage on every chunk fails (vLLM, B18)', () => {
    const cs = good();
    const u = cs.at(-1)!.usage;
    expect(usageNullElsewhere.grade(usageStream(cs.map((x) => ({ ...x, usage: u }))), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              0,
              1,
              2,
              3,
              4,
            ],
            "label": "stream",
            "probe": "streaming.usage",
          },
          "seen": {
            "completion_tokens": 3,
            "prompt_tokens": 12,
            "total_tokens": 15,
          },
        },
        "message": "usage should be null except on the final chunk, but 5 earlier chunks carry it (frame 0: {"prompt_tokens":12,"completion_tokens":3,"total_tokens":15})",
        "status": "fail",
      }
    `);
  });

  it('usage-chunk: a total that does not add up fails', () => {
    const cs = good();
    cs.at(-1)!.usage = { prompt_tokens: 3, completion_tokens: 4, total_tokens: 8 };
    expect(usageChunk.grade(usageStream(cs), c).status).toBe('fail');
  });
});
