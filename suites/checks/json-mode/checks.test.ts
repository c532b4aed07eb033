import { describe, expect, it } from 'vitest';
import type { Check } from '../../engine/types.ts';
import { chunk, completion, errorBody, fakeCtx, jsonExchange, sseExchange, transcript, transcripts } from '../internal/fake-transcripts.ts';
import { checks, finishStop, isObject, parses, streamParses } from './checks.ts';

const GOOD = '{"country":"France","capital":"Paris"}';

function set(content: unknown, finish: unknown = 'stop', streamed: string[] = ['{"country":', '"France","capital":"Paris"}']) {
  return transcripts(
    transcript('json-mode.object', [jsonExchange('object', completion({ content }, finish))]),
    transcript('json-mode.stream', [sseExchange('stream', [chunk({ role: 'assistant', content: '' }), ...streamed.map((c) => chunk({ content: c })), chunk({}, 'stop')])]),
  );
}
const message = (c: Check, t: ReturnType<typeof set>) => {
  const g = c.grade(t, fakeCtx());
  return `${g.status}: ${'message' in g ? g.message : ''}`;
};

describe('json-mode checks', () => {
  it('pass bare JSON objects', () => {
    for (const c of checks) expect(c.grade(set(GOOD), fakeCtx()).status, c.id).toBe('pass');
    expect(parses.grade(set(`\n ${GOOD}\n`), fakeCtx()).status).toBe('pass');
  });

  it('fail fenced JSON (B36 Venice)', () => {
    expect(message(parses, set('```json\n' + GOOD + '\n```'))).toMatchInlineSnapshot(`"fail: json-mode.object (object): the JSON is wrapped in \`\`\` fences; JSON.parse(content) fails. Send the bare JSON"`);
    expect(message(streamParses, set(GOOD, 'stop', ['```json\n', GOOD, '\n```']))).toMatchInlineSnapshot(`"fail: json-mode.stream (stream): the JSON is wrapped in \`\`\` fences; JSON.parse(content) fails. Send the bare JSON"`);
  });

  it('fail prose around JSON and free text (B33 ignored response_format)', () => {
    expect(message(parses, set(`Sure! Here it is: ${GOOD}`))).toMatchInlineSnapshot(`"fail: json-mode.object (object): the JSON is surrounded by prose; JSON.parse(content) fails. Send only the JSON"`);
    expect(message(parses, set('The capital of France is Paris.'))).toMatchInlineSnapshot(`"fail: json-mode.object (object): content is not JSON (Unexpected token 'T', "The capita"... is not valid JSON)"`);
  });

  it('fail arrays and scalars, and runaway whitespace (B36 Ollama)', () => {
    expect(message(isObject, set('["Paris"]'))).toMatchInlineSnapshot(`"fail: json-mode.object (object): the JSON is ["Paris"], not an object"`);
    expect(message(finishStop, set('{"country": "France",     ', 'length'))).toMatchInlineSnapshot(`"fail: json-mode.object (object): finish_reason is "length", expected "stop": the JSON may be cut short"`);
  });

  it('report unsupported when json_object is rejected (B36 LM Studio)', () => {
    const t = transcripts(transcript('json-mode.object', [jsonExchange('object', errorBody("'response_format.type' must be 'json_schema'"), 400)]));
    expect(message(parses, t)).toMatchInlineSnapshot(`"unsupported: the endpoint rejected json-mode.object (object) with 400: 'response_format.type' must be 'json_schema'"`);
  });
});
