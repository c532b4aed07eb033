import { describe, expect, it } from 'vitest';
import { adler32, crc32 } from './checksums.ts';

describe('checksums', () => {
  it('CRC-32 and Adler-32 match the published check values', () => {
    const check = new TextEncoder().encode('123456789');
    expect(crc32(check).toString(16)).toBe('cbf43926');
    expect(adler32(check).toString(16)).toBe('91e01de');
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('CRC-32 continues over pieces; Adler-32 stays right past the 5552-byte modulo window', () => {
    const data = Uint8Array.from({ length: 20_000 }, () => 255);
    expect(crc32(data.subarray(7), crc32(data.subarray(0, 7)))).toBe(crc32(data));
    // Adler-32 by its definition, with the modulo taken every step
    let a = 1;
    let b = 0;
    for (const x of data) {
      a = (a + x) % 65521;
      b = (b + a) % 65521;
    }
    expect(adler32(data)).toBe(((b << 16) | a) >>> 0);
  });
});
