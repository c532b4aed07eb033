import { describe, expect, it } from 'vitest';
import { ctx, errorBody, jsonEx } from '../internal/fixtures.ts';
import { developerRole, multiTurn, toolHistory } from './multi-turn.ts';
import { P } from './probes.ts';
import { chatSet, withExchange } from './test-set.ts';

const c = ctx();

describe('multi-turn checks', () => {
  it('pass when every conversation is accepted', () => {
    for (const check of [multiTurn, developerRole, toolHistory])
      expect(check.grade(chatSet(), c).status, check.id).toBe('pass');
  });

  it('tool-history: a 400 on content null with tool_calls fails (LM Studio, Ollama: B38)', () => {
    const ex = jsonEx('tool-history', errorBody('invalid message content type: <nil>', 'messages', null), {
      status: 400,
    });
    expect(toolHistory.grade(withExchange(P.multiTurn, ex), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "tool-history",
            "probe": "chat.multi-turn",
          },
          "seen": 400,
        },
        "message": "an assistant message with tool_calls and content null followed by a tool message must be accepted, got HTTP 400: invalid message content type: <nil> (its control chat.basic (nonstream) was accepted)",
        "status": "fail",
      }
    `);
  });

  it('developer-role: a rejected developer message fails (a SHOULD)', () => {
    const ex = jsonEx('developer', errorBody("Invalid role 'developer'", 'messages[0].role', null), { status: 400 });
    expect(developerRole.grade(withExchange(P.multiTurn, ex), c).status).toBe('fail');
    expect(developerRole.level).toBe('SHOULD');
  });

  it('a refusal counts only against an accepted control: a fixture 404, or a control refused too, is untestable', () => {
    const fixture404 = withExchange(
      P.multiTurn,
      jsonEx('system', errorBody('No fixture matched', null, null), { status: 404 }),
    );
    expect(multiTurn.grade(fixture404, c)).toMatchInlineSnapshot(`
      {
        "message": "chat.multi-turn (system) answered 404 (No fixture matched), which is not about the system and assistant turns: its control chat.basic (nonstream) was accepted, so something else was refused",
        "prerequisite": "chat.multi-turn (system) answered 2xx or a rejection of the system and assistant turns",
        "status": "untestable",
      }
    `);
    const bothDown = withExchange(P.multiTurn, jsonEx('system', errorBody('boom', null, null), { status: 500 }));
    bothDown[P.basic].exchanges[0] = jsonEx('nonstream', errorBody('boom', null, null), { status: 500 });
    expect(multiTurn.grade(bothDown, c)).toMatchInlineSnapshot(`
      {
        "message": "chat.multi-turn (system) answered 500 (boom), but its control chat.basic (nonstream) (the same request without the system and assistant turns) was refused too, with 500: boom",
        "prerequisite": "control chat.basic (nonstream) accepted",
        "status": "untestable",
      }
    `);
    expect(
      multiTurn.grade(withExchange(P.multiTurn, jsonEx('system', errorBody('boom', null, null), { status: 500 })), c)
        .status,
    ).toBe('fail');
  });
});
