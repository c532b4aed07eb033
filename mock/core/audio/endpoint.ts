// The audio rows of the endpoint table, all through the generic handler (admission, metering, quirks): speech
// (a JSON body), and transcriptions and translations, whose multipart form is read first (media/upload-form.ts).
import type { RequestContext } from '../context.ts';
import type { Generator } from '../endpoints/types.ts';
import { errors } from '../errors.ts';
import { GenerationRefusal, type Generated } from '../generation.ts';
import { countTokens } from '../generate/tokenize.ts';
import { handleGenerate } from '../handle-generate.ts';
import { filesOf, readUploadForm } from '../media/upload-form.ts';
import type { MockState } from '../state.ts';
import type { MockDraft } from '../types.ts';
import { synthesize } from './speech.ts';
import { transcribe, type TranscriptTask } from './transcribe.ts';

function handleForm(state: MockState, ctx: RequestContext): MockDraft | Promise<MockDraft> {
  const read = readUploadForm(ctx, "a 'file' part");
  if (!read.ok) return read.error;
  const { fields } = read.form;
  // before the generic handler looks the model up: a missing field is named, not "model `undefined` not found"
  if (filesOf(ctx, 'file').length === 0)
    return errors.invalidBody("Missing required parameter: 'file'.", 'file', 'missing_required_parameter');
  if (typeof fields.model !== 'string' || fields.model === '')
    return errors.invalidBody("Missing required parameter: 'model'.", 'model', 'missing_required_parameter');
  // form fields are text: the stream flag as JSON endpoints carry it, so the handler streams on it; whisper-1
  // ignores it (reference A9) and answers whole
  if (fields.stream === 'true' && !/^whisper-1/.test(fields.model))
    ctx.parsed = { ok: true, value: { ...fields, stream: true } };
  return handleGenerate(state, ctx);
}

export const handleTranscriptions = handleForm;
export const handleTranslations = handleForm;

const transcriber =
  (task: TranscriptTask): Generator =>
  (request, _model, ctx) => {
    const r = transcribe({ file: filesOf(ctx, 'file')[0], fields: request as Record<string, string | string[]> }, task);
    if (!r.ok) throw new GenerationRefusal(r.error);
    const usage = { prompt: 0, completion: countTokens(String(r.json?.text ?? r.body ?? '')), total: 0 };
    usage.total = usage.completion;
    const out: Generated = { body: r.json, usage };
    if (r.body !== undefined) out.raw = { contentType: r.contentType, text: r.body };
    if (request.stream === true) out.chunks = transcriptEvents(String(r.json?.text ?? r.body ?? ''), r.json?.usage);
    return out;
  };

/** a streamed transcription: the text a word at a time, then the whole of it with the answer's usage */
function transcriptEvents(text: string, usage: unknown): Array<Record<string, unknown>> {
  const words = text.match(/\s*\S+/g) ?? [];
  return [
    ...words.map((delta) => ({ type: 'transcript.text.delta', delta })),
    { type: 'transcript.text.done', text, ...(usage !== undefined ? { usage } : {}) },
  ];
}

export const generateTranscription = transcriber('transcribe');
export const generateTranslation = transcriber('translate');

export const generateSpeech: Generator = (request) => {
  const r = synthesize(request);
  if (!r.ok) throw new GenerationRefusal(r.error);
  const prompt = countTokens(String(request.input));
  return {
    body: undefined,
    raw: { contentType: r.contentType, bytes: r.bytes },
    usage: { prompt, completion: 0, total: prompt },
  };
};
