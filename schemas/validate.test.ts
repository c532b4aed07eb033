import { describe, expect, it } from 'vitest';
import * as ref from './internal/reference-bodies.ts';
import { formatIssues } from './format.ts';
import { prepare, validate } from './validate.ts';
import { SCHEMA_NAMES, type SchemaName } from './registry.ts';

const clean = (name: SchemaName, value: unknown) => {
  const r = validate(name, value);
  return { ok: r.ok, issues: formatIssues([...r.must, ...r.should]) };
};

describe('validate accepts the real OpenAI bodies of the reference', () => {
  it.each([
    ['chat-completion-response', 'A2 live example', ref.chatCompletion],
    ['chat-completion-response', 'A2 with a tool call and annotations', ref.chatCompletionWithToolCall],
    ['chat-completion-chunk', 'A3 first chunk', ref.firstChunk],
    ['chat-completion-chunk', 'A3 tool-call first chunk', ref.toolCallFirstChunk],
    ['chat-completion-chunk', 'A3 tool-call continuation chunk', ref.toolCallContinuationChunk],
    ['chat-completion-chunk', 'A3 final chunk', ref.finalChunk],
    ['chat-completion-chunk', 'A3 usage chunk', ref.usageChunk],
    ['error-body', 'A4 error example', ref.errorBody],
    ['model-list', 'A6 models list', ref.modelList],
    ['model', 'A6 model', ref.model],
    ['embeddings-response', 'A6 float embeddings', ref.embeddingsFloat],
    ['embeddings-response', 'A6 base64 embeddings', ref.embeddingsBase64],
    ['completion-response', 'A6 legacy completion', ref.completion],
    ['completion-response', 'A6 legacy completion chunk', ref.completionChunk],
  ] as const)('%s: %s', (name, _label, body) => {
    expect(clean(name, body)).toEqual({ ok: true, issues: '' });
  });

  it('completion logprobs with echo: the first echoed token has a null logprob and null alternatives', () => {
    const logprobs = {
      tokens: ['Once', ' upon'],
      token_logprobs: [null, -1.5],
      top_logprobs: [null, { ' upon': -1.5 }],
      text_offset: [0, 4],
    };
    const body = { ...ref.completion, choices: [{ ...ref.completion.choices[0], logprobs }] };
    expect(clean('completion-response', body)).toEqual({ ok: true, issues: '' });
    const wrong = {
      ...body,
      choices: [{ ...body.choices[0], logprobs: { ...logprobs, token_logprobs: ['x', -1.5] } }],
    };
    expect(validate('completion-response', wrong).should.map((i) => i.path)).toEqual([
      'choices[0].logprobs.token_logprobs[0]',
    ]);
  });

  it('keeps unknown extra fields (providers add their own)', () => {
    const body = {
      ...ref.firstChunk,
      prompt_filter_results: [],
      x_groq: { id: 'r' },
      choices: [{ ...ref.firstChunk.choices[0], extra: 1 }],
    };
    expect(clean('chat-completion-chunk', body)).toEqual({ ok: true, issues: '' });
    expect(
      validate('chat-completion-request', { model: 'm', messages: [{ role: 'user', content: 'hi' }], top_k: 5 }).ok,
    ).toBe(true);
  });
});

describe('validate', () => {
  it.each(SCHEMA_NAMES)('compiles %s at both levels and rejects a non-object', (name) => {
    const r = validate(name, 42);
    expect(r.ok).toBe(false);
    expect(r.must.map((i) => i.path)).toEqual(['']);
  });

  it('fills only `must` for request schemas', () => {
    const r = validate('chat-completion-request', {
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
      temperature: 3,
    });
    expect(r.ok).toBe(false);
    expect(r.should).toEqual([]);
    expect(formatIssues(r.must)).toMatchInlineSnapshot(`
      "✖ Too big: expected number to be <=2, received 3
        → at temperature"
    `);
  });

  it('accepts temperature 0 and the other falsy values that mean something', () => {
    const body = {
      model: 'm',
      messages: [{ role: 'user', content: '' }],
      temperature: 0,
      top_p: 0,
      presence_penalty: 0,
      logprobs: false,
      top_logprobs: 0,
      stop: null,
      n: 1,
      seed: 0,
    };
    expect(validate('chat-completion-request', body).must).toEqual([]);
  });

  it('does not repeat as SHOULD what already failed as MUST', () => {
    const r = validate('chat-completion-chunk', {
      ...ref.finalChunk,
      choices: [{ index: 0, delta: 'oops', finish_reason: 'eos' }],
    });
    expect(formatIssues(r.must)).toMatchInlineSnapshot(`
      "✖ Invalid input: expected object, received string
        → at choices[0].delta"
    `);
    expect(formatIssues(r.should)).toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "stop"|"length"|"tool_calls"|"content_filter"|"function_call"|null, received "eos"
        → at choices[0].finish_reason"
    `);
  });

  it('reports a root that is not an object once, at MUST level', () => {
    const r = validate('chat-completion-response', 'Internal Server Error');
    expect(r.should).toEqual([]);
    expect(formatIssues(r.must)).toMatchInlineSnapshot(`"✖ Invalid input: expected object, received string"`);
  });

  it('prepare() builds validators ahead of use without changing results', () => {
    prepare('chat-completion-chunk');
    prepare();
    expect(validate('chat-completion-chunk', ref.firstChunk)).toEqual({ ok: true, must: [], should: [] });
  });

  it('rejects an unknown schema name with a hint', () => {
    expect(() => validate('chat' as SchemaName, {})).toThrowErrorMatchingInlineSnapshot(
      `[Error: [conform] unknown schema name: "chat". Use one of chat-completion-request, chat-completion-response, chat-completion-chunk, error-body, model, model-list, embeddings-request, embeddings-response, completion-request, completion-response, responses-request, response, response-stream-event, response-input-items, response-deleted, results, images-request, images-response, image-stream-event, transcription-response, transcription-verbose-response, transcript-stream-event, speech-request, cases, perf.]`,
    );
  });
});
