// Test helper: the JSON paths at which two values differ, so a test can assert a quirk changed only what it should.

export function diffPaths(a: unknown, b: unknown, path = '$'): string[] {
  if (Object.is(a, b)) return [];
  const bothObjects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null;
  if (!bothObjects || Array.isArray(a) !== Array.isArray(b)) return [path];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const key of keys) {
    const sub = Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`;
    const inA = Object.hasOwn(a, key);
    const inB = Object.hasOwn(b, key);
    if (inA !== inB) out.push(sub);
    else out.push(...diffPaths((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], sub));
  }
  return out;
}
