// The opt-in burst (--burst): a 429 with the API's error body and a retry delay, and an SDK that waits it out.
import type { Check, Exchange, Grade, RunContext, TranscriptSet } from '../../engine/types.ts';
import { clip, isObject, jsonValue, transcriptOf } from '../internal/read.ts';
import { retryDelayMs } from '../internal/rate-limit-headers.ts';
import { BURST_SIZE, ELAPSED_NOTE } from './probes.ts';
import { guide, reference, sdk } from '../internal/sources.ts';

const PROBE = 'rate-limits.burst';
// timers may fire a little early; the SDK's own sleep is exact, so allow scheduling slack only
const SLACK_MS = 25;

/** The first 429 of the burst, or the grade saying why there is none. */
function first429(t: TranscriptSet, ctx: RunContext): { ok: true; ex: Exchange } | { ok: false; grade: Grade } {
  if (!ctx.burst) return { ok: false, grade: { status: 'skip', message: 'opt in with --burst' } };
  const tr = transcriptOf(t, PROBE);
  if (!tr.ok) return tr;
  const ex = tr.value.exchanges.find((e) => e.label.startsWith('burst-') && e.response?.status === 429);
  if (ex) return { ok: true, ex };
  const statuses = tr.value.exchanges
    .filter((e) => e.label.startsWith('burst-'))
    .map((e) => e.response?.status ?? e.error?.kind);
  return {
    ok: false,
    grade: {
      status: 'untestable',
      message: `no 429 within ${BURST_SIZE} parallel requests (statuses: ${[...new Set(statuses)].join(', ')}): the limit is above the burst`,
      prerequisite: `a 429 within ${BURST_SIZE} requests`,
    },
  };
}

export const burst429: Check = {
  id: 'rate-limits.burst-429',
  title: 'past the limit, requests get 429 (not 500, not a hang)',
  feature: 'rate-limits',
  level: 'MUST',
  source: guide('error codes, 429 "Rate limit reached for requests"', 'guides/error-codes#api-errors'),
  breaks: ['SDK retries: only 429, 408, 409 and ≥500 are retried, and a 200 with an error is never retried'],
  probes: [PROBE],
  grade(t, ctx) {
    if (!ctx.burst) return { status: 'skip', message: 'opt in with --burst' };
    const tr = transcriptOf(t, PROBE);
    if (!tr.ok) return tr.grade;
    const bad = tr.value.exchanges.find(
      (e) =>
        e.label.startsWith('burst-') &&
        (e.error || (e.response && e.response.status !== 429 && (e.response.status < 200 || e.response.status >= 300))),
    );
    if (bad)
      return {
        status: 'fail',
        message: `${PROBE} (${bad.label}): under load the server answered ${bad.response ? `${bad.response.status}: ${clip(bad.response.body, 100)}` : `with no response (${bad.error?.kind})`}; expected 200 or 429`,
        details: { exchange: { probe: PROBE, label: bad.label } },
      };
    const got = first429(t, ctx);
    return got.ok ? { status: 'pass', message: `429 after the limit (${got.ex.label})` } : got.grade;
  },
};

export const body429: Check = {
  id: 'rate-limits.429-body',
  title: 'a 429 has the error body {"error":{"message":…}} (error.code "rate_limit_exceeded" is noted)',
  feature: 'rate-limits',
  level: 'MUST',
  source: reference(
    'A4',
    'error body shape; guide: error codes (rate_limit_exceeded)',
    'guides/error-codes#api-errors',
  ),
  // the MUST is the envelope, as errors.body-envelope; the code value breaks no SDK (both codes are retried), so it is a note
  breaks: [
    'openai-node 6: a 429 without the envelope reads "429 status code (no body)", with RateLimitError.code and .type undefined',
  ],
  divergences: [23, 27],
  probes: [PROBE],
  grade(t, ctx) {
    const got = first429(t, ctx);
    if (!got.ok) return got.grade;
    const body = jsonValue(got.ex.response!.body) as { error?: unknown } | undefined;
    const e = body?.error;
    const at = `${PROBE} (${got.ex.label})`;
    const exchange = { probe: PROBE, label: got.ex.label };
    if (!isObject(e) || typeof e.message !== 'string') {
      return {
        status: 'fail',
        message: `${at}: the 429 body is not {"error":{"message":…}}: ${clip(got.ex.response!.body, 120)}`,
        details: { exchange, seen: body ?? got.ex.response!.body },
      };
    }
    const known = e.code === 'rate_limit_exceeded' || e.code === 'insufficient_quota';
    const note = known
      ? undefined
      : `error.code is ${JSON.stringify(e.code) ?? 'missing'}; OpenAI sends "rate_limit_exceeded" (apps that tell a rate limit from an empty quota read it)`;
    return {
      status: 'pass',
      message: `429 with the error envelope${known ? ` and error.code ${JSON.stringify(e.code)}` : ''}`,
      details: { exchange, ...(note ? { note } : {}) },
    };
  },
};

export const retryAfter: Check = {
  id: 'rate-limits.retry-after',
  title: 'a 429 says when to retry: retry-after-ms and/or retry-after',
  feature: 'rate-limits',
  level: 'SHOULD',
  source: sdk('src/client.ts', 'retry-after-ms, then retry-after'),
  breaks: [
    'openai-node 6 and 7: without the header they retry on their own backoff (0.5 s, doubling up to 8 s), often too early',
    'openai-node 7: a delay over 60 s is ignored too (it backs off instead)',
    'openai-node 6: any delay is slept out, uncapped (retry-after: 3600 waits an hour)',
  ],
  divergences: [42],
  probes: [PROBE],
  grade(t, ctx) {
    const got = first429(t, ctx);
    if (!got.ok) return got.grade;
    const h = got.ex.response!.headers;
    const delay = retryDelayMs(h);
    if (delay) return { status: 'pass', message: `${delay.from}: ${Math.round(delay.ms)} ms` };
    const seen = { 'retry-after': h['retry-after'], 'retry-after-ms': h['retry-after-ms'] };
    return {
      status: 'fail',
      message: `${PROBE} (${got.ex.label}): the 429 has ${h['retry-after'] === undefined && h['retry-after-ms'] === undefined ? 'no retry-after or retry-after-ms header' : `unparseable retry headers ${JSON.stringify(seen)}`}`,
      details: { seen, exchange: { probe: PROBE, label: got.ex.label } },
    };
  },
};

export const sdkRetry: Check = {
  id: 'rate-limits.sdk-retry',
  title: 'the official SDK retries a 429 after the delay the server asked for',
  feature: 'rate-limits',
  level: 'MUST',
  source: sdk('src/client.ts', 'shouldRetry, retry-after handling'),
  breaks: ['openai-node maxRetries: retries that come too early are rejected again'],
  probes: [PROBE],
  grade(t, ctx) {
    if (!ctx.burst) return { status: 'skip', message: 'opt in with --burst' };
    const tr = transcriptOf(t, PROBE);
    if (!tr.ok) return tr.grade;
    const sdkExchanges = tr.value.exchanges.filter((e) => e.via === 'sdk');
    const outcome = tr.value.sdk.find((s) => s.label === 'sdk-retry');
    const firstAttempt = sdkExchanges[0];
    if (!outcome || !firstAttempt?.response)
      return { status: 'untestable', message: `${PROBE} recorded no SDK attempt`, prerequisite: PROBE };
    if (firstAttempt.response.status !== 429)
      return {
        status: 'untestable',
        message: `the SDK call after the burst was not rate-limited (status ${firstAttempt.response.status})`,
        prerequisite: 'a 429 on the SDK call after the burst',
      };
    const delay = retryDelayMs(firstAttempt.response.headers);
    if (!delay)
      return {
        status: 'untestable',
        message: 'the 429 the SDK got named no retry delay',
        prerequisite: 'rate-limits.retry-after',
      };
    if (sdkExchanges.length < 2)
      return {
        status: 'fail',
        message: `${ctx.sdk.name} ${ctx.sdk.version} did not retry the 429 (maxRetries 1): ${outcome.error?.class ?? 'no error'}`,
        details: { seen: sdkExchanges.length },
      };
    const note = (tr.value.notes ?? []).find((n) => n.startsWith(ELAPSED_NOTE));
    const elapsed = note ? Number(note.slice(ELAPSED_NOTE.length)) : NaN;
    if (!Number.isFinite(elapsed))
      return {
        status: 'untestable',
        message: 'the probe recorded no elapsed time for the SDK call',
        prerequisite: PROBE,
      };
    if (elapsed + SLACK_MS < delay.ms)
      return {
        status: 'fail',
        message: `the SDK retried after ${elapsed} ms but ${delay.from} asked for ${Math.round(delay.ms)} ms`,
        details: { seen: { elapsed, asked: delay.ms } },
      };
    return {
      status: 'pass',
      message: `retried after ${elapsed} ms (${delay.from} asked for ${Math.round(delay.ms)} ms)${outcome.ok ? ', then succeeded' : ''}`,
    };
  },
};

export const burstChecks: Check[] = [burst429, body429, retryAfter, sdkRetry];
