import { describe, expect, it } from 'vitest';
import type { Check, Exchange, TranscriptSet } from '../../engine/types.ts';
import { chatCompletion, ctx, errorBody, jsonEx, set, tr } from '../internal/fixtures.ts';
import { body429, burst429, burstChecks, retryAfter, sdkRetry } from './burst.ts';
import { headersParse, headersPresent, remainingDecreases } from './headers.ts';

const limits = (remaining: number, over: Record<string, string> = {}) => ({
  'x-ratelimit-limit-requests': '60',
  'x-ratelimit-limit-tokens': '150000',
  'x-ratelimit-remaining-requests': String(remaining),
  'x-ratelimit-remaining-tokens': '149984',
  'x-ratelimit-reset-requests': '1s',
  'x-ratelimit-reset-tokens': '6m0s',
  ...over,
});
const ok = chatCompletion('OK');
const rateLimited = (
  headers: Record<string, string> = { 'retry-after-ms': '400', 'retry-after': '1' },
  body: unknown = errorBody('Rate limit reached for requests', null, 'rate_limit_exceeded'),
) => jsonEx('x', body, { status: 429, headers });

const SERVER_ERROR = { error: { message: 'Internal server error', type: 'server_error', param: null, code: null } };

function sequence(first: Record<string, string>, second: Record<string, string>) {
  return tr('chat.basic', [
    jsonEx('nonstream', ok, { headers: first }),
    jsonEx('sdk', ok, { headers: second, via: 'sdk' }),
  ]);
}

function burst(statuses: Array<200 | 429 | 500>, sdk: Exchange[] = [], elapsed = 450, notes = true): TranscriptSet {
  const exchanges = statuses.map((s, i) => ({
    ...(s === 429 ? rateLimited() : jsonEx('x', s === 500 ? SERVER_ERROR : ok, { status: s })),
    label: `burst-${i + 1}`,
  }));
  const burstTr = tr(
    'rate-limits.burst',
    [...exchanges, ...sdk.map((e) => ({ ...e, via: 'sdk' as const }))],
    [{ label: 'sdk-retry', sdkVersion: 'openai-node 6.49.0', ok: true, attempts: sdk.length }],
  );
  return set(sequence(limits(59), limits(58)), { ...burstTr, notes: notes ? [`sdk-elapsed-ms ${elapsed}`] : [] });
}

const burstCtx = ctx({ burst: true });
const show = (c: Check, t: TranscriptSet, context = burstCtx) => {
  const g = c.grade(t, context);
  return `${g.status}: ${'message' in g ? g.message : ''}`;
};
const retried = [rateLimited(), jsonEx('retry', ok)];

describe('rate-limit header checks', () => {
  it('pass six good headers counting down', () => {
    const t = set(sequence(limits(59), limits(58)));
    for (const c of [headersPresent, headersParse, remainingDecreases])
      expect(c.grade(t, ctx()).status, c.id).toBe('pass');
  });

  it('warn on missing headers (B42 local servers); parse and countdown have nothing to judge (allowed absence)', () => {
    const t = set(sequence({}, {}));
    expect(show(headersPresent, t)).toMatchInlineSnapshot(`"fail: chat.basic (nonstream): no x-ratelimit-* headers"`);
    expect(show(headersParse, t)).toMatchInlineSnapshot(
      `"inconclusive: no x-ratelimit-* header was sent, so there is nothing to parse (rate-limits.headers-present grades their absence)"`,
    );
    expect(show(remainingDecreases, t)).toMatchInlineSnapshot(
      `"inconclusive: chat.basic sent no x-ratelimit-remaining-* header (rate-limits.headers-present grades their absence)"`,
    );
  });

  it('countdown: unparseable counts are the failure of headers-parse, named once', () => {
    expect(
      remainingDecreases.grade(
        set(
          sequence(
            limits(-1, { 'x-ratelimit-remaining-tokens': 'n/a' }),
            limits(-1, { 'x-ratelimit-remaining-tokens': 'n/a' }),
          ),
        ),
        ctx(),
      ),
    ).toMatchInlineSnapshot(`
      {
        "message": "no x-ratelimit-remaining-* header parses as a count on both requests of chat.basic (see rate-limits.headers-parse)",
        "prerequisite": "rate-limits.headers-parse",
        "status": "untestable",
      }
    `);
  });

  it('fail -1 values and unparseable resets (B42 Azure)', () => {
    expect(show(headersParse, set(sequence(limits(-1), limits(58))))).toMatchInlineSnapshot(
      `"fail: chat.basic (nonstream): x-ratelimit-remaining-requests: "-1" is not a non-negative integer"`,
    );
    expect(
      show(headersParse, set(sequence(limits(59, { 'x-ratelimit-reset-tokens': '360' }), limits(58)))),
    ).toMatchInlineSnapshot(
      `"fail: chat.basic (nonstream): x-ratelimit-reset-tokens: "360" is not a duration like "1s", "6m0s" or "12ms""`,
    );
    expect(show(headersParse, set(sequence(limits(61), limits(58))))).toMatchInlineSnapshot(
      `"fail: chat.basic (nonstream): x-ratelimit-remaining-requests 61 exceeds x-ratelimit-limit-requests 60"`,
    );
  });

  it('warn when requests are not counted, note a refill that kept remaining level', () => {
    expect(show(remainingDecreases, set(sequence(limits(60), limits(60))))).toMatchInlineSnapshot(
      `"fail: chat.basic: x-ratelimit-remaining-requests equals the limit right after a request (60, 60 of 60): requests are not counted"`,
    );
    const level = remainingDecreases.grade(
      set(sequence(limits(59), limits(59, { 'x-ratelimit-remaining-tokens': '149990' }))),
      burstCtx,
    );
    expect(level.status).toBe('pass');
    expect(level).toMatchInlineSnapshot(`
      {
        "details": {
          "note": "remaining did not go down: the refill between the two requests covered them",
        },
        "message": "remaining stayed below the limit (requests 59 → 59, tokens 149984 → 149990)",
        "status": "pass",
      }
    `);
  });
});

describe('burst checks', () => {
  it('skip without --burst', () => {
    for (const c of burstChecks) {
      expect(c.grade(burst([429], retried), ctx()), c.id).toEqual({ status: 'skip', message: 'opt in with --burst' });
    }
  });

  it('pass a 429 with body, delay and a patient SDK', () => {
    const t = burst([200, 429, 429], retried);
    for (const c of [burst429, body429, retryAfter, sdkRetry]) expect(show(c, t), c.id).toMatch(/^pass/);
    expect(show(sdkRetry, t)).toMatchInlineSnapshot(
      `"pass: retried after 450 ms (retry-after-ms asked for 400 ms), then succeeded"`,
    );
  });

  it('fail a 500 under load, a bare 429 body, a 429 without delay (B42)', () => {
    expect(show(burst429, burst([200, 500, 429], retried))).toMatchInlineSnapshot(
      `"fail: rate-limits.burst (burst-2): under load the server answered 500: {"error":{"message":"Internal server error","type":"server_error","param":null,"code":null}}; expected 200 or 429"`,
    );
    const t = burst([429], retried);
    t['rate-limits.burst'].exchanges[0] = { ...rateLimited({}, { message: 'Too many requests' }), label: 'burst-1' };
    expect(show(body429, t)).toMatchInlineSnapshot(
      `"fail: rate-limits.burst (burst-1): the 429 body is not {"error":{"message":…}}: {"message":"Too many requests"}"`,
    );
    expect(show(retryAfter, t)).toMatchInlineSnapshot(
      `"fail: rate-limits.burst (burst-1): the 429 has no retry-after or retry-after-ms header"`,
    );
    const otherCode = burst([429], retried);
    otherCode['rate-limits.burst'].exchanges[0] = {
      ...rateLimited(undefined, errorBody('Too many requests', null, '429')),
      label: 'burst-1',
    };
    expect(body429.grade(otherCode, burstCtx)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "burst-1",
            "probe": "rate-limits.burst",
          },
          "note": "error.code is "429"; OpenAI sends "rate_limit_exceeded" (apps that tell a rate limit from an empty quota read it)",
        },
        "message": "429 with the error envelope",
        "status": "pass",
      }
    `);
  });

  it('fail an SDK retry that came before the delay; untestable without a 429', () => {
    expect(show(sdkRetry, burst([429], retried, 120))).toMatchInlineSnapshot(
      `"fail: the SDK retried after 120 ms but retry-after-ms asked for 400 ms"`,
    );
    expect(show(burst429, burst([200, 200]))).toMatchInlineSnapshot(
      `"untestable: no 429 within 20 parallel requests (statuses: 200): the limit is above the burst"`,
    );
    expect(show(sdkRetry, burst([429], [jsonEx('x', ok)]))).toMatchInlineSnapshot(
      `"untestable: the SDK call after the burst was not rate-limited (status 200)"`,
    );
  });
});
