// Media in transcripts, for graders: the bytes of a binary answer (kept as base64 by the transport), and what a
// PNG or WAV really holds. PNGs are decoded with node:zlib, independently of the mock's encoder; WAV headers are
// read with the mock's reader (a header walk, no decoding).
import { inflateSync } from 'node:zlib';
import type { Exchange } from '../../engine/types.ts';
import { readWavInfo, type WavRead } from '../../../mock/core/media/wav.ts';

export { readWavInfo, type WavRead };

/** the body's bytes: decoded from base64 when the transport kept a binary body, else the text's UTF-8 */
export function bodyBytes(ex: Exchange): Uint8Array {
  const res = ex.response!;
  return res.encoding === 'base64'
    ? new Uint8Array(Buffer.from(res.body, 'base64'))
    : new TextEncoder().encode(res.body);
}

/** strict base64 (what openai-node's Buffer.from would decode without complaint is not enough: it skips junk) */
export function strictBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

export type PngRead = { ok: true; width: number; height: number } | { ok: false; reason: string };

/** a PNG decoded far enough to know it is one: signature, IHDR, every chunk's length, the IDAT stream inflated
 *  to exactly the scanline bytes its header promises */
export function readPng(b: Uint8Array): PngRead {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  if (b.length < 8 || sig.some((v, i) => b[i] !== v)) return { ok: false, reason: `not a PNG (starts ${hexStart(b)})` };
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let width = 0;
  let height = 0;
  let bitsPerPixel = 0;
  const idat: Uint8Array[] = [];
  let ended = false;
  for (let at = 8; at + 8 <= b.length && !ended;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    if (at + 12 + len > b.length) return { ok: false, reason: `the ${type} chunk runs past the end of the file` };
    const data = b.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[data[9]] ?? 0;
      bitsPerPixel = channels * data[8];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') ended = true;
    at += 12 + len;
  }
  if (!width || !height || !bitsPerPixel) return { ok: false, reason: 'a PNG without a valid IHDR chunk' };
  if (!ended) return { ok: false, reason: 'a PNG without its IEND chunk (cut short?)' };
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch (e) {
    return { ok: false, reason: `its image data does not inflate: ${(e as Error).message}` };
  }
  const want = height * (1 + Math.ceil((width * bitsPerPixel) / 8));
  if (raw.length !== want)
    return { ok: false, reason: `its image data holds ${raw.length} bytes, ${width}×${height} needs ${want}` };
  return { ok: true, width, height };
}

function hexStart(b: Uint8Array): string {
  return [...b.subarray(0, 8)].map((x) => x.toString(16).padStart(2, '0')).join(' ') || 'empty';
}
