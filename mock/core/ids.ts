// Identifiers that need no runtime crypto module, so the core runs in browsers (MSW) and Node alike.

// one getRandomValues call per 4 KiB of ids: the call itself costs more than the bytes under load
const POOL = new Uint8Array(4096);
let used = POOL.length;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function randomHex(bytes: number): string {
  if (bytes > POOL.length) throw new Error(`[conform] randomHex: ${bytes} bytes is more than the pool holds.`);
  if (used + bytes > POOL.length) {
    globalThis.crypto.getRandomValues(POOL);
    used = 0;
  }
  let out = '';
  for (let i = used; i < used + bytes; i++) out += HEX[POOL[i]];
  used += bytes;
  return out;
}

export function requestId(): string {
  return `req_${randomHex(16)}`;
}

/**
 * A stable, non-reversible label for an API key (FNV-1a 64-bit), so ledgers and journals can group by key
 * without ever holding the key itself.
 */
const fingerprints = new Map<string, string>(); // a test run uses a handful of keys; hashing each request costs

export function keyFingerprint(key: string | undefined): string {
  if (key === undefined || key === '') return 'anonymous';
  const known = fingerprints.get(key);
  if (known !== undefined) return known;
  const fp = fnv1a64(key);
  if (fingerprints.size >= 1024) fingerprints.clear();
  fingerprints.set(key, fp);
  return fp;
}

function fnv1a64(key: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const unit of new TextEncoder().encode(key)) {
    hash ^= BigInt(unit);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return `key_${hash.toString(16).padStart(16, '0')}`;
}
