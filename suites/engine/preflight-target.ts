// What the preflight's GET /models says about the target itself: unreachable, not speaking HTTP or TLS,
// rejecting the key, or answering something that is not the API (usually a --base-url without /v1).
import type { Exchange } from './types.ts';

/** the fix to suggest when the base URL names no API version: "Should --base-url end in /v1? …" */
export function versionHint(baseUrl: string): string | undefined {
  let path: string;
  try {
    path = new URL(baseUrl).pathname;
  } catch {
    return undefined;
  }
  // /v1, /v1beta/openai, /api/v2: a version is named, so the path is deliberate
  if (/\/v\d+[a-z0-9]*(\/|$)/i.test(path)) return undefined;
  return `Should --base-url end in /v1? Try --base-url ${baseUrl.replace(/\/+$/, '')}/v1`;
}

/** a reason the run cannot go on, from the GET /models exchange; undefined when the target answered the API */
export function targetProblem(ex: Exchange, baseUrl: string): string | undefined {
  const where = `GET ${baseUrl}/models`;
  if (ex.error && !ex.response) return transportProblem(ex.error, where, baseUrl);
  if (ex.error) return `[conform] target misbehaved: ${where} ${ex.error.message}.`;
  const res = ex.response!;
  const type = res.headers['content-type'] ?? '';
  if (res.status === 401 || res.status === 403) {
    return `[conform] the target rejected the API key: ${where} answered ${res.status}. Pass a valid key with --api-key or OPENAI_API_KEY.`;
  }
  const hint = versionHint(baseUrl);
  if (/html/i.test(type) || /^\s*<(!doctype|html)/i.test(res.body)) {
    return `[conform] the target answered HTML, not the API: ${where} gave ${res.status} ${type || 'without a content-type'}. ${hint ? `${hint}.` : 'Check --base-url (it usually ends in /v1).'}`;
  }
  if (hint && res.status === 404) return `[conform] no API at ${baseUrl}: ${where} answered 404. ${hint}.`;
  return undefined;
}

function transportProblem(error: NonNullable<Exchange['error']>, where: string, baseUrl: string): string {
  switch (error.kind) {
    case 'tls': {
      const plain = baseUrl.replace(/^https:/i, 'http:');
      const fix =
        /does not speak TLS/.test(error.message) && plain !== baseUrl
          ? `The port probably serves plain HTTP: try --base-url ${plain}`
          : 'Check the certificate and the port in --base-url';
      return `[conform] TLS failed: ${where} ${error.message}. ${fix}.`;
    }
    case 'protocol':
      return `[conform] the target does not answer HTTP/1.1 properly: ${where} ${error.message}. Check that --base-url names the API's port.`;
    case 'connection':
      if (/without answering/.test(error.message)) {
        return `[conform] the target hung up: ${where} ${error.message}. Check that --base-url names the API's port, and the server's log.`;
      }
      return `[conform] target unreachable: ${where} ${error.message}. Check --base-url and that the server is up.`;
    case 'timeout':
      return `[conform] target unreachable: ${where} ${error.message}. Check --base-url and that the server is up.`;
    default:
      return `[conform] ${where} failed: ${error.message}.`;
  }
}
