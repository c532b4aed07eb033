import { describe, expect, it } from 'vitest';
import { ctx, jsonEx } from '../internal/fixtures.ts';
import { conversation, transcripts } from './fake-conversation.ts';
import { L } from './probes.ts';
import { continuation, deletion, invalidParam, retrieve, unknownPrevious, unknownPreviousShape } from './state.ts';

const c = conversation();
const grade = (check: typeof retrieve, b: Parameters<typeof transcripts>[0] = {}) =>
  check.grade(transcripts(b, c), ctx());
const replace = (label: string, body: unknown, status = 200) => ({ ex: { [label]: jsonEx(label, body, { status }) } });

describe('responses state checks', () => {
  it('pass on the mock', () => {
    for (const check of [continuation, retrieve, deletion, unknownPrevious, unknownPreviousShape, invalidParam])
      expect([check.id, grade(check).status]).toEqual([check.id, 'pass']);
  });

  it('continuation: an ignored previous_response_id (R5, R7) fails; no usage is inconclusive', () => {
    const ignored = { ...c.continued, usage: { ...c.continued.usage, input_tokens: 10 } };
    expect(grade(continuation, replace(L.continued, ignored)).message).toMatchInlineSnapshot(
      `"the continuation counts 10 input tokens, fewer than the earlier turn's 31 input + 29 output: previous_response_id was ignored"`,
    );
    expect(grade(continuation, replace(L.continued, { ...c.continued, usage: null })).status).toBe('inconclusive');
  });

  it('retrieve: 404 for a stored response fails (R1, R9); store:false echoed is unsupported (R5)', () => {
    const gone = replace(L.retrieve, { error: { message: 'Response not found' } }, 404);
    expect(grade(retrieve, gone).message).toMatchInlineSnapshot(
      `"GET /responses/{id} answered 404 (Response not found) for a response created with store left at its default (true): it was not stored"`,
    );
    const other = replace(L.retrieve, { ...c.create, id: 'resp_other' });
    expect(grade(retrieve, other).status).toBe('fail');
    const reordered = Object.fromEntries(Object.entries(c.create).reverse());
    expect(grade(retrieve, replace(L.retrieve, reordered)).status).toBe('pass');
    const notStored = {
      ex: { [L.create]: { ...jsonEx(L.create, { ...c.create, store: false }), via: 'sdk' as const } },
    };
    expect(grade(retrieve, notStored).status).toBe('unsupported');
  });

  it('delete: unsupported when not routed (R3); fail when GET still finds it', () => {
    expect(grade(deletion, replace(L.del, { detail: 'Method Not Allowed' }, 405)).status).toBe('unsupported');
    expect(grade(deletion, replace(L.deleted, c.create)).message).toMatchInlineSnapshot(
      `"GET after DELETE answered 200, expected 404: the response was not removed"`,
    );
  });

  it('unknown previous id: a 200 fails; a 404 passes the rule but not the error shape (R2, R10)', () => {
    expect(grade(unknownPrevious, replace(L.unknownPrevious, c.create)).message).toMatchInlineSnapshot(
      `"previous_response_id resp_conform0000000000000000000000unknown was answered 200: the id was ignored"`,
    );
    expect(grade(unknownPreviousShape, replace(L.unknownPrevious, c.create)).status).toBe('inconclusive');
    const vllm = replace(
      L.unknownPrevious,
      {
        error: {
          message: "Response with id 'x' not found.",
          type: 'invalid_request_error',
          param: 'response_id',
          code: null,
        },
      },
      404,
    );
    expect([grade(unknownPrevious, vllm).status, grade(unknownPreviousShape, vllm).status]).toEqual(['pass', 'fail']);
    expect(grade(unknownPreviousShape, vllm).message).toMatchInlineSnapshot(
      `"expected 400 with param "previous_response_id", got {"status":404,"param":"response_id","code":null}"`,
    );
  });

  it('invalid-param: accepted fails; refused naming another param fails', () => {
    expect(grade(invalidParam, replace(L.invalid, c.create)).message).toMatchInlineSnapshot(
      `"max_output_tokens 10 (below the minimum 16) was answered 200, not refused"`,
    );
    const other = replace(
      L.invalid,
      { error: { message: "Invalid 'max_output_tokens': too small", param: null } },
      400,
    );
    expect(grade(invalidParam, other).message).toMatchInlineSnapshot(
      `"refused with 400 and param null; expected 400 with param "max_output_tokens""`,
    );
  });
});
