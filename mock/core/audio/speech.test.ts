import { describe, expect, it } from 'vitest';
import { readWavInfo } from '../media/wav.ts';
import { synthesize } from './speech.ts';

const errorOf = (r: ReturnType<typeof synthesize>) => (r.ok ? undefined : (r.error.json as any).error);

describe('synthesize', () => {
  it('wav: a real WAV whose length follows the input; pcm: the same samples headerless; mp3: silent frames', () => {
    const input = 'one two three four five six seven eight nine ten';
    const wav = synthesize({ model: 'tts-1', input, voice: 'alloy', response_format: 'wav' });
    if (!wav.ok) throw new Error('refused');
    expect(wav.contentType).toBe('audio/wav');
    expect(readWavInfo(wav.bytes)).toMatchObject({ ok: true, sampleRate: 24000, duration: 4 });
    const pcm = synthesize({ model: 'tts-1', input, voice: 'alloy', response_format: 'pcm' });
    expect((pcm as any).bytes).toEqual(wav.bytes.subarray(44));
    const mp3 = synthesize({ model: 'tts-1', input, voice: 'alloy' });
    expect(mp3).toMatchObject({ ok: true, contentType: 'audio/mpeg' });
    expect([...(mp3 as any).bytes.subarray(0, 4)]).toEqual([0xff, 0xfb, 0x90, 0xc4]);
    expect((mp3 as any).bytes.length).toBe(153 * 417); // 4 s of 1152-sample frames at 44.1 kHz
  });

  it('refuses an unknown voice, an unknown field and the formats it cannot encode', () => {
    expect(errorOf(synthesize({ model: 'tts-1', input: 'x', voice: 'bob' }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_value",
        "message": "Invalid value: 'bob'. Supported values are: 'alloy', 'ash', 'ballad', 'coral', 'echo', 'fable', 'onyx', 'nova', 'sage', 'shimmer', 'verse', 'marin', 'cedar'.",
        "param": "voice",
        "type": "invalid_request_error",
      }
    `);
    expect(errorOf(synthesize({ model: 'tts-1', input: 'x', voice: 'alloy', colour: 'red' }))?.message).toBe(
      'Unrecognized request argument supplied: colour',
    );
    expect(
      errorOf(synthesize({ model: 'tts-1', input: 'x', voice: 'alloy', response_format: 'flac' }))?.message,
    ).toMatchInlineSnapshot(
      `"The mock generates response_format wav, pcm and mp3 only; 'flac' needs an audio encoder it does not carry. Ask for 'wav'."`,
    );
  });
});
