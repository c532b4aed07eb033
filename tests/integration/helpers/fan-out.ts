// How many checks each recorded request feeds: re-grade the checks over proxied transcripts and count, per
// exchange, the distinct checks that read its response. The preflight is left out (no check grades it).
import type { Check, Exchange, RunContext, TranscriptSet } from '../../../suites/index.ts';

export function fanOut(
  checks: readonly Check[],
  t: TranscriptSet,
  ctx: RunContext,
): { exchanges: number; reads: number } {
  const readers = new Map<Exchange, Set<string>>();
  let current = '';
  const wrap = (ex: Exchange) =>
    new Proxy(ex, {
      get(target, key, recv) {
        if (key === 'response') (readers.get(target) ?? readers.set(target, new Set()).get(target)!).add(current);
        return Reflect.get(target, key, recv);
      },
    });
  const proxied: TranscriptSet = Object.fromEntries(
    Object.entries(t).map(([k, tr]) => [k, { ...tr, exchanges: tr.exchanges.map(wrap) }]),
  );
  for (const check of checks) {
    current = check.id;
    check.grade(proxied, ctx);
  }
  const exchanges = Object.entries(t)
    .filter(([k]) => k !== 'preflight')
    .flatMap(([, tr]) => tr.exchanges);
  const reads = exchanges.reduce((n, ex) => n + (readers.get(ex)?.size ?? 0), 0);
  return { exchanges: exchanges.length, reads };
}
