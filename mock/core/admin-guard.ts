// Who may use the admin API (/_conform/…): it reads every journaled body and resets quotas, so a shared mock
// must not serve it to anyone who can reach the port, nor to a web page the developer happens to open.
// - Host: only localhost names and IP addresses (a page cannot reach it through DNS rebinding) → 403;
// - key: the admin key when one is set, else any API key when keys are set, else none → 401;
// - POST: JSON only (a page can send text/plain or a form without a CORS preflight) → 415.
// Admin answers never carry CORS headers.
import { apiKeyOf } from './auth.ts';
import { apiError } from './errors.ts';
import type { ResolvedOptions } from './options.ts';
import type { MockJsonDraft, MockRequest } from './types.ts';

export function guardAdmin(
  options: Pick<ResolvedOptions, 'adminKey' | 'apiKeys'>,
  req: Pick<MockRequest, 'method' | 'headers'>,
  action: string,
): MockJsonDraft | undefined {
  const host = req.headers['host'];
  if (host !== undefined && !isLocalHost(hostnameOf(host))) {
    const shown = host.length > 80 ? `${host.slice(0, 80)}…` : host;
    return refuse(
      403,
      `[conform] mock admin: refused a request for host ${JSON.stringify(shown)}: the admin API answers only for localhost and IP addresses, so a web page cannot reach it through DNS rebinding. Call it as http://127.0.0.1:PORT/_conform/${action}.`,
      'forbidden_host',
    );
  }
  const keys = options.adminKey !== undefined ? new Set([options.adminKey]) : options.apiKeys;
  if (keys.size > 0) {
    const key = apiKeyOf(req.headers);
    if (key === undefined || !keys.has(key)) {
      const which = options.adminKey !== undefined ? 'the admin key (--admin-key)' : 'one of the API keys (--api-key)';
      return refuse(
        401,
        `[conform] mock admin: ${key === undefined ? 'no key' : 'a wrong key'} was sent. The admin API needs ${which} as "Authorization: Bearer <key>".`,
        'invalid_api_key',
      );
    }
  }
  if (req.method.toUpperCase() === 'POST') {
    const type = req.headers['content-type'];
    if (type === undefined || type.split(';')[0].trim().toLowerCase() !== 'application/json') {
      const seen = type === undefined ? 'none' : JSON.stringify(type.length > 80 ? `${type.slice(0, 80)}…` : type);
      return refuse(
        415,
        `[conform] mock admin: POST /_conform/${action} takes "content-type: application/json", got ${seen}. Admin writes take JSON only, so a web page cannot send one as a form.`,
        'unsupported_media_type',
      );
    }
  }
  return undefined;
}

function refuse(status: number, message: string, code: string): MockJsonDraft {
  const res = apiError(status, { message, type: 'invalid_request_error', param: null, code });
  res.headers['cache-control'] = 'no-store';
  return res;
}

/** "host:port", "[v6]:port" or a bare name, without the port, lower-case. */
function hostnameOf(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.indexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** A name DNS rebinding cannot hide behind: localhost, or an address written as such. */
function isLocalHost(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost') || IPV4.test(name) || IPV6.test(name);
}
