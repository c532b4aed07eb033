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
 * A label for an API key, so ledgers and journals can group by key without ever holding it: HMAC-SHA-256
 * under a secret drawn when the process starts. Unsalted, a fingerprint in a journal let anyone confirm a
 * guessed key offline; with the secret, only this process can tell which key a label stands for.
 */
const secret = globalThis.crypto.getRandomValues(new Uint8Array(32));
let hmacKey: Promise<CryptoKey> | undefined;
const fingerprints = new Map<string, string>(); // a test run uses a handful of keys; hashing each request costs

/** The key's label, synchronously when it was seen before (the usual case), else once the HMAC is done. */
export function keyFingerprint(key: string | undefined): string | Promise<string> {
  if (key === undefined || key === '') return 'anonymous';
  return fingerprints.get(key) ?? computeFingerprint(key);
}

async function computeFingerprint(key: string): Promise<string> {
  hmacKey ??= globalThis.crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', await hmacKey, new TextEncoder().encode(key)));
  let hex = '';
  for (let i = 0; i < 8; i++) hex += HEX[mac[i]];
  const fp = `key_${hex}`;
  if (fingerprints.size >= 1024) fingerprints.clear(); // bounded: a client may send a new key every request
  fingerprints.set(key, fp);
  return fp;
}
