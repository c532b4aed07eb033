import { describe, expect, it } from 'vitest';
import { chatChunks, ctx, jsonEx, rawFrame, sseEx, tr } from '../internal/fixtures.ts';
import { contentType, dataJson, doneExact, donePresent, incremental, sseBody } from './framing.ts';
import { S } from './probes.ts';
import { P as CHAT } from '../chat/probes.ts';
import { cut, streamSet, TEXT, withExchange, withStream } from './test-set.ts';

const c = ctx();
const good = chatChunks(TEXT);

describe('streaming framing checks', () => {
  it('pass on a spec-shaped stream', () => {
    for (const check of [sseBody, contentType, dataJson, donePresent, doneExact, incremental])
      expect(check.grade(streamSet(), c).status, check.id).toBe('pass');
  });

  it('keep-alive comments and blank-line events are fine (B22)', () => {
    const t = withStream([
      rawFrame({ raw: ': OPENROUTER PROCESSING\n\n', comment: true }),
      ...good,
      rawFrame({ raw: ': keep-alive\n\n', comment: true }),
    ]);
    // the comment after the last chunk is not data, so [DONE] is still the last event
    for (const check of [dataJson, donePresent, doneExact]) expect(check.grade(t, c).status, check.id).toBe('pass');
  });

  it('sse-body: a plain JSON answer to stream: true fails; frame checks are then untestable naming it', () => {
    const t = streamSet([tr(S.basic, [jsonEx('stream', { id: 'x', object: 'chat.completion', choices: [] })])]);
    expect(sseBody.grade(t, c).status).toBe('fail');
    expect(dataJson.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "the stream carried no SSE data events (see streaming.sse-body)",
        "prerequisite": "streaming.sse-body",
        "status": "untestable",
      }
    `);
    expect(incremental.grade(t, c).status).toBe('untestable');
    expect(contentType.grade(t, c).status).toBe('fail');
  });

  it('a 500 fails sse-body once (the unstreamed control was answered); the frame checks name it', () => {
    const five = streamSet([
      tr(S.basic, [
        jsonEx(
          'stream',
          { error: { message: 'boom', type: 'server_error', param: null, code: null } },
          { status: 500 },
        ),
      ]),
    ]);
    expect(sseBody.grade(five, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": 500,
        },
        "message": "stream: true was answered 500 (boom), while the same request without it, chat.seed (first), was answered",
        "status": "fail",
      }
    `);
    expect(donePresent.grade(five, c)).toMatchInlineSnapshot(`
      {
        "message": "streaming.basic (stream) answered 500 (boom); streaming.sse-body fails for that",
        "prerequisite": "streaming.sse-body",
        "status": "untestable",
      }
    `);
  });

  it('a 4xx is unsupported only beside an accepted control (chat.seed, the same request unstreamed)', () => {
    const four = streamSet([
      tr(S.basic, [
        jsonEx(
          'stream',
          { error: { message: 'stream is not supported', type: 'invalid_request_error', param: 'stream', code: null } },
          { status: 400 },
        ),
      ]),
    ]);
    expect(donePresent.grade(four, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream",
            "probe": "streaming.basic",
          },
        },
        "message": "streaming (stream: true) is not supported: streaming.basic (stream) answered 400 (stream is not supported) while its control chat.seed (first) was accepted",
        "status": "unsupported",
      }
    `);
    // a fixture server 404s the prompt, streamed or not
    const fixture = streamSet([
      tr(S.basic, [jsonEx('stream', { error: 'No fixture matched' }, { status: 404 })]),
      tr(CHAT.seed, [jsonEx('first', { error: 'No fixture matched' }, { status: 404 })]),
    ]);
    expect(donePresent.grade(fixture, c)).toMatchInlineSnapshot(`
      {
        "message": "streaming.basic (stream) was refused with 404 (No fixture matched), but its control chat.seed (first) (the same request without streaming (stream: true)) was refused too, with 404: No fixture matched",
        "prerequisite": "control chat.seed (first) accepted",
        "status": "untestable",
      }
    `);
  });

  it('a stream cut by the network is reported as cut by the checks that need its end, never as a missing [DONE]', () => {
    const t = withExchange(cut(sseEx('stream', good), 1));
    expect(donePresent.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "streaming.basic (stream): the stream was cut after 1 frame (connection failed: terminated (ECONNRESET)), so its end cannot be judged",
        "prerequisite": "streaming.basic (stream) ends without a transport error",
        "status": "untestable",
      }
    `);
    expect(doneExact.grade(t, c).status).toBe('untestable');
    expect(incremental.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "streaming.basic (stream): the stream was cut after 1 frame (connection failed: terminated (ECONNRESET)), with 0 content events before it",
        "prerequisite": "streaming.basic (stream) ends without a transport error",
        "status": "untestable",
      }
    `);
    // what arrived before the cut is still judged
    expect(dataJson.grade(t, c).status).toBe('pass');
    expect(sseBody.grade(t, c).status).toBe('pass');
  });

  it('data-json: non-JSON data and an event without data fail with the frame index', () => {
    expect(dataJson.grade(withStream([good[0], 'Hello', ...good.slice(1)]), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              1,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": "Hello",
        },
        "message": "frame 1: every data event must be JSON or [DONE] (data is not JSON), got "Hello" in streaming.basic "stream"",
        "status": "fail",
      }
    `);
    expect(
      dataJson.grade(withStream([good[0], rawFrame({ raw: 'event: ping\n\n', event: 'ping' }), ...good.slice(1)]), c)
        .status,
    ).toBe('fail');
  });

  it('done-present: a stream without [DONE] fails (B20); done-exact is then untestable', () => {
    const t = {
      ...withStream(good, { done: false }),
      [S.usage]: tr(S.usage, [sseEx('stream', chatChunks('One.', { usage: true }), { done: false })]),
    };
    expect(donePresent.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": undefined,
        },
        "message": "the stream must end with "data: [DONE]", but it ended after 6 frames without one in streaming.basic "stream" (and 1 more response)",
        "status": "fail",
      }
    `);
    expect(doneExact.grade(t, c).status).toBe('untestable');
  });

  it('done-exact: a padded sentinel fails (B21) but is still JSON-tolerated', () => {
    const t = withStream(good, { done: '[DONE] ' });
    expect(doneExact.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              6,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": "[DONE] ",
        },
        "message": "frame 6: the sentinel must be exactly "[DONE]", got "[DONE] " in streaming.basic "stream"",
        "status": "fail",
      }
    `);
    expect(dataJson.grade(t, c).status).toBe('pass');
    expect(donePresent.grade(t, c).status).toBe('pass');
  });

  it('done-exact: data after [DONE] fails', () => {
    expect(doneExact.grade(withStream([...good, '[DONE]', good[1]], { done: false }), c).status).toBe('fail');
  });

  it('content-type: application/json on a stream fails', () => {
    expect(contentType.grade(withStream(good, { headers: { 'content-type': 'application/json' } }), c))
      .toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": "application/json",
        },
        "message": "content-type must be text/event-stream, got "application/json" in streaming.basic "stream"",
        "status": "fail",
      }
    `);
  });

  it('incremental: all content in one read, or in one event, fails (B4)', () => {
    expect(incremental.grade(withStream(good, { at: () => 42 }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              1,
              4,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
        },
        "message": "the 4 content events should arrive as they are generated, but all arrived at once (42.0 ms)",
        "status": "fail",
      }
    `);
    const one = chatChunks('Everything at once.').filter((_, i) => i !== 2 && i !== 3);
    expect(incremental.grade(withStream(one), c).status).toBe('fail');
  });
});
