// Flat per-request metering: every accepted request is one unit at its model's price, whatever its token count.
// Quota checks reserve a slot synchronously, so concurrent requests can neither overspend nor vanish from the ledger.

export interface LedgerEntry {
  id: string; // the request id (x-request-id)
  key: string; // key fingerprint, never the key
  model: string;
  endpoint: string;
  stream: boolean;
  tokens: { prompt: number; completion: number; total: number };
  units: 1;
  cost: number; // USD
  time: string; // ISO 8601
}

export interface LedgerTotals {
  requests: number;
  units: number;
  cost: number;
  tokens: number;
  byKey: Record<string, { requests: number; cost: number; tokens: number }>;
  byModel: Record<string, { requests: number; cost: number; tokens: number }>;
}

export interface Reservation {
  readonly key: string;
  settled: boolean;
}

export class Ledger {
  #entries: LedgerEntry[] = [];
  readonly #spent = new Map<string, number>(); // committed + reserved units per key

  /** Takes one unit of `key`'s quota, or returns null when it is spent. Synchronous by design. */
  reserve(key: string, quota: number): Reservation | null {
    const spent = this.#spent.get(key) ?? 0;
    if (spent >= quota) return null;
    this.#spent.set(key, spent + 1);
    return { key, settled: false };
  }

  commit(reservation: Reservation, entry: Omit<LedgerEntry, 'key' | 'units'>): LedgerEntry {
    if (reservation.settled) throw new Error('[conform] ledger: reservation settled twice. This is a bug in the mock pipeline.');
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
      time: entry.time,
    };
    this.#entries.push(full);
    return full;
  }

  /** Gives the unit back: the request was refused after the reservation (e.g. an injected error). */
  release(reservation: Reservation): void {
    if (reservation.settled) return;
    reservation.settled = true;
    this.#spent.set(reservation.key, Math.max(0, (this.#spent.get(reservation.key) ?? 1) - 1));
  }

  spent(key: string): number {
    return this.#spent.get(key) ?? 0;
  }

  entries(filter: { key?: string } = {}): LedgerEntry[] {
    return this.#entries.filter((e) => filter.key === undefined || e.key === filter.key).map((e) => ({ ...e }));
  }

  totals(): LedgerTotals {
    const totals: LedgerTotals = { requests: 0, units: 0, cost: 0, tokens: 0, byKey: {}, byModel: {} };
    let micro = 0; // sum in micro-dollars so thousands of 0.002 entries add up exactly
    const microBy = { byKey: new Map<string, number>(), byModel: new Map<string, number>() };
    for (const e of this.#entries) {
      totals.requests += 1;
      totals.units += e.units;
      totals.tokens += e.tokens.total;
      const m = Math.round(e.cost * 1e6);
      micro += m;
      for (const [group, name] of [['byKey', e.key], ['byModel', e.model]] as const) {
        const row = (totals[group][name] ??= { requests: 0, cost: 0, tokens: 0 });
        row.requests += 1;
        row.tokens += e.tokens.total;
        microBy[group].set(name, (microBy[group].get(name) ?? 0) + m);
        row.cost = microBy[group].get(name)! / 1e6;
      }
    }
    totals.cost = micro / 1e6;
    return totals;
  }

  reset(): void {
    this.#entries = [];
    this.#spent.clear();
  }
}
