import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, jsonEx } from '../internal/fixtures.ts';
import { P } from './probes.ts';
import { responseShape, responseShapeShould } from './shape.ts';
import { chatSet, withExchange } from './test-set.ts';

const c = ctx();

describe('chat shape checks', () => {
  it('pass on spec-shaped answers', () => {
    expect(responseShape.grade(chatSet(), c).status).toBe('pass');
    expect(responseShapeShould.grade(chatSet(), c).status).toBe('pass');
  });

  it('MUST: choices[].message omitted fails with the issue and the evidence (B17)', () => {
    const body = chatCompletion();
    delete body.choices[0].message;
    expect(responseShape.grade(withExchange(P.logprobs, jsonEx('logprobs', body)), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "logprobs",
            "probe": "chat.logprobs",
          },
          "issues": [
            {
              "expected": "object",
              "level": "must",
              "message": "Invalid input: expected object, received undefined",
              "path": "choices[0].message",
              "received": "undefined",
            },
          ],
        },
        "message": "chat completions must match the chat-completion-response schema at MUST level: 1 issue(s) in chat.logprobs "logprobs"
      ✖ Invalid input: expected object, received undefined
        → at choices[0].message",
        "status": "fail",
      }
    `);
  });

  it('MUST: a non-JSON 2xx body fails', () => {
    expect(
      responseShape.grade(
        withExchange(P.stop, jsonEx('stop', 'Hello!', { headers: { 'content-type': 'text/plain' } })),
        c,
      ).status,
    ).toBe('fail');
  });

  it('SHOULD: message.refusal omitted fails only the full shape', () => {
    const body = chatCompletion();
    delete body.choices[0].message.refusal;
    const t = withExchange(P.basic, jsonEx('nonstream', body));
    expect(responseShape.grade(t, c).status).toBe('pass');
    expect(responseShapeShould.grade(t, c).status).toBe('fail');
  });
});
