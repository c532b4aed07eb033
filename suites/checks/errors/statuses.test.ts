import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, errorBody, jsonEx, tr } from '../internal/fixtures.ts';
import { E, STREAM_CASE } from './probes.ts';
import { caseChecks, invalidKey, status400, streamBadInput, unknownModel } from './statuses.ts';
import { errorSet, withCase } from './test-set.ts';

const c = ctx();
const temperature = caseChecks.find((x) => x.id === 'errors.rejects-temperature-range')!;

describe('error status checks', () => {
  it('pass on OpenAI-like answers', () => {
    for (const check of [...caseChecks, status400, streamBadInput, unknownModel, invalidKey]) expect(check.grade(errorSet(), c).status, check.id).toBe('pass');
  });

  it('there is one check per invalid field (MUST where the schema forbids the value)', () => {
    expect(caseChecks.map((x) => `${x.id} ${x.level}`)).toMatchInlineSnapshot(`
      [
        "errors.rejects-temperature-range MUST",
        "errors.rejects-decimal-max-tokens MUST",
        "errors.rejects-string-max-tokens MUST",
        "errors.rejects-missing-messages MUST",
        "errors.rejects-too-many-stop MUST",
        "errors.rejects-unknown-role MUST",
        "errors.rejects-huge-max-tokens SHOULD",
        "errors.rejects-malformed-json MUST",
      ]
    `);
  });

  it('bad input answered with 500 or 200 fails (B30)', () => {
    expect(temperature.grade(withCase('temperature-range', jsonEx('x', errorBody('boom', null, null), { status: 500 })), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "temperature-range",
            "probe": "errors.invalid-request",
          },
          "seen": 500,
        },
        "message": "temperature 3 (the range is 0..2) must be rejected with a 4xx, got 500: boom",
        "status": "fail",
      }
    `);
    expect(temperature.grade(withCase('temperature-range', jsonEx('x', chatCompletion())), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "temperature-range",
            "probe": "errors.invalid-request",
          },
          "seen": 200,
        },
        "message": "temperature 3 (the range is 0..2) must be rejected with a 4xx, but it was accepted with 200",
        "status": "fail",
      }
    `);
  });

  it('a huge max_tokens silently accepted is a SHOULD failure (B41: the server lowers it or truncates)', () => {
    const huge = caseChecks.find((x) => x.id === 'errors.rejects-huge-max-tokens')!;
    expect([huge.level, huge.divergences]).toEqual(['SHOULD', [30, 41]]);
    expect(huge.grade(withCase('max-tokens-huge', jsonEx('x', chatCompletion())), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "max-tokens-huge",
            "probe": "errors.invalid-request",
          },
          "seen": 200,
        },
        "message": "max_tokens 1000000000 (beyond any model's output limit) must be rejected with a 4xx, but it was accepted with 200",
        "status": "fail",
      }
    `);
    expect(huge.grade(withCase('max-tokens-huge', jsonEx('x', errorBody('max_tokens is too large', 'max_tokens', 'invalid_value'), { status: 400 })), c).status).toBe('pass');
  });

  it('status-400: a 422 warns', () => {
    expect(status400.grade(withCase('missing-messages', jsonEx('x', errorBody('Field required', 'messages', null), { status: 422 })), c)).toMatchInlineSnapshot(`
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
        "message": "invalid requests should get 400, but 1 got another 4xx (no messages (a required field): 422)",
        "status": "fail",
      }
    `);
  });

  it('stream-bad-input: a 200 stream with an error event fails (B27, B28)', () => {
    const ev = jsonEx('x', 'data: {"error":{"message":"bad temperature"}}\n\ndata: [DONE]\n\n', { headers: { 'content-type': 'text/event-stream' } });
    expect(streamBadInput.grade(withCase(STREAM_CASE, ev), c)).toMatchInlineSnapshot(`
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

  it('unknown-model: 400 passes, a 200 fails', () => {
    expect(unknownModel.grade(errorSet([tr(E.unknownModel, [jsonEx('chat', errorBody('no such model', 'model', null), { status: 400 })])]), c).status).toBe('pass');
    expect(unknownModel.grade(errorSet([tr(E.unknownModel, [jsonEx('chat', chatCompletion())])]), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "chat",
            "probe": "errors.unknown-model",
          },
          "seen": 200,
        },
        "message": "model "conform-no-such-model-7f3a" must be rejected with 404, but the request was answered with 200",
        "status": "fail",
      }
    `);
  });

  it('invalid-key: skip when the target needs no key, fail when it accepts any key, fail on 403', () => {
    const open = tr(E.auth, [jsonEx('no-key', chatCompletion()), jsonEx('invalid-key', chatCompletion())]);
    expect(invalidKey.grade(errorSet([open]), c)).toMatchInlineSnapshot(`
      {
        "message": "target does not require auth: requests with no key and with a made-up key both got 2xx",
        "status": "skip",
      }
    `);
    const anyKey = tr(E.auth, [jsonEx('no-key', errorBody('missing key', null, null), { status: 401 }), jsonEx('invalid-key', chatCompletion())]);
    expect(invalidKey.grade(errorSet([anyKey]), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "invalid-key",
            "probe": "errors.auth",
          },
          "seen": 200,
        },
        "message": "a made-up key must be refused with 401, but it was accepted with 200 (a request with no key was refused)",
        "status": "fail",
      }
    `);
    const forbidden = tr(E.auth, [jsonEx('no-key', errorBody('no', null, null), { status: 403 }), jsonEx('invalid-key', errorBody('no', null, null), { status: 403 })]);
    expect(invalidKey.grade(errorSet([forbidden]), c).status).toBe('fail');
  });
});
