// POST /v1/images/generations: the request checked as the API checks it (reference A8), then n real PNGs of the
// requested size, deterministic from the prompt: b64_json inline, or a URL the mock serves itself (image-url.ts).
import { validate } from '../../../schemas/validate.ts';
import { openAiErrorOf } from '../../../schemas/openai-errors.ts';
import { apiError, errors } from '../errors.ts';
import { hashString } from '../generate/hash.ts';
import { countTokens } from '../generate/tokenize.ts';
import { encodeBase64 } from '../media/base64.ts';
import type { MockJsonDraft } from '../types.ts';
import { defaultImageModel, FAMILY_RULES, familyOf, GPT_ONLY, type ImageFamily } from './families.ts';
import { imageUrl, type IssuedImages } from './image-url.ts';
import { picture } from './picture.ts';

export interface ImagesAnswer {
  ok: true;
  json: Record<string, unknown>;
  /** what was drawn: the partial images of a stream are drawn from it again */
  plan: ImagesPlan;
  /** one billed unit per accepted request, whatever n and size; these are only for usage */
  usage: { prompt: number; completion: number };
}

export type ImagesResult = ImagesAnswer | { ok: false; error: MockJsonDraft };

export const invalid = (message: string, param: string | null, code: string | null = 'invalid_value') => ({
  ok: false as const,
  error: errors.invalidBody(message, param, code),
});

/** `base`: where the client reaches /v1, for url answers; `now`: clock ms */
export function generateImages(body: unknown, base: string, now: number, issued: IssuedImages): ImagesResult {
  const valid = validate('images-request', body);
  if (!valid.ok) {
    const e = openAiErrorOf(valid.must[0]);
    return invalid(e.message, e.param, e.code);
  }
  const req = body as Record<string, unknown> & { prompt: string };
  const model = typeof req.model === 'string' ? req.model : defaultImageModel(req);
  const checked = checkImageFields(req, model, FAMILY_RULES[familyOf(model)].sizes);
  if (!checked.ok) return checked;
  return answerImages(
    { ...checked.plan, seed: hashString(`${model}\n${req.prompt}`), inputImageTokens: 0 },
    base,
    now,
    issued,
  );
}

export interface ImagesPlan {
  family: ImageFamily;
  prompt: string;
  n: number;
  width: number;
  height: number;
  quality: string;
  /** url answers (dall-e, unless b64_json was asked for) */
  url: boolean;
  seed: number;
  /** GPT image models' usage: the input images' tokens (edits) */
  inputImageTokens: number;
}

/**
 * The rules generations and edits share, by model family: prompt length, n, response_format, GPT-only fields,
 * size (from `sizes`: edits take fewer) and quality. `req.n` is a number here (edits convert their form field).
 */
export function checkImageFields(
  req: Record<string, unknown> & { prompt: string },
  model: string,
  sizes: readonly string[],
): { ok: true; plan: Omit<ImagesPlan, 'seed' | 'inputImageTokens'> } | { ok: false; error: MockJsonDraft } {
  const family = familyOf(model);
  const rules = FAMILY_RULES[family];
  const gptOnly = GPT_ONLY.some((k) => req[k] != null);
  if (req.prompt.length > rules.maxPrompt)
    return invalid(
      `Invalid 'prompt': string too long. Expected a string with maximum length ${rules.maxPrompt}, but got a string with length ${req.prompt.length} instead.`,
      'prompt',
      'string_above_max_length',
    );
  const n = typeof req.n === 'number' ? req.n : 1;
  if (n > rules.maxN)
    return invalid(
      `Invalid 'n': ${model} supports at most n=${rules.maxN}, but got ${n} instead.`,
      'n',
      'integer_above_max_value',
    );
  if (family === 'gpt-image' && req.response_format != null)
    return invalid("Unknown parameter: 'response_format'.", 'response_format', 'unknown_parameter'); // reference A8, observed
  if (family !== 'gpt-image' && gptOnly) {
    const param = GPT_ONLY.find((k) => req[k] != null)!;
    return invalid(`Unknown parameter: '${param}'.`, param, 'unknown_parameter');
  }
  const size = typeof req.size === 'string' ? req.size : rules.defaultSize;
  if (!sizes.includes(size))
    return {
      ok: false,
      error: apiError(400, {
        message: 'The size is not supported by this model.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_size',
      }),
    }; // observed (A8)
  const quality = typeof req.quality === 'string' ? req.quality : 'auto';
  if (!rules.qualities.includes(quality))
    return invalid(
      `Invalid value: '${quality}'. Supported values for ${model} are: ${rules.qualities.map((q) => `'${q}'`).join(', ')}.`,
      'quality',
    );
  const [width, height] = (size === 'auto' ? rules.defaultSize : size).split('x').map(Number) as [number, number];
  const url = rules.urls && req.response_format !== 'b64_json';
  return { ok: true, plan: { family, prompt: req.prompt, n, width, height, quality, url } };
}

/** n pictures of the plan: b64_json inline or URLs the mock serves, with GPT image models' fields and usage */
export function answerImages(p: ImagesPlan, base: string, now: number, issued: IssuedImages): ImagesAnswer {
  const { family, n, width, height, url, seed, quality } = p;
  const data = Array.from({ length: n }, (_, i) => {
    const item: Record<string, string> = url
      ? { url: imageUrl(base, seed + i, width, height, issued) }
      : { b64_json: encodeBase64(picture(seed + i, width, height)) };
    if (family === 'dall-e-3') item.revised_prompt = revised(p.prompt);
    return item;
  });
  const textTokens = countTokens(p.prompt);
  const promptTokens = textTokens + p.inputImageTokens;
  const json: Record<string, unknown> = { created: Math.floor(now / 1000), data };
  const outputTokens = n * Math.ceil((width * height) / 4096); // a stand-in: the mock bills per request anyway
  if (family === 'gpt-image') {
    Object.assign(json, {
      background: 'opaque',
      output_format: 'png',
      size: `${width}x${height}`,
      quality: quality === 'auto' ? 'medium' : quality,
      usage: {
        input_tokens: promptTokens,
        input_tokens_details: { text_tokens: textTokens, image_tokens: p.inputImageTokens },
        output_tokens: outputTokens,
        total_tokens: promptTokens + outputTokens,
      },
    });
  }
  return {
    ok: true,
    json,
    plan: p,
    usage: { prompt: promptTokens, completion: family === 'gpt-image' ? outputTokens : 0 },
  };
}

/**
 * The events of a streamed answer (GPT image models, stream: true; spec: ImageGenStreamEvent, ImageEditStreamEvent):
 * for each image, `partials` partial images (0-3, the picture drawn down to a lower row each time), then the
 * completed image with the answer's usage.
 */
export function imageEvents(
  answer: ImagesAnswer,
  kind: 'image_generation' | 'image_edit',
  partials: number,
): Array<Record<string, unknown>> {
  const { plan, json } = answer;
  const common = {
    created_at: json.created,
    size: json.size,
    quality: json.quality,
    background: json.background,
    output_format: json.output_format,
  };
  return (json.data as Array<{ b64_json: string }>).flatMap((image, i) => [
    ...Array.from({ length: partials }, (_, k) => ({
      type: `${kind}.partial_image`,
      b64_json: encodeBase64(picture(plan.seed + i, plan.width, plan.height, (k + 1) / (partials + 1))),
      ...common,
      partial_image_index: k,
    })),
    { type: `${kind}.completed`, b64_json: image.b64_json, ...common, usage: json.usage },
  ]);
}

/** dall-e-3 rewrites prompts; the mock's rewrite is plain and deterministic */
function revised(prompt: string): string {
  return `A detailed illustration of ${prompt.trim().replace(/[.!?]+$/, '')}.`;
}
