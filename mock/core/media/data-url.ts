// data: URLs of images (RFC 2397, base64 form): the MIME type and the bytes, with the size checked from the
// text's length before anything is decoded.
import { base64Length, decodeBase64 } from './base64.ts';

export type DataUrl = { ok: true; mime: string; bytes: Uint8Array } | { ok: false; reason: string; code: string };

export function readDataUrl(url: string, maxBytes: number): DataUrl {
  const m = /^data:([^;,]*)((?:;[^;,]*)*),/i.exec(url);
  if (!m) return { ok: false, reason: 'not a data: URL', code: 'invalid_image_url' };
  if (!/;base64$/i.test(m[2]))
    return { ok: false, reason: 'a data: URL that is not base64', code: 'invalid_base64_image' };
  const text = url.slice(m[0].length);
  const size = base64Length(text);
  if (size !== undefined && size > maxBytes)
    return { ok: false, reason: `an image of ${size} bytes, over the ${maxBytes}-byte limit`, code: 'image_too_large' };
  const bytes = decodeBase64(text);
  if (!bytes) return { ok: false, reason: 'invalid base64 data', code: 'invalid_base64_image' };
  return { ok: true, mime: m[1].toLowerCase(), bytes };
}
