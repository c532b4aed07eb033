import { describe, expect, it } from 'vitest';
import { base64Length, decodeBase64, encodeBase64 } from './base64.ts';

describe('base64', () => {
  it('round-trips every length against Buffer', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64Length(text)).toBe(n);
      expect(decodeBase64(text)).toEqual(bytes);
    }
  });

  it('refuses what a strict decoder refuses: whitespace, stray characters, bad length, inner padding', () => {
    for (const bad of ['aGVsbG8', 'aGVs bG8=', 'aGVs\nbG8=', 'aGV*bG8=', 'a=Vsb', 'aG=sbG8=', '===='])
      expect(decodeBase64(bad), bad).toBeUndefined();
    expect(decodeBase64('')).toEqual(new Uint8Array(0));
  });
});
