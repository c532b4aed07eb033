import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, errorBody, jsonEx } from '../internal/fixtures.ts';
import { logprobs, n, penalties, seed } from './options.ts';
import { P } from './probes.ts';
import { chatSet, LOGPROBS, withExchange } from './test-set.ts';

const c = ctx();

describe('option checks', () => {
  it('pass on faithful answers', () => {
    for (const check of [n, seed, penalties, logprobs]) expect(check.grade(chatSet(), c).status, check.id).toBe('pass');
  });

  it('n: 400 is unsupported (Groq), one choice is a failure (B31, B33)', () => {
    expect(n.grade(withExchange(P.n, jsonEx('n', errorBody("'n' : number must be at most 1", 'n', null), { status: 400 })), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "n",
            "probe": "chat.n",
          },
        },
        "message": "the endpoint rejects n = 2: chat.n (n) answered 400 ('n' : number must be at most 1) while its control chat.basic (nonstream) was accepted",
        "status": "unsupported",
      }
    `);
    expect(n.grade(withExchange(P.n, jsonEx('n', chatCompletion('Mittens'))), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "n",
            "probe": "chat.n",
          },
          "seen": 1,
        },
        "message": "n: 2 must return 2 choices, got 1",
        "status": "fail",
      }
    `);
  });

  it('seed: different answers fail (a SHOULD)', () => {
    expect(seed.grade(withExchange(P.seed, jsonEx('second', chatCompletion('Violet and blue.'))), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "second",
            "probe": "chat.seed",
          },
          "seen": [
            "Red, green and blue.",
            "Violet and blue.",
          ],
        },
        "message": "two requests with seed 42 should answer the same, got "Red, green and blue." then "Violet and blue."",
        "status": "fail",
      }
    `);
  });

  it('penalties: a 400 is unsupported, a 500 fails', () => {
    expect(penalties.grade(withExchange(P.penalties, jsonEx('penalties', errorBody('unsupported', 'presence_penalty', null), { status: 400 })), c).status).toBe('unsupported');
    expect(penalties.grade(withExchange(P.penalties, jsonEx('penalties', errorBody('boom', null, null), { status: 500 })), c).status).toBe('fail');
  });

  it('logprobs: ignored (null) fails (B33); a positive logprob or too many alternatives fail', () => {
    expect(logprobs.grade(withExchange(P.logprobs, jsonEx('logprobs', chatCompletion('Yes'))), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "logprobs",
            "probe": "chat.logprobs",
          },
          "seen": null,
        },
        "message": "logprobs was accepted, so choices[0].logprobs.content must list the tokens, got null",
        "status": "fail",
      }
    `);
    const positive = structuredClone(LOGPROBS);
    positive.content[0].logprob = 0.5;
    const body = chatCompletion('Yes');
    body.choices[0].logprobs = positive;
    expect(logprobs.grade(withExchange(P.logprobs, jsonEx('logprobs', body)), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "logprobs",
            "probe": "chat.logprobs",
          },
          "seen": {
            "bytes": [
              89,
              101,
              115,
            ],
            "logprob": 0.5,
            "token": "Yes",
            "top_logprobs": [
              {
                "bytes": [
                  89,
                  101,
                  115,
                ],
                "logprob": -0.01,
                "token": "Yes",
              },
              {
                "bytes": [
                  78,
                  111,
                ],
                "logprob": -4.6,
                "token": "No",
              },
            ],
          },
        },
        "message": "choices[0].logprobs.content[0].logprob must be a number <= 0, got 0.5",
        "status": "fail",
      }
    `);
    const many = structuredClone(LOGPROBS);
    many.content[0].top_logprobs.push({ token: 'Maybe', logprob: -6, bytes: [77] });
    body.choices[0].logprobs = many;
    expect(logprobs.grade(withExchange(P.logprobs, jsonEx('logprobs', body)), c).status).toBe('fail');
  });
});
