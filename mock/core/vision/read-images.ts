// Image parts of a chat request (spec: ChatCompletionRequestMessageContentPartImage; reference A7): data: URLs are
// decoded and their header read (format, size); http(s) URLs are accepted unread, as the mock never goes online:
// the answer says "an image given by URL (not fetched)" and bills one tile, the same for every URL.
// What the API refuses gets its 400: a model that cannot see, a MIME type or file that is not an image, an image
// over 20 MB, more than 500 images.
import { apiError, errors } from '../errors.ts';
import { readDataUrl } from '../media/data-url.ts';
import { readImageInfo, type ImageFormat } from '../media/image-info.ts';
import { imageTokens, type ImageDetail } from '../media/image-tokens.ts';
import type { MockJsonDraft } from '../types.ts';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGES = 500;

export interface SeenImage {
  /** undefined for http(s) URLs, which the mock does not fetch */
  format?: ImageFormat;
  width?: number;
  height?: number;
  detail: ImageDetail;
  tokens: number;
}

export type ImagesRead = { ok: true; images: SeenImage[] } | { ok: false; error: MockJsonDraft };

/** the image parts of `messages`; `canSee` false turns the first one into the API's 400 */
export function readImages(messages: unknown, canSee: boolean): ImagesRead {
  const images: SeenImage[] = [];
  if (!Array.isArray(messages)) return { ok: true, images };
  for (let m = 0; m < messages.length; m++) {
    const content = (messages[m] as { content?: unknown })?.content;
    if (!Array.isArray(content)) continue;
    for (let p = 0; p < content.length; p++) {
      const part = content[p] as { type?: unknown; image_url?: { url?: unknown; detail?: unknown } };
      if (part?.type !== 'image_url') continue;
      const at = `messages.[${m}].content.[${p}]`;
      if (!canSee)
        // observed (reference A7): code null, param the part's type
        return fail(
          errors.invalidBody(
            'Invalid content type. image_url is only supported by certain models.',
            `${at}.type`,
            null,
          ),
        );
      if (images.length === MAX_IMAGES)
        return fail(errors.invalidBody(`Too many images in request. Max is ${MAX_IMAGES}.`, null, 'too_many_images'));
      const seen = readImage(part.image_url?.url, part.image_url?.detail, `${at}.image_url.url`);
      if ('error' in seen) return seen;
      images.push(seen);
    }
  }
  return { ok: true, images };
}

function readImage(url: unknown, rawDetail: unknown, param: string): SeenImage | { ok: false; error: MockJsonDraft } {
  const detail: ImageDetail = rawDetail === 'low' || rawDetail === 'high' ? rawDetail : 'auto';
  if (typeof url !== 'string')
    return fail(errors.invalidBody('Invalid image URL: expected a string.', param, 'invalid_image_url'));
  if (/^https?:\/\//i.test(url)) return { detail, tokens: imageTokens(512, 512, detail) }; // unread: one tile's worth
  const data = readDataUrl(url, MAX_IMAGE_BYTES);
  if (!data.ok) {
    if (data.code === 'invalid_image_url')
      return fail(
        errors.invalidBody(
          "Invalid image URL: expected an https URL or a base64 'data:image/…' URL.",
          param,
          data.code,
        ),
      );
    return fail(errors.invalidBody(`Invalid image: ${data.reason}.`, param, data.code));
  }
  if (!data.mime.startsWith('image/'))
    return fail(
      errors.invalidBody('Invalid MIME type. Only image types are supported.', param, 'invalid_image_format'),
    );
  const info = readImageInfo(data.bytes);
  if (!info.ok || info.animated)
    // observed wording (reference A7), typo included
    return fail(
      apiError(400, {
        message: `You uploaded an unsupported image. Please make sure your image has of one the following formats: ['png', 'jpeg', 'gif', 'webp'].`,
        type: 'invalid_request_error',
        param,
        code: 'invalid_image_format',
      }),
    );
  return {
    format: info.format,
    width: info.width,
    height: info.height,
    detail,
    tokens: imageTokens(info.width, info.height, detail),
  };
}

function fail(error: MockJsonDraft): { ok: false; error: MockJsonDraft } {
  return { ok: false, error };
}

/** what the mock "sees", for its answer: "a PNG image of 64×32 pixels" */
export function describeImages(images: readonly SeenImage[]): string {
  const one = (i: SeenImage) =>
    i.format
      ? `a ${i.format.toUpperCase()} image of ${i.width}×${i.height} pixels`
      : 'an image given by URL (not fetched)';
  return images.length === 1
    ? `I see ${one(images[0])}.`
    : `I see ${images.length} images: ${images.map(one).join('; ')}.`;
}
