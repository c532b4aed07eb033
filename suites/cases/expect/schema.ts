// `schema: "must" | "should"`: the answer matches the API's response schema of its endpoint at that level —
// every event of a stream, the error body for an expected error status.
import { formatIssues, SCHEMAS, validate } from '../../../schemas/index.ts';
import { parseJson } from '../../checks/internal/read.ts';
import type { Endpoint } from '../answer.ts';
import { fail, inconclusive, pass, type Outcome, type Trial } from './outcome.ts';

type SchemaName = Parameters<typeof validate>[0];

// by name: the Responses API's schemas are used as soon as the registry has them
const BODY: Partial<Record<Endpoint, string>> = {
  chat: 'chat-completion-response',
  completions: 'completion-response',
  embeddings: 'embeddings-response',
  responses: 'response',
  models: 'model-list',
};
const EVENT: Partial<Record<Endpoint, string>> = {
  chat: 'chat-completion-chunk',
  completions: 'completion-response',
  responses: 'response-stream-event',
};

export function expectSchema(level: 'must' | 'should', t: Trial): Outcome {
  const { answer } = t;
  const error = answer.status < 200 || answer.status >= 300;
  const known = error ? 'error-body' : answer.streamed ? EVENT[answer.endpoint] : BODY[answer.endpoint];
  const name = known !== undefined && Object.hasOwn(SCHEMAS, known) ? (known as SchemaName) : undefined;
  if (!name)
    return inconclusive(
      `no response schema is known for ${answer.streamed ? 'streamed ' : ''}${answer.endpoint === 'other' ? 'this path' : answer.endpoint} answers, so the shape was not graded`,
    );
  const values: Array<{ value: unknown; where: string }> = [];
  if (answer.streamed && !error) answer.events.forEach((value, i) => values.push({ value, where: `event ${i + 1}` }));
  else {
    const parsed = parseJson(t.ex.response!.body);
    if (!parsed.ok) return fail(`the body is not JSON (${parsed.error}); expected a ${name}`);
    values.push({ value: parsed.value, where: 'the body' });
  }
  if (values.length === 0) return fail(`the stream carried no JSON event; expected ${name} chunks`);
  for (const { value, where } of values) {
    const r = validate(name, value);
    const issues = level === 'must' ? r.must : [...r.must, ...r.should];
    if (issues.length > 0)
      return fail(
        `${where} does not match the ${name} schema at ${level.toUpperCase()} level:\n${formatIssues(issues)}`,
        { issues },
      );
  }
  return pass(`${name} schema (${level.toUpperCase()})`);
}
