// The two load models. Closed loop: `concurrency` workers, each sends when its last request ended. Open loop:
// sends at scheduled times whatever the server does, latency counted from the schedule, so a stalled server
// cannot hide its tail (coordinated omission); a send that falls behind goes at once, never skipped.

/** `fire` resolves false when nothing more may be sent (budget spent). */
export type Fire = (index: number, scheduled: number) => Promise<boolean>;

export async function closedLoop(opts: {
  concurrency: number;
  count?: number;
  durationMs?: number;
  fire: Fire;
}): Promise<void> {
  const start = performance.now();
  let next = 0;
  let stop = false;
  const more = () =>
    !stop &&
    (opts.count === undefined || next < opts.count) &&
    (opts.durationMs === undefined || performance.now() - start < opts.durationMs);
  const worker = async () => {
    while (more()) {
      const i = next++;
      if (!(await opts.fire(i, performance.now()))) stop = true;
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
}

export interface OpenLoopStats {
  /** sends more than `lateMs` behind schedule */
  late: number;
  /** sends per second actually made, first to last send */
  achievedRate: number;
}

export async function openLoop(opts: {
  offsets: number[];
  fire: Fire;
  maxInFlight: number;
  lateMs?: number;
}): Promise<OpenLoopStats> {
  const lateMs = opts.lateMs ?? 10;
  const start = performance.now();
  const pending = new Set<Promise<void>>();
  let late = 0;
  let stop = false;
  let lastSend = start;
  for (let i = 0; i < opts.offsets.length && !stop; i++) {
    const scheduled = start + opts.offsets[i]!;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    // a cap on what is in flight bounds memory on an endpoint that never answers; the wait shows as queue time
    while (pending.size >= opts.maxInFlight) await Promise.race(pending);
    lastSend = performance.now();
    if (lastSend - scheduled > lateMs) late++;
    const p: Promise<void> = opts.fire(i, scheduled).then((more) => {
      if (!more) stop = true;
      pending.delete(p);
    });
    pending.add(p);
  }
  await Promise.all(pending);
  const n = opts.offsets.length;
  return { late, achievedRate: n > 1 && lastSend > start ? (n - 1) / ((lastSend - start) / 1000) : 0 };
}
