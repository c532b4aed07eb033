// Secrets never reach a transcript, a report or the console: every string the engine stores or prints
// goes through a Redactor built from the API key (and any secret-looking --header value). It replaces each
// secret raw, JSON-escaped or URL-encoded in any mix of escaped and plain characters (escaped-text.ts),
// base64-encoded alone or inside a longer base64 value such as `Bearer KEY` or `user:KEY` (secret-variants.ts),
// and the fragments a split or a size cap leaves of a long secret (secret-match.ts).
import { decodeEscapes, sourceRange } from './escaped-text.ts';
import { FRAGMENT_SECRET_MIN, SecretMatcher } from './secret-match.ts';
import { base64Variants } from './secret-variants.ts';

export const REDACTED = '[REDACTED]';

/** header names whose value is always a credential */
const SECRET_HEADERS = new Set([
  'authorization',
  'api-key',
  'x-api-key',
  'proxy-authorization',
  'cookie',
  'set-cookie',
]);
// a credential-like last word ("x-goog-api-key", "x-auth-token"), not "x-ratelimit-limit-tokens"
const SECRET_NAME = /(^|[-_])(auth|authorization|key|apikey|token|secret|password|cookie|session)$/i;

export interface RedactorOptions {
  /** values that are secrets in form only (the bundled mock's published key): replaced whole, no fragments */
  publicValues?: string[];
}

export class Redactor {
  private readonly matcher: SecretMatcher;
  private readonly empty: boolean;

  constructor(secrets: Array<string | undefined>, options: RedactorOptions = {}) {
    // very short values are skipped: replacing "a" everywhere would shred every report
    const values = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4))];
    const isPublic = new Set(options.publicValues ?? []);
    const whole: string[] = [];
    const withFragments: string[] = [];
    for (const v of values) {
      const variants = [v, ...base64Variants(v)];
      if (v.length >= FRAGMENT_SECRET_MIN && !isPublic.has(v)) withFragments.push(...variants);
      else whole.push(...variants);
      // a key with characters JSON escapes (a backslash) appears escaped once inside JSON bodies
      const escaped = JSON.stringify(v).slice(1, -1);
      if (escaped !== v) whole.push(escaped);
    }
    this.matcher = new SecretMatcher(whole, withFragments);
    this.empty = values.length === 0;
  }

  /** the secret values of extra headers whose names look like credentials */
  static headerSecrets(headers: Record<string, string>): string[] {
    return Object.entries(headers)
      .filter(([name]) => SECRET_HEADERS.has(name.toLowerCase()) || SECRET_NAME.test(name))
      .map(([, value]) => value.replace(/^(bearer|basic)\s+/i, ''));
  }

  text(value: string): string {
    if (this.empty || value.length < 4) return value;
    const ranges: Array<[number, number]> = [];
    this.matcher.find(value, ranges);
    const decoded = decodeEscapes(value);
    if (decoded.marks) {
      const found: Array<[number, number]> = [];
      this.matcher.find(decoded.text, found);
      for (const [a, b] of found) ranges.push(sourceRange(decoded, a, b));
    }
    return ranges.length === 0 ? value : replaceRanges(value, ranges);
  }

  headers(headers: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      out[name] =
        SECRET_HEADERS.has(name.toLowerCase()) || SECRET_NAME.test(name) ? redactCredential(value) : this.text(value);
    }
    return out;
  }

  /** every string (and object key) in a JSON-like value */
  deep<T>(value: T): T {
    return this.walk(value, 0) as T;
  }

  private walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value === null || typeof value !== 'object' || depth > 200) return value;
    if (Array.isArray(value)) return value.map((v) => this.walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.walk(v, depth + 1);
    return out;
  }
}

/** overlapping ranges merge into one [REDACTED] */
function replaceRanges(value: string, ranges: Array<[number, number]>): string {
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (let i = 0; i < ranges.length;) {
    const start = ranges[i][0];
    let end = ranges[i][1];
    for (i++; i < ranges.length && ranges[i][0] <= end; i++) end = Math.max(end, ranges[i][1]);
    if (start < at) continue;
    out += value.slice(at, start) + REDACTED;
    at = end;
  }
  return out + value.slice(at);
}

/** keeps the scheme so a reader still sees how the request authenticated */
function redactCredential(value: string): string {
  const scheme = /^(bearer|basic)\s+/i.exec(value);
  return scheme ? `${scheme[0]}${REDACTED}` : REDACTED;
}
