// Every authenticated request the mock saw, in order, so app tests can assert on what they sent (retries
// included). Bounded three ways, because a shared server runs for days: a number of entries, a prefix of each
// body, and a byte budget over all of them (oldest dropped first).

import { BoundedQueue } from './bounded-queue.ts';
import type { ConformCases } from '../../schemas/generated/cases.ts';
import type { JournalAnswer } from './journal-answer.ts';
import { journalToCases } from './journal-cases.ts';

export interface JournalEntry {
  id: string; // x-request-id of the answer
  time: string; // ISO 8601
  method: string;
  path: string;
  headers: Record<string, string>; // credentials redacted, long values cut
  body: unknown; // parsed JSON, or the raw text when it did not parse or was cut
  /** set when the body was cut: `body` is then the first 1 MiB characters of the raw text, of this many */
  bodyChars?: number;
  key: string; // key fingerprint
  retryCount: number | null; // x-stainless-retry-count, when the SDK sent it
  status: number; // filled in when the answer is known
  stream: boolean;
  /** what the mock answered, as far as recorded cases need it (finish reason, tools called) */
  answer?: JournalAnswer;
}

export interface JournalLimits {
  /** entries kept */
  entries: number;
  /** characters of each body kept; a longer body is kept as its raw prefix */
  bodyChars: number;
  /** characters of bodies and headers kept over all entries */
  totalChars: number;
}

export const JOURNAL_DEFAULTS: JournalLimits = { entries: 10_000, bodyChars: 1 << 20, totalChars: 64 << 20 };

const HEADER_VALUE_CHARS = 1024;
// names of headers that carry credentials whatever their value (x-api-key, x-goog-api-key, x-auth-token,
// x-amz-security-token, proxy-authorization, cookie, x-csrf-token, x-session-id …)
const SECRET_NAME = /auth|key|token|secret|passw|cookie|session|credential|signature|csrf/i;
// values that look like a credential under any name: an auth scheme, a known key prefix, a JWT, a long opaque run
const SECRET_VALUE =
  /^\s*(?:bearer|basic|digest|token|apikey|hmac|aws4-hmac)\s|\b(?:sk|pk|rk|ak)[-_][A-Za-z0-9_-]{8,}|\bey[A-Za-z0-9_-]{8,}\.ey|\b(?:AKIA|ASIA)[A-Z0-9]{12,}|\b(?:ghp|gho|github_pat|glpat|xox[abpr]|AIza)[A-Za-z0-9_-]{8,}|[A-Za-z0-9+/_=-]{40,}/i;
// request headers every client sends whose values are long but never secret
const PLAIN = new Set([
  'user-agent',
  'accept',
  'accept-encoding',
  'accept-language',
  'content-type',
  'host',
  'referer',
  'origin',
]);

/** Headers as the journal keeps them: credentials replaced by "[redacted]", values cut at 1 KiB. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = String(headers[name]);
    const kept = value.length > HEADER_VALUE_CHARS ? value.slice(0, HEADER_VALUE_CHARS) + '…' : value;
    // tested on the kept prefix: a header may be 16 KiB, and SECRET_VALUE is not linear on every input
    out[name] = SECRET_NAME.test(name) || (!PLAIN.has(name) && SECRET_VALUE.test(kept)) ? '[redacted]' : kept;
  }
  return out;
}

/** What one request brings to the journal; the journal decides how much of the body it keeps. */
export type JournalRecord = Omit<JournalEntry, 'body' | 'bodyChars' | 'answer'> & {
  raw: string | undefined;
  parsed: { ok: true; value: unknown } | { ok: false };
};

export class Journal {
  readonly #entries = new BoundedQueue<{ entry: JournalEntry; chars: number }>();
  readonly #limits: JournalLimits;
  #chars = 0;

  constructor(limits: Partial<JournalLimits> = {}) {
    this.#limits = { ...JOURNAL_DEFAULTS, ...limits };
  }

  record(r: JournalRecord): JournalEntry {
    const { raw, parsed } = r;
    const rawChars = raw?.length ?? 0;
    const cut = rawChars > this.#limits.bodyChars;
    const body = cut ? copyOf(raw!.slice(0, this.#limits.bodyChars)) : parsed.ok ? parsed.value : raw;
    // field by field: a spread would send every entry down V8's slow object path
    const entry: JournalEntry = {
      id: r.id,
      time: r.time,
      method: r.method,
      path: r.path,
      headers: r.headers,
      body,
      key: r.key,
      retryCount: r.retryCount,
      status: r.status,
      stream: r.stream,
    };
    if (cut) entry.bodyChars = rawChars;
    let chars = Math.min(rawChars, this.#limits.bodyChars);
    for (const name in r.headers) chars += name.length + r.headers[name].length;
    this.#entries.push({ entry, chars });
    this.#chars += chars;
    while (
      this.#entries.size > this.#limits.entries ||
      (this.#chars > this.#limits.totalChars && this.#entries.size > 1)
    ) {
      this.#chars -= this.#entries.shift()!.chars;
    }
    return entry;
  }

  entries(filter: { path?: string; key?: string } = {}): JournalEntry[] {
    const out: JournalEntry[] = [];
    for (const { entry: e } of this.#entries.slice()) {
      if ((filter.path === undefined || e.path === filter.path) && (filter.key === undefined || e.key === filter.key))
        out.push(e);
    }
    return out;
  }

  /**
   * The requests seen as a cases document for `conform cases FILE`: one case per distinct request, expectations
   * inferred from the answers, secrets stripped (journal-cases.ts).
   */
  toCases(filter: { path?: string; key?: string } = {}): ConformCases {
    return journalToCases(this.entries(filter));
  }

  last(): JournalEntry | undefined {
    return this.#entries.last()?.entry;
  }

  /** Entries dropped to stay within the limits since the last clear(). */
  get dropped(): number {
    return this.#entries.dropped;
  }

  clear(): void {
    this.#entries.clear();
    this.#chars = 0;
  }
}

/** A string of its own: V8 keeps a slice as a view of the whole, which would hold the 16 MiB body alive. */
function copyOf(slice: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(slice));
}
