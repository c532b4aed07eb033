import { describe, expect, it } from 'vitest';
import { readImageInfo } from './image-info.ts';
import { encodePng } from './png.ts';

const bytes = (...parts: Array<number[] | string>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** a minimal baseline JPEG header: SOI, an APP0 segment, then SOF0 with the size */
const jpeg = (w: number, h: number) =>
  bytes([0xff, 0xd8, 0xff, 0xe0, 0, 4, 1, 2], [0xff, 0xc0, 0, 11, 8, h >> 8, h & 255, w >> 8, w & 255, 1, 1, 0x11, 0]);
const gif = (w: number, h: number, frames: number) =>
  bytes(
    'GIF89a',
    [w & 255, w >> 8, h & 255, h >> 8, 0, 0, 0],
    ...Array.from({ length: frames }, () => [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]),
    [0x3b],
  );

describe('readImageInfo', () => {
  it('reads the size of each format from its header', () => {
    const png = encodePng({ width: 300, height: 7, palette: [[0, 0, 0]], bitDepth: 1, pixel: () => 0 });
    expect(readImageInfo(png)).toMatchObject({ format: 'png', width: 300, height: 7 });
    expect(readImageInfo(jpeg(640, 480))).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
    expect(readImageInfo(gif(20, 10, 1))).toEqual({ ok: true, format: 'gif', width: 20, height: 10, animated: false });
    expect(readImageInfo(gif(20, 10, 2))).toMatchObject({ animated: true });
    const vp8 = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ', [0, 0, 0, 0, 0, 0, 0, 0x9d, 0x01, 0x2a, 64, 0, 32, 0]);
    expect(readImageInfo(vp8)).toMatchObject({ format: 'webp', width: 64, height: 32 });
    const bits = (99 - 1) | ((49 - 1) << 14);
    const vp8l = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8L', [
      0,
      0,
      0,
      0,
      0x2f,
      bits & 255,
      (bits >> 8) & 255,
      (bits >> 16) & 255,
      bits >>> 24,
    ]);
    expect(readImageInfo(vp8l)).toMatchObject({ format: 'webp', width: 99, height: 49 });
    const vp8x = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8X', [0, 0, 0, 0, 0, 0, 0, 0], [199, 0, 0, 99, 0, 0]);
    expect(readImageInfo(vp8x)).toMatchObject({ format: 'webp', width: 200, height: 100 });
  });

  it('declared sizes are numbers, never allocations: a 4-billion-pixel PNG header reads instantly', () => {
    const png = encodePng({ width: 1, height: 1, palette: [[0, 0, 0]], bitDepth: 1, pixel: () => 0 });
    png.set([0xff, 0xff, 0xff, 0xff], 16);
    expect(readImageInfo(png)).toMatchObject({ ok: true, width: 4294967295, height: 1 });
  });

  it('says why a file is not a readable image', () => {
    const reasons = [
      bytes('hello world, not an image'),
      encodePng({ width: 1, height: 1, palette: [[0, 0, 0]], bitDepth: 1, pixel: () => 0 }).subarray(0, 20),
      jpeg(1, 1).subarray(0, 12),
      bytes([0xff, 0xd8, 0xff, 0xda, 0, 2]),
      bytes('GIF89a', [1, 0]),
      bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ', [0, 0]),
      bytes('RIFF', [0, 0, 0, 0], 'WEBPXXXX'),
      jpeg(0, 10),
    ].map((b) => readImageInfo(b));
    expect(reasons).toMatchInlineSnapshot(`
      [
        {
          "ok": false,
          "reason": "not a PNG, JPEG, GIF or WebP file (unknown signature)",
        },
        {
          "ok": false,
          "reason": "a PNG cut before its IHDR chunk",
        },
        {
          "ok": false,
          "reason": "a JPEG cut inside its frame header",
        },
        {
          "ok": false,
          "reason": "a JPEG without a frame header (SOF) in its first bytes",
        },
        {
          "ok": false,
          "reason": "a GIF cut before its screen descriptor",
        },
        {
          "ok": false,
          "reason": "a lossy WebP cut or without its start code",
        },
        {
          "ok": false,
          "reason": "a WebP with an unknown first chunk "XXXX"",
        },
        {
          "ok": false,
          "reason": "a JPEG header that declares 0×10 pixels",
        },
      ]
    `);
  });
});
