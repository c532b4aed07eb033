// Documented limits the schemas cannot hold, and the mock's bound on an embeddings answer: 400s in the API's shape.
import { describe, expect, it } from 'vitest';
import { createMock } from './create-mock.ts';

const mock = createMock({ onInternalError: () => {} });
const send = async (path: string, body: unknown) => {
  const res = await mock.handle({ method: 'POST', path, headers: {}, body: JSON.stringify(body) });
  return { status: res.status, body: JSON.parse('body' in res ? res.body : '{}') };
};
const embed = (extra: Record<string, unknown>, model = 'text-embedding-3-small') =>
  send('/v1/embeddings', { model, input: 'hello', ...extra });

describe('request limits', () => {
  it('refuses stream_options without stream: true, as the API does', async () => {
    const r = await send('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'hi' }],
      stream_options: { include_usage: true },
    });
    expect(r).toEqual({
      status: 400,
      body: {
        error: {
          message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
          type: 'invalid_request_error',
          param: 'stream_options',
          code: null,
        },
      },
    });
    expect(
      (
        await send('/v1/completions', {
          model: 'gpt-3.5-turbo-instruct',
          prompt: 'x',
          stream: false,
          stream_options: { include_usage: true },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await send('/v1/chat/completions', {
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: 'hi' }],
          stream_options: null,
        })
      ).status,
    ).toBe(200);
  });

  it('bounds embedding dimensions by the model, and refuses them for ada-002', async () => {
    expect((await embed({ dimensions: 1e8 })).body.error).toEqual({
      message:
        "Invalid 'dimensions': integer above maximum value. Expected a value <= 1536, but got 100000000 instead.",
      type: 'invalid_request_error',
      param: 'dimensions',
      code: 'integer_above_max_value',
    });
    expect((await embed({ dimensions: 3072 }, 'text-embedding-3-large')).status).toBe(200);
    expect((await embed({ dimensions: 256 }, 'text-embedding-ada-002')).body.error).toEqual({
      message: 'This model does not support specifying dimensions.',
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
  });

  it('bounds embedding inputs by tokens (per input, per request) and the answer by inputs × dimensions', async () => {
    const long = Array.from({ length: 9000 }, () => 1);
    expect((await embed({ input: [long] })).body.error.message).toMatchInlineSnapshot(
      `"This model's maximum context length is 8192 tokens, however you requested 9000 tokens (9000 in your prompt; 0 for the completion). Please reduce your prompt; or completion length."`,
    );
    const many = Array.from({ length: 40 }, () => Array.from({ length: 8000 }, () => 1));
    expect((await embed({ input: many, dimensions: 8 })).body.error).toEqual({
      message: 'Requested 320000 tokens, max 300000 tokens per request',
      type: 'max_tokens_per_request',
      param: null,
      code: 'max_tokens_per_request',
    });
    const wide = await embed({ input: Array.from({ length: 2048 }, () => 'x') }, 'text-embedding-3-large');
    expect(wide.status).toBe(400);
    expect(wide.body.error.param).toBe('input');
    expect(wide.body.error.message).toMatchInlineSnapshot(
      `"Invalid 'input': 2048 inputs of 3072 dimensions are more than the conform mock answers in one request (1048576 values, inputs × dimensions). Send fewer inputs or ask for fewer dimensions."`,
    );
  });
});
