// Speech to text (spec: CreateTranscriptionRequest, CreateTranscriptionResponseJson/VerboseJson; reference A9):
// shapes at both levels, the SDK's view, a duration that is the file's, SRT as text (R32, R33), garbage refused.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { endpointVaries, rejectionOf, varies } from '../internal/attribution.ts';
import { rejected400 } from '../internal/rejected-400.ts';
import { isJsonType } from '../internal/grade.ts';
import {
  clip,
  header,
  isObject,
  jsonOf,
  answeredOf,
  show,
  transcriptOf,
  where,
  type Source,
  type Answered,
  type Need,
} from '../internal/read.ts';
import { shapeGrade, type SchemaName } from '../internal/schema.ts';
import { sdk, spec } from '../internal/sources.ts';
import { PROBE_AUDIO_SECONDS } from '../internal/test-media.ts';
import { BAD_FILE, JSON_FORMAT, SRT, TRANSCRIBE, VERBOSE } from './probes.ts';

const ENDPOINT = endpointVaries(
  CONTROL,
  'the /audio/transcriptions endpoint',
  'transcriptions',
  'audio',
  'file',
  'model',
);
export const PROBES = [TRANSCRIBE, CONTROL.probe];
/** how far a reported duration may stray from the file's: encoders pad, and whisper rounds to 10 ms */
export const SLACK = 0.5;

export const json = (t: TranscriptSet) => jsonOf(t, JSON_FORMAT.probe, JSON_FORMAT.label, ENDPOINT);
export const formatOf = (source: Source, format: string) =>
  varies(JSON_FORMAT, `response_format ${format}`, 'response_format', format);

/** the verbose_json answer, behind the json control */
export function verbose(t: TranscriptSet): Need<Answered> {
  const base = json(t);
  if (!base.ok) return base;
  return jsonOf(t, VERBOSE.probe, VERBOSE.label, formatOf(VERBOSE, 'verbose_json'));
}

function shape(t: TranscriptSet, source: Source, schema: SchemaName, level: 'must' | 'should', format: string): Grade {
  const base = json(t);
  if (!base.ok) return base.grade;
  const got = source === JSON_FORMAT ? base : jsonOf(t, source.probe, source.label, formatOf(source, format));
  if (!got.ok) return got.grade;
  return shapeGrade(
    schema,
    level,
    [{ value: got.value.body, where: where(source), exchange: source }],
    `${format} transcriptions`,
  );
}

const shapeCheck = (
  id: string,
  level: 'MUST' | 'SHOULD',
  source: Source,
  schema: SchemaName,
  format: string,
  specRef: string,
): Check => ({
  id,
  title: `The ${format} transcription matches the ${schema} schema${level === 'SHOULD' ? ' in full' : ''}`,
  feature: 'audio',
  level,
  source: spec(specRef),
  breaks:
    level === 'MUST'
      ? [
          `apps calling audio.transcriptions.create() with ${format} (res.text${format === 'verbose_json' ? ', res.duration, res.segments' : ''})`,
        ]
      : ['strictly generated clients that require every spec key'],
  probes: PROBES,
  grade: (t) => shape(t, source, schema, level === 'MUST' ? 'must' : 'should', format),
});

export const jsonShape = shapeCheck(
  'audio.transcription-shape',
  'MUST',
  JSON_FORMAT,
  'transcription-response',
  'json',
  'CreateTranscriptionResponseJson',
);
export const jsonShapeFull = shapeCheck(
  'audio.transcription-shape-full',
  'SHOULD',
  JSON_FORMAT,
  'transcription-response',
  'json',
  'CreateTranscriptionResponseJson; TranscriptTextUsageDuration',
);
export const verboseShape = shapeCheck(
  'audio.verbose-shape',
  'MUST',
  VERBOSE,
  'transcription-verbose-response',
  'verbose_json',
  'CreateTranscriptionResponseVerboseJson',
);
export const verboseShapeFull = shapeCheck(
  'audio.verbose-shape-full',
  'SHOULD',
  VERBOSE,
  'transcription-verbose-response',
  'verbose_json',
  'CreateTranscriptionResponseVerboseJson; TranscriptionSegment',
);

export const transcribeSdk: Check = {
  id: 'audio.transcribe-sdk',
  title: 'client.audio.transcriptions.create() with a WAV file resolves with text',
  feature: 'audio',
  level: 'MUST',
  source: sdk(
    'src/resources/audio/transcriptions.ts',
    'create() uploads multipart/form-data and returns the JSON body',
  ),
  breaks: ['apps on openai-node'],
  probes: PROBES,
  grade(t) {
    const base = json(t);
    if (!base.ok) return base.grade;
    const tr = transcriptOf(t, TRANSCRIBE);
    if (!tr.ok) return tr.grade;
    const out = tr.value.sdk.find((s) => s.label === JSON_FORMAT.label);
    const text = (out?.value as { text?: unknown } | undefined)?.text;
    if (!out?.ok || typeof text !== 'string')
      return {
        status: 'fail',
        message: out?.ok
          ? `transcriptions.create() resolved without a text string: ${show(out.value)}`
          : `transcriptions.create() threw ${out?.error?.class}: ${out?.error?.message}`,
        details: { exchange: JSON_FORMAT },
      };
    return { status: 'pass', message: `text: ${clip(text, 80)}` };
  },
};

export const verboseDuration: Check = {
  id: 'audio.verbose-duration',
  title: `verbose_json.duration is the file's (${PROBE_AUDIO_SECONDS} s ± ${SLACK}), and segments lie within it`,
  feature: 'audio',
  level: 'SHOULD',
  source: spec(
    'CreateTranscriptionResponseVerboseJson.duration ("the duration of the input audio"); TranscriptionSegment.start/end',
  ),
  breaks: ['subtitle and player apps that trust duration and segment times'],
  probes: PROBES,
  grade(t) {
    const got = verbose(t);
    if (!got.ok) return got.grade;
    const body = got.value.body as Record<string, unknown>;
    const d = body?.duration;
    if (typeof d !== 'number')
      return {
        status: 'untestable',
        message: `duration is ${show(d)}, not a number (see audio.verbose-shape)`,
        prerequisite: 'audio.verbose-shape',
      };
    if (Math.abs(d - PROBE_AUDIO_SECONDS) > SLACK)
      return {
        status: 'fail',
        message: `the file lasts ${PROBE_AUDIO_SECONDS} s, duration says ${d}`,
        details: { exchange: VERBOSE, seen: d },
      };
    const segments = Array.isArray(body.segments) ? body.segments : [];
    const outside = segments.findIndex(
      (s) =>
        !isObject(s) ||
        typeof s.start !== 'number' ||
        typeof s.end !== 'number' ||
        s.start < 0 ||
        s.end < s.start ||
        s.end > d + SLACK,
    );
    if (outside >= 0)
      return {
        status: 'fail',
        message: `segments[${outside}] must lie within 0–${d} s, got ${show(segments[outside])}`,
        details: { exchange: VERBOSE },
      };
    return { status: 'pass', message: `duration ${d} s; ${segments.length} segment(s) within it` };
  },
};

const CUE = /^\d+\r?\n\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}\r?\n/;

export const srtFormat: Check = {
  id: 'audio.srt-as-text',
  title: 'response_format srt answers SRT cues as text, not JSON',
  feature: 'audio',
  level: 'MUST',
  source: sdk('src/internal/parse.ts', 'JSON is parsed only with a JSON content type; srt is typed string'),
  breaks: ['openai-node callers of srt/vtt (the call resolves to an object instead of the subtitle text: R32, R33)'],
  probes: PROBES,
  grade(t) {
    const base = json(t);
    if (!base.ok) return base.grade;
    const got = answeredOf(t, SRT.probe, SRT.label, formatOf(SRT, 'srt'));
    if (!got.ok) return got.grade;
    const ex = got.value.ex;
    const ct = header(ex, 'content-type');
    const body = ex.response!.body;
    if (isJsonType(ct) || /^\s*\{/.test(body))
      return {
        status: 'fail',
        message: `srt must come as text, got ${show(ct)}: ${clip(body, 60)}`,
        details: { exchange: SRT, seen: ct ?? null },
      };
    if (body.trim() === '')
      return {
        status: 'inconclusive',
        message: 'the SRT answer is empty (nothing was heard in the tones): no cue to check',
      };
    if (!CUE.test(body.replace(/^\uFEFF/, '')))
      return {
        status: 'fail',
        message: `an SRT body starts with a numbered cue and its times, got ${clip(body, 60)}`,
        details: { exchange: SRT },
      };
    return { status: 'pass', message: `SRT cues as ${ct ?? 'unlabelled text'}` };
  },
};

export const badFile: Check = {
  id: 'audio.bad-file-rejected',
  title: 'A ".wav" upload that holds text gets a 400',
  feature: 'audio',
  level: 'SHOULD',
  source: spec('CreateTranscriptionRequest.file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, webm)'),
  breaks: ['apps that learn of a broken upload only from an empty or invented transcript'],
  probes: PROBES,
  grade(t) {
    const got = rejectionOf(
      t,
      BAD_FILE,
      varies(JSON_FORMAT, 'a file that is not audio', 'file', 'audio', 'format', 'corrupted'),
    );
    if (!got.ok) return got.grade;
    return rejected400(got.value, BAD_FILE, 'a file that is not audio');
  },
};
