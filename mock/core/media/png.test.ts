import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from './checksums.ts';
import { readImageInfo } from './image-info.ts';
import { encodePng } from './png.ts';

const RED = [255, 0, 0] as const;
const BLUE = [0, 0, 255] as const;

/** the IDAT payload inflated by node:zlib, and every chunk's CRC checked */
function decode(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    expect(view.getUint32(at + 8 + len), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  return new Uint8Array(inflateSync(Buffer.concat(idat)));
}

describe('encodePng', () => {
  it('writes an indexed PNG that zlib inflates to the packed rows', () => {
    const png = encodePng({ width: 10, height: 3, palette: [RED, BLUE], bitDepth: 1, pixel: (x) => x % 2 });
    expect(readImageInfo(png)).toEqual({ ok: true, format: 'png', width: 10, height: 3 });
    const raw = decode(png);
    expect(raw.length).toBe(3 * (1 + 2)); // filter byte + 10 bits in 2 bytes, per row
    expect([...raw.subarray(0, 3)]).toEqual([0, 0b01010101, 0b01000000]);
  });

  it('spans several stored blocks for large images (1-bit 1024×1024 stays small)', () => {
    const png = encodePng({
      width: 1024,
      height: 1024,
      palette: [RED, BLUE],
      bitDepth: 1,
      pixel: (x, y) => (x ^ y) & 1,
    });
    expect(png.length).toBeLessThan(140_000);
    expect(decode(png).length).toBe(1024 * 129);
  });

  it('packs 2-, 4- and 8-bit indexes', () => {
    for (const bitDepth of [2, 4, 8] as const) {
      const png = encodePng({ width: 5, height: 2, palette: [RED, BLUE, [0, 255, 0]], bitDepth, pixel: (x) => x % 3 });
      expect(decode(png).length).toBe(2 * (1 + Math.ceil((5 * bitDepth) / 8)));
    }
  });

  it('refuses sizes and palettes it cannot encode, saying what was wrong', () => {
    expect(() =>
      encodePng({ width: 0, height: 2, palette: [RED], bitDepth: 1, pixel: () => 0 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: [conform] encodePng: width and height must be positive integers, got 0×2]`,
    );
    expect(() => encodePng({ width: 1, height: 1, palette: [RED, BLUE, RED], bitDepth: 1, pixel: () => 0 })).toThrow(
      /3 colours/,
    );
  });
});
