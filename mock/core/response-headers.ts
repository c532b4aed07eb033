// Headers every API answer carries, whatever its status.
import type { RequestContext } from './context.ts';
import type { MockState } from './state.ts';
import type { MockResponse } from './types.ts';

export function finishHeaders(state: MockState, ctx: RequestContext, res: MockResponse): MockResponse {
  const elapsed = Math.max(0, Math.round(state.options.clock.now() - ctx.started));
  // rate-limit headers taken at admission are already there; others show the key's current window
  const limits = 'x-ratelimit-limit-requests' in res.headers ? undefined : state.limiter.headers(ctx.fp);
  const headers: Record<string, string> = {
    ...limits,
    ...res.headers,
    'x-request-id': ctx.id,
    'openai-version': '2020-10-01',
    'openai-processing-ms': String(elapsed),
    'openai-organization': 'conform-mock',
    'access-control-allow-origin': '*',
    'access-control-expose-headers':
      'X-Request-ID, OpenAI-Processing-MS, OpenAI-Version, X-RateLimit-Limit-Requests, X-RateLimit-Limit-Tokens, X-RateLimit-Remaining-Requests, X-RateLimit-Remaining-Tokens, X-RateLimit-Reset-Requests, X-RateLimit-Reset-Tokens, Retry-After, Retry-After-Ms, X-Conform-Metered-Units, X-Conform-Metered-Cost',
  };
  if (ctx.route.name === 'preflight') {
    headers['access-control-allow-methods'] = 'GET, POST, OPTIONS';
    headers['access-control-allow-headers'] = ctx.req.headers['access-control-request-headers'] ?? '*';
    headers['access-control-max-age'] = '600';
  }
  return { ...res, headers };
}
