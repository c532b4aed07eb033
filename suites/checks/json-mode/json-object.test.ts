import { describe, expect, it } from 'vitest';
import type { Check } from '../../engine/types.ts';
import { chatAnswer, chatChunk, ctx, errorBody, jsonEx, set, sseEx, tr } from '../internal/fixtures.ts';
import { checks, finishStop, isObject, parses, streamParses } from './json-object.ts';

const GOOD = '{"country":"France","capital":"Paris"}';

function sample(
  content: unknown,
  finish: unknown = 'stop',
  streamed: string[] = ['{"country":', '"France","capital":"Paris"}'],
  streamFinish: unknown = 'stop',
) {
  return set(
    tr('chat.basic', [jsonEx('nonstream', chatAnswer({ content: 'Hello, conformance suite!' }))]),
    tr('json-mode.object', [jsonEx('object', chatAnswer({ content }, finish))]),
    tr('json-mode.stream', [
      sseEx('stream', [
        chatChunk({ role: 'assistant', content: '' }),
        ...streamed.map((c) => chatChunk({ content: c })),
        chatChunk({}, streamFinish),
      ]),
    ]),
  );
}
const message = (c: Check, t: ReturnType<typeof sample>) => {
  const g = c.grade(t, ctx());
  return `${g.status}: ${'message' in g ? g.message : ''}`;
};

describe('json-mode checks', () => {
  it('pass bare JSON objects', () => {
    for (const c of checks) expect(c.grade(sample(GOOD), ctx()).status, c.id).toBe('pass');
    expect(parses.grade(sample(`\n ${GOOD}\n`), ctx()).status).toBe('pass');
  });

  it('fail fenced JSON (B36 Venice) once: the object rule judges the JSON inside the fences', () => {
    expect(message(parses, sample('```json\n' + GOOD + '\n```'))).toMatchInlineSnapshot(
      `"fail: json-mode.object (object): the JSON is wrapped in \`\`\` fences; JSON.parse(content) fails. Send the bare JSON"`,
    );
    expect(message(isObject, sample('```json\n' + GOOD + '\n```'))).toMatchInlineSnapshot(
      `"pass: content is a JSON object"`,
    );
    expect(message(streamParses, sample(GOOD, 'stop', ['```json\n', GOOD, '\n```']))).toMatchInlineSnapshot(
      `"fail: json-mode.stream (stream): the JSON is wrapped in \`\`\` fences; JSON.parse(content) fails. Send the bare JSON"`,
    );
  });

  it('fail prose around JSON and free text (B33 ignored response_format)', () => {
    expect(message(parses, sample(`Sure! Here it is: ${GOOD}`))).toMatchInlineSnapshot(
      `"fail: json-mode.object (object): the JSON is surrounded by prose; JSON.parse(content) fails. Send only the JSON"`,
    );
    expect(message(parses, sample('The capital of France is Paris.'))).toMatchInlineSnapshot(
      `"fail: json-mode.object (object): content is not JSON (Unexpected token 'T', "The capita"... is not valid JSON)"`,
    );
  });

  it('a refusal is inconclusive, not a JSON failure: the model may refuse (Steady sends a random refusal)', () => {
    const t = sample(GOOD);
    t['json-mode.object'].exchanges[0] = jsonEx('object', chatAnswer({ content: 'mUAA', refusal: 'two9tUH' }));
    expect(message(parses, t)).toMatchInlineSnapshot(
      `"inconclusive: json-mode.object (object): the model refused (message.refusal: "two9tUH"), so there is no JSON to judge; a refusal is the model's call, not the server's (--trials N may get an answer)"`,
    );
    expect(isObject.grade(t, ctx()).status).toBe('inconclusive');
  });

  it('fail arrays and scalars, and runaway whitespace (B36 Ollama)', () => {
    expect(message(isObject, sample('["Paris"]'))).toMatchInlineSnapshot(
      `"fail: json-mode.object (object): the JSON is ["Paris"], not an object"`,
    );
    expect(message(finishStop, sample('{"country": "France",     ', 'length'))).toMatchInlineSnapshot(
      `"fail: json-mode.object (object): finish_reason is "length", expected "stop": the JSON may be cut short"`,
    );
  });

  it('report unsupported when json_object is rejected (B36 LM Studio) while the plain control was accepted; the stream says so in one line', () => {
    const t = sample(GOOD);
    t['json-mode.object'] = tr('json-mode.object', [
      jsonEx('object', errorBody("'response_format.type' must be 'json_schema'", null, null), { status: 400 }),
    ]);
    t['json-mode.stream'] = tr('json-mode.stream', [
      jsonEx('stream', errorBody("'response_format.type' must be 'json_schema'", null, null), { status: 400 }),
    ]);
    expect(message(parses, t)).toMatchInlineSnapshot(
      `"unsupported: response_format json_object is not supported: json-mode.object (object) answered 400 ('response_format.type' must be 'json_schema') while its control chat.basic (nonstream) was accepted"`,
    );
    expect(message(streamParses, t)).toMatchInlineSnapshot(
      `"unsupported: json-mode.stream (stream) was refused too: response_format json_object is not supported: json-mode.object (object) answered 400 ('response_format.type' must be 'json_schema') while its control chat.basic (nonstream) was accepted"`,
    );
    t['chat.basic'] = tr('chat.basic', [jsonEx('nonstream', { error: 'No fixture matched' }, { status: 404 })]);
    expect(message(parses, t)).toMatchInlineSnapshot(
      `"untestable: json-mode.object (object) was refused with 400 ('response_format.type' must be 'json_schema'), but its control chat.basic (nonstream) (the same request without response_format json_object) was refused too, with 404: No fixture matched"`,
    );
  });

  it('inconclusive when text that is not JSON ended with finish_reason "length" (a model limit)', () => {
    expect(
      message(streamParses, sample(GOOD, 'stop', ['{"country": "France", "capi'], 'length')),
    ).toMatchInlineSnapshot(
      `"inconclusive: json-mode.stream (stream): content is not JSON (Unterminated string in JSON at position 27), but the answer ended with finish_reason "length": the model hit its output limit and the JSON was cut short, which says nothing about JSON mode (json-mode.finish-stop grades a "length" finish)"`,
    );
    expect(message(parses, sample('{"country": "Fra', 'length'))).toMatchInlineSnapshot(
      `"inconclusive: json-mode.object (object): content is not JSON (Unterminated string in JSON at position 16), but the answer ended with finish_reason "length": the model hit its output limit and the JSON was cut short, which says nothing about JSON mode (json-mode.finish-stop grades a "length" finish)"`,
    );
    expect(message(isObject, sample('{"country": "Fra', 'length')).split(':')[0]).toBe('inconclusive');
    expect(message(isObject, sample('The capital is Paris.'))).toMatchInlineSnapshot(
      `"untestable: json-mode.object (object): content is not JSON (Unexpected token 'T', "The capita"... is not valid JSON), so there is no JSON value to judge"`,
    );
  });

  it('untestable when the stream was cut, never "not JSON"', () => {
    const t = sample(GOOD, 'stop', ['{"country":']);
    const ex = t['json-mode.stream'].exchanges[0];
    ex.response!.frames = ex.response!.frames!.slice(0, 2);
    ex.error = { kind: 'connection', message: 'connection failed: terminated (ECONNRESET)' };
    expect(message(streamParses, t)).toMatchInlineSnapshot(
      `"untestable: json-mode.stream (stream): the stream was cut after 2 frames (connection failed: terminated (ECONNRESET)), so the joined content cannot be judged"`,
    );
  });

  it('a plain JSON answer to the streamed request is sse-body\'s finding, not "not JSON"', () => {
    const t = sample(GOOD);
    t['json-mode.stream'] = tr('json-mode.stream', [jsonEx('stream', chatAnswer({ content: GOOD }))]);
    expect(message(streamParses, t)).toMatchInlineSnapshot(
      `"untestable: json-mode.stream (stream) carried no SSE data events, so no content deltas (streaming.sse-body grades a stream answered without them)"`,
    );
  });
});
