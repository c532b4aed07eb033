// "Did you mean …": the candidates nearest a mistyped name, by edit distance, or containing it (or it them).

/** Levenshtein distance: insertions, deletions and substitutions each cost 1 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * up to `max` candidates, nearest first: within an edit distance of a third of the name (at least 2), or
 * one containing the other ignoring case ("gpt-4o-minii" → gpt-4o-mini, gpt-4o)
 */
export function closest(name: string, candidates: readonly string[], max = 3): string[] {
  const lower = name.toLowerCase();
  const within = Math.max(2, Math.floor(name.length / 3));
  return [...new Set(candidates)]
    .map((c) => ({ c, d: editDistance(lower, c.toLowerCase()) }))
    .filter(
      ({ c, d }) =>
        d <= within || (c.length >= 3 && (lower.includes(c.toLowerCase()) || c.toLowerCase().includes(lower))),
    )
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, max)
    .map(({ c }) => c);
}
