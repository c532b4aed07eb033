import { describe, expect, it } from 'vitest';
import { chatAnswer, chatChunk, ctx, errorBody, jsonEx, sseEx, tr } from '../internal/fixtures.ts';
import { call, goodTools } from './fake-tools.ts';
import { sdkAccumulates } from './sdk.ts';

const run = ctx();

function withOutcome(outcome: Record<string, unknown>) {
  const t = goodTools();
  t['tools.sdk-stream'].sdk = [{ label: 'sdk-stream', sdkVersion: 'openai-node 6.49.0', ...outcome } as never];
  return t;
}

describe('tools.sdk-accumulates', () => {
  it('passes when finalChatCompletion() holds named calls with JSON arguments', () => {
    expect(sdkAccumulates.grade(goodTools(), run)).toMatchInlineSnapshot(`
      {
        "message": "openai-node 6.49.0 accumulated 2 tool call(s) with names and JSON arguments",
        "status": "pass",
      }
    `);
  });

  it("a stream cut while the concurrent pair was cut too is streaming.concurrent's failure, not the accumulation's (stream-cut)", () => {
    const t = withOutcome({ ok: false, error: { class: 'OpenAIError', message: 'terminated' } });
    const reset = { kind: 'connection' as const, message: 'connection failed: terminated (ECONNRESET)' };
    t['tools.sdk-stream'].exchanges = [
      { ...sseEx('sdk-stream', [chatChunk({ role: 'assistant' })], { done: false }), via: 'sdk', error: reset },
    ];
    t['streaming.usage'] = tr('streaming.usage', [
      { ...sseEx('stream', [chatChunk({ role: 'assistant' })], { done: false }), error: reset },
    ]);
    expect(sdkAccumulates.grade(t, run)).toMatchInlineSnapshot(`
      {
        "message": "openai-node 6.49.0 finalChatCompletion() threw OpenAIError: the stream was cut after 1 frame (connection failed: terminated (ECONNRESET)), while other streams of the run were cut too (streaming.concurrent fails for streams cut while others run)",
        "prerequisite": "streaming.concurrent",
        "status": "untestable",
      }
    `);
  });

  it('fails when the SDK throws (B1: no index, B12: no finish_reason)', () => {
    const g = sdkAccumulates.grade(
      withOutcome({ ok: false, error: { class: 'OpenAIError', message: 'missing finish_reason for choice 0' } }),
      run,
    );
    expect(g).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk-stream",
            "probe": "tools.sdk-stream",
          },
        },
        "message": "openai-node 6.49.0 finalChatCompletion() threw OpenAIError: missing finish_reason for choice 0",
        "status": "fail",
      }
    `);
  });

  it('fails calls merged into one (B3) or left without a name (B5)', () => {
    const merged = chatAnswer(
      { tool_calls: [call('call_a', 'get_weather', '{"city":"Paris"}{"city":"Tokyo"}')] },
      'tool_calls',
    );
    expect(sdkAccumulates.grade(withOutcome({ ok: true, value: merged }), run).status).toBe('fail');
    const nameless = chatAnswer({ tool_calls: [call('call_a', '', '{"city":"Paris"}')] }, 'tool_calls');
    expect(sdkAccumulates.grade(withOutcome({ ok: true, value: nameless }), run).status).toBe('fail');
  });

  it('fails when the stream had calls the SDK lost (B1: deltas without index)', () => {
    const t = withOutcome({ ok: true, value: chatAnswer({ content: null }, 'tool_calls') });
    const stream = sseEx('sdk-stream', [
      chatChunk({
        role: 'assistant',
        tool_calls: [
          { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
        ],
      }),
      chatChunk({}, 'tool_calls'),
    ]);
    t['tools.sdk-stream'].exchanges = [{ ...stream, via: 'sdk' }];
    expect(sdkAccumulates.grade(t, run)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk-stream",
            "probe": "tools.sdk-stream",
          },
          "seen": [
            {
              "function": {
                "arguments": "{"city":"Paris"}",
                "name": "get_weather",
              },
              "id": "call_a",
              "type": "function",
            },
          ],
        },
        "message": "the stream carried 1 tool-call deltas but openai-node 6.49.0 finalChatCompletion() holds no tool call (1 deltas had no integer index)",
        "status": "fail",
      }
    `);
  });

  it('a 4xx fails when the same request sent raw was answered; is unsupported when that was refused too and tools.auto accepted', () => {
    const refused = { ok: false, error: { class: 'BadRequestError', status: 400, message: '400 stream unsupported' } };
    expect(sdkAccumulates.grade(withOutcome(refused), run)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk-stream",
            "probe": "tools.sdk-stream",
          },
        },
        "message": "openai-node 6.49.0 stream() got 400 (400 stream unsupported) although the same request sent raw, tools.stream (stream), was answered",
        "status": "fail",
      }
    `);
    const t = withOutcome(refused);
    t['tools.sdk-stream'].exchanges = [
      { ...jsonEx('sdk-stream', errorBody('stream unsupported', 'stream', null), { status: 400 }), via: 'sdk' },
    ];
    t['tools.stream'].exchanges = [jsonEx('stream', errorBody('stream unsupported', 'stream', null), { status: 400 })];
    expect(sdkAccumulates.grade(t, run)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk-stream",
            "probe": "tools.sdk-stream",
          },
        },
        "message": "streaming with tools is not supported: tools.sdk-stream (sdk-stream) answered 400 (stream unsupported) while its control tools.auto (auto) was accepted",
        "status": "unsupported",
      }
    `);
  });

  it('no accumulated call fails when the raw stream carried calls, naming the difference (stream by Accept)', () => {
    const t = withOutcome({ ok: true, value: chatAnswer({ content: 'hi' }) });
    t['tools.sdk-stream'].exchanges = [{ ...jsonEx('sdk-stream', chatAnswer({ content: 'hi' })), via: 'sdk' }];
    t['tools.sdk-stream'].exchanges[0].request.headers = { accept: 'application/json' };
    t['tools.stream'].exchanges[0].request.headers = { accept: 'text/event-stream' };
    expect(sdkAccumulates.grade(t, run)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk-stream",
            "probe": "tools.sdk-stream",
          },
        },
        "message": "openai-node 6.49.0 accumulated no tool call although the raw stream tools.stream (stream) carried 5 tool-call deltas: the SDK sent Accept: application/json, the raw request Accept: text/event-stream; the SDK got content-type application/json, the raw request text/event-stream: the server seems to choose the response format by the Accept header, not by the request body",
        "status": "fail",
      }
    `);
  });
});
