import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, jsonEx } from '../internal/fixtures.ts';
import { contentType, requestId } from './headers.ts';
import { P } from './probes.ts';
import { chatSet, withExchange } from './test-set.ts';

const c = ctx();

describe('chat header checks', () => {
  it('pass with application/json and x-request-id', () => {
    expect(contentType.grade(chatSet(), c).status).toBe('pass');
    expect(requestId.grade(chatSet(), c).status).toBe('pass');
  });

  it('content-type: text/plain fails; +json is fine', () => {
    expect(
      contentType.grade(
        withExchange(P.n, jsonEx('n', chatCompletion(), { headers: { 'content-type': 'text/plain' } })),
        c,
      ),
    ).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "n",
            "probe": "chat.n",
          },
          "seen": "text/plain",
        },
        "message": "content-type must be application/json, got "text/plain" in chat.n "n"",
        "status": "fail",
      }
    `);
    expect(
      contentType.grade(
        withExchange(P.n, jsonEx('n', chatCompletion(), { headers: { 'content-type': 'application/vnd.api+json' } })),
        c,
      ).status,
    ).toBe('pass');
  });

  it('request-id: a missing header warns', () => {
    const ex = jsonEx('nonstream', chatCompletion());
    delete ex.response!.headers['x-request-id'];
    expect(requestId.grade(withExchange(P.basic, ex), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "nonstream",
            "probe": "chat.basic",
          },
          "seen": null,
        },
        "message": "an x-request-id header should identify the request, got none in chat.basic "nonstream"",
        "status": "fail",
      }
    `);
  });
});
