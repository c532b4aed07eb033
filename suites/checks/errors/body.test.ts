import { describe, expect, it } from 'vitest';
import { ctx, errorBody, jsonEx } from '../internal/fixtures.ts';
import { bodyEnvelope, bodyFields, contentType, paramNamesField } from './body.ts';
import { errorSet, everyError, withCase } from './test-set.ts';

const c = ctx();

describe('error body checks', () => {
  it('pass on OpenAI-shaped error bodies', () => {
    for (const check of [bodyEnvelope, bodyFields, contentType, paramNamesField])
      expect(check.grade(errorSet(), c).status, check.id).toBe('pass');
  });

  it('envelope: each documented shape is named in the message (B23–B26, B29)', () => {
    const flat = { object: 'error', message: 'bad temperature', type: 'BadRequestError', param: null, code: 400 };
    expect(bodyEnvelope.grade(everyError(flat), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "temperature-range",
            "probe": "errors.invalid-request",
          },
          "seen": "{"object":"error","message":"bad temperature","type":"BadRequestError","param":null,"code":400}",
        },
        "message": "an error body must be {"error":{"message":…}}, got a flat body without the "error" wrapper (vLLM/Mistral style, B23/B24): {"object":"error","message":"bad temperature","type":"BadRequestError","param":null,"code… in errors.invalid-request "temperature-range" (and 12 more responses)",
        "status": "fail",
      }
    `);
    const shapes = {
      array: [{ error: { code: 400, message: 'bad', status: 'INVALID_ARGUMENT' } }],
      string: { error: "'response_format.type' must be 'json_schema'" },
      problem: { title: 'Bad Request', detail: 'bad temperature', status: 400 },
      text: '<html>Bad Request</html>',
    };
    const messages = Object.values(shapes).map((b) => {
      const g = bodyEnvelope.grade(everyError(b), c);
      return g.status === 'fail' ? /, got (.+?): /.exec(g.message)?.[1] : g.status;
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "a JSON array (Gemini style, B25)",
        "an "error" string instead of an object (LM Studio style, B26)",
        "an RFC 7807 problem body (Meta Llama API style, B29)",
        "a body that is not JSON",
      ]
    `);
    expect(bodyFields.grade(everyError(flat), c).status).toBe('untestable');
  });

  it('fields: a numeric code fails (B27, B28); a missing key fails', () => {
    expect(
      bodyFields.grade(
        everyError({ error: { message: 'bad', type: 'invalid_request_error', param: null, code: 400 } }),
        c,
      ),
    ).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "temperature-range",
            "probe": "errors.invalid-request",
          },
          "seen": 400,
        },
        "message": "error.code must be a string or null, got 400 (the HTTP status as a number, B27/B28) in errors.invalid-request "temperature-range" (and 12 more responses)",
        "status": "fail",
      }
    `);
    expect(bodyFields.grade(everyError({ error: { message: 'bad', type: 'invalid_request_error' } }), c).status).toBe(
      'fail',
    );
  });

  it('content-type: an HTML error body fails', () => {
    expect(contentType.grade(everyError(errorBody(), { 'content-type': 'text/html; charset=utf-8' }), c))
      .toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "temperature-range",
            "probe": "errors.invalid-request",
          },
          "seen": "text/html; charset=utf-8",
        },
        "message": "an error body must be application/json, got content-type "text/html; charset=utf-8" in errors.invalid-request "temperature-range" (and 12 more responses)",
        "status": "fail",
      }
    `);
  });

  it('param: a null param warns', () => {
    expect(
      paramNamesField.grade(
        withCase('too-many-stop', jsonEx('x', errorBody('too many', null, null), { status: 400 })),
        c,
      ),
    ).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "too-many-stop",
            "probe": "errors.invalid-request",
          },
          "seen": null,
        },
        "message": "error.param should name "stop", got null in errors.invalid-request "too-many-stop"",
        "status": "fail",
      }
    `);
  });

  it('param: only a refusal of the fault itself (its twin accepted) must name the field', () => {
    const notAboutIt = withCase(
      'too-many-stop',
      jsonEx('x', errorBody('No fixture matched', null, null), { status: 404 }),
    );
    expect(paramNamesField.grade(notAboutIt, c)).toMatchObject({
      status: 'pass',
      message: 'error.param names the field in 6 rejections',
    });
  });

  it('fields: missing keys or a numeric code are a SHOULD, as in the error schema (openai-node reads error.message only)', () => {
    expect(bodyFields.level).toBe('SHOULD');
  });
});
