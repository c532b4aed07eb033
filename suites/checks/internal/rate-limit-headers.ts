// Parsing the x-ratelimit-* headers (reference A5): counts are non-negative integers, resets are Go durations
// ("1s", "6m0s", "12ms", "1h2m3.5s"); retry-after is seconds or an HTTP date, retry-after-ms is milliseconds.

export const RATE_LIMIT_HEADERS = [
  'x-ratelimit-limit-requests',
  'x-ratelimit-limit-tokens',
  'x-ratelimit-remaining-requests',
  'x-ratelimit-remaining-tokens',
  'x-ratelimit-reset-requests',
  'x-ratelimit-reset-tokens',
] as const;

const UNIT_MS: Record<string, number> = {
  h: 3_600_000,
  m: 60_000,
  s: 1000,
  ms: 1,
  us: 0.001,
  µs: 0.001,
  μs: 0.001,
  ns: 0.000001,
};

/** Milliseconds of a Go duration string, or undefined when it is not one. "0" alone is valid Go. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d+)?|\.\d+)(ms|us|µs|μs|ns|h|m|s)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * UNIT_MS[m[2]];
    consumed = re.lastIndex;
  }
  return consumed === text.length && consumed > 0 ? total : undefined;
}

/** Why a present x-ratelimit-* value is malformed, or undefined when it is fine. */
export function rateLimitValueProblem(name: string, value: string): string | undefined {
  if (name.includes('-reset-')) {
    return parseGoDuration(value.trim()) === undefined
      ? `${name}: ${JSON.stringify(value)} is not a duration like "1s", "6m0s" or "12ms"`
      : undefined;
  }
  return /^\d+$/.test(value.trim()) ? undefined : `${name}: ${JSON.stringify(value)} is not a non-negative integer`;
}

/** Milliseconds a 429 asks the client to wait: retry-after-ms first, then retry-after (seconds or HTTP date). */
export function retryDelayMs(
  headers: Record<string, string>,
  now = Date.now(),
): { ms: number; from: string } | undefined {
  const ms = headers['retry-after-ms'];
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return { ms: Number(ms), from: 'retry-after-ms' };
  const ra = headers['retry-after'];
  if (ra === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(ra.trim())) return { ms: Number(ra) * 1000, from: 'retry-after' };
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : { ms: Math.max(0, date - now), from: 'retry-after' };
}
