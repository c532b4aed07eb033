import { describe, expect, it } from 'vitest';
import { completion, fakeCtx } from '../internal/fake-transcripts.ts';
import { called, choiceChecks, choiceNamed, choiceNone, choiceRequired, noParallel, parallel } from './choice-checks.ts';
import { call, goodTools, TWO_CALLS } from './fake-tools.ts';

const message = (g: ReturnType<typeof called.grade>) => ('message' in g ? g.message : undefined);

describe('tool_choice checks', () => {
  it('pass on good answers', () => {
    for (const c of choiceChecks) expect(c.grade(goodTools(), fakeCtx()).status, c.id).toBe('pass');
  });

  it('fail when auto makes no call or only one', () => {
    expect(message(called.grade(goodTools({ auto: completion({ content: 'It is sunny.' }) }), fakeCtx()))).toMatchInlineSnapshot(`"tools.auto (auto): no tool call for "What is the weather in Paris and in Tokyo?"; the model answered "It is sunny.""`);
    expect(message(parallel.grade(goodTools({ auto: completion({ tool_calls: [TWO_CALLS[0]] }, 'tool_calls') }), fakeCtx()))).toMatchInlineSnapshot(`"tools.auto (auto): expected one get_weather call per city (2), got 1: "get_weather""`);
  });

  it('fail an ignored tool_choice "none", "required" or named (B35)', () => {
    expect(message(choiceNone.grade(goodTools({ none: completion({ tool_calls: TWO_CALLS }, 'tool_calls') }), fakeCtx()))).toMatchInlineSnapshot(`"tools.choice (none): tool_choice "none" was ignored: 2 tool call(s) ("get_weather", "get_weather")"`);
    expect(message(choiceRequired.grade(goodTools({ required: completion({ content: 'Fine, thanks!' }) }), fakeCtx()))).toMatchInlineSnapshot(`"tools.choice (required): tool_choice "required" was ignored: no tool call, content "Fine, thanks!""`);
    expect(message(choiceNamed.grade(goodTools({ named: completion({ tool_calls: TWO_CALLS }, 'tool_calls') }), fakeCtx()))).toMatchInlineSnapshot(`"tools.choice (named): tool_choice named get_time, but the answer called "get_weather", "get_weather""`);
  });

  it('fail parallel calls when parallel_tool_calls is false', () => {
    const g = noParallel.grade(goodTools({ noParallel: completion({ tool_calls: TWO_CALLS }, 'tool_calls') }), fakeCtx());
    expect(g.status).toBe('fail');
    expect(message(g)).toMatchInlineSnapshot(`"tools.choice (no-parallel): parallel_tool_calls false was ignored: 2 calls ("get_weather", "get_weather")"`);
  });

  it('fail "none" answered with neither calls nor text', () => {
    expect(choiceNone.grade(goodTools({ none: completion({ content: '' }) }), fakeCtx()).status).toBe('fail');
    expect(choiceNamed.grade(goodTools({ named: completion({ tool_calls: [call('x', 'get_time', '{}')] }) }), fakeCtx()).status).toBe('pass');
  });
});
