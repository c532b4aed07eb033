// Two options of an image generation (spec: CreateImageRequest.n, .response_format; reference A8): n left out means
// one image (R30: one-api refused requests without n), and response_format b64_json gives an image in b64_json, or
// the API's 400 where the model does not take it (GPT image models), never a 200 without an image (R29: LiteLLM).
import type { Check } from '../../engine/types.ts';
import { varies } from '../internal/attribution.ts';
import { strictBase64 } from '../internal/media.ts';
import { errorText, exchangeOf, isObject, jsonOf, jsonValue, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { answer, PROBES, refusedForN } from './generation.ts';
import { B64_FORMAT, GENERATE } from './probes.ts';

export const defaultN: Check = {
  id: 'images.default-n',
  title: 'A generation without n gives exactly one image (n defaults to 1)',
  feature: 'images',
  // MUST: the SDK's plain call (no n, as its README shows) gets an error instead of an image, or a count the
  // spec's default does not give
  level: 'MUST',
  source: spec('CreateImageRequest.n (default 1)'),
  breaks: ['apps that leave n out, as the SDK examples do (one-api refused them with n_not_within_range: R30)'],
  probes: PROBES,
  grade(t) {
    const ex = exchangeOf(t, GENERATE.probe, GENERATE.label);
    const sent = ex.ok ? jsonValue(ex.value.request.body) : undefined;
    if (isObject(sent) && sent.n != null)
      return {
        status: 'inconclusive',
        message: `the generation sent n = ${show(sent.n)}: the default of n was not tested`,
      };
    if (ex.ok && refusedForN(ex.value))
      return {
        status: 'fail',
        message: `a generation without n must give one image (n defaults to 1), got ${ex.value.response!.status}: ${errorText(ex.value)}`,
        details: { exchange: GENERATE, seen: ex.value.response!.status },
      };
    const got = answer(t);
    if (!got.ok) return got.grade;
    const data = (got.value.body as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(data))
      return {
        status: 'untestable',
        message: 'the answer has no data array (see images.shape)',
        prerequisite: 'images.shape',
      };
    if (data.length !== 1)
      return {
        status: 'fail',
        message: `without n, data must hold exactly one image, got ${data.length}`,
        details: { exchange: GENERATE, seen: data.length },
      };
    return { status: 'pass', message: 'one image without n' };
  },
};

/** the same generation with response_format b64_json: a 4xx naming it means the model does not take it */
const B64 = varies(GENERATE, 'response_format b64_json', 'response_format', 'b64_json', 'unknown_parameter');

export const b64Format: Check = {
  id: 'images.response-format',
  title: 'response_format b64_json gives the image in data[0].b64_json, or a 400 where the model does not take it',
  feature: 'images',
  // MUST: a 200 the app reads data[0].b64_json from, with no image there, crashes it or stores nothing
  level: 'MUST',
  source: spec('CreateImageRequest.response_format; ImagesResponse.data'),
  breaks: ['apps that ask for b64_json and read data[0].b64_json (LiteLLM answered 200 with data []: R29)'],
  probes: PROBES,
  grade(t) {
    const base = answer(t); // the generation without it refused: graded there, once
    if (!base.ok) return base.grade;
    const got = jsonOf(t, B64_FORMAT.probe, B64_FORMAT.label, B64); // a 400 naming it: unsupported, as the API answers GPT image models
    if (!got.ok) return got.grade;
    const data = (got.value.body as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(data) || data.length === 0)
      return {
        status: 'fail',
        message: `response_format b64_json must give an image (or a 400 where the model does not take it), got 200 with data ${show(data)}`,
        details: { exchange: B64_FORMAT, seen: data ?? null },
      };
    const first = data[0];
    const b64 = isObject(first) ? first.b64_json : undefined;
    if (typeof b64 !== 'string')
      return {
        status: 'fail',
        message: `response_format b64_json was not honoured: data[0] is ${show(first)}`,
        details: { exchange: B64_FORMAT },
      };
    const bytes = strictBase64(b64);
    if (!bytes)
      return {
        status: 'fail',
        message: `data[0].b64_json is not base64: ${show(b64, 40)}`,
        details: { exchange: B64_FORMAT },
      };
    return { status: 'pass', message: `data[0].b64_json holds ${bytes.length} bytes` };
  },
};
