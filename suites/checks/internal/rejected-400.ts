// Rejections of bad media: a 400, or the failure that says what came. The error body's shape is not graded here:
// errors.body-envelope grades it once for every error (one cause, one failure).
import type { Exchange, Grade } from '../../engine/types.ts';
import { clip, errorText, type Source } from './read.ts';

export function rejected400(ex: Exchange, source: Source, what: string): Grade {
  const s = ex.response!.status;
  if (s !== 400)
    return {
      status: 'fail',
      message: `${what} must be refused with 400, got ${s}: ${clip(ex.response!.body, 80)}`,
      details: { exchange: source, seen: s },
    };
  return { status: 'pass', message: `refused with 400: ${errorText(ex)}` };
}
