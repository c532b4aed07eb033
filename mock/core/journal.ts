// Every request the mock saw, in order, so app tests can assert on what they sent (retries included).

export interface JournalEntry {
  id: string; // x-request-id of the answer
  time: string; // ISO 8601
  method: string;
  path: string;
  headers: Record<string, string>; // credentials redacted
  body: unknown; // parsed JSON, or the raw text when it did not parse
  key: string; // key fingerprint
  retryCount: number | null; // x-stainless-retry-count, when the SDK sent it
  status: number; // filled in when the answer is known
  stream: boolean;
}

const SECRET_HEADERS = new Set(['authorization', 'api-key', 'x-api-key', 'proxy-authorization', 'cookie']);

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name] = SECRET_HEADERS.has(name) ? '[redacted]' : headers[name]; // no entry arrays per request
  return out;
}

export class Journal {
  #entries: JournalEntry[] = [];
  readonly #limit: number;

  constructor(limit = 10_000) {
    this.#limit = limit; // bounded so a long-running server does not grow without end
  }

  record(entry: JournalEntry): JournalEntry {
    this.#entries.push(entry);
    while (this.#entries.length > this.#limit) this.#entries.shift();
    return entry;
  }

  entries(filter: { path?: string; key?: string } = {}): JournalEntry[] {
    return this.#entries.filter(
      (e) => (filter.path === undefined || e.path === filter.path) && (filter.key === undefined || e.key === filter.key),
    );
  }

  last(): JournalEntry | undefined {
    return this.#entries.at(-1);
  }

  clear(): void {
    this.#entries = [];
  }
}
