// POST /v1/audio/speech: the body checked (schema, voice, format), then audio whose length follows the input
// (2.5 words a second at speed 1). Formats the mock makes: wav (24 kHz 16-bit mono PCM, a tone pattern from the
// input's hash), pcm (the same samples without a header, as the API documents pcm) and mp3 (silent frames: an MP3
// encoder is large, and silence still has the right duration). opus, aac and flac need encoders the mock does not
// carry: it answers them with a 400 that says so, rather than bytes in another format (the divergence R35 is).
import { openAiErrorOf } from '../../../schemas/openai-errors.ts';
import { validate } from '../../../schemas/validate.ts';
import { errors } from '../errors.ts';
import { hashString } from '../generate/hash.ts';
import type { MockJsonDraft } from '../types.ts';
import { encodeWav, tonePattern } from '../media/wav.ts';
import { SPEECH_CONTENT_TYPES, VOICES } from './formats.ts';
import { silentMp3 } from './mp3-silence.ts';

export const SPEECH_RATE = 24_000;

export type SpeechResult =
  | { ok: true; bytes: Uint8Array; contentType: string; seconds: number; inputChars: number }
  | { ok: false; error: MockJsonDraft };

export function synthesize(body: unknown): SpeechResult {
  const checked = validate('speech-request', body);
  if (!checked.ok) {
    const e = openAiErrorOf(checked.must[0]);
    return { ok: false, error: errors.invalidBody(e.message, e.param, e.code) };
  }
  const req = body as {
    model: string;
    input: string;
    voice: string | { id: string };
    response_format?: string;
    speed?: number;
  };
  if (typeof req.voice === 'string' && !VOICES.includes(req.voice))
    return {
      ok: false,
      error: errors.invalidBody(
        `Invalid value: '${req.voice}'. Supported values are: ${VOICES.map((v) => `'${v}'`).join(', ')}.`,
        'voice',
      ),
    };
  const format = req.response_format ?? 'mp3';
  const contentType = SPEECH_CONTENT_TYPES[format];
  if (!contentType)
    return {
      ok: false,
      error: errors.invalidBody(
        `The mock generates response_format wav, pcm and mp3 only; '${format}' needs an audio encoder it does not carry. Ask for 'wav'.`,
        'response_format',
        'unsupported_value',
      ),
    };
  const words = req.input.trim() === '' ? 0 : req.input.trim().split(/\s+/).length;
  const seconds = Math.max(0.5, words / 2.5) / (req.speed ?? 1);
  const voice = typeof req.voice === 'string' ? req.voice : req.voice.id;
  if (format === 'mp3')
    return { ok: true, bytes: silentMp3(seconds), contentType, seconds, inputChars: req.input.length };
  const samples = tonePattern(hashString(`${voice}\n${req.input}`), seconds, SPEECH_RATE);
  const wav = encodeWav(samples, SPEECH_RATE);
  return {
    ok: true,
    bytes: format === 'wav' ? wav : wav.subarray(44),
    contentType,
    seconds,
    inputChars: req.input.length,
  };
}
