// Headers every API answer carries, whatever its status.
import type { RequestContext } from './context.ts';
import type { MockState } from './state.ts';
import type { MockDraft } from './types.ts';

const EXPOSE =
  'X-Request-ID, OpenAI-Processing-MS, OpenAI-Version, X-RateLimit-Limit-Requests, X-RateLimit-Limit-Tokens, X-RateLimit-Remaining-Requests, X-RateLimit-Remaining-Tokens, X-RateLimit-Reset-Requests, X-RateLimit-Reset-Tokens, Retry-After, Retry-After-Ms, X-Conform-Metered-Units, X-Conform-Metered-Cost';

/** Completes the answer's headers in place: every answer object is made fresh for its request. */
export function finishHeaders<T extends MockDraft>(state: MockState, ctx: RequestContext, res: T): T {
  const headers = res.headers;
  // rate-limit headers taken at admission are already there; others show the key's current window
  if (!('x-ratelimit-limit-requests' in headers)) {
    for (const [name, value] of Object.entries(state.limiter.headers(ctx.fp)))
      if (!(name in headers)) headers[name] = value;
  }
  headers['x-request-id'] = ctx.id;
  headers['openai-version'] = '2020-10-01';
  headers['openai-processing-ms'] = String(Math.max(0, Math.round(state.options.clock.now() - ctx.started)));
  headers['openai-organization'] = 'conform-mock';
  headers['access-control-allow-origin'] = '*';
  headers['access-control-expose-headers'] = EXPOSE;
  if (ctx.route.name === 'preflight') {
    headers['access-control-allow-methods'] = 'GET, POST, OPTIONS';
    headers['access-control-allow-headers'] = ctx.req.headers['access-control-request-headers'] ?? '*';
    headers['access-control-max-age'] = '600';
  }
  return res;
}
