import { describe, expect, it } from 'vitest';
import { readDataUrl } from './data-url.ts';

describe('readDataUrl', () => {
  it('gives the MIME type and bytes of a base64 data: URL', () => {
    expect(readDataUrl('data:image/PNG;base64,AAEC', 100)).toEqual({
      ok: true,
      mime: 'image/png',
      bytes: Uint8Array.from([0, 1, 2]),
    });
  });

  it('refuses an oversized image from its length alone, before decoding', () => {
    const big = `data:image/png;base64,${'A'.repeat(4 * 1_000_000)}`;
    expect(readDataUrl(big, 1000)).toMatchObject({ ok: false, code: 'image_too_large' });
  });

  it('names what is wrong', () => {
    expect(['https://x/a.png', 'data:image/png,abc', 'data:image/png;base64,@@@@'].map((u) => readDataUrl(u, 100)))
      .toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_image_url",
          "ok": false,
          "reason": "not a data: URL",
        },
        {
          "code": "invalid_base64_image",
          "ok": false,
          "reason": "a data: URL that is not base64",
        },
        {
          "code": "invalid_base64_image",
          "ok": false,
          "reason": "invalid base64 data",
        },
      ]
    `);
  });
});
