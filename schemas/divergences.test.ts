// Part B of the reference: each documented divergence that is a shape problem, rejected at its level.
import { describe, expect, it } from 'vitest';
import * as ref from './internal/reference-bodies.ts';
import { formatIssues } from './format.ts';
import { validate } from './validate.ts';
import type { SchemaName } from './registry.ts';

const mustOf = (name: SchemaName, v: unknown) => {
  const r = validate(name, v);
  expect(r.ok).toBe(false);
  return formatIssues(r.must);
};
/** a spec violation the SDK survives: no MUST issue, at least one SHOULD issue */
const shouldOf = (name: SchemaName, v: unknown) => {
  const r = validate(name, v);
  expect(formatIssues(r.must)).toBe('');
  expect(r.should.length).toBeGreaterThan(0);
  return formatIssues(r.should);
};

const chunkWith = (choice: Record<string, unknown>) => ({ ...ref.finalChunk, choices: [choice] });
const toolDelta = (call: Record<string, unknown>) =>
  chunkWith({ index: 0, delta: { tool_calls: [call] }, logprobs: null, finish_reason: null });
const responseWith = (choice: Record<string, unknown>) => ({
  ...ref.chatCompletion,
  choices: [{ ...ref.chatCompletion.choices[0], ...choice }],
});

describe('tool-call streaming', () => {
  it('#1/#2 a tool-call delta without index is a MUST failure', () => {
    expect(
      mustOf(
        'chat-completion-chunk',
        toolDelta({ id: 'call_1', type: 'function', function: { name: 'f', arguments: '' } }),
      ),
    ).toMatchInlineSnapshot(`
      "✖ Invalid input: expected integer, received undefined
        → at choices[0].delta.tool_calls[0].index"
    `);
  });

  it('#1 an index that is not a non-negative integer is a MUST failure', () => {
    expect(mustOf('chat-completion-chunk', toolDelta({ index: '0', function: { arguments: '{' } })))
      .toMatchInlineSnapshot(`
      "✖ Invalid input: expected integer, received string
        → at choices[0].delta.tool_calls[0].index"
    `);
    expect(mustOf('chat-completion-chunk', toolDelta({ index: -1, function: { arguments: '{' } })))
      .toMatchInlineSnapshot(`
      "✖ Too small: expected number to be >=0, received -1
        → at choices[0].delta.tool_calls[0].index"
    `);
  });

  it('#2 Gemini extra_content on a tool call with an index is fine', () => {
    const body = toolDelta({
      index: 0,
      id: 'c',
      type: 'function',
      function: { name: 'f', arguments: '{}' },
      extra_content: { google: { thought_signature: 'x' } },
    });
    expect(validate('chat-completion-chunk', body)).toEqual({ ok: true, must: [], should: [] });
  });

  it("#3 continuation deltas with id '' pass (the index rule across chunks is a check's)", () => {
    expect(validate('chat-completion-chunk', toolDelta({ index: 0, id: '', function: { arguments: '1' } })).ok).toBe(
      true,
    );
  });

  it('#6 arguments as a JSON object is a MUST failure, streamed or not', () => {
    expect(mustOf('chat-completion-chunk', toolDelta({ index: 0, function: { arguments: { path: '.' } } })))
      .toMatchInlineSnapshot(`
      "✖ Invalid input: expected string | null, received object
        → at choices[0].delta.tool_calls[0].function.arguments"
    `);
    const msg = {
      ...ref.chatCompletionWithToolCall.choices[0].message,
      tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: { a: 1 } } }],
    };
    expect(
      mustOf('chat-completion-response', {
        ...ref.chatCompletionWithToolCall,
        choices: [{ ...ref.chatCompletionWithToolCall.choices[0], message: msg }],
      }),
    ).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received object
        → at choices[0].message.tool_calls[0].function.arguments"
    `);
  });
});

describe('null where the spec says absent', () => {
  it('tool_calls null in a message or a delta is a SHOULD warning (the SDK reads it with ?.)', () => {
    const message = { ...ref.chatCompletion.choices[0].message, tool_calls: null };
    expect(shouldOf('chat-completion-response', responseWith({ message }))).toMatchInlineSnapshot(`
      "✖ Invalid input: expected array, received null
        → at choices[0].message.tool_calls"
    `);
    expect(
      shouldOf(
        'chat-completion-chunk',
        chunkWith({ index: 0, delta: { content: 'a', tool_calls: null }, logprobs: null, finish_reason: null }),
      ),
    ).toMatchInlineSnapshot(`
      "✖ Invalid input: expected array, received null
        → at choices[0].delta.tool_calls"
    `);
  });

  it('a null function name on a continuation delta warns; object arguments beside it still fail', () => {
    const r = validate('chat-completion-chunk', toolDelta({ index: 0, function: { name: null, arguments: { a: 1 } } }));
    expect(formatIssues(r.must)).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string | null, received object
        → at choices[0].delta.tool_calls[0].function.arguments"
    `);
    expect(formatIssues(r.should)).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received null
        → at choices[0].delta.tool_calls[0].function.name"
    `);
  });
});

describe('finish_reason', () => {
  it.each(['eos', 'eos_token', 'end_turn', ''])(
    '#9 finish_reason %j is a SHOULD warning in chunks and responses',
    (value) => {
      expect(
        shouldOf('chat-completion-chunk', chunkWith({ index: 0, delta: {}, logprobs: null, finish_reason: value })),
      ).toContain('→ at choices[0].finish_reason');
      expect(shouldOf('chat-completion-response', responseWith({ finish_reason: value }))).toContain(
        '→ at choices[0].finish_reason',
      );
    },
  );

  it('#9 the formatted warning', () => {
    expect(shouldOf('chat-completion-chunk', chunkWith({ index: 0, delta: {}, logprobs: null, finish_reason: 'eos' })))
      .toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "stop"|"length"|"tool_calls"|"content_filter"|"function_call"|null, received "eos"
        → at choices[0].finish_reason"
    `);
  });

  it('#11 an omitted finish_reason key on a chunk is a SHOULD warning', () => {
    expect(shouldOf('chat-completion-chunk', chunkWith({ index: 0, delta: { content: 'Hi' }, logprobs: null })))
      .toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "stop"|"length"|"tool_calls"|"content_filter"|"function_call"|null, received undefined
        → at choices[0].finish_reason"
    `);
  });

  it('a finish_reason that is not a string is a MUST failure', () => {
    expect(mustOf('chat-completion-response', responseWith({ finish_reason: 1 }))).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string | null, received number
        → at choices[0].finish_reason"
    `);
  });
});

describe('chunk and response shape', () => {
  it('#13 role "" is a SHOULD warning', () => {
    expect(
      shouldOf(
        'chat-completion-chunk',
        chunkWith({ index: 0, delta: { role: '', content: 'Hi' }, logprobs: null, finish_reason: null }),
      ),
    ).toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "developer"|"system"|"user"|"assistant"|"tool", received ""
        → at choices[0].delta.role"
    `);
  });

  it('#14 Azure first chunk (choices [], id "", created 0, model "") warns on id and created', () => {
    const body = {
      id: '',
      object: '',
      created: 0,
      model: '',
      choices: [],
      prompt_filter_results: [{ prompt_index: 0 }],
    };
    expect(shouldOf('chat-completion-chunk', body)).toMatchInlineSnapshot(`
      "✖ Too small: expected string to have >=1 characters, received 0 characters
        → at id
      ✖ Invalid input: expected "chat.completion.chunk", received ""
        → at object
      ✖ Too small: expected number to be >=1, received 0
        → at created"
    `);
  });

  it('#15 created in milliseconds, as a decimal, or missing is a SHOULD warning', () => {
    expect(shouldOf('chat-completion-chunk', { ...ref.finalChunk, created: 1726820000123 })).toMatchInlineSnapshot(`
      "✖ Too big: expected number to be <=99999999999, received 1726820000123
        → at created"
    `);
    expect(shouldOf('chat-completion-response', { ...ref.chatCompletion, created: 1726820000.5 }))
      .toMatchInlineSnapshot(`
      "✖ Invalid input: expected integer, received number
        → at created"
    `);
    const { created: _c, ...noCreated } = ref.finalChunk;
    expect(shouldOf('chat-completion-chunk', noCreated)).toMatchInlineSnapshot(`
      "✖ Invalid input: expected integer, received undefined
        → at created"
    `);
  });

  it('#16 a missing or empty id is a SHOULD warning', () => {
    const { id: _id, ...noId } = ref.chatCompletion;
    expect(shouldOf('chat-completion-response', noId)).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received undefined
        → at id"
    `);
    expect(shouldOf('chat-completion-chunk', { ...ref.finalChunk, id: '' })).toMatchInlineSnapshot(`
      "✖ Too small: expected string to have >=1 characters, received 0 characters
        → at id"
    `);
  });

  it('#17 an omitted message is a MUST failure; a missing usage.completion_tokens a SHOULD warning', () => {
    const { message: _m, ...noMessage } = ref.chatCompletion.choices[0];
    expect(mustOf('chat-completion-response', { ...ref.chatCompletion, choices: [noMessage] })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected object, received undefined
        → at choices[0].message"
    `);
    const { completion_tokens: _ct, ...usage } = ref.chatCompletion.usage;
    expect(shouldOf('chat-completion-response', { ...ref.chatCompletion, usage })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected integer, received undefined
        → at usage.completion_tokens"
    `);
  });

  it('a missing refusal key or a non-null system_fingerprint of the wrong type is a SHOULD warning', () => {
    const { refusal: _r, ...message } = ref.chatCompletion.choices[0].message;
    expect(shouldOf('chat-completion-response', responseWith({ message }))).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string | null, received undefined
        → at choices[0].message.refusal"
    `);
    expect(shouldOf('chat-completion-response', { ...ref.chatCompletion, system_fingerprint: 42 }))
      .toMatchInlineSnapshot(`
      "✖ Invalid input: expected string | null, received number
        → at system_fingerprint"
    `);
  });

  it('chunk choices that are not an array, or content that is not a string, are MUST failures', () => {
    expect(mustOf('chat-completion-chunk', { ...ref.finalChunk, choices: { 0: {} } })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected array, received object
        → at choices"
    `);
    expect(mustOf('chat-completion-chunk', chunkWith({ index: 0, delta: { content: ['Hi'] }, finish_reason: null })))
      .toMatchInlineSnapshot(`
      "✖ Invalid input: expected string | null, received array
        → at choices[0].delta.content"
    `);
    expect(
      validate('chat-completion-chunk', chunkWith({ index: 0, delta: { content: null }, finish_reason: null })).ok,
    ).toBe(true);
  });
});

describe('error bodies', () => {
  it('#23 vLLM flat body with a numeric code is a MUST failure', () => {
    expect(mustOf('error-body', { object: 'error', message: 'bad', type: 'BadRequestError', param: null, code: 400 }))
      .toMatchInlineSnapshot(`
      "✖ Invalid input: expected object, received undefined
        → at error"
    `);
  });

  it('#24 Mistral flat body is a MUST failure', () => {
    expect(
      mustOf('error-body', {
        object: 'error',
        message: 'bad',
        type: 'invalid_request_error',
        param: null,
        code: '3280',
        raw_status_code: 400,
      }),
    ).toMatchInlineSnapshot(`
      "✖ Invalid input: expected object, received undefined
        → at error"
    `);
  });

  it('#25 a JSON array body is a MUST failure', () => {
    expect(
      mustOf('error-body', [{ error: { code: 400, message: 'bad', status: 'INVALID_ARGUMENT' } }]),
    ).toMatchInlineSnapshot(`"✖ Invalid input: expected object, received array"`);
  });

  it('#26 a string error is a MUST failure; an error with only a message warns', () => {
    expect(mustOf('error-body', { error: "'response_format.type' must be 'json_schema'" })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected object, received string
        → at error"
    `);
    expect(shouldOf('error-body', { error: { message: 'Compute error.' }, message: 'Compute error.' }))
      .toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received undefined
        → at error.type
      ✖ Invalid input: expected string | null, received undefined
        → at error.param
      ✖ Invalid input: expected string | null, received undefined
        → at error.code"
    `);
  });

  it('#27/#28 a numeric code is a SHOULD warning', () => {
    expect(
      shouldOf('error-body', {
        error: { message: 'No credits', type: 'payment_required', param: null, code: 402, metadata: {} },
      }),
    ).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string | null, received number
        → at error.code"
    `);
  });

  it('#29 an RFC 7807 body is a MUST failure', () => {
    expect(mustOf('error-body', { title: 'Bad Request', detail: 'bad', status: 400 })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected object, received undefined
        → at error"
    `);
  });

  it('an error without a string message is a MUST failure', () => {
    expect(mustOf('error-body', { error: { message: null, type: 'x', param: null, code: null } }))
      .toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received null
        → at error.message"
    `);
  });
});

describe('models and embeddings', () => {
  it("#43 Ollama's models list conforms", () => {
    const body = {
      object: 'list',
      data: [{ id: 'llama3:latest', object: 'model', created: 1715000000, owned_by: 'library' }],
    };
    expect(validate('model-list', body)).toEqual({ ok: true, must: [], should: [] });
  });

  it('a model without an id is a MUST failure; without owned_by a SHOULD warning', () => {
    expect(mustOf('model-list', { object: 'list', data: [{ object: 'model' }] })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received undefined
        → at data[0].id"
    `);
    expect(shouldOf('model', { id: 'm', object: 'model', created: 1 })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received undefined
        → at owned_by"
    `);
  });

  it('an embedding that is neither a number array nor a base64 string is a MUST failure', () => {
    expect(
      mustOf('embeddings-response', {
        ...ref.embeddingsFloat,
        data: [{ object: 'embedding', index: 0, embedding: ['0.1'] }],
      }),
    ).toMatchInlineSnapshot(`
      "✖ Invalid input: expected number, received string
        → at data[0].embedding[0]"
    `);
  });
});
