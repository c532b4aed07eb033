// The audio probes. Speech: one sentence as WAV through the SDK. Transcription: a 3-second WAV built in code,
// uploaded through the SDK as json (the default), verbose_json (segment and word timestamps), srt, and once as a
// ".wav" that holds text.
import { toFile } from 'openai';
import type { Probe, RunContext } from '../../engine/types.ts';
import type { Source } from '../internal/read.ts';
import { NOT_MEDIA, probeWav } from '../internal/test-media.ts';

export const SPEECH = 'audio.speech';
export const TRANSCRIBE = 'audio.transcribe';
/** nine words: at a speaking pace, two to eight seconds of audio */
export const SPEECH_INPUT = 'The quick brown fox jumps over the lazy dog.';

export const SPOKEN: Source = { probe: SPEECH, label: 'speech' };
export const JSON_FORMAT: Source = { probe: TRANSCRIBE, label: 'json' };
export const VERBOSE: Source = { probe: TRANSCRIBE, label: 'verbose' };
export const SRT: Source = { probe: TRANSCRIBE, label: 'srt' };
export const BAD_FILE: Source = { probe: TRANSCRIBE, label: 'bad-file' };

const speech: Probe = {
  id: SPEECH,
  feature: 'audio',
  title: 'Text to speech through the SDK, response_format wav',
  cost: () => 1,
  skip: (ctx: RunContext) => (ctx.speechModel ? undefined : 'no speech model: pass --speech-model'),
  async run(io) {
    await io.sdk(SPOKEN.label, async (c) => {
      const res = await c.audio.speech.create({
        model: io.ctx.speechModel!,
        input: SPEECH_INPUT,
        voice: 'alloy',
        response_format: 'wav',
      });
      // the bytes are in the recorded exchange; the SDK's view is what an app reads first
      return { contentType: res.headers.get('content-type'), bytes: (await res.arrayBuffer()).byteLength };
    });
  },
};

const transcribe: Probe = {
  id: TRANSCRIBE,
  feature: 'audio',
  title: 'A WAV built in code, transcribed through the SDK as json, verbose_json and srt; a ".wav" holding text',
  cost: () => 4,
  skip: (ctx: RunContext) => (ctx.transcriptionModel ? undefined : 'no transcription model: pass --transcribe-model'),
  async run(io) {
    const model = io.ctx.transcriptionModel!;
    const wav = () => toFile(probeWav(), 'probe.wav', { type: 'audio/wav' });
    await io.sdk(JSON_FORMAT.label, async (c) => c.audio.transcriptions.create({ file: await wav(), model }));
    await io.sdk(VERBOSE.label, async (c) =>
      c.audio.transcriptions.create({
        file: await wav(),
        model,
        response_format: 'verbose_json',
        timestamp_granularities: ['segment', 'word'], // words too: R34 (LocalAI answered words: null)
      }),
    );
    await io.sdk(SRT.label, async (c) =>
      c.audio.transcriptions.create({ file: await wav(), model, response_format: 'srt' }),
    );
    await io.sdk(BAD_FILE.label, async (c) =>
      c.audio.transcriptions.create({ file: await toFile(NOT_MEDIA, 'probe.wav', { type: 'audio/wav' }), model }),
    );
  },
};

export const probes: Probe[] = [speech, transcribe];
