import { describe, expect, it } from 'vitest';
import { transformHeaders } from './index.ts';
import type { QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const headers = () => ({
  'content-type': 'application/json',
  'x-request-id': 'req_abc',
  'x-ratelimit-limit-requests': '60',
  'x-ratelimit-limit-tokens': '150000',
  'x-ratelimit-remaining-requests': '59',
  'x-ratelimit-remaining-tokens': '149984',
  'x-ratelimit-reset-requests': '1s',
  'x-ratelimit-reset-tokens': '6m0s',
  'retry-after': '1',
});

describe('header quirks [42]', () => {
  it('no-rate-limit-headers drops exactly the x-ratelimit-* headers', () => {
    expect(transformHeaders(q('no-rate-limit-headers'), headers())).toEqual({
      'content-type': 'application/json',
      'x-request-id': 'req_abc',
      'retry-after': '1',
    });
  });
  it("bad-rate-limit-headers sends Azure's -1 values and no retry-after", () => {
    expect(transformHeaders(q('bad-rate-limit-headers'), headers())).toMatchInlineSnapshot(`
      {
        "content-type": "application/json",
        "x-ratelimit-limit-requests": "-1",
        "x-ratelimit-limit-tokens": "-1",
        "x-ratelimit-remaining-requests": "-1",
        "x-ratelimit-remaining-tokens": "-1",
        "x-ratelimit-reset-requests": "-1",
        "x-ratelimit-reset-tokens": "0",
        "x-request-id": "req_abc",
      }
    `);
  });
  it('no-request-id drops only x-request-id', () => {
    const { 'x-request-id': _, ...rest } = headers();
    expect(transformHeaders(q('no-request-id'), headers())).toEqual(rest);
  });
  it('returns the same object without header quirks and never changes its input', () => {
    const h = headers();
    expect(transformHeaders(q('no-id'), h)).toBe(h);
    transformHeaders(q('no-rate-limit-headers', 'no-request-id'), h);
    expect(h).toEqual(headers());
  });
});
