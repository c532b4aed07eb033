import { describe, expect, it } from 'vitest';
import { mediaQuirks } from './media.ts';
import type { QuirkDef } from './types.ts';

const def = (name: string) => (mediaQuirks as readonly QuirkDef[]).find((d) => d.name === name)!;
const image = { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:…' } }] }] };

describe('media quirks', () => {
  it('vision-server-error: a 500 for chat requests with an image part only', () => {
    const reject = def('vision-server-error').reject!;
    expect(reject(image, { endpoint: 'chat', req: image })?.status).toBe(500);
    expect(reject({ messages: [{ role: 'user', content: 'hi' }] }, { endpoint: 'chat', req: {} })).toBeUndefined();
  });

  it("remote-image-refused: Ollama's 400 for an http(s) image URL only; data: URLs and other endpoints pass", () => {
    const reject = def('remote-image-refused').reject!;
    const ask = (url: unknown) => ({
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url } }] }],
    });
    expect(reject(ask('https://upload.wikimedia.org/x.png'), { endpoint: 'chat', req: {} })).toMatchInlineSnapshot(`
      {
        "body": {
          "error": {
            "code": null,
            "message": "image URLs are not currently supported, please use base64 encoded data instead",
            "param": null,
            "type": "invalid_request_error",
          },
        },
        "headers": {},
        "status": 400,
      }
    `);
    expect(reject(ask('HTTP://example.com/x.png'), { endpoint: 'chat', req: {} })?.status).toBe(400);
    expect(reject(image, { endpoint: 'chat', req: {} })).toBeUndefined();
    expect(reject(ask('https://example.com/x.png'), { endpoint: 'responses', req: {} })).toBeUndefined();
  });

  it('images-empty-data: response_format dropped, the answer 200 with data [] and chat-style usage', () => {
    const quirk = def('images-empty-data');
    const asked = { model: 'gpt-image-1', prompt: 'p', response_format: 'b64_json' };
    expect(quirk.request!({ ...asked }, { endpoint: 'images', req: asked })).toEqual({
      model: 'gpt-image-1',
      prompt: 'p',
    });
    const body = { created: 7, data: [{ b64_json: 'AA==' }] };
    expect(quirk.response!(body, { endpoint: 'images', req: asked })).toEqual({
      created: 7,
      data: [],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    });
    expect(quirk.response!(body, { endpoint: 'images', req: { prompt: 'p' } })).toBe(body);
  });

  it("images-n-required: one-api's 400 n_not_within_range without n, nothing with it", () => {
    const reject = def('images-n-required').reject!;
    expect(reject({ prompt: 'p' }, { endpoint: 'images', req: {} })?.body).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "n_not_within_range",
          "message": "invalid value of n",
          "param": "",
          "type": "one_api_error",
        },
      }
    `);
    expect(reject({ prompt: 'p', n: 1 }, { endpoint: 'images', req: {} })).toBeUndefined();
    expect(reject({ messages: [] }, { endpoint: 'chat', req: {} })).toBeUndefined();
  });

  it('verbose-words-null: verbose_json answers (those with a duration) get words: null', () => {
    const response = def('verbose-words-null').response!;
    const ctx = { endpoint: 'transcriptions' as const, req: {} };
    expect(response({ text: 'hi', duration: 3, words: [{ word: 'hi', start: 0, end: 1 }] }, ctx)).toEqual({
      text: 'hi',
      duration: 3,
      words: null,
    });
    expect(response({ text: 'hi' }, ctx)).toEqual({ text: 'hi' });
    expect(response({ duration: 3 }, { endpoint: 'chat', req: {} })).toEqual({ duration: 3 });
  });

  it('transcript-formats-as-json: every format but text becomes json, granularities dropped', () => {
    const request = def('transcript-formats-as-json').request!;
    const ctx = { endpoint: 'transcriptions' as const, req: {} };
    expect(request({ model: 'm', response_format: 'srt', timestamp_granularities: ['word'] }, ctx)).toEqual({
      model: 'm',
      response_format: 'json',
    });
    expect(request({ model: 'm', response_format: 'text' }, ctx)).toEqual({ model: 'm', response_format: 'text' });
    expect(request({ model: 'm', response_format: 'srt' }, { endpoint: 'chat', req: {} }).response_format).toBe('srt');
  });

  it('verbose-duration-string, srt-json-content-type, speech-wav-as-mpeg', () => {
    expect(def('verbose-duration-string').response!({ duration: 3 }, { endpoint: 'transcriptions', req: {} })).toEqual({
      duration: '3.0',
    });
    expect(
      def('srt-json-content-type').headers!(
        { 'content-type': 'text/plain; charset=utf-8' },
        { endpoint: 'other', req: {} },
      ),
    ).toEqual({
      'content-type': 'application/json',
    });
    expect(def('speech-wav-as-mpeg').headers!({ 'content-type': 'audio/wav' }, { endpoint: 'other', req: {} })).toEqual(
      {
        'content-type': 'audio/mpeg',
      },
    );
    expect(
      def('speech-wav-as-mpeg').headers!({ 'content-type': 'application/json' }, { endpoint: 'other', req: {} }),
    ).toEqual({
      'content-type': 'application/json',
    });
  });
});
