import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, sdkErr, sdkOk } from '../internal/fixtures.ts';
import { E, SDK_CALLS } from './probes.ts';
import { sdkMessage, unreadable } from './sdk-errors.ts';
import { errorSet, errorTranscripts } from './test-set.ts';

const c = ctx();
const withSdk = (probe: string, o: ReturnType<typeof sdkErr> | ReturnType<typeof sdkOk>) => {
  const t = errorTranscripts();
  t[probe] = { ...t[probe], sdk: [o] };
  return t;
};

describe('SDK error checks', () => {
  it('pass when each call raises an error with a readable message', () => {
    expect(sdkMessage.grade(errorSet(), c)).toMatchInlineSnapshot(`
      {
        "message": "3 SDK errors carry a readable message",
        "status": "pass",
      }
    `);
  });

  it('message: v6 "status code (no body)" on flat bodies warns (B23, B24)', () => {
    expect(
      sdkMessage.grade(
        withSdk(E.invalid, sdkErr(SDK_CALLS.invalid, 'BadRequestError', 400, '400 status code (no body)')),
        c,
      ),
    ).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "temperature-range",
            "probe": "errors.invalid-request",
          },
          "seen": "400 status code (no body)",
        },
        "message": "temperature 3: the SDK found no error.message ("status code (no body)"): "400 status code (no body)" (openai-node 6.49.0) in errors.invalid-request "temperature-range"",
        "status": "fail",
      }
    `);
  });

  it('message: a call that succeeded is left to the check that grades the acceptance; none raising is inconclusive', () => {
    const t = withSdk(E.invalid, sdkOk(SDK_CALLS.invalid, chatCompletion()));
    expect(sdkMessage.grade(t, c)).toMatchObject({ status: 'pass', message: '2 SDK errors carry a readable message' });
    t[E.unknownModel] = { ...t[E.unknownModel], sdk: [sdkOk(SDK_CALLS.unknownModel, chatCompletion())] };
    t[E.auth] = { ...t[E.auth], sdk: [sdkOk(SDK_CALLS.auth, chatCompletion())] };
    expect(sdkMessage.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "no SDK call raised an error: each request was accepted (errors.rejects-temperature-range, errors.unknown-model and errors.auth-enforced grade that)",
        "status": "inconclusive",
      }
    `);
  });

  it('unreadable() names each fallback of APIError.makeMessage', () => {
    expect(['400 status code (no body)', '400 {"code":400}', '400 <html>', '400 Invalid temperature'].map(unreadable))
      .toMatchInlineSnapshot(`
      [
        "the SDK found no error.message ("status code (no body)")",
        "the SDK could only print the raw JSON error",
        "the SDK printed raw HTML",
        undefined,
      ]
    `);
  });
});
