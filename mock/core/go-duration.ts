// OpenAI formats x-ratelimit-reset-* like Go's time.Duration.String(): "1s", "6m0s", "12ms", "17.218s".
export function formatGoDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '0s';
  // below a millisecond Go prints µs/ns, which many header parsers reject: round up to 1ms instead
  if (ms < 1) return '1ms';
  if (ms < 1000) return `${trim(ms, 3)}ms`;
  const totalSeconds = ms / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds - hours * 3600) / 60);
  const seconds = totalSeconds - hours * 3600 - minutes * 60;
  const s = `${trim(seconds, 3)}s`;
  if (hours > 0) return `${hours}h${minutes}m${s}`;
  if (minutes > 0) return `${minutes}m${s}`;
  return s;
}

function trim(value: number, decimals: number): string {
  // toFixed then strip trailing zeros, so 1.500 → "1.5" and 6.000 → "6"
  return value.toFixed(decimals).replace(/\.?0+$/, '');
}
