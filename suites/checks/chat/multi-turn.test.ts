import { describe, expect, it } from 'vitest';
import { ctx, errorBody, jsonEx } from '../internal/fixtures.ts';
import { developerRole, multiTurn, toolHistory } from './multi-turn.ts';
import { P } from './probes.ts';
import { chatSet, withExchange } from './test-set.ts';

const c = ctx();

describe('multi-turn checks', () => {
  it('pass when every conversation is accepted', () => {
    for (const check of [multiTurn, developerRole, toolHistory]) expect(check.grade(chatSet(), c).status, check.id).toBe('pass');
  });

  it('tool-history: a 400 on content null with tool_calls fails (LM Studio, Ollama: B38)', () => {
    const ex = jsonEx('tool-history', errorBody('invalid message content type: <nil>', 'messages', null), { status: 400 });
    expect(toolHistory.grade(withExchange(P.multiTurn, ex), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "tool-history",
            "probe": "chat.multi-turn",
          },
          "seen": 400,
        },
        "message": "an assistant message with tool_calls and content null followed by a tool message must be accepted, got HTTP 400: invalid message content type: <nil>",
        "status": "fail",
      }
    `);
  });

  it('developer-role: a rejected developer message fails (a SHOULD)', () => {
    const ex = jsonEx('developer', errorBody("Invalid role 'developer'", 'messages[0].role', null), { status: 400 });
    expect(developerRole.grade(withExchange(P.multiTurn, ex), c).status).toBe('fail');
    expect(developerRole.level).toBe('SHOULD');
  });
});
