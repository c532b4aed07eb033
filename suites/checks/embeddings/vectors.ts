// Vector helpers: base64 little-endian float32 decoding (what openai-node does) and closeness.

/** decode base64 as little-endian float32, or explain why it cannot be */
export function decodeFloat32(b64: string): number[] | string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return 'not base64';
  const buf = Buffer.from(b64, 'base64');
  if (buf.length % 4 !== 0) return `${buf.length} bytes is not a whole number of float32 values`;
  const out: number[] = [];
  for (let i = 0; i < buf.length; i += 4) out.push(buf.readFloatLE(i));
  return out;
}

/** cosine similarity; real servers may differ in the last bits between calls */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? (na === nb ? 1 : 0) : dot / Math.sqrt(na * nb);
}

export const SAME = 0.999;

export function isFloatVector(v: unknown): v is number[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
}
