// Wilson score interval: a sane 95% interval for a pass rate even with few trials or 0/n and n/n.
export function wilson(passed: number, total: number, z = 1.96): { low: number; high: number } {
  if (total === 0) return { low: 0, high: 1 };
  const p = passed / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const margin = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  const denom = 1 + z2 / total;
  const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1e4) / 1e4;
  return { low: round((centre - margin) / denom), high: round((centre + margin) / denom) };
}
