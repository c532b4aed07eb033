import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, jsonEx, sdkErr, sdkOk, tr } from '../internal/fixtures.ts';
import { E } from './probes.ts';
import { sdkClass, sdkMessage, unreadable } from './sdk-errors.ts';
import { errorSet, errorTranscripts } from './test-set.ts';

const c = ctx();
const withInvalidSdk = (o: ReturnType<typeof sdkErr> | ReturnType<typeof sdkOk>) => {
  const t = errorTranscripts();
  t[E.invalid] = { ...t[E.invalid], sdk: [o] };
  return t;
};

describe('SDK error checks', () => {
  it('pass when each call raises the class an app catches with a readable message', () => {
    expect(sdkClass.grade(errorSet(), c).status).toBe('pass');
    expect(sdkMessage.grade(errorSet(), c).status).toBe('pass');
  });

  it('class: a 500 for bad input raises InternalServerError (B30); a 422 raises UnprocessableEntityError', () => {
    expect(sdkClass.grade(withInvalidSdk(sdkErr('sdk', 'InternalServerError', 500, '500 boom')), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "errors.invalid-request",
          },
          "seen": "InternalServerError",
        },
        "message": "temperature 3 must make the SDK raise BadRequestError, got InternalServerError (status 500: retried by default) in errors.invalid-request "sdk"",
        "status": "fail",
      }
    `);
    expect(sdkClass.grade(withInvalidSdk(sdkErr('sdk', 'UnprocessableEntityError', 422, '422 bad')), c).status).toBe('fail');
    expect(sdkClass.grade(withInvalidSdk(sdkOk('sdk', chatCompletion())), c).status).toBe('fail');
  });

  it('class: the auth call is left out when the target needs no key', () => {
    const t = errorTranscripts();
    t[E.auth] = tr(E.auth, [jsonEx('no-key', chatCompletion()), jsonEx('invalid-key', chatCompletion())], [sdkOk('sdk', chatCompletion())]);
    expect(sdkClass.grade(t, c).status).toBe('pass');
  });

  it('message: v6 "status code (no body)" on flat bodies warns (B23, B24)', () => {
    expect(sdkMessage.grade(withInvalidSdk(sdkErr('sdk', 'BadRequestError', 400, '400 status code (no body)')), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "errors.invalid-request",
          },
          "seen": "400 status code (no body)",
        },
        "message": "temperature 3: the SDK found no error.message ("status code (no body)"): "400 status code (no body)" (openai-node 6.49.0) in errors.invalid-request "sdk"",
        "status": "fail",
      }
    `);
  });

  it('unreadable() names each fallback of APIError.makeMessage', () => {
    expect(['400 status code (no body)', '400 {"code":400}', '400 <html>', '400 Invalid temperature'].map(unreadable)).toMatchInlineSnapshot(`
      [
        "the SDK found no error.message ("status code (no body)")",
        "the SDK could only print the raw JSON error",
        "the SDK printed raw HTML",
        undefined,
      ]
    `);
  });
});
