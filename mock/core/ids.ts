// Identifiers that need no runtime crypto module, so the core runs in browsers (MSW) and Node alike.

export function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  let out = '';
  for (const b of buf) out += b.toString(16).padStart(2, '0');
  return out;
}

export function requestId(): string {
  return `req_${randomHex(16)}`;
}

/**
 * A stable, non-reversible label for an API key (FNV-1a 64-bit), so ledgers and journals can group by key
 * without ever holding the key itself.
 */
export function keyFingerprint(key: string | undefined): string {
  if (key === undefined || key === '') return 'anonymous';
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const unit of new TextEncoder().encode(key)) {
    hash ^= BigInt(unit);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return `key_${hash.toString(16).padStart(16, '0')}`;
}
