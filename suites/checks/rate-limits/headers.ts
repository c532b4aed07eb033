// x-ratelimit-* headers: present (SHOULD), parseable wherever present (MUST), counting down (SHOULD). Their absence is
// allowed (OpenAI omits them for some models, most servers send none): only headers-present grades it.
import type { Check, Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { answeredOf } from '../internal/read.ts';
import { RATE_LIMIT_HEADERS, rateLimitValueProblem } from '../internal/rate-limit-headers.ts';
import { guide, reference } from '../internal/sources.ts';

// the core chat.basic probe sends the same request twice in a row (wire, then SDK): no request of our own needed
const SEQ = 'chat.basic';
const FIRST = 'nonstream';
const SECOND = 'sdk';

export const headersPresent: Check = {
  id: 'rate-limits.headers-present',
  title: 'responses carry the six x-ratelimit-* headers',
  feature: 'rate-limits',
  level: 'SHOULD',
  source: guide(
    'rate limits in headers (OpenAI itself omits them for some models, so SHOULD)',
    'guides/rate-limits#rate-limits-in-headers',
  ),
  breaks: ['client-side throttling that reads remaining/reset'],
  divergences: [42],
  probes: [SEQ],
  grade(t) {
    const got = answeredOf(t, SEQ, FIRST);
    if (!got.ok) return got.grade;
    const headers = got.value.ex.response!.headers;
    const missing = RATE_LIMIT_HEADERS.filter((h) => headers[h] === undefined);
    if (!missing.length)
      return {
        status: 'pass',
        message: 'all six x-ratelimit-* headers present',
        details: { exchange: { probe: SEQ, label: FIRST } },
      };
    return {
      status: 'fail',
      message: `${SEQ} (${FIRST}): ${missing.length === 6 ? 'no x-ratelimit-* headers' : `missing ${missing.join(', ')}`}`,
      details: { seen: missing, exchange: { probe: SEQ, label: FIRST } },
    };
  },
};

/** Every recorded exchange in the set, so headers seen by any probe are judged. */
function allExchanges(t: TranscriptSet): Array<{ probe: string; ex: Exchange }> {
  return Object.entries(t).flatMap(([probe, tr]) => (tr?.exchanges ?? []).map((ex) => ({ probe, ex })));
}

export const headersParse: Check = {
  id: 'rate-limits.headers-parse',
  title:
    'x-ratelimit-* values parse: counts are non-negative integers, resets are durations like "6m0s", remaining ≤ limit',
  feature: 'rate-limits',
  level: 'MUST',
  source: reference('A5', 'x-ratelimit-* samples (60, 149984, 1s, 6m0s)', 'guides/rate-limits#rate-limits-in-headers'),
  breaks: ['clients that parse the headers to throttle (NaN, negative sleeps)'],
  divergences: [42],
  probes: [SEQ],
  grade(t): Grade {
    let judged = 0;
    for (const { probe, ex } of allExchanges(t)) {
      const h = ex.response?.headers ?? {};
      for (const name of RATE_LIMIT_HEADERS) {
        if (h[name] === undefined) continue;
        judged += 1;
        const problem = rateLimitValueProblem(name, h[name]);
        if (problem)
          return {
            status: 'fail',
            message: `${probe} (${ex.label}): ${problem}`,
            details: { seen: h[name], exchange: { probe, label: ex.label } },
          };
      }
      for (const kind of ['requests', 'tokens']) {
        const limit = Number(h[`x-ratelimit-limit-${kind}`]);
        const remaining = Number(h[`x-ratelimit-remaining-${kind}`]);
        if (remaining > limit)
          return {
            status: 'fail',
            message: `${probe} (${ex.label}): x-ratelimit-remaining-${kind} ${remaining} exceeds x-ratelimit-limit-${kind} ${limit}`,
            details: { seen: { limit, remaining }, exchange: { probe, label: ex.label } },
          };
      }
    }
    if (!judged) {
      const seq = answeredOf(t, SEQ, FIRST);
      return seq.ok
        ? {
            status: 'inconclusive',
            message:
              'no x-ratelimit-* header was sent, so there is nothing to parse (rate-limits.headers-present grades their absence)',
          }
        : seq.grade;
    }
    return { status: 'pass', message: `${judged} x-ratelimit-* values parsed` };
  },
};

export const remainingDecreases: Check = {
  id: 'rate-limits.remaining-decreases',
  title:
    'x-ratelimit-remaining-* counts requests: below the limit after a request, going down from one request to the next',
  feature: 'rate-limits',
  level: 'SHOULD',
  source: guide(
    'rate limits in headers (remaining = requests left before the limit)',
    'guides/rate-limits#rate-limits-in-headers',
  ),
  breaks: ['client-side throttling that trusts remaining'],
  divergences: [42],
  probes: [SEQ],
  grade(t) {
    const first = answeredOf(t, SEQ, FIRST);
    if (!first.ok) return first.grade;
    const second = answeredOf(t, SEQ, SECOND);
    if (!second.ok) return second.grade;
    const seen = [first.value.ex, second.value.ex].map((ex) => ({ label: ex.label, h: ex.response!.headers }));
    const count = (h: Record<string, string>, name: string) =>
      /^\d+$/.test(h[name] ?? '') ? Number(h[name]) : undefined;
    const pairs = (['requests', 'tokens'] as const).flatMap((k) => {
      const [a, b] = seen.map((s) => count(s.h, `x-ratelimit-remaining-${k}`));
      const [la, lb] = seen.map((s) => count(s.h, `x-ratelimit-limit-${k}`));
      return a === undefined || b === undefined ? [] : [{ k, a, b, la, lb }];
    });
    if (!pairs.length) {
      // absent headers are allowed (most servers send none): a SHOULD grades that, so this check has nothing to say
      const sent = seen.some((x) =>
        ['requests', 'tokens'].some((k) => x.h[`x-ratelimit-remaining-${k}`] !== undefined),
      );
      if (!sent)
        return {
          status: 'inconclusive',
          message: `${SEQ} sent no x-ratelimit-remaining-* header (rate-limits.headers-present grades their absence)`,
        };
      return {
        status: 'untestable',
        message: `no x-ratelimit-remaining-* header parses as a count on both requests of ${SEQ} (see rate-limits.headers-parse)`,
        prerequisite: 'rate-limits.headers-parse',
      };
    }
    // a full bucket right after a request means the request was not counted (static or passed-through values)
    const requests = pairs.find((p) => p.k === 'requests');
    if (
      requests &&
      ((requests.la !== undefined && requests.a >= requests.la) ||
        (requests.lb !== undefined && requests.b >= requests.lb))
    ) {
      return {
        status: 'fail',
        message: `${SEQ}: x-ratelimit-remaining-requests equals the limit right after a request (${requests.a}, ${requests.b} of ${requests.la ?? requests.lb}): requests are not counted`,
        details: { seen: pairs },
      };
    }
    const down = pairs.find((p) => p.b < p.a);
    if (down) return { status: 'pass', message: `x-ratelimit-remaining-${down.k} went from ${down.a} to ${down.b}` };
    // the buckets refill continuously: with a high limit, the refill between two requests can cover one request
    return {
      status: 'pass',
      message: `remaining stayed below the limit (${pairs.map((p) => `${p.k} ${p.a} → ${p.b}`).join(', ')})`,
      details: { note: 'remaining did not go down: the refill between the two requests covered them' },
    };
  },
};

export const headerChecks: Check[] = [headersPresent, headersParse, remainingDecreases];
