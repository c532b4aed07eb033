// POST /v1/audio/transcriptions and /translations: a multipart upload checked as the API checks it (reference A9),
// answered from the file's bytes: a WAV's duration read from its header (other formats estimated from their size
// at 128 kbit/s), words drawn from the bytes' hash at 2.5 a second, segments of at most 5 s covering the duration.
import { apiError, errors } from '../errors.ts';
import { createRng, hashString } from '../generate/hash.ts';
import { NOUNS, VERBS, ADJECTIVES } from '../generate/words.ts';
import type { FormPart } from '../media/multipart.ts';
import { readWavInfo } from '../media/wav.ts';
import type { MockJsonDraft } from '../types.ts';
import { formatsOf, languageName, MAX_UPLOAD_BYTES, TRANSCRIPT_FORMATS, UPLOAD_EXTENSIONS } from './formats.ts';
import { srt, vtt, type Cue } from './subtitles.ts';

export type TranscriptTask = 'transcribe' | 'translate';

/** json and verbose_json answers are values (`json`), the text formats text (`body`) */
export type TranscriptResult =
  | { ok: true; contentType: string; body?: string; json?: Record<string, unknown>; seconds: number }
  | { ok: false; error: MockJsonDraft };

const fail = (error: MockJsonDraft): TranscriptResult => ({ ok: false, error });
const SEGMENT_SECONDS = 5;
const WORDS_PER_SECOND = 2.5;

/** a multipart form as the handler reads it: the uploaded file, and the text fields (arrays for repeated ones) */
export interface TranscriptForm {
  file?: FormPart;
  fields: Record<string, string | string[]>;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function transcribe(form: TranscriptForm, task: TranscriptTask): TranscriptResult {
  const { file } = form;
  const model = first(form.fields.model);
  if (!file)
    return fail(errors.invalidBody("Missing required parameter: 'file'.", 'file', 'missing_required_parameter'));
  if (model === undefined || model === '')
    return fail(errors.invalidBody("Missing required parameter: 'model'.", 'model', 'missing_required_parameter'));
  if (file.data.length > MAX_UPLOAD_BYTES) {
    // observed (reference A9): 413, and the API calls it a server_error
    return fail(
      apiError(413, {
        message: `Maximum content size limit (${MAX_UPLOAD_BYTES}) exceeded (${file.data.length} bytes read)`,
        type: 'server_error',
        param: null,
        code: null,
      }),
    );
  }
  const ext = /\.([a-z0-9]+)$/i.exec(file.filename ?? '')?.[1]?.toLowerCase();
  if (!ext || !UPLOAD_EXTENSIONS.includes(ext))
    return fail(
      errors.invalidBody(
        `Invalid file format. Supported formats: [${UPLOAD_EXTENSIONS.map((e) => `'${e}'`).join(', ')}]`,
        'file',
      ),
    );
  let seconds = file.data.length / 16_000; // 128 kbit/s, the usual compressed-audio rate
  if (ext === 'wav') {
    const wav = readWavInfo(file.data);
    if (!wav.ok)
      return fail(errors.invalidBody(`Audio file might be corrupted or unsupported: ${wav.reason}.`, 'file'));
    seconds = wav.duration;
  }
  if (task === 'translate' && !/^whisper/i.test(model))
    return fail(
      errors.invalidBody(
        `The model '${model}' does not support translations; use whisper-1.`,
        'model',
        'unsupported_value',
      ),
    );
  const format = first(form.fields.response_format) ?? 'json';
  if (!TRANSCRIPT_FORMATS.includes(format))
    return fail(
      errors.invalidBody(
        `Invalid value: '${format}'. Supported values are: ${TRANSCRIPT_FORMATS.map((f) => `'${f}'`).join(', ')}.`,
        'response_format',
      ),
    );
  if (task === 'transcribe' && !formatsOf(model).includes(format))
    return fail(
      errors.invalidBody(
        `response_format '${format}' is not compatible with model '${model}'. Use 'json' instead.`,
        'response_format',
        'unsupported_value',
      ),
    );
  const granularities = [form.fields.timestamp_granularities ?? []].flat();
  const bad = granularities.find((g) => g !== 'word' && g !== 'segment');
  if (bad !== undefined)
    return fail(
      errors.invalidBody(
        `Invalid value: '${bad}'. Supported values are: 'word' and 'segment'.`,
        'timestamp_granularities',
      ),
    );
  if (granularities.length > 0 && format !== 'verbose_json')
    return fail(
      errors.invalidBody("timestamp_granularities requires response_format 'verbose_json'.", 'timestamp_granularities'),
    );

  const words = wordsOf(hashString(`${file.data.length}:${sample(file.data)}`), seconds);
  const cues = segmentsOf(words, seconds);
  const text = words.map((w) => w.word).join(' ');
  const duration = Math.round(seconds * 1000) / 1000;
  switch (format) {
    case 'text':
      return { ok: true, contentType: 'text/plain; charset=utf-8', body: `${text}\n`, seconds };
    case 'srt':
      return { ok: true, contentType: 'text/plain; charset=utf-8', body: srt(cues), seconds };
    case 'vtt':
      return { ok: true, contentType: 'text/plain; charset=utf-8', body: vtt(cues), seconds };
    case 'verbose_json': {
      const json: Record<string, unknown> = {
        task,
        language: task === 'translate' ? 'english' : languageName(first(form.fields.language)),
        duration,
        text,
      };
      if (granularities.length === 0 || granularities.includes('segment')) json.segments = cues.map(segmentJson);
      if (granularities.includes('word')) json.words = words;
      json.usage = { type: 'duration', seconds: Math.ceil(seconds) };
      return { ok: true, contentType: 'application/json', json, seconds };
    }
    default:
      return {
        ok: true,
        contentType: 'application/json',
        json: { text, usage: { type: 'duration', seconds: Math.ceil(seconds) } },
        seconds,
      };
  }
}

interface TimedWord {
  word: string;
  start: number;
  end: number;
}

/** words spread evenly over the duration, at least one */
function wordsOf(seed: number, seconds: number): TimedWord[] {
  const rng = createRng(seed);
  const count = Math.max(1, Math.round(seconds * WORDS_PER_SECOND));
  const step = seconds / count;
  const lists = [ADJECTIVES, NOUNS, VERBS];
  return Array.from({ length: count }, (_, i) => ({
    word: rng.pick(lists[i % 3]),
    start: round(i * step),
    end: round((i + 1) * step),
  }));
}

/** cues of at most SEGMENT_SECONDS, from 0 to the duration */
function segmentsOf(words: TimedWord[], seconds: number): Cue[] {
  const cues: Cue[] = [];
  for (let start = 0; start < seconds || cues.length === 0; start += SEGMENT_SECONDS) {
    const end = Math.min(seconds, start + SEGMENT_SECONDS);
    const inside = words.filter((w) => w.start >= start && w.start < end).map((w) => w.word);
    cues.push({ start: round(start), end: round(end), text: inside.join(' ') });
    if (end >= seconds) break;
  }
  return cues;
}

function segmentJson(c: Cue, id: number) {
  return {
    id,
    seek: Math.round(c.start * 100),
    start: c.start,
    end: c.end,
    text: ` ${c.text}`,
    tokens: [] as number[], // the mock has no token ids to give; an empty list keeps the type
    temperature: 0,
    avg_logprob: -0.25,
    compression_ratio: 1.2,
    no_speech_prob: 0.01,
  };
}

/** a cheap fingerprint of the bytes: every 997th byte, so a 25 MB upload costs ~26k reads */
function sample(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 997) s += String.fromCharCode(bytes[i]);
  return s;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
