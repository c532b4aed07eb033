import { describe, expect, it } from 'vitest';
import type { TranscriptSet } from '../../engine/types.ts';
import { encodeWav, tonePattern } from '../../../mock/core/media/wav.ts';
import { CONTROL } from '../chat/probes.ts';
import { binaryEx, chatCompletion, ctx, errorBody, jsonEx, sdkOk, tr } from '../internal/fixtures.ts';
import { checks, probes } from './index.ts';
import { SPEECH, TRANSCRIBE } from './probes.ts';
import { speechType, speechWav } from './speech.ts';
import { badFile, jsonShape, srtFormat, verboseDuration, verboseShape, verboseShapeFull } from './transcription.ts';
import { verboseWords } from './words.ts';

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
  words: [{ word: 'hi', start: 0.2, end: 0.6 }],
});
/** the request as the transport records a multipart body */
const VERBOSE_REQUEST =
  '[multipart/form-data] file=[file "probe.wav", audio/wav, 96044 bytes] model="stt-test" response_format="verbose_json" timestamp_granularities[]="segment" timestamp_granularities[]="word"';
const SRT = '1\n00:00:00,000 --> 00:00:03,000\nhi\n';

interface Over {
  speech?: Uint8Array;
  speechType?: string;
  json?: unknown;
  verbose?: unknown;
  srt?: { body: string; type: string } | { status: number; body: unknown };
  bad?: unknown;
  verboseRequest?: string;
}

function audioSet(o: Over = {}): TranscriptSet {
  const ex = (label: string, b: any, path: string, requestBody?: string) => ({
    ...(b && typeof b === 'object' && 'status' in b && 'body' in b
      ? jsonEx(label, b.body, { status: b.status, path, requestBody })
      : jsonEx(label, b, { path, requestBody })),
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
        ex('verbose', o.verbose ?? verbose(3), '/audio/transcriptions', o.verboseRequest ?? VERBOSE_REQUEST),
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

  it('verbose-words: words null or missing when asked fails (R34), shape passes MUST; judged only when asked', () => {
    const localAi = { ...verbose(3), words: null };
    expect(verboseWords.grade(audioSet({ verbose: localAi }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "verbose",
            "probe": "audio.transcribe",
          },
          "seen": null,
        },
        "message": "word timestamps were asked, but words is null",
        "status": "fail",
      }
    `);
    expect(verboseShape.grade(audioSet({ verbose: localAi }), c).status).toBe('pass');
    expect(verboseShapeFull.grade(audioSet({ verbose: localAi }), c).status).toBe('fail');
    const { words: _, ...noWords } = verbose(3);
    expect(verboseWords.grade(audioSet({ verbose: noWords }), c).message).toMatchInlineSnapshot(
      `"word timestamps were asked, but words is missing"`,
    );
    expect(verboseWords.grade(audioSet({ verbose: { ...verbose(3), words: [] } }), c).message).toMatchInlineSnapshot(
      `"words is empty, yet the text has 1 word(s): hi"`,
    );
    expect(verboseWords.grade(audioSet({ verbose: { ...verbose(3), text: ' ', words: [] } }), c).status).toBe(
      'inconclusive',
    );
    const segmentsOnly = VERBOSE_REQUEST.replace(' timestamp_granularities[]="word"', '');
    expect(verboseWords.grade(audioSet({ verbose: noWords, verboseRequest: segmentsOnly }), c)).toMatchInlineSnapshot(`
      {
        "message": "the verbose_json request did not ask for word timestamps (timestamp_granularities: segment): no words to expect",
        "status": "inconclusive",
      }
    `);
    // answered as plain json (Ollama, R32): verbose-shape fails, this one names it
    expect(verboseWords.grade(audioSet({ verbose: { text: 'hi' } }), c)).toMatchInlineSnapshot(`
      {
        "message": "the verbose_json request was answered without a duration, so not as verbose_json: {"text":"hi"} (see audio.verbose-shape)",
        "prerequisite": "audio.verbose-shape",
        "status": "untestable",
      }
    `);
    expect(verboseWords.grade(audioSet({ verbose: { ...verbose(3), words: 'hi' } }), c).status).toBe('untestable');
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
