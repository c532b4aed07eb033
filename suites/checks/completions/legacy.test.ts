import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, errorBody, jsonEx, sseEx, tr } from '../internal/fixtures.ts';
import { CONTROL } from '../chat/probes.ts';
import { object, shape, stream } from './legacy.ts';
import { S } from '../streaming/probes.ts';
import { C } from './probes.ts';

const c = ctx();
const completion = (over: Record<string, unknown> = {}) => ({
  id: 'cmpl-1',
  object: 'text_completion',
  created: 1_700_000_000,
  model: 'gpt-test',
  choices: [{ text: ' there was a keeper.', index: 0, logprobs: null, finish_reason: 'length' }],
  usage: { prompt_tokens: 4, completion_tokens: 16, total_tokens: 20 },
  ...over,
});
const chunk = (text: string, finish: string | null = null) => ({
  id: 'cmpl-1',
  object: 'text_completion',
  created: 1_700_000_000,
  model: 'gpt-test',
  choices: [{ text, index: 0, logprobs: null, finish_reason: finish }],
});
const set = (
  body: unknown = completion(),
  frames: object[] = [chunk(' there'), chunk(' was', 'length')],
  done: string | false = '[DONE]',
  status = 200,
  streamStatus = 200,
) => ({
  [C.basic]: tr(C.basic, [
    jsonEx('nonstream', body, { status, path: '/completions' }),
    streamStatus === 200
      ? sseEx('stream', frames, { done })
      : jsonEx('stream', errorBody('no', 'stream', null), { status: streamStatus }),
  ]),
  [CONTROL.probe]: tr(CONTROL.probe, [jsonEx(CONTROL.label, chatCompletion())]),
});

describe('legacy completions checks', () => {
  it('pass on spec-shaped answers', () => {
    for (const check of [shape, object, stream]) expect(check.grade(set(), c).status, check.id).toBe('pass');
  });

  it('a 404 means the legacy endpoint is not offered', () => {
    expect(shape.grade(set(errorBody('Not found', null, null), undefined, undefined, 404), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "nonstream",
            "probe": "completions.basic",
          },
        },
        "message": "the legacy /completions endpoint is not supported: completions.basic (nonstream) answered 404 (Not found) while its control chat.basic (nonstream) was accepted",
        "status": "unsupported",
      }
    `);
  });

  it('object: a chat completion object warns', () => {
    expect(object.grade(set(completion({ object: 'chat.completion' })), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "nonstream",
            "probe": "completions.basic",
          },
          "seen": "chat.completion",
        },
        "message": "object should be "text_completion", got "chat.completion"",
        "status": "fail",
      }
    `);
  });

  it('shape: choices without text fail', () => {
    expect(
      shape.grade(set(completion({ choices: [{ index: 0, finish_reason: 'stop', logprobs: null }] })), c).status,
    ).toBe('fail');
  });

  it('stream: no [DONE] or chat chunks fail', () => {
    expect(stream.grade(set(undefined, undefined, false), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream",
            "probe": "completions.basic",
          },
        },
        "message": "the stream should end with exactly "data: [DONE]", got "no [DONE]"",
        "status": "fail",
      }
    `);
    expect(stream.grade(set(undefined, [{ ...chunk('x'), object: 'chat.completion.chunk' }]), c).status).toBe('fail');
  });

  it('stream: a stream cut short, or without any finish_reason, fails; the endpoint absent makes it unsupported too', () => {
    const cut = set();
    cut[C.basic].exchanges[1].error = { kind: 'connection', message: 'socket hang up' };
    expect(stream.grade(cut, c).message).toMatchInlineSnapshot(`"the stream was cut after 3 frames (socket hang up)"`);
    expect(stream.grade(set(undefined, [chunk(' there')]), c).message).toMatchInlineSnapshot(
      `"none of the 1 chunk(s) carries a finish_reason, so the answer may have been cut short"`,
    );
    expect(stream.grade(set(errorBody('Not found', null, null), undefined, undefined, 404, 404), c).status).toBe(
      'unsupported',
    );
    expect(stream.grade(set(undefined, undefined, undefined, 200, 400), c).message).toMatchInlineSnapshot(
      `"streaming on /completions is not supported: completions.basic (stream) answered 400 (no) while its control completions.basic (nonstream) was accepted"`,
    );
  });

  it("stream: a cut while the concurrent pair (streaming.usage) was cut too is streaming.concurrent's failure, not this one's (stream-cut, llama.cpp)", () => {
    const cut: Record<string, any> = set();
    cut[C.basic].exchanges[1].error = { kind: 'cut', message: 'the stream was cut after 1 frame (connection reset)' };
    const pairCut = sseEx('stream', [], { done: false });
    pairCut.error = { kind: 'cut', message: 'the stream was cut after 1 frame (connection reset)' };
    cut[S.usage] = tr(S.usage, [pairCut]);
    expect(stream.grade(cut, c)).toMatchInlineSnapshot(`
      {
        "message": "the stream was cut after 1 frame (connection reset), while other streams of the run were cut too (streaming.concurrent fails for streams cut while others run)",
        "prerequisite": "streaming.concurrent",
        "status": "untestable",
      }
    `);
  });

  it('object: a placeholder created warns; a 500 on the endpoint with the chat control answered warns', () => {
    expect(object.grade(set(completion({ created: 23 })), c).message).toMatchInlineSnapshot(
      `"created should be a plausible Unix time in seconds (after 2015-01-01), got 23 (1970-01-01T00:00:23Z)"`,
    );
    expect(shape.grade(set(errorBody('boom', null, null), undefined, undefined, 500), c).status).toBe('fail');
  });
});
