// Base64 both ways over bytes, runtime-free (no Buffer): strict on input, since a data: URL or a b64_json field
// that a real decoder would refuse must get the API's 400, not a guess.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    chunk += ALPHABET[n >>> 18] + ALPHABET[(n >>> 12) & 63] + ALPHABET[(n >>> 6) & 63] + ALPHABET[n & 63];
    // string concatenation past a few KB makes ropes that are slow to flatten: join in slices
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) chunk += ALPHABET[bytes[i] >>> 2] + ALPHABET[(bytes[i] & 3) << 4] + '==';
  else if (rest === 2) {
    const n = (bytes[i] << 8) | bytes[i + 1];
    chunk += ALPHABET[n >>> 10] + ALPHABET[(n >>> 4) & 63] + ALPHABET[(n & 15) << 2] + '=';
  }
  parts.push(chunk);
  return parts.join('');
}

/** the byte length `text` decodes to, without decoding it; undefined when it cannot be base64 (bad length) */
export function base64Length(text: string): number | undefined {
  if (text.length % 4 !== 0) return undefined;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/** the bytes, or undefined when `text` is not canonical padded base64 (whitespace, stray characters, bad padding) */
export function decodeBase64(text: string): Uint8Array | undefined {
  const length = base64Length(text);
  if (length === undefined) return undefined;
  const out = new Uint8Array(length);
  const end = text.length - ((text.length / 4) * 3 - length); // where the padding starts
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const at = i + k;
      if (at >= end) {
        if (text.charCodeAt(at) !== 61) return undefined; // only "=" may follow the data
        n <<= 6;
        continue;
      }
      const c = text.charCodeAt(at);
      const v = c < 128 ? VALUE[c] : -1;
      if (v < 0) return undefined;
      n = (n << 6) | v;
    }
    if (o < length) out[o++] = n >>> 16;
    if (o < length) out[o++] = (n >>> 8) & 255;
    if (o < length) out[o++] = n & 255;
  }
  return out;
}
