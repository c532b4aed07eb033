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
