// Request validation through the shared schemas: the first MUST issue becomes the API's 400, with `param`
// naming the offending field the way OpenAI writes it.
import { paramOf } from '../../schemas/format.ts';
import { validate } from '../../schemas/validate.ts';

const SCHEMA_OF = {
  chat: 'chat-completion-request',
  completions: 'completion-request',
  embeddings: 'embeddings-request',
} as const;

export interface RequestProblem {
  message: string;
  param: string | null;
  code: string;
}

export function validateRequest(endpoint: keyof typeof SCHEMA_OF, body: unknown): RequestProblem | undefined {
  const result = validate(SCHEMA_OF[endpoint], body);
  if (result.ok) return undefined;
  const issue = result.must[0];
  const param = paramOf(issue);
  const missing = issue.received === 'undefined' || issue.received === 'nothing' || /required/i.test(issue.message);
  const where = param === null ? 'the request body' : `'${param}'`;
  return {
    message: missing && param !== null
      ? `Missing required parameter: '${param}'.`
      : `Invalid value for ${where}: expected ${issue.expected}, but got ${issue.received} instead.`,
    param,
    code: missing ? 'missing_required_parameter' : 'invalid_value',
  };
}
