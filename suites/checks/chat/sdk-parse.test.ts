import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, errorBody, jsonEx, sdkErr, sdkOk } from '../internal/fixtures.ts';
import { P } from './probes.ts';
import { sdkParse, sdkRequestId } from './sdk-parse.ts';
import { chatTranscripts } from './test-set.ts';

const c = ctx();
const withSdk = (o: ReturnType<typeof sdkOk>) => {
  const t = chatTranscripts();
  t[P.basic] = { ...t[P.basic], sdk: [o] };
  return t;
};

describe('chat SDK checks', () => {
  it('pass when the SDK parses the completion and exposes _request_id', () => {
    expect(sdkParse.grade(chatTranscripts(), c).status).toBe('pass');
    expect(sdkRequestId.grade(chatTranscripts(), c).status).toBe('pass');
  });

  it('sdk-parse: a raw string (non-JSON content type) or a throw fails', () => {
    expect(sdkParse.grade(withSdk(sdkOk('sdk', 'Hello!')), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "chat.basic",
          },
          "seen": "Hello!",
        },
        "message": "chat.completions.create() must resolve to an object, got "Hello!" (is the content-type application/json?)",
        "status": "fail",
      }
    `);
    expect(sdkParse.grade(withSdk(sdkErr('sdk', 'SyntaxError', undefined, 'Unexpected token')), c).status).toBe('fail');
  });

  it('sdk-parse: an HTTP error the raw request got too is untestable, not the SDK failing', () => {
    const t = withSdk(sdkErr('sdk', 'NotFoundError', 404, '404 No fixture matched'));
    expect(sdkParse.grade(t, c).message).toMatchInlineSnapshot(
      `"chat.completions.create() must resolve, but openai-node 6.49.0 threw NotFoundError: 404 No fixture matched (the same request on the wire was answered 200)"`,
    );
    t[P.basic].exchanges[0] = jsonEx('nonstream', errorBody('No fixture matched', null, null), { status: 404 });
    expect(sdkParse.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "the SDK got HTTP 404 (404 No fixture matched), and the same request on the wire got 404 (No fixture matched): there was no completion to parse",
        "prerequisite": "chat.basic (nonstream) accepted",
        "status": "untestable",
      }
    `);
  });

  it('sdk-request-id: null warns', () => {
    expect(sdkRequestId.grade(withSdk(sdkOk('sdk', { ...chatCompletion(), _request_id: null })), c))
      .toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "chat.basic",
          },
          "seen": null,
        },
        "message": "completion._request_id should be the x-request-id header, got null (header: "req_0123456789abcdef")",
        "status": "fail",
      }
    `);
  });
});
