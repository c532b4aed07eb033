// Reads the fields of an error body whatever shape an earlier quirk gave it, and builds the divergent shapes.
import type { JsonObject } from '../types.ts';

export interface ErrorFields {
  message: string;
  type: string | null;
  param: string | null;
  code: string | number | null;
}

export function readError(body: unknown): ErrorFields {
  const b: JsonObject = Array.isArray(body) ? (body[0] ?? {}) : ((body ?? {}) as JsonObject);
  const e: JsonObject = typeof b.error === 'object' && b.error !== null ? b.error : b;
  const message = [e.message, e.detail, b.error, e.title].find((m) => typeof m === 'string') ?? '';
  return { message, type: e.type ?? e.status ?? null, param: e.param ?? null, code: e.code ?? null };
}

const REASONS: Record<number, [phrase: string, vllm: string, google: string]> = {
  400: ['Bad Request', 'BadRequestError', 'INVALID_ARGUMENT'],
  401: ['Unauthorized', 'AuthenticationError', 'UNAUTHENTICATED'],
  403: ['Forbidden', 'PermissionDeniedError', 'PERMISSION_DENIED'],
  404: ['Not Found', 'NotFoundError', 'NOT_FOUND'],
  405: ['Method Not Allowed', 'BadRequestError', 'INVALID_ARGUMENT'],
  409: ['Conflict', 'ConflictError', 'ABORTED'],
  413: ['Content Too Large', 'BadRequestError', 'INVALID_ARGUMENT'],
  422: ['Unprocessable Content', 'UnprocessableEntityError', 'INVALID_ARGUMENT'],
  429: ['Too Many Requests', 'RateLimitError', 'RESOURCE_EXHAUSTED'],
  500: ['Internal Server Error', 'InternalServerError', 'INTERNAL'],
  502: ['Bad Gateway', 'InternalServerError', 'UNAVAILABLE'],
  503: ['Service Unavailable', 'InternalServerError', 'UNAVAILABLE'],
  504: ['Gateway Timeout', 'InternalServerError', 'DEADLINE_EXCEEDED'],
};

const reasonOf = (status: number) =>
  REASONS[status] ??
  (status >= 500
    ? ['Server Error', 'InternalServerError', 'INTERNAL']
    : ['Client Error', 'BadRequestError', 'INVALID_ARGUMENT']);

/** vLLM < 0.10.1: `{object:"error", message, type:"BadRequestError", param, code:400}` (vllm#12886) */
export function flatError(status: number, e: ErrorFields): JsonObject {
  return { object: 'error', message: e.message, type: reasonOf(status)[1], param: e.param, code: status };
}

/** Gemini compat: `[{error:{code:400, message, status:"INVALID_ARGUMENT", details:[]}}]` (FuzzAnything/PromptFuzz#42) */
export function arrayError(status: number, e: ErrorFields): JsonObject[] {
  return [{ error: { code: status, message: e.message, status: reasonOf(status)[2], details: [] } }];
}

/** RFC 7807 as sent by the Meta Llama API: `{title, detail, status}` (langchain PR #32689) */
export function problemError(status: number, e: ErrorFields): JsonObject {
  return { title: reasonOf(status)[0], detail: e.message, status };
}
