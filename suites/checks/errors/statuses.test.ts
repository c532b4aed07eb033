import { describe, expect, it } from 'vitest';
import type { Check, TranscriptSet } from '../../engine/types.ts';
import { chatCompletion, ctx, errorBody, jsonEx, sseEx } from '../internal/fixtures.ts';
import { E, SDK_CALLS, STREAM_CASE } from './probes.ts';
import { authEnforced, caseChecks, invalidKey, no5xx, status400, streamBadInput, unknownModel } from './statuses.ts';
import { errorSet, errorTranscripts, withCase, withControl } from './test-set.ts';

const c = ctx();
const temperature = caseChecks.find((x) => x.id === 'errors.rejects-temperature-range')!;
const grade = (check: Check, t: TranscriptSet, context = c) => check.grade(t, context);
const err = (status: number, message = 'bad', param: string | null = null) =>
  jsonEx('x', errorBody(message, param, null), { status });
const fixture404 = () => err(404, 'No fixture matched');
/** every invalid request answered the same way */
function allCases(ex: ReturnType<typeof jsonEx>): TranscriptSet {
  const t = errorTranscripts();
  t[E.invalid] = {
    ...t[E.invalid],
    exchanges: t[E.invalid].exchanges.map((e) => ({ ...ex, label: e.label, via: e.via })),
  };
  return t;
}

describe('error status checks', () => {
  it('pass on OpenAI-like answers', () => {
    for (const check of [...caseChecks, no5xx, status400, streamBadInput, unknownModel, invalidKey, authEnforced])
      expect(grade(check, errorSet()).status, check.id).toBe('pass');
    expect(temperature.grade(errorSet(), c)).toMatchInlineSnapshot(`
      {
        "message": "rejected with 400 while its valid twin chat.basic (nonstream) was accepted",
        "status": "pass",
      }
    `);
  });

  it('accepting invalid input is a SHOULD failure: it breaks no SDK (the 5xx is errors.no-5xx, a MUST)', () => {
    expect(
      [...caseChecks, status400, streamBadInput, unknownModel, invalidKey, authEnforced].map((x) => x.level),
    ).toEqual(Array(13).fill('SHOULD'));
    expect(no5xx.level).toBe('MUST');
  });

  it('a refusal counts only when the valid twin was accepted and the 4xx is about the fault (issue 9: fixture 404s)', () => {
    const fixtureServer = withControl(fixture404());
    fixtureServer[E.invalid].exchanges = fixtureServer[E.invalid].exchanges.map((e) => ({
      ...fixture404(),
      label: e.label,
      via: e.via,
    }));
    expect(grade(temperature, fixtureServer)).toMatchInlineSnapshot(`
      {
        "message": "cannot judge the rejection of temperature 3 (the range is 0..2): the valid twin chat.basic (nonstream) (the same request without temperature 3 (the range is 0..2)) was refused too, with 404: No fixture matched",
        "prerequisite": "control chat.basic (nonstream) accepted",
        "status": "untestable",
      }
    `);
    expect(grade(temperature, withCase('temperature-range', fixture404()))).toMatchInlineSnapshot(`
      {
        "message": "errors.invalid-request (temperature-range) was refused with 404 (No fixture matched), which is not about temperature 3 (the range is 0..2), while its valid twin chat.basic (nonstream) was accepted",
        "prerequisite": "errors.invalid-request (temperature-range) refused for temperature 3 (the range is 0..2)",
        "status": "untestable",
      }
    `);
    // a 404 that names the field is about it
    expect(grade(temperature, withCase('temperature-range', err(404, 'temperature: no such value')))).toMatchObject({
      status: 'pass',
    });
  });

  it('bad input answered with 500 or 200 fails (B30); the 5xx is also errors.no-5xx', () => {
    const boom = withCase('temperature-range', err(500, 'boom'));
    expect(grade(temperature, boom)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "temperature-range",
            "probe": "errors.invalid-request",
          },
          "seen": 500,
        },
        "message": "temperature 3 (the range is 0..2) should be rejected with a 4xx, got 500: boom (errors.no-5xx grades the 5xx)",
        "status": "fail",
      }
    `);
    expect(grade(no5xx, boom)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "temperature-range",
            "probe": "errors.invalid-request",
          },
          "seen": 500,
        },
        "message": "an invalid request got 500: boom in errors.invalid-request "temperature-range"",
        "status": "fail",
      }
    `);
    expect(grade(temperature, withCase('temperature-range', jsonEx('x', chatCompletion())))).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "temperature-range",
            "probe": "errors.invalid-request",
          },
          "seen": 200,
        },
        "message": "temperature 3 (the range is 0..2) should be rejected with a 4xx, but it was accepted with 200",
        "status": "fail",
      }
    `);
    expect(grade(no5xx, withCase('temperature-range', jsonEx('x', chatCompletion())))).toMatchObject({
      status: 'pass',
    });
  });

  it('no-5xx: a 5xx counts only when the control was accepted (a server failing on the control fails elsewhere)', () => {
    const down = withControl(err(503, 'overloaded'));
    down[E.auth].exchanges[0] = { ...err(500, 'auth backend down'), label: 'no-key' };
    expect(grade(no5xx, down)).toMatchInlineSnapshot(`
      {
        "message": "its control chat.basic (nonstream) (the same request without the fault) was refused too, with 503: overloaded",
        "prerequisite": "control chat.basic (nonstream) accepted",
        "status": "untestable",
      }
    `);
    const t = errorTranscripts();
    t[E.auth].exchanges[0] = { ...err(500, 'auth backend down'), label: 'no-key' };
    expect(grade(no5xx, t)).toMatchObject({
      status: 'fail',
      message: 'an invalid request got 500: auth backend down in errors.auth "no-key"',
    });
  });

  it('a huge max_tokens silently accepted is a SHOULD failure (B41: the server lowers it or truncates)', () => {
    const huge = caseChecks.find((x) => x.id === 'errors.rejects-huge-max-tokens')!;
    expect([huge.level, huge.divergences]).toEqual(['SHOULD', [30, 41]]);
    expect(grade(huge, withCase('max-tokens-huge', jsonEx('x', chatCompletion()))).status).toBe('fail');
    expect(grade(huge, withCase('max-tokens-huge', err(400, 'max_tokens is too large', 'max_tokens'))).status).toBe(
      'pass',
    );
  });

  it('status-400: a 422 warns; with no refusal it names the root cause once', () => {
    expect(grade(status400, withCase('missing-messages', err(422, 'Field required', 'messages'))))
      .toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "missing-messages",
            "probe": "errors.invalid-request",
          },
          "seen": [
            422,
          ],
        },
        "message": "invalid requests should be refused with 400, but 1 got another 4xx (no messages (a required field): 422)",
        "status": "fail",
      }
    `);
    expect(grade(status400, allCases(jsonEx('x', chatCompletion())))).toMatchInlineSnapshot(`
      {
        "message": "no invalid request was refused: the server accepted them (errors.rejects-* grade that)",
        "status": "inconclusive",
      }
    `);
    expect(grade(status400, allCases(err(500, 'boom')))).toMatchInlineSnapshot(`
      {
        "message": "no invalid request was refused with a 4xx: they got a 5xx (see errors.no-5xx)",
        "prerequisite": "errors.no-5xx",
        "status": "untestable",
      }
    `);
  });

  it('stream-bad-input: a 200 stream with an error event fails (B27, B28)', () => {
    const ev = sseEx(STREAM_CASE, ['{"error":{"message":"bad temperature"}}']);
    expect(grade(streamBadInput, withCase(STREAM_CASE, ev))).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream-bad-input",
            "probe": "errors.invalid-request",
          },
          "seen": 200,
        },
        "message": "stream: true with temperature 3 should be refused with 400, got 200 and a stream with an error event inside the stream",
        "status": "fail",
      }
    `);
  });

  it('unknown-model: 404 or 400 pass, a 200 or a 422 warn, a refused twin leaves it untestable', () => {
    const model = (ex: ReturnType<typeof jsonEx>) =>
      grade(unknownModel, withCase(SDK_CALLS.unknownModel, ex, E.unknownModel));
    expect(model(err(400, 'invalid model', 'model')).status).toBe('pass');
    expect(model(jsonEx('x', chatCompletion()))).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "chat",
            "probe": "errors.unknown-model",
          },
          "seen": 200,
        },
        "message": "model "conform-no-such-model-7f3a" should be rejected with a 4xx, but it was accepted with 200",
        "status": "fail",
      }
    `);
    expect(model(err(422, 'model: unknown'))).toMatchObject({
      status: 'fail',
      message: 'model "conform-no-such-model-7f3a" should be rejected with 404 (or 400), got 422: model: unknown',
    });
    const fixtureServer = withControl(fixture404());
    expect(grade(unknownModel, fixtureServer).status).toBe('untestable');
  });

  it('invalid-key: 401 passes, 403 warns naming the class, an accepted key is left to auth-enforced', () => {
    const key = (ex: ReturnType<typeof jsonEx>, t = errorTranscripts()) => {
      t[E.auth].exchanges[1] = { ...ex, label: SDK_CALLS.auth, via: 'sdk' };
      t[E.auth].sdk =
        ex.response!.status === 403
          ? [{ ...t[E.auth].sdk[0], error: { class: 'PermissionDeniedError', status: 403, message: '403 no' } }]
          : t[E.auth].sdk;
      return grade(invalidKey, t);
    };
    expect(key(err(403, 'no'))).toMatchObject({
      status: 'fail',
      message: 'a made-up key should be refused with 401, got 403: no (openai-node raised PermissionDeniedError)',
    });
    expect(key(jsonEx('x', chatCompletion()))).toMatchInlineSnapshot(`
      {
        "message": "a made-up key was accepted with 200, so there is no refusal to judge (errors.auth-enforced grades an open target)",
        "status": "inconclusive",
      }
    `);
    // the configured key refused too: the 401 says nothing about the made-up one
    expect(grade(invalidKey, withControl(err(401, 'Incorrect API key provided')))).toMatchObject({
      status: 'untestable',
      prerequisite: 'control chat.basic (nonstream) accepted',
    });
  });

  it('auth-enforced: an open local target is inconclusive, an open hosted one warns, presence-only checking is named', () => {
    const open = errorTranscripts();
    open[E.auth].exchanges = open[E.auth].exchanges.map((e) => ({ ...jsonEx(e.label, chatCompletion()), via: e.via }));
    expect(grade(authEnforced, open)).toMatchInlineSnapshot(`
      {
        "message": "requests with no key and with a made-up key were both accepted: fine for a server on this machine or a private network (127.0.0.1), a hole if it is ever exposed",
        "status": "inconclusive",
      }
    `);
    expect(grade(authEnforced, open, ctx({ baseUrl: 'https://llm.example.com/v1' }))).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "no-key",
            "probe": "errors.auth",
          },
          "seen": {
            "invalid-key": 200,
            "no-key": 200,
          },
        },
        "message": "requests with no key and with a made-up key were both accepted by llm.example.com, which is not a local or private address: anyone who finds the URL can use it",
        "status": "fail",
      }
    `);
    const presenceOnly = errorTranscripts();
    presenceOnly[E.auth].exchanges[1] = { ...jsonEx(SDK_CALLS.auth, chatCompletion()), via: 'sdk' };
    expect(
      grade(authEnforced, presenceOnly, ctx({ baseUrl: 'https://llm.example.com/v1' })).message,
    ).toMatchInlineSnapshot(
      `"a request with a made-up key was accepted (with no key it got 401: only the presence of a key is checked) by llm.example.com, which is not a local or private address: anyone who finds the URL can use it"`,
    );
    expect(grade(authEnforced, withControl(err(401, 'Incorrect API key provided'))).status).toBe('untestable');
  });
});
