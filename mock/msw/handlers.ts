// MSW adapter (msw 2 and 3, the app's own copy): one catch-all handler under the base URL that hands each request
// to the mock core. Requests under that base URL that skip MSW are stopped (see bypass-guard.ts).
import { http, type HttpHandler } from 'msw';
import type { CreateMockExtras, Mock } from '../core/create-mock.ts';
import type { MockOptions } from '../core/options.ts';
import { baseRoute, DEFAULT_BASE_URL } from '../fetch/base-route.ts';
import { mockOf } from '../fetch/mock-of.ts';
import { fromRequest } from '../fetch/to-mock-request.ts';
import { toResponse } from '../fetch/to-response.ts';
import { guardAgainstBypass } from './bypass-guard.ts';

export interface MockHandlersOptions {
  /** the base URL the app's client uses; default the OpenAI SDK's, https://api.openai.com/v1 */
  baseUrl?: string;
  /**
   * refuse connections to baseUrl's host and port that bypass MSW (a client created before server.listen()), with
   * an error naming the fix, instead of letting them reach the network; default true
   */
  guardBypass?: boolean;
}

export function createMockHandlers(
  mockOrOptions: Mock | (MockOptions & CreateMockExtras) = {},
  { baseUrl = DEFAULT_BASE_URL, guardBypass = true }: MockHandlersOptions = {},
): HttpHandler[] {
  const mock = mockOf(mockOrOptions);
  const route = baseRoute(baseUrl);
  if (guardBypass) guardAgainstBypass(new URL(route.prefix));
  return [
    http.all(`${route.prefix}*`, async ({ request }) => {
      const at = route.locate(request.url);
      if (at === undefined) return undefined; // MSW's pattern and ours disagree: let MSW go on
      const req = await fromRequest(request, at);
      req.baseUrl = route.prefix.slice(0, -1);
      return toResponse(await mock.handle(req));
    }),
  ];
}
