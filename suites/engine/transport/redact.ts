// Secrets never reach a transcript, a report or the console: every string the engine stores or prints
// goes through a Redactor built from the API key (and any secret-looking --header value).
export const REDACTED = '[REDACTED]';

/** header names whose value is always a credential */
const SECRET_HEADERS = new Set(['authorization', 'api-key', 'x-api-key', 'proxy-authorization', 'cookie', 'set-cookie']);
// a credential-like last word ("x-goog-api-key", "x-auth-token"), not "x-ratelimit-limit-tokens"
const SECRET_NAME = /(^|[-_])(auth|authorization|key|apikey|token|secret|password|cookie|session)$/i;

export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: Array<string | undefined>) {
    // the longest first, so a key that contains another secret is replaced whole;
    // very short values are skipped: replacing "a" everywhere would shred every report
    this.secrets = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4))].sort(
      (a, b) => b.length - a.length,
    );
  }

  /** the secret values of extra headers whose names look like credentials */
  static headerSecrets(headers: Record<string, string>): string[] {
    return Object.entries(headers)
      .filter(([name]) => SECRET_HEADERS.has(name.toLowerCase()) || SECRET_NAME.test(name))
      .map(([, value]) => value.replace(/^(bearer|basic)\s+/i, ''));
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
      // a key with characters JSON escapes appears escaped inside JSON bodies
      const escaped = JSON.stringify(secret).slice(1, -1);
      if (escaped !== secret && out.includes(escaped)) out = out.split(escaped).join(REDACTED);
    }
    return out;
  }

  headers(headers: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      out[name] = SECRET_HEADERS.has(name.toLowerCase()) || SECRET_NAME.test(name) ? redactCredential(value) : this.text(value);
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

/** keeps the scheme so a reader still sees how the request authenticated */
function redactCredential(value: string): string {
  const scheme = /^(bearer|basic)\s+/i.exec(value);
  return scheme ? `${scheme[0]}${REDACTED}` : REDACTED;
}
