// Rejections of bad media: a 400 whose body is the API's error envelope, or the failure that says what came.
import type { Exchange, Grade } from '../../engine/types.ts';
import { clip, errorText, isObject, jsonValue, type Source } from './read.ts';

export function rejected400(ex: Exchange, source: Source, what: string): Grade {
  const s = ex.response!.status;
  if (s !== 400)
    return {
      status: 'fail',
      message: `${what} must be refused with 400, got ${s}: ${clip(ex.response!.body, 80)}`,
      details: { exchange: source, seen: s },
    };
  const body = jsonValue(ex.response!.body);
  if (!isObject(body) || !isObject(body.error) || typeof body.error.message !== 'string')
    return {
      status: 'fail',
      message: `the 400 must be {error: {message, …}}, got ${clip(ex.response!.body, 80)}`,
      details: { exchange: source },
    };
  return { status: 'pass', message: `refused with 400: ${errorText(ex)}` };
}
