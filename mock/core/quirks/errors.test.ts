import { describe, expect, it } from 'vitest';
import { streamErrorFrame, transformError } from './index.ts';
import { apiErrorBody } from './internal/fixtures.ts';
import type { QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const json = { 'content-type': 'application/json', 'x-request-id': 'req_1' };
const shape = (name: string, status = 400) => JSON.parse(transformError(q(name), status, apiErrorBody(), json).body);

describe('error body shapes', () => {
  it("flat-error: vLLM's flat body with a numeric code [23, 24]", () => {
    expect(shape('flat-error')).toEqual({
      object: 'error',
      message: "Invalid value for 'temperature': expected a number.",
      type: 'BadRequestError',
      param: 'temperature',
      code: 400,
    });
  });
  it("array-error: Gemini's array [25]", () => {
    expect(shape('array-error', 429)).toEqual([
      {
        error: {
          code: 429,
          message: "Invalid value for 'temperature': expected a number.",
          status: 'RESOURCE_EXHAUSTED',
          details: [],
        },
      },
    ]);
  });
  it("string-error: LM Studio's string [26]", () => {
    expect(shape('string-error')).toEqual({ error: "Invalid value for 'temperature': expected a number." });
  });
  it('numeric-error-code: only code changes [27, 28]', () => {
    expect(shape('numeric-error-code', 402)).toEqual({ error: { ...apiErrorBody().error, code: 402 } });
  });
  it('problem-json-error: RFC 7807 [29]', () => {
    expect(shape('problem-json-error')).toEqual({
      title: 'Bad Request',
      detail: "Invalid value for 'temperature': expected a number.",
      status: 400,
    });
  });
  it('keep the status and headers', () => {
    for (const name of ['flat-error', 'array-error', 'string-error', 'numeric-error-code', 'problem-json-error']) {
      const out = transformError(q(name), 400, apiErrorBody(), json);
      expect([out.status, out.headers]).toEqual([400, json]);
    }
  });
});

describe('status and content-type quirks', () => {
  it('text-error-content-type changes only the content type', () => {
    const out = transformError(q('text-error-content-type'), 400, apiErrorBody(), json);
    expect(out).toEqual({
      status: 400,
      headers: { ...json, 'content-type': 'text/html; charset=utf-8' },
      body: JSON.stringify(apiErrorBody()),
    });
  });
  it('server-error-on-bad-input and ok-on-bad-input change the status of bad input only [30]', () => {
    expect(transformError(q('server-error-on-bad-input'), 400, apiErrorBody(), json).status).toBe(500);
    expect(transformError(q('ok-on-bad-input'), 422, apiErrorBody(), json).status).toBe(200);
    expect(transformError(q('ok-on-bad-input', 'server-error-on-bad-input'), 401, apiErrorBody(), json).status).toBe(
      401,
    );
    expect(transformError(q('ok-on-bad-input'), 429, apiErrorBody(), json).status).toBe(429);
  });
});

describe('stream-error-200 [27, 28]', () => {
  it("answers a streamed request's error as 200 with a flat data event", () => {
    expect(transformError(q('stream-error-200'), 400, apiErrorBody(), json, { stream: true })).toMatchInlineSnapshot(`
      {
        "body": "data: {"object":"error","message":"Invalid value for 'temperature': expected a number.","type":"BadRequestError","param":"temperature","code":400}

      data: [DONE]

      ",
        "headers": {
          "cache-control": "no-cache",
          "content-type": "text/event-stream; charset=utf-8",
          "x-request-id": "req_1",
        },
        "status": 200,
      }
    `);
  });
  it('leaves non-stream requests and auth or rate-limit errors alone', () => {
    expect(transformError(q('stream-error-200'), 400, apiErrorBody(), json, {}).status).toBe(400);
    expect(transformError(q('stream-error-200'), 401, apiErrorBody(), json, { stream: true }).status).toBe(401);
    expect(transformError(q('stream-error-200'), 429, apiErrorBody(), json, { stream: true }).status).toBe(429);
  });
});

describe('streamErrorFrame', () => {
  const body = { error: { message: 'boom', type: 'server_error', param: null, code: null } };
  it('is the API shape without quirks', () => {
    expect(streamErrorFrame(q(), 500, body)).toBe(`data: ${JSON.stringify(body)}\n\n`);
  });
  it('takes the quirk shapes', () => {
    expect(streamErrorFrame(q('stream-error-200'), 500, body)).toBe(
      'data: {"object":"error","message":"boom","type":"InternalServerError","param":null,"code":500}\n\n',
    );
    expect(streamErrorFrame(q('string-error', 'no-done'), 500, body)).toBe('data: {"error":"boom"}\n\n');
  });
});

it('never changes its input', () => {
  const body = apiErrorBody();
  const headers = { ...json };
  transformError(q('flat-error', 'text-error-content-type', 'stream-error-200'), 400, body, headers, { stream: true });
  expect([body, headers]).toEqual([apiErrorBody(), json]);
});
