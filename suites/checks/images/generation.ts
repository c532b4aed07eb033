// Image generation (spec: CreateImageRequest, ImagesResponse; reference A8): the answer's shape, the SDK's view,
// a real PNG of the size asked, and the API's 400 for a size no model takes. The generation leaves n out: a refusal
// of that is images.default-n's failure, and the prerequisite the others name.
import type { Check, Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { endpointVaries, names, rejectionOf, varies } from '../internal/attribution.ts';
import { bodyBytes, readPng, strictBase64 } from '../internal/media.ts';
import { rejected400 } from '../internal/rejected-400.ts';
import {
  clip,
  errorText,
  exchangeOf,
  isObject,
  jsonOf,
  no,
  show,
  transcriptOf,
  where,
  type Answered,
  type Need,
  type Source,
  type Variant,
} from '../internal/read.ts';
import { shapeGrade } from '../internal/schema.ts';
import { sdk, spec } from '../internal/sources.ts';
import { BAD_SIZE, FETCH, GENERATE, IMAGES, underBase, SIZE } from './probes.ts';

export const ENDPOINT = endpointVaries(
  CONTROL,
  'the /images/generations endpoint',
  'images',
  'image',
  'prompt',
  'model',
);
export const PROBES = [IMAGES, CONTROL.probe];

/** a 400 or 422 for the generation that names n, which it did not send (one-api's n_not_within_range: R30) */
export function refusedForN(ex: Exchange): boolean {
  const s = ex.response?.status;
  return (s === 400 || s === 422) && names(ex, ['n', 'n_not_within_range']);
}

/**
 * The JSON answer of a request that left n out (`what`: "the generation", "the edit"); a refusal about n is
 * images.default-n's failure (R30), so here the missing prerequisite, not a missing route.
 */
export function answerWithoutN(t: TranscriptSet, source: Source, what: string, variant: Variant): Need<Answered> {
  const ex = exchangeOf(t, source.probe, source.label);
  if (ex.ok && refusedForN(ex.value))
    return no({
      status: 'untestable',
      message: `${what} without n was refused (${errorText(ex.value)}): see images.default-n`,
      prerequisite: 'images.default-n',
    });
  return jsonOf(t, source.probe, source.label, variant);
}

/** the generation's answer */
export const answer = (t: TranscriptSet): Need<Answered> => answerWithoutN(t, GENERATE, 'the generation', ENDPOINT);

function shape(t: TranscriptSet, level: 'must' | 'should'): Grade {
  const got = answer(t);
  if (!got.ok) return got.grade;
  return shapeGrade(
    'images-response',
    level,
    [{ value: got.value.body, where: where(GENERATE), exchange: GENERATE }],
    'image answers',
  );
}

export const shapeMust: Check = {
  id: 'images.shape',
  title: 'The images answer has data: [{b64_json | url}]',
  feature: 'images',
  level: 'MUST',
  source: spec('ImagesResponse; Image'),
  breaks: ['apps calling images.generate() (res.data[0].b64_json / .url)'],
  probes: PROBES,
  grade: (t) => shape(t, 'must'),
};

export const shapeFull: Check = {
  id: 'images.shape-full',
  title: 'The images answer matches the full spec shape (created in seconds, the enums, usage)',
  feature: 'images',
  level: 'SHOULD',
  source: spec('ImagesResponse; Image; ImageGenUsage'),
  breaks: ['strictly generated clients that require every spec key'],
  probes: PROBES,
  grade: (t) => shape(t, 'should'),
};

export const sdkGenerate: Check = {
  id: 'images.sdk-generate',
  title: 'client.images.generate() resolves with an image in data[0]',
  feature: 'images',
  level: 'MUST',
  source: sdk('src/resources/images.ts', 'generate() returns the ImagesResponse body'),
  breaks: ['apps on openai-node'],
  probes: PROBES,
  grade(t) {
    const got = answer(t); // the SDK call's own exchange: a refused endpoint is graded there
    if (!got.ok) return got.grade;
    const tr = transcriptOf(t, IMAGES);
    if (!tr.ok) return tr.grade;
    const out = tr.value.sdk.find((s) => s.label === GENERATE.label);
    if (!out?.ok)
      return {
        status: 'fail',
        message: `images.generate() threw ${out?.error?.class ?? 'nothing recorded'}: ${out?.error?.message ?? ''}`,
        details: { exchange: GENERATE },
      };
    const first = (out.value as { data?: unknown[] } | undefined)?.data?.[0];
    if (!isObject(first) || (typeof first.b64_json !== 'string' && typeof first.url !== 'string'))
      return {
        status: 'fail',
        message: `images.generate() resolved without an image in data[0]: ${show(first)}`,
        details: { exchange: GENERATE, seen: first ?? null },
      };
    return { status: 'pass', message: `data[0] has ${typeof first.b64_json === 'string' ? 'b64_json' : 'url'}` };
  },
};

/**
 * The PNG of an answer's data[0], decoded and held to `SIZE`: from b64_json, or from its URL as the probe fetched
 * it (`fetch`; a URL off the target's host is not fetched: inconclusive).
 */
export function pngGrade(
  t: TranscriptSet,
  ctx: { baseUrl: string },
  body: unknown,
  answered: Source,
  fetch: Source,
  about: string,
): Grade {
  const first = (body as { data?: unknown[] } | undefined)?.data?.[0];
  if (!isObject(first))
    return {
      status: 'untestable',
      message: `${about} has no data[0] (see images.shape)`,
      prerequisite: 'images.shape',
    };
  let bytes: Uint8Array | undefined;
  let from = answered;
  if (typeof first.b64_json === 'string') {
    bytes = strictBase64(first.b64_json);
    if (!bytes)
      return {
        status: 'fail',
        message: `data[0].b64_json is not base64: ${clip(first.b64_json, 40)}`,
        details: { exchange: answered },
      };
  } else if (typeof first.url === 'string') {
    if (!underBase(first.url, ctx.baseUrl))
      return {
        status: 'inconclusive',
        message: `the image is at ${clip(first.url, 60)}, not under the target's base URL: not fetched, so not checked`,
      };
    const fetched = exchangeOf(t, fetch.probe, fetch.label);
    if (!fetched.ok) return fetched.grade;
    const s = fetched.value.response!.status;
    if (s !== 200)
      return {
        status: 'fail',
        message: `GET of data[0].url must give the image, got ${s}: ${errorText(fetched.value)}`,
        details: { exchange: fetch, seen: s },
      };
    bytes = bodyBytes(fetched.value);
    from = fetch;
  } else
    return {
      status: 'untestable',
      message: `${about}: data[0] has neither b64_json nor url (see images.shape)`,
      prerequisite: 'images.shape',
    };
  const png = readPng(bytes);
  if (!png.ok)
    return {
      status: 'fail',
      message: `the image must be a PNG that decodes: ${png.reason}`,
      details: { exchange: from },
    };
  const size = `${png.width}x${png.height}`;
  if (size !== SIZE)
    return {
      status: 'fail',
      message: `the image must be ${SIZE} as asked, got ${size}`,
      details: { exchange: from, seen: size },
    };
  return {
    status: 'pass',
    message: `a ${png.width}×${png.height} PNG that inflates whole (${bytes.length} bytes, from ${from.label})`,
  };
}

export const validPng: Check = {
  id: 'images.valid-png',
  title: `The generated image is a PNG that decodes, at the ${SIZE} asked`,
  feature: 'images',
  level: 'MUST',
  source: spec('CreateImageRequest.size; CreateImageRequest.output_format (default png)'),
  breaks: ['apps that display or store the image (a broken or wrongly sized file)'],
  probes: PROBES,
  grade(t, ctx) {
    const got = answer(t);
    if (!got.ok) return got.grade;
    return pngGrade(t, ctx, got.value.body, GENERATE, FETCH, 'the answer');
  },
};

export const badSize: Check = {
  id: 'images.bad-size-rejected',
  title: 'A size no model takes (7x7) gets a 400',
  feature: 'images',
  level: 'SHOULD',
  source: spec('CreateImageRequest.size (the sizes each model takes)'),
  breaks: ['apps that learn of a bad size only from an image of another size'],
  probes: PROBES,
  grade(t) {
    const got = rejectionOf(t, BAD_SIZE, varies(GENERATE, 'size 7x7', 'size', 'invalid_size'));
    if (!got.ok) return got.grade;
    return rejected400(got.value, BAD_SIZE, 'size 7x7');
  },
};
