// Scripted faults: "the next N requests fail like this", consumed in order, for tests that drive the mock by API.
import { validateFaults } from './parse.ts';
import type { FaultSpec } from './types.ts';

export class FaultSchedule {
  #queue: Array<{ faults: FaultSpec; left: number }> = [];

  /** Queues `spec` for the next `times` requests, after anything already queued. Throws on a bad spec. */
  next(spec: FaultSpec | string, times = 1): void {
    if (!Number.isSafeInteger(times) || times < 1)
      throw new Error(`[conform] Bad fault count: ${times}. Use an integer of at least 1.`);
    const r = validateFaults(spec, 'a scripted fault');
    if (!r.ok) throw new Error(r.message);
    this.#queue.push({ faults: r.faults, left: times });
  }

  /** The faults of the request being served, if any are scripted; uses one of them up. */
  take(): FaultSpec | undefined {
    const head = this.#queue[0];
    if (head === undefined) return undefined;
    if (--head.left === 0) this.#queue.shift();
    return head.faults;
  }

  /** how many requests still have scripted faults waiting */
  get pending(): number {
    return this.#queue.reduce((n, e) => n + e.left, 0);
  }

  clear(): void {
    this.#queue = [];
  }
}
