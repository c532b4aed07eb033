// The Responses API routes of the mock beyond the SDK flow (tests/integration/mock-responses-sdk.test.ts): what the
// table row gives (metering, rate-limit headers, scripting, faults in the events framing, the journal) and the
// stored-response routes' errors and paging.
import { describe, expect, it } from 'vitest';
import { createMock } from './create-mock.ts';
import { createMockFetch } from '../fetch/index.ts';
import { validate } from '../../schemas/index.ts';

const BASE = 'http://mock.conform.invalid/v1';

function setup(options: Parameters<typeof createMock>[0] = {}) {
  const mock = createMock({
    ...options,
    onInternalError: (e) => {
      throw e;
    },
  });
  const fetch = createMockFetch(mock, { baseUrl: BASE });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${BASE}${path}`, {
      method,
      headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { mock, call };
}

const create = { model: 'gpt-4o-mini', input: 'Say hello to the team.' };

describe('the Responses API in the mock', () => {
  it('meters POST /responses with rate-limit headers, and journals every route', async () => {
    const { mock, call } = setup();
    const res = await call('POST', '/responses', create);
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-remaining-requests')).toMatch(/^\d+$/);
    expect(mock.ledger.entries()).toMatchObject([{ endpoint: '/v1/responses', model: 'gpt-4o-mini' }]);
    expect(mock.ledger.entries()[0].tokens).toEqual({
      prompt: body.usage.input_tokens,
      completion: body.usage.output_tokens,
      total: body.usage.total_tokens,
    });
    await call('GET', `/responses/${body.id}`);
    expect(mock.journal.entries().map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /v1/responses',
      `GET /v1/responses/${body.id}`,
    ]);
  });

  it('answers a scripted reply and a scripted tool call', async () => {
    const { mock, call } = setup();
    mock.script.reply({ text: 'Scripted hello.' });
    const text = await (await call('POST', '/responses', create)).json();
    expect(text.output[0].content[0].text).toBe('Scripted hello.');
    mock.script.reply({ toolCalls: [{ name: 'lookup', arguments: { q: 'x' } }] });
    const tools = [
      { type: 'function', name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } },
    ];
    const called = await (await call('POST', '/responses', { ...create, tools })).json();
    expect(called.output[0]).toMatchObject({ type: 'function_call', name: 'lookup', arguments: '{"q":"x"}' });
  });

  it('injects stream faults in the typed-event framing: the error event numbered after the events sent, then response.failed', async () => {
    const { call } = setup();
    const res = await call(
      'POST',
      '/responses',
      { ...create, stream: true },
      { 'x-conform-fault': 'stream-error-after=3' },
    );
    const text = await res.text();
    expect(text).not.toContain('[DONE]');
    const events = text.trim().split('\n\n');
    expect(events).toHaveLength(5);
    expect(events[3]).toMatch(/^event: error\ndata: /);
    expect(JSON.parse(events[3].split('data: ')[1])).toMatchObject({ type: 'error', sequence_number: 3, param: null });
    const created = JSON.parse(events[0].split('data: ')[1]).response;
    expect(events[4]).toMatch(/^event: response.failed\ndata: /);
    expect(JSON.parse(events[4].split('data: ')[1])).toEqual({
      type: 'response.failed',
      sequence_number: 4,
      response: { ...created, status: 'failed', error: { code: 'server_error', message: expect.any(String) } },
    });
    expect(validate('response-stream-event', JSON.parse(events[4].split('data: ')[1])).must).toEqual([]);
  });

  it('refuses an unknown previous_response_id as OpenAI does, and a response created with store: false', async () => {
    const { call } = setup();
    const unstored = await (await call('POST', '/responses', { ...create, store: false })).json();
    const res = await call('POST', '/responses', { ...create, previous_response_id: unstored.id });
    expect([res.status, (await res.json()).error]).toEqual([
      400,
      {
        message: `Previous response with id '${unstored.id}' not found.`,
        type: 'invalid_request_error',
        param: 'previous_response_id',
        code: 'previous_response_not_found',
      },
    ]);
    expect((await call('GET', `/responses/${unstored.id}`)).status).toBe(404);
  });

  it('deletes once, then answers 404; pages input items and refuses a bad limit', async () => {
    const { call } = setup();
    const input = ['one', 'two', 'three'].map((content) => ({ role: 'user', content }));
    const r = await (await call('POST', '/responses', { ...create, input })).json();
    const page = await (await call('GET', `/responses/${r.id}/input_items?limit=2&order=asc`)).json();
    expect([page.data.map((i: { content: Array<{ text: string }> }) => i.content[0].text), page.has_more]).toEqual([
      ['one', 'two'],
      true,
    ]);
    const bad = await call('GET', `/responses/${r.id}/input_items?limit=0`);
    expect([bad.status, (await bad.json()).error.param]).toEqual([400, 'limit']);
    expect(await (await call('DELETE', `/responses/${r.id}`)).json()).toEqual({
      id: r.id,
      object: 'response',
      deleted: true,
    });
    expect((await call('DELETE', `/responses/${r.id}`)).status).toBe(404);
  });

  it('names the Responses param of a strict schema it cannot honour', async () => {
    const { call } = setup();
    const format = {
      type: 'json_schema',
      name: 'x',
      schema: { type: 'object', properties: { a: { type: 'string' } } },
      strict: true,
    };
    const res = await call('POST', '/responses', { ...create, text: { format } });
    expect([res.status, (await res.json()).error.param]).toEqual([400, 'text.format.schema']);
  });
});
