import { describe, expect, it } from 'vitest';
import { ctx, jsonEx } from '../internal/fixtures.ts';
import { conversation, transcripts } from './fake-conversation.ts';
import { L } from './probes.ts';
import { errorBodies, eventMust, eventSpec, inputItemsShape, responseMust, responseSpec } from './shape.ts';

const c = conversation();
const events = c.events as Array<Record<string, any>>;
const grade = (check: typeof responseMust, b: Parameters<typeof transcripts>[0] = {}) =>
  check.grade(transcripts(b, c), ctx());
const withCreate = (body: unknown) => ({
  ex: { [L.create]: { ...jsonEx(L.create, body, { path: '/responses' }), via: 'sdk' as const } },
});

describe('responses shape checks', () => {
  it('pass on the mock', () => {
    for (const check of [responseMust, responseSpec, eventMust, eventSpec, inputItemsShape, errorBodies])
      expect([check.id, grade(check).status]).toEqual([check.id, 'pass']);
  });

  it('skip where POST /responses is 404 and chat works; untestable when chat fails too', () => {
    const notFound = {
      ex: { [L.create]: jsonEx(L.create, { error: { message: 'Invalid URL (POST /v1/responses)' } }, { status: 404 }) },
    };
    expect(grade(responseMust, notFound)).toMatchInlineSnapshot(`
      {
        "message": "the target does not serve the Responses API: POST /responses answered 404 (Invalid URL (POST /v1/responses)) while chat completions work",
        "status": "skip",
      }
    `);
    const chatDown = {
      ...notFound,
      chat: jsonEx('nonstream', { error: { message: 'no such model' } }, { status: 404 }),
    };
    expect(grade(responseMust, chatDown).status).toBe('untestable');
  });

  it('unsupported when POST /responses is refused with 405 while chat works', () => {
    const refused = {
      ex: { [L.create]: jsonEx(L.create, { error: { message: 'Method Not Allowed' } }, { status: 405 }) },
    };
    expect(grade(responseMust, refused).status).toBe('unsupported');
  });

  it('response-shape-must fails without object "response" or output; -spec on a missing usage detail', () => {
    const { object: _o, ...noObject } = c.create;
    expect(grade(responseMust, withCreate(noObject)).message).toMatchInlineSnapshot(`
      "Response bodies must match the response schema at MUST level: 1 issue(s) in responses.basic "create"
      ✖ Invalid input: expected "response", received undefined
        → at object"
    `);
    const noDetails = { ...c.create, usage: { ...c.create.usage, input_tokens_details: undefined } };
    expect([
      grade(responseMust, withCreate(noDetails)).status,
      grade(responseSpec, withCreate(noDetails)).status,
    ]).toEqual(['pass', 'fail']);
  });

  it('event-shape-must fails on an unknown event type (R18) and a delta that is not a string', () => {
    const unknown = [
      ...events.slice(0, 2),
      { type: 'response.reasoning_part.added', sequence_number: 2 },
      ...events.slice(2),
    ];
    expect(grade(eventMust, { events: unknown }).message).toMatchInlineSnapshot(`
      "stream events must match the response-stream-event schema at MUST level: 1 issue(s) in responses.basic "stream" frame 2
      ✖ Invalid option: expected one of "response.created"|"response.in_progress"|"response.completed"|"response.incomplete"|"response.failed"|"response.queued"|"response.output_item.added"|"response.output_item.done"|"response.content_part.added"|"response.content_part.done"|"response.output_text.delta"|"response.output_text.done"|"response.function_call_arguments.delta"|"response.function_call_arguments.done"|"error"|"response.audio.delta"|"response.audio.done"|"response.audio.transcript.delta"|"response.audio.transcript.done"|"response.code_interpreter_call_code.delta"|"response.code_interpreter_call_code.done"|"response.code_interpreter_call.completed"|"response.code_interpreter_call.in_progress"|"response.code_interpreter_call.interpreting"|"response.file_search_call.completed"|"response.file_search_call.in_progress"|"response.file_search_call.searching"|"response.shell_call_command.added"|"response.shell_call_command.delta"|"response.shell_call_command.done"|"response.shell_call_output_content.delta"|"response.shell_call_output_content.done"|"response.reasoning_summary_part.added"|"response.reasoning_summary_part.done"|"response.reasoning_summary_text.delta"|"response.reasoning_summary_text.done"|"response.reasoning_text.delta"|"response.reasoning_text.done"|"response.refusal.delta"|"response.refusal.done"|"response.web_search_call.completed"|"response.web_search_call.in_progress"|"response.web_search_call.searching"|"response.image_generation_call.completed"|"response.image_generation_call.generating"|"response.image_generation_call.in_progress"|"response.image_generation_call.partial_image"|"response.mcp_call_arguments.delta"|"response.mcp_call_arguments.done"|"response.mcp_call.completed"|"response.mcp_call.failed"|"response.mcp_call.in_progress"|"response.mcp_list_tools.completed"|"response.mcp_list_tools.failed"|"response.mcp_list_tools.in_progress"|"response.output_text.annotation.added"|"response.custom_tool_call_input.delta"|"response.custom_tool_call_input.done"|"keepalive", received "response.reasoning_part.added"
        → at type"
    `);
    const badDelta = events.map((e) => (e.type === 'response.output_text.delta' ? { ...e, delta: 5 } : e));
    expect(grade(eventMust, { events: badDelta }).status).toBe('fail');
    const noSeq = events.map(({ sequence_number: _s, ...e }) => e);
    expect([grade(eventMust, { events: noSeq }).status, grade(eventSpec, { events: noSeq }).status]).toEqual([
      'pass',
      'fail',
    ]);
  });

  it('input-items-shape: unsupported on 404 while retrieve works (R3), fail on an empty list', () => {
    const notRouted = {
      ex: { [L.inputItems]: jsonEx(L.inputItems, { detail: 'Not Found' }, { status: 404, method: 'GET' }) },
    };
    expect(grade(inputItemsShape, notRouted).status).toBe('unsupported');
    const empty = {
      ex: {
        [L.inputItems]: jsonEx(L.inputItems, {
          object: 'list',
          data: [],
          first_id: null,
          last_id: null,
          has_more: false,
        }),
      },
    };
    expect(grade(inputItemsShape, empty).message).toMatchInlineSnapshot(
      `"responses.basic "input-items" listed no item for a response created with input"`,
    );
  });

  it('error-bodies fails on an error without the envelope (R6)', () => {
    const bare = {
      ex: { [L.invalid]: jsonEx(L.invalid, { message: 'Provider returned error', code: 400 }, { status: 400 }) },
    };
    expect(grade(errorBodies, bare).status).toBe('fail');
  });
});
