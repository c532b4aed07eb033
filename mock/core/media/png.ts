// A PNG encoder for indexed-colour images (colour type 3, bit depth 1, 2, 4 or 8). The zlib stream holds stored
// (uncompressed) deflate blocks: no compressor to carry, and a 1-bit 1024×1024 image is still only ~130 KB.
// Output decodes with any PNG reader (node:zlib inflates stored blocks like any others).
import { adler32, crc32 } from './checksums.ts';

export type Rgb = readonly [number, number, number];

export interface IndexedImage {
  width: number;
  height: number;
  /** 2 ** bitDepth colours at most */
  palette: readonly Rgb[];
  bitDepth: 1 | 2 | 4 | 8;
  /** the palette index of pixel (x, y) */
  pixel(x: number, y: number): number;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const STORED_MAX = 65_535; // a stored block's LEN is 16 bits

export function encodePng(image: IndexedImage): Uint8Array {
  const { width, height, palette, bitDepth } = image;
  if (!(width >= 1 && height >= 1 && Number.isInteger(width) && Number.isInteger(height)))
    throw new RangeError(`[conform] encodePng: width and height must be positive integers, got ${width}×${height}`);
  if (palette.length < 1 || palette.length > 2 ** bitDepth)
    throw new RangeError(`[conform] encodePng: ${palette.length} colours do not fit bit depth ${bitDepth}`);
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([bitDepth, 3, 0, 0, 0], 8); // indexed colour, deflate, adaptive filtering, no interlace
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((c, i) => plte.set(c, i * 3));
  const chunks = [
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', zlibStored(scanlines(image))),
    chunk('IEND', new Uint8Array(0)),
  ];
  return concat([Uint8Array.from(SIGNATURE), ...chunks]);
}

export type Rgba = readonly [number, number, number, number];

/**
 * A truecolour PNG with alpha (colour type 6, 8 bits a channel): what image edits take (dall-e-2 wants RGBA, LA or
 * L, and reads the transparent pixels as the area to edit).
 */
export function encodeRgbaPng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Uint8Array {
  if (!(width >= 1 && height >= 1 && Number.isInteger(width) && Number.isInteger(height)))
    throw new RangeError(`[conform] encodeRgbaPng: width and height must be positive integers, got ${width}×${height}`);
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, truecolour with alpha, deflate, adaptive filtering, no interlace
  const rowBytes = width * 4 + 1;
  const raw = new Uint8Array(rowBytes * height); // each row: filter byte 0 (none), then RGBA per pixel
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * rowBytes + 1 + x * 4);
  const chunks = [chunk('IHDR', ihdr), chunk('IDAT', zlibStored(raw)), chunk('IEND', new Uint8Array(0))];
  return concat([Uint8Array.from(SIGNATURE), ...chunks]);
}

/** the raw image data: per row a filter byte (0, none) and the packed indexes, most significant bits first */
function scanlines({ width, height, bitDepth, pixel }: IndexedImage): Uint8Array {
  const rowBytes = Math.ceil((width * bitDepth) / 8);
  const out = new Uint8Array((rowBytes + 1) * height);
  const perByte = 8 / bitDepth;
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    for (let x = 0; x < width; x++) {
      const shift = 8 - bitDepth * ((x % perByte) + 1);
      out[row + Math.floor(x / perByte)] |= (pixel(x, y) & ((1 << bitDepth) - 1)) << shift;
    }
  }
  return out;
}

/** a zlib stream (RFC 1950) of stored deflate blocks (RFC 1951 §3.2.4) */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / STORED_MAX));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  out[0] = 0x78; // deflate, 32 KB window
  out[1] = 0x01; // no dictionary, fastest; 0x7801 is a multiple of 31 as FCHECK requires
  let o = 2;
  for (let b = 0; b < blocks; b++) {
    const start = b * STORED_MAX;
    const len = Math.min(STORED_MAX, data.length - start);
    out[o++] = b === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00
    out[o++] = len & 255;
    out[o++] = len >>> 8;
    out[o++] = ~len & 255;
    out[o++] = (~len >>> 8) & 255;
    out.set(data.subarray(start, start + len), o);
    o += len;
  }
  new DataView(out.buffer).setUint32(o, adler32(data));
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
