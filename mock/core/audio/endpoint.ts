// The audio rows of the endpoint table, all through the generic handler (admission, metering, quirks): speech
// (a JSON body), and transcriptions and translations, whose multipart form is read here first: its text fields
// become the request body the handler validates and quirks rewrite, its file waits for the generator.
import type { RequestContext } from '../context.ts';
import type { Generator } from '../endpoints/types.ts';
import { errors } from '../errors.ts';
import { GenerationRefusal, type Generated } from '../generation.ts';
import { countTokens } from '../generate/tokenize.ts';
import { handleGenerate } from '../handle-generate.ts';
import { boundaryOf, readMultipart, type FormPart } from '../media/multipart.ts';
import type { MockState } from '../state.ts';
import type { MockDraft } from '../types.ts';
import { synthesize } from './speech.ts';
import { formOf, transcribe, type TranscriptTask } from './transcribe.ts';

/** the uploaded file of a request, from its form to its generator (bodies stay plain JSON for journal and quirks) */
const FILES = new WeakMap<RequestContext, FormPart>();

function handleForm(state: MockState, ctx: RequestContext): MockDraft | Promise<MockDraft> {
  const boundary = boundaryOf(ctx.req.headers['content-type']);
  if (!boundary || !ctx.req.raw)
    return errors.invalidBody(
      "This endpoint takes multipart/form-data (a 'file' part and the other fields), not JSON.",
      null,
      'invalid_content_type',
    );
  const read = readMultipart(ctx.req.raw, boundary);
  if (!read.ok)
    return errors.invalidBody(`Could not parse the multipart form: ${read.reason}.`, null, 'invalid_multipart');
  const form = formOf(read.parts);
  // before the generic handler looks the model up: a missing field is named, not "model `undefined` not found"
  if (!form.file)
    return errors.invalidBody("Missing required parameter: 'file'.", 'file', 'missing_required_parameter');
  if (typeof form.fields.model !== 'string' || form.fields.model === '')
    return errors.invalidBody("Missing required parameter: 'model'.", 'model', 'missing_required_parameter');
  FILES.set(ctx, form.file);
  ctx.parsed = { ok: true, value: form.fields };
  return handleGenerate(state, ctx);
}

export const handleTranscriptions = handleForm;
export const handleTranslations = handleForm;

const transcriber =
  (task: TranscriptTask): Generator =>
  (request, _model, ctx) => {
    const r = transcribe({ file: FILES.get(ctx), fields: request as Record<string, string | string[]> }, task);
    if (!r.ok) throw new GenerationRefusal(r.error);
    const usage = { prompt: 0, completion: countTokens(String(r.json?.text ?? r.body ?? '')), total: 0 };
    usage.total = usage.completion;
    const out: Generated = { body: r.json, usage };
    if (r.body !== undefined) out.raw = { contentType: r.contentType, text: r.body };
    return out;
  };

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
