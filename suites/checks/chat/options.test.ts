import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, errorBody, jsonEx, tr } from '../internal/fixtures.ts';
import { logprobs, n, penalties, seed } from './options.ts';
import { P } from './probes.ts';
import { chatSet, chatTranscripts, LOGPROBS, withExchange } from './test-set.ts';

const c = ctx();

describe('option checks', () => {
  it('pass on faithful answers', () => {
    for (const check of [n, seed, penalties, logprobs]) expect(check.grade(chatSet(), c).status, check.id).toBe('pass');
  });

  it('n: 400 is unsupported (Groq), one choice is a failure (B31, B33)', () => {
    expect(
      n.grade(
        withExchange(P.n, jsonEx('n', errorBody("'n' : number must be at most 1", 'n', null), { status: 400 })),
        c,
      ),
    ).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "n",
            "probe": "chat.n",
          },
        },
        "message": "n = 2 is not supported: chat.n (n) answered 400 ('n' : number must be at most 1) while its control chat.basic (nonstream) was accepted",
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

  it('n: a 500 while the control was accepted fails; with the control refused too it is untestable', () => {
    const boom = withExchange(P.n, jsonEx('n', errorBody('index out of range', null, null), { status: 500 }));
    expect(n.grade(boom, c).message).toMatchInlineSnapshot(
      `"n = 2 made the server fail with HTTP 500: index out of range (its control chat.basic (nonstream) was accepted; a server that does not offer it should refuse it with a 4xx)"`,
    );
    boom[P.basic].exchanges[0] = jsonEx('nonstream', errorBody('No fixture matched', null, null), { status: 404 });
    expect(n.grade(boom, c).status).toBe('untestable');
  });

  it('seed: canned answers (the same text for every prompt) are inconclusive, not a pass', () => {
    const canned = chatCompletion('Hello!');
    const all = chatTranscripts();
    for (const t of Object.values(all))
      t.exchanges = t.exchanges.map((e) => (e.response?.frames ? e : jsonEx(e.label, canned, { via: e.via })));
    expect(seed.grade(all, c)).toMatchInlineSnapshot(`
      {
        "message": "the server gives the same answer to every prompt ("Hello!"), so equal seeded answers prove nothing (--trials cannot help)",
        "status": "inconclusive",
      }
    `);
  });

  it('seed: different answers fail (a SHOULD)', () => {
    expect(seed.grade(withExchange(P.seed, jsonEx('second', chatCompletion('Violet and blue.'))), c))
      .toMatchInlineSnapshot(`
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
    expect(
      penalties.grade(
        withExchange(
          P.penalties,
          jsonEx('penalties', errorBody('unsupported', 'presence_penalty', null), { status: 400 }),
        ),
        c,
      ).status,
    ).toBe('unsupported');
    const boom = withExchange(P.penalties, jsonEx('penalties', errorBody('boom', null, null), { status: 500 }));
    expect(penalties.grade(boom, c).status).toBe('fail');
    boom[P.basic] = tr(P.basic, [jsonEx('nonstream', errorBody('boom', null, null), { status: 500 })]);
    expect(penalties.grade(boom, c).status).toBe('untestable');
  });

  it('logprobs: ignored (null) fails (B33); a positive logprob or too many alternatives fail', () => {
    expect(logprobs.grade(withExchange(P.logprobs, jsonEx('logprobs', chatCompletion('Yes'))), c))
      .toMatchInlineSnapshot(`
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

  it('logprobs: tokens must spell the answer they describe, and bytes their token', () => {
    const body = chatCompletion('No');
    body.choices[0].logprobs = LOGPROBS;
    expect(logprobs.grade(withExchange(P.logprobs, jsonEx('logprobs', body)), c).message).toMatchInlineSnapshot(
      `"the logprob tokens must spell the answer they describe: they give "Yes", the message "No" (first difference at character 0)"`,
    );
    const wrongBytes = structuredClone(LOGPROBS);
    wrongBytes.content[0].bytes = [78, 111];
    body.choices[0] = {
      ...body.choices[0],
      message: { ...body.choices[0].message, content: 'Yes' },
      logprobs: wrongBytes,
    };
    expect(logprobs.grade(withExchange(P.logprobs, jsonEx('logprobs', body)), c).message).toMatchInlineSnapshot(
      `"choices[0].logprobs.content[0].bytes spell "No", not its token "Yes""`,
    );
    // a character split across two tokens: each holds part of its bytes, together they spell it
    const split = {
      content: [
        {
          token: 'caf',
          logprob: -0.1,
          bytes: [99, 97, 102],
          top_logprobs: [{ token: 'caf', logprob: -0.1, bytes: [99, 97, 102] }],
        },
        {
          token: 'bytes:\\xc3',
          logprob: -0.2,
          bytes: [0xc3],
          top_logprobs: [{ token: 'bytes:\\xc3', logprob: -0.2, bytes: [0xc3] }],
        },
        {
          token: 'bytes:\\xa9',
          logprob: -0.3,
          bytes: [0xa9],
          top_logprobs: [{ token: 'bytes:\\xa9', logprob: -0.3, bytes: [0xa9] }],
        },
      ],
      refusal: null,
    };
    body.choices[0] = { ...body.choices[0], message: { ...body.choices[0].message, content: 'café' }, logprobs: split };
    expect(logprobs.grade(withExchange(P.logprobs, jsonEx('logprobs', body)), c).status).toBe('pass');
  });
});
