import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../engine/types.ts';
import { chatChunks, chatCompletion, ctx, jsonEx, sdkErr, sdkOk, sseEx, tr } from '../internal/fixtures.ts';
import { S } from './probes.ts';
import { sdkChunks, sdkFinal } from './sdk-stream.ts';
import { cut, streamSet } from './test-set.ts';

const accept = (ex: Exchange, value: string): Exchange => ({
  ...ex,
  request: { ...ex.request, headers: { accept: value } },
});

const c = ctx();
const withOutcome = (o: Parameters<typeof tr>[2]) => streamSet([tr(S.sdk, [], o)]);

describe('SDK stream checks', () => {
  it('pass when the SDK yields chunks and finalChatCompletion() resolves', () => {
    expect(sdkChunks.grade(streamSet(), c).status).toBe('pass');
    expect(sdkFinal.grade(streamSet(), c).status).toBe('pass');
  });

  it('fail when finalChatCompletion() throws on a missing finish_reason or role (B12, B13)', () => {
    const t = withOutcome([
      { ...sdkErr('sdk', 'OpenAIError', undefined, 'missing finish_reason for choice 0'), chunks: [{}, {}] },
    ]);
    expect(sdkFinal.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "streaming.sdk",
          },
          "seen": {
            "class": "OpenAIError",
            "message": "missing finish_reason for choice 0",
            "status": undefined,
          },
        },
        "message": "the SDK stream must complete, but openai-node 6.49.0 threw OpenAIError: missing finish_reason for choice 0",
        "status": "fail",
      }
    `);
    expect(sdkChunks.grade(t, c).status).toBe('pass');
  });

  it('fail when the SDK yields nothing (a plain JSON body)', () => {
    const t = withOutcome([{ ...sdkOk('sdk', undefined), chunks: [] }]);
    expect(sdkChunks.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "streaming.sdk",
          },
          "seen": null,
        },
        "message": "the SDK stream must yield chunks, but it yielded none and ended without error",
        "status": "fail",
      }
    `);
  });

  it('an HTTP error before any chunk fails when the raw stream was answered, naming the difference', () => {
    const t = withOutcome([sdkErr('sdk', 'BadRequestError', 400, '400 Accept must be text/event-stream')]);
    t[S.sdk].exchanges = [
      accept(
        jsonEx('sdk', { error: { message: 'Accept must be text/event-stream' } }, { status: 400, via: 'sdk' }),
        'application/json',
      ),
    ];
    expect(sdkChunks.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "streaming.sdk",
          },
          "seen": {
            "class": "BadRequestError",
            "message": "400 Accept must be text/event-stream",
            "status": 400,
          },
        },
        "message": "the SDK's stream request failed with 400 (BadRequestError): 400 Accept must be text/event-stream, although the raw stream was answered; compared with the raw stream streaming.basic (stream): the SDK sent Accept: application/json, the raw request Accept: text/event-stream; the SDK got 400, the raw request 200; the SDK got content-type application/json, the raw request text/event-stream",
        "status": "fail",
      }
    `);
    expect(sdkFinal.grade(t, c).status).toBe('fail');
  });

  it('an HTTP 4xx is unsupported when the raw stream was refused too and the control accepted; a 5xx then untestable', () => {
    const refusedRaw = (o: Parameters<typeof tr>[2], status: number) => {
      const t = withOutcome(o);
      t[S.sdk].exchanges = [jsonEx('sdk', { error: { message: 'stream not supported' } }, { status, via: 'sdk' })];
      t[S.basic] = tr(S.basic, [jsonEx('stream', { error: { message: 'stream not supported' } }, { status })]);
      return t;
    };
    expect(sdkFinal.grade(refusedRaw([sdkErr('sdk', 'BadRequestError', 400, '400 stream not supported')], 400), c))
      .toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "streaming.sdk",
          },
        },
        "message": "streaming (stream: true) is not supported: streaming.sdk (sdk) answered 400 (stream not supported) while its control chat.basic (nonstream) was accepted",
        "status": "unsupported",
      }
    `);
    expect(sdkFinal.grade(refusedRaw([sdkErr('sdk', 'InternalServerError', 500, '500 boom')], 500), c).status).toBe(
      'untestable',
    );
  });

  it('names the Accept header when the SDK got JSON where the raw request got a stream (stream by Accept)', () => {
    const t = withOutcome([{ ...sdkOk('sdk', undefined), chunks: [] }]);
    t[S.sdk].exchanges = [accept(jsonEx('sdk', chatCompletion('Hello!'), { via: 'sdk' }), 'application/json')];
    expect(sdkChunks.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "streaming.sdk",
          },
          "seen": null,
        },
        "message": "the SDK stream must yield chunks, but it yielded none and ended without error; compared with the raw stream streaming.basic (stream): the SDK sent Accept: application/json, the raw request Accept: text/event-stream; the SDK got content-type application/json, the raw request text/event-stream: the server seems to choose the response format by the Accept header, not by the request body",
        "status": "fail",
      }
    `);
    expect(sdkFinal.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "the SDK stream yielded no chunk (streaming.sdk-chunks fails for that)",
        "prerequisite": "streaming.sdk-chunks",
        "status": "untestable",
      }
    `);
  });

  it("a cut SDK stream while the concurrent pair was cut too is streaming.concurrent's failure (stream-cut, llama.cpp): one cause, one failure", () => {
    const t = withOutcome([{ ...sdkErr('sdk', 'APIConnectionError', undefined, 'Connection error.'), chunks: [] }]);
    t[S.sdk].exchanges = [cut(sseEx('sdk', chatChunks('Hello there.'), { via: 'sdk' }), 1)];
    t[S.usage] = tr(S.usage, [cut(sseEx('stream', chatChunks('Hi.')), 1)]);
    expect(sdkChunks.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "the SDK stream yielded no chunk: the stream was cut after 1 frame (connection failed: terminated (ECONNRESET)), while other streams of the run were cut too (streaming.concurrent fails for streams cut while others run)",
        "prerequisite": "streaming.concurrent",
        "status": "untestable",
      }
    `);
  });

  it('says the SDK stream was cut, with the frames before it', () => {
    const t = withOutcome([{ ...sdkErr('sdk', 'APIConnectionError', undefined, 'Connection error.'), chunks: [{}] }]);
    t[S.sdk].exchanges = [cut(sseEx('sdk', chatChunks('Hello there.'), { via: 'sdk' }), 1)];
    expect(sdkFinal.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "streaming.sdk",
          },
          "seen": {
            "class": "APIConnectionError",
            "message": "Connection error.",
            "status": undefined,
          },
        },
        "message": "the SDK stream must complete, but openai-node 6.49.0 threw APIConnectionError: Connection error. (the stream was cut after 1 frame (connection failed: terminated (ECONNRESET)))",
        "status": "fail",
      }
    `);
  });
});
