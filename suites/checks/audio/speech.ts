// Text to speech (spec: CreateSpeechRequest; reference A10): the SDK call resolves, the bytes are the WAV asked for
// with a plausible duration, labelled as audio (R35: WAV labelled audio/mpeg, the format ignored).
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { endpointVaries } from '../internal/attribution.ts';
import { bodyBytes, readWavInfo } from '../internal/media.ts';
import { answeredOf, header, show, transcriptOf, type Answered, type Need } from '../internal/read.ts';
import { sdk, spec } from '../internal/sources.ts';
import { SPEECH, SPEECH_INPUT, SPOKEN } from './probes.ts';

const ENDPOINT = endpointVaries(CONTROL, 'the /audio/speech endpoint', 'speech', 'audio', 'voice', 'input', 'model');
const PROBES = [SPEECH, CONTROL.probe];
/** seconds nine words can plausibly take: 0.25× to 4× a 2.5-words-a-second pace, speed 1 */
const PLAUSIBLE = { min: 0.9, max: 15 };

function spoken(t: TranscriptSet): Need<Answered> {
  return answeredOf(t, SPOKEN.probe, SPOKEN.label, ENDPOINT);
}

/** what the first bytes look like, for messages */
function kindOf(b: Uint8Array): string {
  const s = String.fromCharCode(...b.subarray(0, 4));
  if (s === 'ID3' || s.startsWith('ID3') || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0)) return 'MP3';
  if (s === 'OggS') return 'Ogg';
  if (s === 'fLaC') return 'FLAC';
  if (b[0] === 0x7b) return 'JSON';
  return `bytes starting ${show(s)}`;
}

export const speechWav: Check = {
  id: 'audio.speech-wav',
  title: `response_format wav gives a WAV whose header reads, ${PLAUSIBLE.min}–${PLAUSIBLE.max} s long for "${SPEECH_INPUT}"`,
  feature: 'audio',
  level: 'MUST',
  source: spec('CreateSpeechRequest.response_format (wav)'),
  breaks: ['apps that play or store the audio (a decoder fails on another format, R35)'],
  probes: PROBES,
  grade(t): Grade {
    const got = spoken(t);
    if (!got.ok) return got.grade;
    const bytes = bodyBytes(got.value.ex);
    const wav = readWavInfo(bytes);
    if (!wav.ok)
      return {
        status: 'fail',
        message: `asked for wav, got ${kindOf(bytes)} (${wav.reason})`,
        details: { exchange: SPOKEN },
      };
    const d = Math.round(wav.duration * 100) / 100;
    if (d < PLAUSIBLE.min || d > PLAUSIBLE.max)
      return {
        status: 'fail',
        message: `nine words must take ${PLAUSIBLE.min}–${PLAUSIBLE.max} s of audio, the WAV header says ${d} s`,
        details: { exchange: SPOKEN, seen: d },
      };
    return {
      status: 'pass',
      message: `a ${d} s WAV, ${wav.sampleRate} Hz, ${wav.channels} channel(s), ${wav.bitsPerSample}-bit`,
    };
  },
};

export const speechType: Check = {
  id: 'audio.speech-content-type',
  title: 'The WAV answer is labelled as audio (audio/wav or a synonym), not JSON or another format',
  feature: 'audio',
  level: 'SHOULD',
  source: spec('paths./audio/speech 200 (binary audio)'),
  breaks: ['players and proxies that pick a decoder from the content type (R35: WAV labelled audio/mpeg)'],
  probes: PROBES,
  grade(t) {
    const got = spoken(t);
    if (!got.ok) return got.grade;
    const ct = header(got.value.ex, 'content-type');
    if (ct !== undefined && /^\s*audio\/(wav|wave|x-wav|vnd\.wave)\b|^\s*application\/octet-stream/i.test(ct))
      return { status: 'pass', message: `content-type ${ct}` };
    return {
      status: 'fail',
      message: `a WAV must be labelled audio/wav, got ${show(ct)}`,
      details: { exchange: SPOKEN, seen: ct ?? null },
    };
  },
};

export const speechSdk: Check = {
  id: 'audio.speech-sdk',
  title: 'client.audio.speech.create() resolves with the audio bytes',
  feature: 'audio',
  level: 'MUST',
  source: sdk('src/resources/audio/speech.ts', 'create() returns the raw Response (binary)'),
  breaks: ['apps on openai-node'],
  probes: PROBES,
  grade(t) {
    const got = spoken(t);
    if (!got.ok) return got.grade;
    const tr = transcriptOf(t, SPEECH);
    if (!tr.ok) return tr.grade;
    const out = tr.value.sdk.find((s) => s.label === SPOKEN.label);
    const bytes = (out?.value as { bytes?: unknown } | undefined)?.bytes;
    if (!out?.ok || typeof bytes !== 'number' || bytes === 0)
      return {
        status: 'fail',
        message: out?.ok
          ? `speech.create() resolved with ${show(bytes)} bytes`
          : `speech.create() threw ${out?.error?.class}: ${out?.error?.message}`,
        details: { exchange: SPOKEN },
      };
    return {
      status: 'pass',
      message: `${bytes} bytes of ${(out.value as { contentType?: string }).contentType ?? 'unlabelled'} audio`,
    };
  },
};
