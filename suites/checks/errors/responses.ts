// Every error answer the suite provoked (exchanges with a 4xx/5xx status, on the wire or through openai-node), so
// the envelope, field and content-type rules grade all of them.
import type { Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { M } from '../models/probes.ts';
import { parseJson, type Parsed } from '../internal/read.ts';
import { E } from './probes.ts';

export const ERROR_PROBES: string[] = [E.invalid, E.unknownModel, E.auth, M.basic];

export interface ErrorResponse {
  probe: string;
  label: string;
  ex: Exchange;
  parsed: Parsed;
}

export function errorResponses(t: TranscriptSet): { ok: true; items: ErrorResponse[] } | { ok: false; grade: Grade } {
  const items: ErrorResponse[] = [];
  for (const probe of ERROR_PROBES) {
    for (const ex of t[probe]?.exchanges ?? []) {
      const s = ex.response?.status;
      // SDK exchanges too: the errors probes send some requests through openai-node only
      if (s === undefined || s < 400) continue;
      items.push({ probe, label: ex.label, ex, parsed: parseJson(ex.response!.body) });
    }
  }
  if (items.length === 0) {
    const ran = ERROR_PROBES.some((p) => t[p] && !t[p].failure);
    return {
      ok: false,
      grade: ran
        ? {
            status: 'untestable',
            message: 'no request was answered with an error status (see errors.rejects-*)',
            prerequisite: E.invalid,
          }
        : { status: 'untestable', message: `probe ${E.invalid} did not run`, prerequisite: E.invalid },
    };
  }
  return { ok: true, items };
}

export type BodyKind =
  'ok' | 'text' | 'array' | 'string-error' | 'flat' | 'problem-json' | 'error-no-message' | 'other';

/** the shape of an error body, named after the divergence it matches */
export function bodyKind(p: Parsed): BodyKind {
  if (!p.ok) return 'text';
  const v = p.value as any;
  if (Array.isArray(v)) return 'array';
  if (v === null || typeof v !== 'object') return 'other';
  if (typeof v.error === 'string') return 'string-error';
  if (v.error && typeof v.error === 'object' && !Array.isArray(v.error))
    return typeof v.error.message === 'string' ? 'ok' : 'error-no-message';
  if (v.object === 'error' || typeof v.message === 'string') return 'flat';
  if ('title' in v || 'detail' in v) return 'problem-json';
  return 'other';
}

export const KIND_TEXT: Record<Exclude<BodyKind, 'ok'>, string> = {
  text: 'a body that is not JSON',
  array: 'a JSON array (Gemini style, B25)',
  'string-error': 'an "error" string instead of an object (LM Studio style, B26)',
  flat: 'a flat body without the "error" wrapper (vLLM/Mistral style, B23/B24)',
  'problem-json': 'an RFC 7807 problem body (Meta Llama API style, B29)',
  'error-no-message': 'an "error" object without a string "message"',
  other: 'a JSON value without an "error" object',
};
