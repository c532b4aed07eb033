// Stable hashing and a seeded PRNG: every "random" choice the model makes flows from the request, never from
// the clock or Math.random, so the same request always gets the same answer.

/** 53-bit string hash (cyrb53): cheap, well mixed, and identical on every JS runtime. */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** JSON with sorted object keys, so `{a,b}` and `{b,a}` hash alike. Loops, not map/filter/join: it runs on every request. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (i in value) out += stableStringify(value[i]); // a hole stays empty, as Array#map leaves it
    }
    return out + ']';
  }
  const obj = value as Record<string, unknown>;
  const keys = sortKeys(Object.keys(obj));
  let out = '{';
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += quotedKey(k) + ':' + stableStringify(v);
  }
  return out + '}';
}

/** Array#sort's default order (UTF-16 units, which `<` compares too); insertion sort for the usual few keys. */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 8) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i];
    let j = i - 1;
    for (; j >= 0 && keys[j] > k; j--) keys[j + 1] = keys[j];
    keys[j + 1] = k;
  }
  return keys;
}

// requests reuse a handful of key names (role, content, type…): quote each once; bounded for odd clients
const QUOTED = new Map<string, string>();

function quotedKey(key: string): string {
  let q = QUOTED.get(key);
  if (q === undefined) {
    q = JSON.stringify(key);
    if (QUOTED.size < 1024) QUOTED.set(key, q);
  }
  return q;
}

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [0, n) */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

/**
 * splitmix32 seeded from a 53-bit hash; fast and good enough for picking words. A class rather than closures:
 * tsx names every closure it creates (a defineProperty each), which showed in the bench at one rng per choice.
 */
class SplitMix32 implements Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = (seed ^ Math.floor(seed / 4294967296)) >>> 0;
  }

  next(): number {
    this.#state = (this.#state + 0x9e3779b9) | 0;
    let z = this.#state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

export function createRng(seed: number): Rng {
  return new SplitMix32(seed);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` alphanumerics derived from a key (ids such as call_…). */
export function alphanumeric(key: string, length: number): string {
  const rng = createRng(hashString(key));
  let out = '';
  for (let i = 0; i < length; i++) out += ALNUM[rng.int(ALNUM.length)];
  return out;
}
