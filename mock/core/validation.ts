// Request validation through the shared schemas: the first MUST issue becomes the API's 400, worded the way
// OpenAI words it, with `param` naming the offending field.
import { openAiErrorOf } from '../../schemas/openai-errors.ts';
import { validate } from '../../schemas/validate.ts';

const SCHEMA_OF = {
  chat: 'chat-completion-request',
  completions: 'completion-request',
  embeddings: 'embeddings-request',
} as const;

export interface RequestProblem {
  message: string;
  param: string | null;
  code: string | null;
}

export function validateRequest(endpoint: keyof typeof SCHEMA_OF, body: unknown): RequestProblem | undefined {
  const result = validate(SCHEMA_OF[endpoint], body);
  if (result.ok) return undefined;
  const { message, param, code } = openAiErrorOf(result.must[0]);
  return { message, param, code };
}
