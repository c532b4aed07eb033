import { describe, expect, it } from 'vitest';
import { encodeWav, tonePattern } from '../media/wav.ts';
import type { FormPart } from '../media/multipart.ts';
import { editImages, type EditForm } from './edit-images.ts';
import { IssuedImages } from './image-url.ts';
import { picture } from './picture.ts';

const file = (data: Uint8Array, name = 'image'): FormPart => ({ name, filename: 'x.png', data });
const edit = (form: Partial<EditForm>, model = 'gpt-image-1') =>
  editImages(
    { images: [file(picture(1, 32, 32))], fields: { prompt: 'add a hat' }, ...form },
    model,
    'http://127.0.0.1/v1',
    0,
    new IssuedImages(),
  );
const errorOf = (r: ReturnType<typeof edit>) => (r.ok ? undefined : (r.error.json as { error: unknown }).error);

describe('editImages', () => {
  it('refuses what the API refuses, naming the parameter', () => {
    const cases: Array<[Partial<EditForm>, string?]> = [
      [{ fields: {} }],
      [{ images: [] }],
      [{ images: Array.from({ length: 17 }, () => file(picture(1, 8, 8))) }],
      [{ images: [file(encodeWav(tonePattern(1, 0.1, 8000), 8000))] }],
      [{ images: [file(picture(1, 64, 32))] }, 'dall-e-2'],
      [{ images: [file(picture(1, 8, 8)), file(picture(2, 8, 8))] }, 'dall-e-2'],
      [{ mask: file(picture(1, 16, 16), 'mask') }],
      [{ fields: { prompt: 'x', n: 'two' } }],
      [{ fields: { prompt: 'x', n: '11' } }],
      [{ fields: { prompt: 'x', size: '1792x1024' } }],
      [{ fields: { prompt: 'x', response_format: 'b64_json' } }],
      [{}, 'dall-e-3'],
    ];
    expect(cases.map(([form, model]) => errorOf(edit(form, model)))).toMatchInlineSnapshot(`
      [
        {
          "code": "missing_required_parameter",
          "message": "Missing required parameter: 'prompt'.",
          "param": "prompt",
          "type": "invalid_request_error",
        },
        {
          "code": "missing_required_parameter",
          "message": "Missing required parameter: 'image'.",
          "param": "image",
          "type": "invalid_request_error",
        },
        {
          "code": "array_above_max_length",
          "message": "Invalid 'image': gpt-image-1 takes at most 16 images, but got 17.",
          "param": "image",
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_image_format",
          "message": "Invalid image file: gpt-image-1 edits png, webp, jpeg files (not a PNG, JPEG, GIF or WebP file (unknown signature)).",
          "param": "image",
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_image_dimensions",
          "message": "Invalid image file: dall-e-2 edits square images, got 64x32.",
          "param": "image",
          "type": "invalid_request_error",
        },
        {
          "code": "array_above_max_length",
          "message": "Invalid 'image': dall-e-2 takes at most 1 image, but got 2.",
          "param": "image",
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_mask",
          "message": "Invalid mask: it must be a PNG of the image's size (32x32), got a 16x16 png.",
          "param": "mask",
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_type",
          "message": "Invalid 'n': expected an integer from 1 to 10, got 'two'.",
          "param": "n",
          "type": "invalid_request_error",
        },
        {
          "code": "integer_above_max_value",
          "message": "Invalid 'n': gpt-image-1 supports at most n=10, but got 11 instead.",
          "param": "n",
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_size",
          "message": "The size is not supported by this model.",
          "param": null,
          "type": "invalid_request_error",
        },
        {
          "code": "unknown_parameter",
          "message": "Unknown parameter: 'response_format'.",
          "param": "response_format",
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_value",
          "message": "Invalid value: 'dall-e-3'. Image edits support 'dall-e-2' and the GPT image models.",
          "param": "model",
          "type": "invalid_request_error",
        },
      ]
    `);
  });

  it('answers n pictures of the size asked, seeded by the prompt and the images', () => {
    const r = edit({ fields: { prompt: 'add a hat', n: '2', size: '1024x1536' } });
    expect(r.ok && (r.json.data as unknown[]).length).toBe(2);
    expect(r.ok && r.json.size).toBe('1024x1536');
    const a = edit({});
    const b = edit({ images: [file(picture(9, 32, 32))] });
    expect(a.ok && b.ok && (a.json.data as Array<{ b64_json: string }>)[0].b64_json).not.toBe(
      b.ok && (b.json.data as Array<{ b64_json: string }>)[0].b64_json,
    );
  });
});
