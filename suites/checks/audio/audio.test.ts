import { describe, expect, it } from 'vitest';
import type { TranscriptSet } from '../../engine/types.ts';
import { encodeWav, tonePattern } from '../../../mock/core/media/wav.ts';
import { CONTROL } from '../chat/probes.ts';
import { binaryEx, chatCompletion, ctx, errorBody, jsonEx, sdkOk, tr } from '../internal/fixtures.ts';
import { checks, probes } from './index.ts';
import { SPEECH, TRANSCRIBE } from './probes.ts';
import { speechType, speechWav } from './speech.ts';
import { badFile, jsonShape, srtFormat, verboseDuration, verboseShape } from './transcription.ts';

const c = ctx({ speechModel: 'tts-test', transcriptionModel: 'stt-test' });
const wav = (seconds: number) => encodeWav(tonePattern(5, seconds, 8000), 8000);
const refusal = (status: number, message: string, param: string | null = null) => ({
  status,
  body: errorBody(message, param, null),
});
const verbose = (
  duration: number,
  segments = [
    {
      id: 0,
      seek: 0,
      start: 0,
      end: duration,
      text: ' hi',
      tokens: [1],
      temperature: 0,
      avg_logprob: -0.2,
      compression_ratio: 1,
      no_speech_prob: 0.1,
    },
  ],
) => ({
  task: 'transcribe',
  language: 'english',
  duration,
  text: 'hi',
  segments,
});
const SRT = '1\n00:00:00,000 --> 00:00:03,000\nhi\n';

interface Over {
  speech?: Uint8Array;
  speechType?: string;
  json?: unknown;
  verbose?: unknown;
  srt?: { body: string; type: string } | { status: number; body: unknown };
  bad?: unknown;
}

function audioSet(o: Over = {}): TranscriptSet {
  const ex = (label: string, b: any, path: string) => ({
    ...(b && typeof b === 'object' && 'status' in b && 'body' in b
      ? jsonEx(label, b.body, { status: b.status, path })
      : jsonEx(label, b, { path })),
    via: 'sdk' as const,
  });
  const srt = o.srt ?? { body: SRT, type: 'text/plain; charset=utf-8' };
  const srtEx =
    'type' in srt
      ? jsonEx('srt', srt.body, { headers: { 'content-type': srt.type }, path: '/audio/transcriptions' })
      : ex('srt', srt, '/audio/transcriptions');
  const json = o.json ?? { text: 'hi', usage: { type: 'duration', seconds: 3 } };
  return {
    [SPEECH]: tr(
      SPEECH,
      [
        {
          ...binaryEx('speech', o.speech ?? wav(3.6), o.speechType ?? 'audio/wav', { path: '/audio/speech' }),
          via: 'sdk',
        },
      ],
      [sdkOk('speech', { contentType: 'audio/wav', bytes: 1000 })],
    ),
    [TRANSCRIBE]: tr(
      TRANSCRIBE,
      [
        ex('json', json, '/audio/transcriptions'),
        ex('verbose', o.verbose ?? verbose(3), '/audio/transcriptions'),
        srtEx,
        ex(
          'bad-file',
          o.bad ?? refusal(400, 'Audio file might be corrupted or unsupported', 'file'),
          '/audio/transcriptions',
        ),
      ],
      [sdkOk('json', json)],
    ),
    [CONTROL.probe]: tr(CONTROL.probe, [jsonEx(CONTROL.label, chatCompletion())]),
  };
}

describe('audio checks', () => {
  it('pass on spec-conformant answers', () => {
    for (const check of checks) expect(check.grade(audioSet(), c).status, check.id).toBe('pass');
    expect(speechWav.grade(audioSet(), c).message).toMatchInlineSnapshot(
      `"a 3.6 s WAV, 8000 Hz, 1 channel(s), 16-bit"`,
    );
  });

  it('speech: MP3 bytes for wav fail, named; an implausible duration fails; a WAV labelled audio/mpeg warns (R35)', () => {
    const mp3 = Uint8Array.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0]);
    expect(speechWav.grade(audioSet({ speech: mp3 }), c).message).toMatchInlineSnapshot(
      `"asked for wav, got MP3 (not a WAV file (no RIFF/WAVE header))"`,
    );
    expect(speechWav.grade(audioSet({ speech: wav(0.1) }), c).message).toMatchInlineSnapshot(
      `"nine words must take 0.9–15 s of audio, the WAV header says 0.1 s"`,
    );
    expect(speechType.grade(audioSet({ speechType: 'audio/mpeg' }), c).message).toMatchInlineSnapshot(
      `"a WAV must be labelled audio/wav, got "audio/mpeg""`,
    );
  });

  it("transcription: a duration that is not the file's fails; a string duration fails MUST (R31)", () => {
    expect(verboseDuration.grade(audioSet({ verbose: verbose(9) }), c).message).toMatchInlineSnapshot(
      `"the file lasts 3 s, duration says 9"`,
    );
    expect(verboseShape.grade(audioSet({ verbose: { ...verbose(3), duration: '3.0' } }), c).status).toBe('fail');
    expect(verboseDuration.grade(audioSet({ verbose: verbose(3, [{ start: 0, end: 7 } as any]) }), c).status).toBe(
      'fail',
    );
  });

  it('srt: JSON for srt fails (R32); a JSON content type fails (R33); an empty body is inconclusive', () => {
    expect(
      srtFormat.grade(audioSet({ srt: { body: '{"text":"hi"}', type: 'application/json' } }), c).message,
    ).toMatchInlineSnapshot(`"srt must come as text, got "application/json": {"text":"hi"}"`);
    expect(srtFormat.grade(audioSet({ srt: { body: SRT, type: 'application/json' } }), c).status).toBe('fail');
    expect(srtFormat.grade(audioSet({ srt: { body: '', type: 'text/plain' } }), c).status).toBe('inconclusive');
  });

  it('a model that answers json only: verbose_json and srt refused while json is accepted are unsupported', () => {
    const t = audioSet({
      verbose: refusal(400, "response_format 'verbose_json' is not compatible with model", 'response_format'),
      srt: refusal(400, "response_format 'srt' is not compatible with model", 'response_format'),
    });
    expect(verboseShape.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "verbose",
            "probe": "audio.transcribe",
          },
        },
        "message": "response_format verbose_json is not supported: audio.transcribe (verbose) answered 400 (response_format 'verbose_json' is not compatible with model) while its control audio.transcribe (json) was accepted",
        "status": "unsupported",
      }
    `);
    expect(srtFormat.grade(t, c).status).toBe('unsupported');
    expect(jsonShape.grade(t, c).status).toBe('pass');
  });

  it('bad-file: text accepted as audio fails', () => {
    expect(badFile.grade(audioSet({ bad: { text: 'you' } }), c).message).toMatchInlineSnapshot(
      `"a file that is not audio must be refused with 400, got 200: {"text":"you"}"`,
    );
  });

  it('the probes skip without their models; their costs cover their requests', () => {
    expect(probes.map((p) => p.skip!(ctx()))).toMatchInlineSnapshot(`
      [
        "no speech model: pass --speech-model",
        "no transcription model: pass --transcribe-model",
      ]
    `);
    const t = audioSet();
    expect(probes.map((p) => p.cost(c))).toEqual([t[SPEECH].exchanges.length, t[TRANSCRIBE].exchanges.length]);
  });
});
