// POST /v1/images/edits: a multipart form (spec: CreateImageEditRequest; reference A8) checked as the API checks
// it, then answered like a generation whose pictures are drawn from the prompt and the uploaded images' bytes.
// dall-e-2 takes one square PNG under 4 MB (and a mask of its size); GPT image models up to 16 PNG, WebP or JPEG
// files under 50 MB each; dall-e-3 does not edit. Image tokens of GPT image models' usage follow the tile rule.
import { hashString } from '../generate/hash.ts';
import { crc32 } from '../media/checksums.ts';
import { readImageInfo, type ImageInfo } from '../media/image-info.ts';
import { imageTokens } from '../media/image-tokens.ts';
import type { FormPart } from '../media/multipart.ts';
import { familyOf } from './families.ts';
import { answerImages, checkImageFields, invalid, type ImagesResult } from './generate-images.ts';
import type { IssuedImages } from './image-url.ts';

const MB = 1024 * 1024;

/** what each family edits: input formats, size and count limits, and the output sizes */
const EDIT_RULES = {
  'dall-e-2': { formats: ['png'], maxBytes: 4 * MB, maxImages: 1, square: true },
  'gpt-image': { formats: ['png', 'webp', 'jpeg'], maxBytes: 50 * MB, maxImages: 16, square: false },
} as const;

export const EDIT_SIZES = {
  'dall-e-2': ['256x256', '512x512', '1024x1024'],
  'gpt-image': ['1024x1024', '1536x1024', '1024x1536', 'auto'],
} as const;

export interface EditForm {
  images: FormPart[];
  mask?: FormPart;
  fields: Record<string, string | string[]>;
}

const text = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `model`: the request's, or the default the handler chose; `base`, `now`, `issued` as for generations */
export function editImages(
  form: EditForm,
  model: string,
  base: string,
  now: number,
  issued: IssuedImages,
): ImagesResult {
  const family = familyOf(model);
  if (family === 'dall-e-3')
    return invalid(
      `Invalid value: '${model}'. Image edits support 'dall-e-2' and the GPT image models.`,
      'model',
      'invalid_value',
    );
  const prompt = text(form.fields.prompt);
  if (prompt === undefined || prompt === '')
    return invalid("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  if (form.images.length === 0)
    return invalid("Missing required parameter: 'image'.", 'image', 'missing_required_parameter');
  const rules = EDIT_RULES[family];
  if (form.images.length > rules.maxImages)
    return invalid(
      `Invalid 'image': ${model} takes at most ${rules.maxImages} image${rules.maxImages > 1 ? 's' : ''}, but got ${form.images.length}.`,
      'image',
      'array_above_max_length',
    );
  let inputImageTokens = 0;
  let first: Extract<ImageInfo, { ok: true }> | undefined;
  for (const [i, image] of form.images.entries()) {
    const info = readImageInfo(image.data);
    const param = form.images.length > 1 ? `image[${i}]` : 'image';
    if (!info.ok || !(rules.formats as readonly string[]).includes(info.format))
      return invalid(
        `Invalid image file: ${model} edits ${rules.formats.join(', ')} files${info.ok ? `, got ${info.format}` : ` (${info.reason})`}.`,
        param,
        'invalid_image_format',
      );
    if (image.data.length >= rules.maxBytes)
      return invalid(
        `Invalid image file: it must be under ${rules.maxBytes / MB} MB, got ${image.data.length} bytes.`,
        param,
        'image_too_large',
      );
    if (rules.square && info.width !== info.height)
      return invalid(
        `Invalid image file: ${model} edits square images, got ${info.width}x${info.height}.`,
        param,
        'invalid_image_dimensions',
      );
    first ??= info;
    inputImageTokens += imageTokens(info.width, info.height);
  }
  if (form.mask) {
    const m = readImageInfo(form.mask.data);
    if (!m.ok || m.format !== 'png' || m.width !== first!.width || m.height !== first!.height)
      return invalid(
        `Invalid mask: it must be a PNG of the image's size (${first!.width}x${first!.height})${m.ok ? `, got a ${m.width}x${m.height} ${m.format}` : ''}.`,
        'mask',
        'invalid_mask',
      );
  }
  const nText = text(form.fields.n);
  if (nText !== undefined && !/^\d{1,2}$/.test(nText))
    return invalid(`Invalid 'n': expected an integer from 1 to 10, got '${nText.slice(0, 20)}'.`, 'n', 'invalid_type');
  const n = nText === undefined ? undefined : Number(nText);
  if (n !== undefined && n < 1)
    return invalid(`Invalid 'n': expected a value >= 1, got ${n}.`, 'n', 'integer_below_min_value');
  const fields: Record<string, unknown> & { prompt: string } = { prompt };
  for (const [k, v] of Object.entries(form.fields)) if (k !== 'prompt') fields[k] = k === 'n' ? n : text(v);
  const checked = checkImageFields(fields, model, EDIT_SIZES[family]);
  if (!checked.ok) return checked;
  // the same prompt on other images draws other pictures
  const seed = form.images.reduce((h, image) => crc32(image.data, h), hashString(`${model}\n${prompt}`));
  return answerImages(
    { ...checked.plan, seed, inputImageTokens: family === 'gpt-image' ? inputImageTokens : 0 },
    base,
    now,
    issued,
  );
}
