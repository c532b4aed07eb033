// API keys: read from the request, checked against the configured set. An empty set accepts anything.
import { errors } from './errors.ts';
import type { MockJsonDraft } from './types.ts';

/** The key a client sent: `Authorization: Bearer <key>`, or Azure's `api-key` header. */
export function apiKeyOf(headers: Record<string, string>): string | undefined {
  const auth = headers['authorization'];
  if (auth !== undefined) {
    // trimmed first: /^\s*bearer\s+(.*?)\s*$/ is quadratic on a header of spaces
    const value = auth.trim();
    const scheme = /^bearer\s+/i.exec(value);
    return scheme && value.length > scheme[0].length ? value.slice(scheme[0].length) : undefined;
  }
  const key = headers['api-key'];
  return key === undefined || key === '' ? undefined : key;
}

export function checkKey(key: string | undefined, allowed: ReadonlySet<string>): MockJsonDraft | undefined {
  if (allowed.size === 0) return undefined;
  if (key === undefined) return errors.missingKey();
  return allowed.has(key) ? undefined : errors.wrongKey();
}
