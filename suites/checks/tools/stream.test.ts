import { describe, expect, it } from 'vitest';
import type { Check } from '../../engine/types.ts';
import { chatAnswer, chatChunk, ctx, type FrameSpec, jsonEx } from '../internal/fixtures.ts';
import { call, goodStream, goodTools } from './fake-tools.ts';
import {
  noMarkup,
  streamArguments,
  streamChecks,
  streamDistinctIndex,
  streamFinishReason,
  streamFirstDelta,
  streamIncremental,
  streamIndex,
  streamNameStable,
} from './stream.ts';

const grade = (c: Check, stream: FrameSpec[]) => c.grade(goodTools({ stream }), ctx());
const message = (g: ReturnType<Check['grade']>) => ('message' in g ? g.message : undefined);
const tc = (o: Record<string, unknown>) => chatChunk({ tool_calls: [o] });

describe('streamed tool-call checks', () => {
  it('pass on a good stream', () => {
    for (const c of streamChecks) expect(grade(c, goodStream()).status, c.id).toBe('pass');
  });

  it('fail deltas without index (B1, B2)', () => {
    const s = goodStream().map((c) =>
      JSON.parse(
        JSON.stringify(c)
          .replace(/"index":[01],"id"/g, '"id"')
          .replace(/\{"index":[01],"function"/g, '{"function"'),
      ),
    );
    const g = grade(streamIndex, s);
    expect(g.status).toBe('fail');
    expect(message(g)).toMatchInlineSnapshot(
      `"tools.stream: frame 0: a tool-call delta has index undefined, expected a non-negative integer: {"id":"call_a","type":"function","function":{"name":"get_weather","arguments":"…"`,
    );
  });

  it('fail a second call that reuses index 0 (B3)', () => {
    const s = [
      tc({
        index: 0,
        id: 'call_a',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
      }),
      tc({
        index: 0,
        id: 'call_b',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Tokyo"}' },
      }),
      chatChunk({}, 'tool_calls'),
    ];
    expect(message(grade(streamDistinctIndex, s))).toMatchInlineSnapshot(
      `"tools.stream: calls "call_a" (frame 0) and "call_b" (frame 1) share index 0"`,
    );
    expect(grade(streamArguments, s).status).toBe('fail');
  });

  it('fail a first delta without id, type or name', () => {
    const s = [tc({ index: 0, function: { arguments: '{"city":"Paris"}' } }), chatChunk({}, 'tool_calls')];
    expect(message(grade(streamFirstDelta, s))).toMatchInlineSnapshot(
      `"tools.stream: frame 0: the first delta of tool call 0 lacks id, type "function", function.name: {"index":0,"function":{"arguments":"{\\"city\\":\\"Paris\\"}"}}"`,
    );
  });

  it('fail object arguments (B6) and arguments that never become JSON (B7)', () => {
    const obj = [
      tc({ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: { city: 'Paris' } } }),
      chatChunk({}, 'tool_calls'),
    ];
    expect(message(grade(streamArguments, obj))).toMatchInlineSnapshot(
      `"tools.stream: tool call 0 sent arguments as object, not string fragments"`,
    );
    const broken = [
      tc({ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":' } }),
      chatChunk({}, 'tool_calls'),
    ];
    expect(message(grade(streamArguments, broken))).toMatchInlineSnapshot(
      `"tools.stream: the arguments of tool call 0 join into invalid JSON (Unexpected end of JSON input): "{\\"city\\":""`,
    );
  });

  it('warn an empty name on continuations (B5)', () => {
    const s = [
      tc({ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } }),
      tc({ index: 0, function: { name: '', arguments: '{"city":"Paris"}' } }),
      chatChunk({}, 'tool_calls'),
    ];
    expect(message(grade(streamNameStable, s))).toMatchInlineSnapshot(
      `"tools.stream: frame 1: tool call 0 began as "get_weather" but a continuation sends name ""; omit name after the first delta"`,
    );
  });

  it('note arguments that arrive whole (B4), fail a stream collapsed into one chunk', () => {
    const whole = [
      chatChunk({ role: 'assistant', content: null }),
      tc({
        index: 0,
        id: 'call_a',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
      }),
      chatChunk({}, 'tool_calls'),
    ];
    const g = grade(streamIncremental, whole);
    expect(g.status).toBe('pass');
    expect(g).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              1,
            ],
            "label": "stream",
            "probe": "tools.stream",
          },
          "note": "arguments arrived whole in one chunk for 1 call(s): clients see no partial arguments",
        },
        "message": "streamed, but each call's arguments arrived whole in one chunk",
        "status": "pass",
      }
    `);
    const collapsed = [
      chatChunk(
        {
          role: 'assistant',
          tool_calls: [
            {
              index: 0,
              id: 'call_a',
              type: 'function',
              function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
            },
          ],
        },
        'tool_calls',
      ),
    ];
    expect(message(grade(streamIncremental, collapsed))).toMatchInlineSnapshot(
      `"tools.stream: the whole answer arrived in 1 chunk: role, tool calls and finish_reason together"`,
    );
  });

  it('fail finish_reason "stop" after streamed calls (B8)', () => {
    const s = goodStream();
    s[s.length - 1] = chatChunk({}, 'stop');
    expect(message(grade(streamFinishReason, s))).toMatchInlineSnapshot(
      `"tools.stream: the stream made 2 tool call(s) but its finish_reason is "stop", expected "tool_calls""`,
    );
  });

  it('fail raw <tool_call> markup in content (B7 hermes)', () => {
    const s = [
      chatChunk({ role: 'assistant', content: '<tool_call>{"name":"get_weather","arguments":{"city":"Paris"}}' }),
      chatChunk({ content: '</tool_call>' }),
      chatChunk({}, 'stop'),
    ];
    expect(message(grade(noMarkup, s))).toMatchInlineSnapshot(
      `"tools.stream: content holds tool-call markup "<tool_call>" instead of tool_calls deltas: "<tool_call>{\\"name\\":\\"get_weather\\",\\"arguments\\":{\\"city\\":\\"Paris\\"}}</tool_call>""`,
    );
    expect(grade(streamIndex, s)).toMatchInlineSnapshot(`
      {
        "message": "the streamed answer tools.stream (stream) made no tool call (content: "<tool_call>{\\"name\\":\\"get_weather\\",\\"arguments\\":{\\"city\\":\\"Paris\\"}}</tool_call>"), so there was nothing to judge (tools.called grades a missing call; --trials N may observe one)",
        "status": "inconclusive",
      }
    `);
  });

  it('a cut stream is reported as cut by the rules that need its end, and judged up to the cut by the others', () => {
    const t = goodTools({ stream: goodStream().slice(0, 3) });
    const ex = t['tools.stream'].exchanges[0];
    ex.response!.frames = ex.response!.frames!.slice(0, 3);
    ex.error = { kind: 'connection', message: 'connection failed: other side closed' };
    expect(streamFinishReason.grade(t, ctx())).toMatchInlineSnapshot(`
      {
        "message": "tools.stream (stream): the stream was cut after 3 frames (connection failed: other side closed), so its end cannot be judged",
        "prerequisite": "tools.stream (stream) ends without a transport error",
        "status": "untestable",
      }
    `);
    expect(streamArguments.grade(t, ctx()).status).toBe('untestable');
    expect(streamIndex.grade(t, ctx()).status).toBe('pass');
  });

  it('a plain JSON answer to the streamed request is sse-body\'s finding, not "no tool call"', () => {
    const t = goodTools();
    t['tools.stream'].exchanges = [
      {
        ...jsonEx(
          'stream',
          chatAnswer({ tool_calls: [call('call_a', 'get_weather', '{"city":"Paris"}')] }, 'tool_calls'),
        ),
        response: { ...jsonEx('stream', {}).response!, frames: [] },
      },
    ];
    expect(streamIndex.grade(t, ctx())).toMatchInlineSnapshot(`
      {
        "message": "tools.stream (stream) carried no SSE data events, so no tool-call deltas (streaming.sse-body grades a stream answered without them)",
        "prerequisite": "streaming.sse-body",
        "status": "untestable",
      }
    `);
  });
});
