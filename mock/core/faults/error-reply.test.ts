import { describe, expect, it } from 'vitest';
import { faultErrorReply } from './index.ts';

describe('faultErrorReply', () => {
  it('answers 503 with the API error body and retry headers', () => {
    expect(faultErrorReply(503)).toMatchInlineSnapshot(`
      {
        "body": {
          "error": {
            "code": null,
            "message": "The engine is currently overloaded, please try again later",
            "param": null,
            "type": "server_error",
          },
        },
        "headers": {
          "content-type": "application/json",
          "retry-after": "1",
          "retry-after-ms": "1000",
          "x-conform-fault-injected": "status=503",
        },
        "status": 503,
      }
    `);
  });
  it('gives 429 a rate-limit body and the requested retry delay', () => {
    const r = faultErrorReply(429, 0);
    expect(r.headers['retry-after']).toBe('0');
    expect(r.body).toEqual({
      error: {
        message: 'Rate limit reached for requests. Please try again in 0s.',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    });
  });
  it('has all four error keys for any status, and retry headers only on 429 and 503', () => {
    for (let status = 400; status < 600; status++) {
      const r = faultErrorReply(status);
      expect(Object.keys((r.body as { error: object }).error).sort()).toEqual(['code', 'message', 'param', 'type']);
      expect('retry-after' in r.headers).toBe(status === 429 || status === 503);
      expect(r.status).toBe(status);
    }
  });
});
