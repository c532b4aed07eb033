// Flat per-request metering: every accepted request is one unit at its model's price, whatever its token count.
// Quota checks reserve a slot synchronously, so concurrent requests can neither overspend nor vanish from the ledger.
// Totals are running sums, exact forever; the entries themselves are a window of the newest `limit` (a server
// that runs for days cannot keep one per request, and a read must not add up 100k entries).

import { BoundedQueue } from './bounded-queue.ts';

export interface LedgerEntry {
  id: string; // the request id (x-request-id)
  key: string; // key fingerprint, never the key
  model: string;
  endpoint: string;
  stream: boolean;
  tokens: { prompt: number; completion: number; total: number };
  units: 1;
  cost: number; // USD
  /** USD of the same request priced per token (options.tokenPrices): both pricing models side by side */
  tokenCost: number;
  time: string; // ISO 8601
}

export interface LedgerRow {
  requests: number;
  cost: number;
  tokens: number;
}

export interface LedgerTotals {
  requests: number;
  units: number;
  cost: number;
  /** the same requests priced per token */
  tokenCost: number;
  tokens: number;
  byKey: Record<string, LedgerRow>;
  byModel: Record<string, LedgerRow>;
  /** every answer the API routes gave, metered or not, by HTTP status */
  byStatus: Record<string, number>;
}

export interface Reservation {
  readonly key: string;
  settled: boolean;
}

/** Rows kept per key; the keys past it (a client may send a new one every request) share OTHER_KEYS. */
export const MAX_KEY_ROWS = 10_000;
export const OTHER_KEYS = '(other keys)';
export const DEFAULT_LEDGER_LIMIT = 10_000;

interface MicroRow {
  requests: number;
  micro: number; // cost in micro-dollars, so thousands of 0.002 entries add up exactly
  tokens: number;
}

export class Ledger {
  readonly #limit: number;
  readonly #entries = new BoundedQueue<LedgerEntry>();
  readonly #spent = new Map<string, number>(); // committed + reserved units per key, when a quota is set
  #requests = 0;
  #micro = 0;
  #tokenNano = 0; // per-token cost in nano-dollars: a request of a few tokens costs fractions of a micro-dollar
  #tokens = 0;
  readonly #byKey = new Map<string, MicroRow>();
  readonly #byModel = new Map<string, MicroRow>();
  readonly #byStatus = new Map<number, number>();

  /** `limit`: entries kept (0 keeps the totals only). */
  constructor(limit = DEFAULT_LEDGER_LIMIT) {
    this.#limit = limit;
  }

  /** Takes one unit of `key`'s quota, or returns null when it is spent. Synchronous by design. */
  reserve(key: string, quota: number): Reservation | null {
    if (quota === Infinity) return { key, settled: false }; // nothing to count against
    const spent = this.#spent.get(key) ?? 0;
    if (spent >= quota) return null;
    this.#spent.set(key, spent + 1);
    return { key, settled: false };
  }

  commit(reservation: Reservation, entry: Omit<LedgerEntry, 'key' | 'units'>): LedgerEntry {
    if (reservation.settled)
      throw new Error('[conform] ledger: reservation settled twice. This is a bug in the mock pipeline.');
    reservation.settled = true;
    const full: LedgerEntry = {
      id: entry.id,
      key: reservation.key,
      model: entry.model,
      endpoint: entry.endpoint,
      stream: entry.stream,
      tokens: entry.tokens,
      units: 1,
      cost: entry.cost,
      tokenCost: entry.tokenCost,
      time: entry.time,
    };
    const micro = Math.round(entry.cost * 1e6);
    this.#requests += 1;
    this.#micro += micro;
    this.#tokenNano += Math.round(entry.tokenCost * 1e9);
    this.#tokens += entry.tokens.total;
    const keyRow = this.#byKey.size < MAX_KEY_ROWS || this.#byKey.has(full.key) ? full.key : OTHER_KEYS;
    add(this.#byKey, keyRow, micro, entry.tokens.total);
    add(this.#byModel, full.model, micro, entry.tokens.total);
    if (this.#limit > 0) {
      this.#entries.push(full);
      if (this.#entries.size > this.#limit) this.#entries.shift();
    }
    return full;
  }

  /** Gives the unit back: the request was refused after the reservation (e.g. an injected error). */
  release(reservation: Reservation): void {
    if (reservation.settled) return;
    reservation.settled = true;
    const spent = this.#spent.get(reservation.key);
    if (spent !== undefined) this.#spent.set(reservation.key, Math.max(0, spent - 1));
  }

  /** Counts an answer of an API route by its status (metered or refused). */
  answered(status: number): void {
    this.#byStatus.set(status, (this.#byStatus.get(status) ?? 0) + 1);
  }

  spent(key: string): number {
    return this.#spent.get(key) ?? 0;
  }

  /** Entries of the window, oldest first: `offset` counts from the oldest kept, `limit` bounds the page. */
  entries(filter: { key?: string; offset?: number; limit?: number } = {}): LedgerEntry[] {
    const { key, offset = 0, limit = Infinity } = filter;
    if (key === undefined) return this.#entries.slice(offset, limit).map((e) => ({ ...e }));
    return this.#entries
      .slice()
      .filter((e) => e.key === key)
      .slice(offset, offset + limit)
      .map((e) => ({ ...e }));
  }

  /** Entries in the window now, and entries that have left it since the last reset. */
  get window(): { kept: number; dropped: number; limit: number } {
    return { kept: this.#entries.size, dropped: this.#requests - this.#entries.size, limit: this.#limit };
  }

  totals(): LedgerTotals {
    return {
      requests: this.#requests,
      units: this.#requests,
      cost: this.#micro / 1e6,
      tokenCost: this.#tokenNano / 1e9,
      tokens: this.#tokens,
      byKey: rows(this.#byKey),
      byModel: rows(this.#byModel),
      // Object.fromEntries defines own properties: an id "__proto__" stays a row, never the prototype
      byStatus: Object.fromEntries([...this.#byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => [String(s), n])),
    };
  }

  reset(): void {
    this.#entries.clear();
    this.#spent.clear();
    this.#requests = 0;
    this.#micro = 0;
    this.#tokenNano = 0;
    this.#tokens = 0;
    this.#byKey.clear();
    this.#byModel.clear();
    this.#byStatus.clear();
  }
}

function add(rows: Map<string, MicroRow>, name: string, micro: number, tokens: number): void {
  const row = rows.get(name);
  if (row === undefined) rows.set(name, { requests: 1, micro, tokens });
  else {
    row.requests += 1;
    row.micro += micro;
    row.tokens += tokens;
  }
}

function rows(map: Map<string, MicroRow>): Record<string, LedgerRow> {
  return Object.fromEntries(
    [...map].map(([name, r]) => [name, { requests: r.requests, cost: r.micro / 1e6, tokens: r.tokens }]),
  );
}
