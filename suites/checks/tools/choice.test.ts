import { describe, expect, it } from 'vitest';
import { chatAnswer, ctx } from '../internal/fixtures.ts';
import { called, choiceChecks, choiceNamed, choiceNone, choiceRequired, noParallel, parallel } from './choice.ts';
import { call, goodTools, TWO_CALLS } from './fake-tools.ts';

const message = (g: ReturnType<typeof called.grade>) => ('message' in g ? g.message : undefined);

describe('tool_choice checks', () => {
  it('pass on good answers', () => {
    for (const c of choiceChecks) expect(c.grade(goodTools(), ctx()).status, c.id).toBe('pass');
  });

  it('fail when auto makes no call or only one', () => {
    expect(
      message(called.grade(goodTools({ auto: chatAnswer({ content: 'It is sunny.' }) }), ctx())),
    ).toMatchInlineSnapshot(
      `"tools.auto (auto): no tool call for "What is the weather in Paris and in Tokyo?"; the model answered "It is sunny.""`,
    );
    expect(
      message(parallel.grade(goodTools({ auto: chatAnswer({ tool_calls: [TWO_CALLS[0]] }, 'tool_calls') }), ctx())),
    ).toMatchInlineSnapshot(`"tools.auto (auto): expected one get_weather call per city (2), got 1: "get_weather""`);
  });

  it('fail an ignored tool_choice "none", "required" or named (B35)', () => {
    expect(
      message(choiceNone.grade(goodTools({ none: chatAnswer({ tool_calls: TWO_CALLS }, 'tool_calls') }), ctx())),
    ).toMatchInlineSnapshot(
      `"tools.choice (none): tool_choice "none" was ignored: 2 tool call(s) ("get_weather", "get_weather")"`,
    );
    expect(
      message(choiceRequired.grade(goodTools({ required: chatAnswer({ content: 'Fine, thanks!' }) }), ctx())),
    ).toMatchInlineSnapshot(
      `"tools.choice (required): tool_choice "required" was ignored: no tool call, content "Fine, thanks!""`,
    );
    expect(
      message(choiceNamed.grade(goodTools({ named: chatAnswer({ tool_calls: TWO_CALLS }, 'tool_calls') }), ctx())),
    ).toMatchInlineSnapshot(
      `"tools.choice (named): tool_choice named get_time, but the answer called "get_weather", "get_weather""`,
    );
  });

  it('fail parallel calls when parallel_tool_calls is false', () => {
    const g = noParallel.grade(goodTools({ noParallel: chatAnswer({ tool_calls: TWO_CALLS }, 'tool_calls') }), ctx());
    expect(g.status).toBe('fail');
    expect(message(g)).toMatchInlineSnapshot(
      `"tools.choice (no-parallel): parallel_tool_calls false was ignored: 2 calls ("get_weather", "get_weather")"`,
    );
  });

  it('fail "none" answered with neither calls nor text', () => {
    expect(choiceNone.grade(goodTools({ none: chatAnswer({ content: '' }) }), ctx()).status).toBe('fail');
    expect(
      choiceNamed.grade(goodTools({ named: chatAnswer({ tool_calls: [call('x', 'get_time', '{}')] }) }), ctx()).status,
    ).toBe('pass');
  });

  it('inconclusive when the same prompt under tool_choice "auto" made no call (none) or one (no-parallel)', () => {
    const none = chatAnswer({ content: 'I cannot check the weather.' });
    expect(message(choiceNone.grade(goodTools({ auto: none }), ctx()))).toMatchInlineSnapshot(
      `"no tool call under tool_choice "none" proves nothing: tools.auto (auto), the same prompt under tool_choice "auto", made 0 tool calls (tools.called grades that; --trials N may observe one)"`,
    );
    const one = chatAnswer({ tool_calls: [TWO_CALLS[0]] }, 'tool_calls');
    expect(message(noParallel.grade(goodTools({ auto: one }), ctx()))).toMatchInlineSnapshot(
      `"one call under parallel_tool_calls false proves nothing: tools.auto (auto), the same prompt under tool_choice "auto", made 1 tool call (tools.parallel grades that; --trials N may observe more)"`,
    );
    expect(noParallel.grade(goodTools({ noParallel: chatAnswer({ content: 'Sunny.' }) }), ctx()).status).toBe(
      'inconclusive',
    );
  });

  it('one cause, one failure: without any call, parallel is inconclusive and named untestable, naming the root', () => {
    const text = chatAnswer({ content: 'Hello!' });
    const t = goodTools({ auto: text, required: text, named: text });
    expect(choiceRequired.grade(t, ctx()).status).toBe('fail');
    expect(parallel.grade(t, ctx())).toMatchInlineSnapshot(`
      {
        "message": "tools.auto (auto) made no tool call; even tools.choice (required) made none (tools.choice-required fails for that)",
        "prerequisite": "tools.choice-required",
        "status": "untestable",
      }
    `);
    expect(choiceNamed.grade(t, ctx())).toMatchInlineSnapshot(`
      {
        "message": "tools.choice (named) made no tool call; even tools.choice (required) made none (tools.choice-required fails for that)",
        "prerequisite": "tools.choice-required",
        "status": "untestable",
      }
    `);
  });
});
