import { describe, expect, it } from 'vitest';
import type { Check, TranscriptSet } from '../../engine/types.ts';
import { chatAnswer, ctx, errorBody } from '../internal/fixtures.ts';
import { argumentsSchema, argumentsString, callIds, finishReason } from './calls.ts';
import { call, goodTools, TWO_CALLS } from './fake-tools.ts';

const grade = (c: Check, t: TranscriptSet) => c.grade(t, ctx());

describe('tools call checks', () => {
  it('pass on good answers', () => {
    for (const c of [argumentsString, argumentsSchema, callIds, finishReason])
      expect(grade(c, goodTools()).status, c.id).toBe('pass');
  });

  it('fail object arguments (B6)', () => {
    const g = grade(
      argumentsString,
      goodTools({ auto: chatAnswer({ tool_calls: [call('call_a', 'get_weather', { city: 'Paris' })] }, 'tool_calls') }),
    );
    expect(g.status).toBe('fail');
    expect('message' in g && g.message).toMatchInlineSnapshot(
      `"tools.auto (auto): tool_calls[0].function.arguments is a JSON object, not a string: {"city":"Paris"}. Serialise the arguments with JSON.stringify."`,
    );
  });

  it('fail null or broken arguments (B7)', () => {
    const nullArgs = grade(
      argumentsString,
      goodTools({ named: chatAnswer({ tool_calls: [call('call_d', 'get_time', null)] }) }),
    );
    expect('message' in nullArgs && nullArgs.message).toMatchInlineSnapshot(
      `"tools.choice (named): tool_calls[0].function.arguments is null, not a string: null. Serialise the arguments with JSON.stringify."`,
    );
    const broken = grade(
      argumentsString,
      goodTools({ auto: chatAnswer({ tool_calls: [call('call_a', 'get_weather', '{"city":')] }, 'tool_calls') }),
    );
    expect('message' in broken && broken.message).toMatchInlineSnapshot(
      `"tools.auto (auto): tool_calls[0].function.arguments is not valid JSON (Unexpected end of JSON input): "{\\"city\\":""`,
    );
  });

  it('fail arguments that break the parameters schema', () => {
    const g = grade(
      argumentsSchema,
      goodTools({
        auto: chatAnswer({ tool_calls: [call('call_a', 'get_weather', '{"town":"Paris"}')] }, 'tool_calls'),
      }),
    );
    expect(g.status).toBe('fail');
    expect('message' in g && g.message).toMatchInlineSnapshot(
      `"tools.auto (auto): tool_calls[0] get_weather arguments do not match its parameters schema: city: required property is missing; (root): Unrecognized key: "town""`,
    );
  });

  it('fail missing and repeated ids', () => {
    const missing = grade(
      callIds,
      goodTools({ auto: chatAnswer({ tool_calls: [call('', 'get_weather', '{"city":"Paris"}')] }, 'tool_calls') }),
    );
    expect('message' in missing && missing.message).toMatchInlineSnapshot(
      `"tools.auto (auto): tool_calls[0].id is ""; a non-empty string is required"`,
    );
    const repeated = grade(
      callIds,
      goodTools({ auto: chatAnswer({ tool_calls: [TWO_CALLS[0], { ...TWO_CALLS[1], id: 'call_a' }] }, 'tool_calls') }),
    );
    expect('message' in repeated && repeated.message).toMatchInlineSnapshot(
      `"tools.auto (auto): tool_calls[1].id "call_a" repeats an earlier call's id"`,
    );
  });

  it('fail finish_reason "stop" after tool calls (B8), but allow it for a named tool_choice', () => {
    const g = grade(finishReason, goodTools({ auto: chatAnswer({ tool_calls: TWO_CALLS }, 'stop') }));
    expect('message' in g && g.message).toMatchInlineSnapshot(
      `"tools.auto (auto): the answer holds 2 tool calls but finish_reason is "stop", expected "tool_calls""`,
    );
    expect(
      grade(finishReason, goodTools({ named: chatAnswer({ tool_calls: [call('call_d', 'get_time', '{}')] }, 'stop') }))
        .status,
    ).toBe('pass');
  });

  it('report unsupported when tools are rejected while the plain control was accepted', () => {
    const rejected = goodTools();
    for (const label of ['auto', 'required', 'named', 'no-parallel', 'call']) {
      const tr =
        label === 'auto'
          ? rejected['tools.auto']
          : label === 'call'
            ? rejected['tools.round-trip']
            : rejected['tools.choice'];
      const ex = tr.exchanges.find((e) => e.label === label)!;
      ex.response = {
        ...ex.response!,
        status: 400,
        body: JSON.stringify(errorBody('tools are not supported', 'tools', null)),
      };
    }
    expect(grade(argumentsString, rejected)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "auto",
            "probe": "tools.auto",
          },
        },
        "message": "function calling (tools) is not supported: tools.auto (auto) answered 400 (tools are not supported) while its control chat.basic (nonstream) was accepted",
        "status": "unsupported",
      }
    `);
    // the variants of tools.auto say so in one line each, naming the same cause
    expect(grade(finishReason, rejected)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "auto",
            "probe": "tools.auto",
          },
        },
        "message": "function calling (tools) is not supported: tools.auto (auto) answered 400 (tools are not supported) while its control chat.basic (nonstream) was accepted",
        "status": "unsupported",
      }
    `);
  });

  it('untestable (naming tools.choice-required) when even tool_choice "required" made no call; inconclusive when it was refused', () => {
    const noCalls = chatAnswer({ content: 'hi' });
    expect(
      grade(
        argumentsString,
        goodTools({ auto: noCalls, required: noCalls, named: noCalls, noParallel: noCalls, call: noCalls }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "message": "no answer made a tool call; even tools.choice (required) made none (tools.choice-required fails for that)",
        "prerequisite": "tools.choice-required",
        "status": "untestable",
      }
    `);
    const t = goodTools({
      auto: noCalls,
      named: noCalls,
      noParallel: noCalls,
      call: noCalls,
      required: errorBody('tool_choice "required" is not supported', 'tool_choice', null),
    });
    t['tools.choice'].exchanges.find((e) => e.label === 'required')!.response!.status = 400;
    expect(grade(callIds, t)).toMatchInlineSnapshot(`
      {
        "message": "no answer made a tool call, so there was nothing to judge (tools.called grades a missing call; --trials N may observe one)",
        "status": "inconclusive",
      }
    `);
  });
});
