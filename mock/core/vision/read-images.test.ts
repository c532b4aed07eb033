import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../media/base64.ts';
import { encodePng } from '../media/png.ts';
import { describeImages, readImages } from './read-images.ts';

const png = (w: number, h: number) =>
  `data:image/png;base64,${encodeBase64(encodePng({ width: w, height: h, palette: [[9, 9, 9]], bitDepth: 1, pixel: () => 0 }))}`;
const ask = (...parts: unknown[]) => [{ role: 'user', content: [{ type: 'text', text: 'what is this?' }, ...parts] }];
const image = (url: string, detail?: string) => ({
  type: 'image_url',
  image_url: { url, ...(detail ? { detail } : {}) },
});

describe('readImages', () => {
  it('reads data: URLs (format, size, tokens by detail) and accepts https: URLs unread', () => {
    const r = readImages(
      ask(image(png(64, 32), 'low'), image(png(1024, 1024)), image('https://example.com/cat.png')),
      true,
    );
    expect(r).toMatchObject({
      ok: true,
      images: [
        { format: 'png', width: 64, height: 32, detail: 'low', tokens: 85 },
        { format: 'png', width: 1024, height: 1024, detail: 'auto', tokens: 765 },
        { detail: 'auto', tokens: 255 },
      ],
    });
    expect(describeImages((r as any).images.slice(0, 1))).toMatchInlineSnapshot(`"I see a PNG image of 64×32 pixels."`);
    expect(describeImages((r as any).images.slice(2))).toMatchInlineSnapshot(
      `"I see an image given by URL (not fetched)."`,
    );
    expect(readImages([{ role: 'user', content: 'text only' }], false)).toEqual({ ok: true, images: [] });
  });

  it('answers what the API refuses with its 400', () => {
    const errorOf = (r: ReturnType<typeof readImages>) => (r.ok ? undefined : (r.error.json as any).error);
    expect(errorOf(readImages(ask(image(png(2, 2))), false))).toMatchInlineSnapshot(`
      {
        "code": null,
        "message": "Invalid content type. image_url is only supported by certain models.",
        "param": "messages.[0].content.[1].type",
        "type": "invalid_request_error",
      }
    `);
    expect(
      errorOf(readImages(ask(image(`data:text/plain;base64,${encodeBase64(new Uint8Array(3))}`)), true))?.message,
    ).toBe('Invalid MIME type. Only image types are supported.');
    expect(
      errorOf(
        readImages(ask(image(`data:image/png;base64,${encodeBase64(new TextEncoder().encode('not a png'))}`)), true),
      )?.code,
    ).toBe('invalid_image_format');
    expect(errorOf(readImages(ask(image('data:image/png;base64,%%%')), true))?.code).toBe('invalid_base64_image');
    expect(errorOf(readImages(ask(image('ftp://x/y.png')), true))?.code).toBe('invalid_image_url');
  });
});
