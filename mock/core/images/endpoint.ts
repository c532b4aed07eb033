// The images rows of the endpoint table: POST /v1/images/generations and /v1/images/edits through the generic
// handler (the model defaulted first, as the spec defaults it), and GET of the URLs their url answers hand out.
import type { RequestContext } from '../context.ts';
import type { Generator } from '../endpoints/types.ts';
import { errors } from '../errors.ts';
import { GenerationRefusal, type Generated } from '../generation.ts';
import { handleGenerate } from '../handle-generate.ts';
import type { MockState } from '../state.ts';
import type { MockDraft } from '../types.ts';
import { defaultImageModel } from './families.ts';
import { generateImages, imageEvents, type ImagesAnswer } from './generate-images.ts';
import { editImages } from './edit-images.ts';
import { filesOf, readUploadForm } from '../media/upload-form.ts';
import { baseOf, imageAt } from './image-url.ts';

/** "dall-e-2 unless a parameter specific to the GPT image models is used" (spec: CreateImageRequest.model) */
export function handleImages(state: MockState, ctx: RequestContext): Promise<MockDraft> {
  const body = ctx.parsed.ok ? ctx.parsed.value : undefined;
  if (
    body !== null &&
    typeof body === 'object' &&
    !Array.isArray(body) &&
    (body as { model?: unknown }).model == null
  ) {
    ctx.parsed = { ok: true, value: { ...body, model: defaultImageModel(body as Record<string, unknown>) } };
  }
  return handleGenerate(state, ctx);
}

/** the answer as a generator gives it: JSON, or with stream: true its events (GPT image models) */
function generated(r: ImagesAnswer, request: Record<string, unknown>, kind: 'image_generation' | 'image_edit') {
  const out: Generated = { body: r.json, usage: { ...r.usage, total: r.usage.prompt + r.usage.completion } };
  const partials = Math.min(3, Math.max(0, Math.trunc(Number(request.partial_images ?? 0)) || 0)); // the spec: 0-3
  if (request.stream === true) out.chunks = imageEvents(r, kind, partials);
  return out;
}

export const generateImageAnswer: Generator = (request, _model, ctx, clock, _scripted, state) => {
  const r = generateImages(request, baseOf(ctx.req), clock.now(), state.images);
  if (!r.ok) throw new GenerationRefusal(r.error);
  return generated(r, request as Record<string, unknown>, 'image_generation');
};

/**
 * POST /v1/images/edits: the form read (its fields become the body the handler checks, its files wait for the
 * generator), the model defaulted as the spec defaults it: gpt-image-1.5, or gpt-image-1 when the mock's catalog
 * does not list it.
 */
export function handleImageEdits(state: MockState, ctx: RequestContext): MockDraft | Promise<MockDraft> {
  const read = readUploadForm(ctx, "an 'image' part");
  if (!read.ok) return read.error;
  const { fields } = read.form;
  const body: Record<string, unknown> = { ...fields };
  if (fields.model === undefined || fields.model === '')
    body.model = state.options.models.some((m) => m.id === 'gpt-image-1.5') ? 'gpt-image-1.5' : 'gpt-image-1';
  // form fields are text: the stream flag as the JSON endpoints carry it, so the handler streams on it
  if (fields.stream === 'true' || fields.stream === 'false') body.stream = fields.stream === 'true';
  ctx.parsed = { ok: true, value: body };
  return handleGenerate(state, ctx);
}

export const generateImageEdit: Generator = (request, model, ctx, clock, _scripted, state) => {
  const form = {
    images: filesOf(ctx, 'image'),
    mask: filesOf(ctx, 'mask')[0],
    fields: request as Record<string, string | string[]>,
  };
  const r = editImages(form, model.id, baseOf(ctx.req), clock.now(), state.images);
  if (!r.ok) throw new GenerationRefusal(r.error);
  return generated(r, request as Record<string, unknown>, 'image_edit');
};

/** GET /v1/images/generated/{size}/{file}: the picture drawn again from its URL; not billed */
export function serveImage(state: MockState, ctx: RequestContext): MockDraft {
  const bytes = imageAt(ctx.req.path, state.images);
  if (!bytes) return errors.unknownRoute('GET', ctx.req.path);
  return { status: 200, headers: { 'content-type': 'image/png', 'cache-control': 'max-age=3600' }, body: '', bytes };
}
