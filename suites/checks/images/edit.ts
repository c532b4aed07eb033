// Image edits (spec: CreateImageEditRequest, ImagesResponse; reference A8): the SDK's images.edit() with an
// uploaded RGBA PNG answers an image of the size asked. A route the target lacks (404/405 while chat works) is
// unsupported, read against chat's control as the generation is.
import type { Check } from '../../engine/types.ts';
import { endpointVaries } from '../internal/attribution.ts';
import { isObject, show } from '../internal/read.ts';
import { CONTROL } from '../chat/probes.ts';
import { shapeGrade } from '../internal/schema.ts';
import { spec } from '../internal/sources.ts';
import { answerWithoutN, PROBES, pngGrade } from './generation.ts';
import { EDIT, EDIT_FETCH, SIZE } from './probes.ts';

const EDITS = endpointVaries(CONTROL, 'the /images/edits endpoint', 'edits', 'image', 'mask');

export const edit: Check = {
  id: 'images.edit',
  title: `client.images.edit() with an uploaded PNG answers an image that decodes, at the ${SIZE} asked`,
  feature: 'images',
  level: 'MUST',
  source: spec('CreateImageEditRequest; ImagesResponse'),
  breaks: ['apps calling images.edit() (res.data[0].b64_json / .url)'],
  probes: PROBES,
  grade(t, ctx) {
    const got = answerWithoutN(t, EDIT, 'the edit', EDITS); // the edit leaves n out too
    if (!got.ok) return got.grade;
    const shape = shapeGrade(
      'images-response',
      'must',
      [{ value: got.value.body, where: 'the edit', exchange: EDIT }],
      'the edit',
    );
    if (shape.status !== 'pass') return shape;
    const first = (got.value.body as { data?: unknown[] }).data?.[0];
    if (!isObject(first) || (typeof first.b64_json !== 'string' && typeof first.url !== 'string'))
      return {
        status: 'fail',
        message: `the edit answered no image: data[0] is ${show(first)}`,
        details: { exchange: EDIT, seen: first ?? null },
      };
    return pngGrade(t, ctx, got.value.body, EDIT, EDIT_FETCH, 'the edit');
  },
};
