import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../media/base64.ts';
import { readImageInfo } from '../media/image-info.ts';
import { generateImages } from './generate-images.ts';
import { imageAt, IssuedImages } from './image-url.ts';

const NOW = 1_700_000_000_000;
const issued = new IssuedImages();
const errorOf = (r: ReturnType<typeof generateImages>) =>
  r.ok ? undefined : { status: r.error.status, ...(r.error.json as any).error };

describe('IssuedImages', () => {
  it('keeps the newest URLs, dropping the oldest past its limit', () => {
    const few = new IssuedImages(2);
    ['/a', '/b', '/a', '/c'].forEach((p) => few.add(p));
    expect([few.has('/a'), few.has('/b'), few.has('/c')]).toEqual([true, false, true]);
  });
});

describe('generateImages', () => {
  it('GPT image models answer b64_json PNGs of the requested size, with usage; same prompt, same image', () => {
    const r = generateImages(
      { model: 'gpt-image-1', prompt: 'a red fox', size: '1536x1024', n: 2 },
      'http://127.0.0.1:1',
      NOW,
      issued,
    );
    if (!r.ok) throw new Error('refused');
    const data = r.json.data as Array<{ b64_json: string }>;
    expect(data).toHaveLength(2);
    expect(readImageInfo(decodeBase64(data[0].b64_json)!)).toMatchObject({ format: 'png', width: 1536, height: 1024 });
    expect(data[0].b64_json).not.toBe(data[1].b64_json);
    expect(r.json).toMatchObject({
      created: NOW / 1000,
      size: '1536x1024',
      output_format: 'png',
      usage: { input_tokens: expect.any(Number) },
    });
    const again = generateImages(
      { model: 'gpt-image-1', prompt: 'a red fox', size: '1536x1024', n: 2 },
      'http://x',
      NOW,
      issued,
    );
    expect((again as any).json.data[0].b64_json).toBe(data[0].b64_json);
  });

  it('dall-e answers a URL the mock serves (no key needed), and dall-e-3 a revised_prompt', () => {
    const r = generateImages({ model: 'dall-e-3', prompt: 'a lighthouse' }, 'http://127.0.0.1:4010/v1', NOW, issued);
    if (!r.ok) throw new Error('refused');
    const item = (r.json.data as any[])[0];
    expect(item.revised_prompt).toMatchInlineSnapshot(`"A detailed illustration of a lighthouse."`);
    const path = new URL(item.url).pathname;
    expect(readImageInfo(imageAt(path, issued)!)).toMatchObject({ width: 1024, height: 1024 });
    expect(imageAt('/v1/images/generated/99999x1/1.png', issued)).toBeUndefined();
    // a well-formed URL the mock never handed out is not drawn: a stranger cannot order pictures without a key
    expect(imageAt('/v1/images/generated/1024x1024/abc.png', issued)).toBeUndefined();
    expect(imageAt(path, new IssuedImages())).toBeUndefined();
    expect(r.json.usage).toBeUndefined();
  });

  it('refuses what the API refuses, in its words', () => {
    const cases = [
      { model: 'dall-e-3', prompt: 'x', n: 2 },
      { model: 'dall-e-3', prompt: 'x', size: '256x256' },
      { model: 'gpt-image-1', prompt: 'x', response_format: 'url' },
      { model: 'dall-e-2', prompt: 'x'.repeat(1001) },
      { model: 'dall-e-2', prompt: 'x', quality: 'hd' },
      { prompt: 'x', n: 11 },
      { model: 'dall-e-2' },
    ].map((body) => errorOf(generateImages(body, 'http://x', NOW, issued)));
    expect(cases).toMatchInlineSnapshot(`
      [
        {
          "code": "integer_above_max_value",
          "message": "Invalid 'n': dall-e-3 supports at most n=1, but got 2 instead.",
          "param": "n",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_size",
          "message": "The size is not supported by this model.",
          "param": null,
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "unknown_parameter",
          "message": "Unknown parameter: 'response_format'.",
          "param": "response_format",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "string_above_max_length",
          "message": "Invalid 'prompt': string too long. Expected a string with maximum length 1000, but got a string with length 1001 instead.",
          "param": "prompt",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_value",
          "message": "Invalid value: 'hd'. Supported values for dall-e-2 are: 'standard', 'auto'.",
          "param": "quality",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "integer_above_max_value",
          "message": "Invalid 'n': integer above maximum value. Expected a value <= 10, but got 11 instead.",
          "param": "n",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "missing_required_parameter",
          "message": "Missing required parameter: 'prompt'.",
          "param": "prompt",
          "status": 400,
          "type": "invalid_request_error",
        },
      ]
    `);
  });
});
