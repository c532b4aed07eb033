// Request validation through the shared schemas: the first MUST issue becomes the API's 400, worded the way
// OpenAI words it, with `param` naming the offending field.
import { openAiErrorOf } from '../../schemas/openai-errors.ts';
import type { SchemaName } from '../../schemas/registry.ts';
import { validate } from '../../schemas/validate.ts';

export interface RequestProblem {
  message: string;
  param: string | null;
  code: string | null;
}

/** `schema`: the routed endpoint's request schema (its table row's `schemas.request`). */
export function validateRequest(schema: SchemaName, body: unknown): RequestProblem | undefined {
  const result = validate(schema, body);
  if (result.ok) return undefined;
  const { message, param, code } = openAiErrorOf(result.must[0]);
  return { message, param, code };
}
