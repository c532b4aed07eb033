// The admin API's guard (Host, key, JSON-only writes, no CORS) and its paged reads.
import { describe, expect, it } from 'vitest';
import { createMock } from './create-mock.ts';
import type { MockRequest, MockResponse } from './types.ts';

const quiet = { onInternalError: () => {} };
const body = (res: MockResponse) => JSON.parse('body' in res ? res.body : '{}');
const chat = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] };
const admin = (
  method: string,
  action: string,
  headers: Record<string, string> = {},
  query?: Record<string, string>,
): MockRequest => ({
  method,
  path: `/_conform/${action}`,
  headers: { host: '127.0.0.1:4010', ...headers },
  ...(query ? { query } : {}),
});

describe('admin guard', () => {
  it('refuses a host name other than localhost (DNS rebinding) with 403', async () => {
    const mock = createMock(quiet);
    const res = await mock.handle(admin('GET', 'journal', { host: 'attacker.example:4010' }));
    expect(res.status).toBe(403);
    expect(body(res).error.message).toMatchInlineSnapshot(
      `"[conform] mock admin: refused a request for host "attacker.example:4010": the admin API answers only for localhost and IP addresses, so a web page cannot reach it through DNS rebinding. Call it as http://127.0.0.1:PORT/_conform/journal."`,
    );
    for (const host of ['localhost:4010', 'app.localhost', '127.0.0.1', '10.0.0.7:80', '[::1]:4010']) {
      expect((await mock.handle(admin('GET', 'journal', { host }))).status).toBe(200);
    }
  });

  it('needs a key when keys are configured: the admin key, or else an API key', async () => {
    const withKeys = createMock({ ...quiet, apiKeys: ['sk-app'] });
    const denied = await withKeys.handle(admin('GET', 'ledger'));
    expect(denied.status).toBe(401);
    expect(body(denied).error.message).toMatchInlineSnapshot(
      `"[conform] mock admin: no key was sent. The admin API needs one of the API keys (--api-key) as "Authorization: Bearer <key>"."`,
    );
    expect((await withKeys.handle(admin('GET', 'ledger', { authorization: 'Bearer sk-app' }))).status).toBe(200);

    const withAdmin = createMock({ ...quiet, apiKeys: ['sk-app'], adminKey: 'sk-admin' });
    const wrong = await withAdmin.handle(admin('GET', 'ledger', { authorization: 'Bearer sk-app' }));
    expect(wrong.status).toBe(401);
    expect(body(wrong).error.message).toMatchInlineSnapshot(
      `"[conform] mock admin: a wrong key was sent. The admin API needs the admin key (--admin-key) as "Authorization: Bearer <key>"."`,
    );
    expect(JSON.stringify(wrong)).not.toContain('sk-a');
    expect((await withAdmin.handle(admin('GET', 'ledger', { authorization: 'Bearer sk-admin' }))).status).toBe(200);
    // the admin key is not an API key
    const api = await withAdmin.handle({
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { authorization: 'Bearer sk-admin' },
      body: JSON.stringify(chat),
    });
    expect(api.status).toBe(401);
  });

  it('takes writes as JSON only (415), and never answers with CORS headers', async () => {
    const mock = createMock(quiet);
    const form = await mock.handle({
      ...admin('POST', 'reset', { 'content-type': 'text/plain;charset=UTF-8' }),
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect(body(form).error.message).toMatchInlineSnapshot(
      `"[conform] mock admin: POST /_conform/reset takes "content-type: application/json", got "text/plain;charset=UTF-8". Admin writes take JSON only, so a web page cannot send one as a form."`,
    );
    expect((await mock.handle(admin('POST', 'reset'))).status).toBe(415);
    expect(
      (await mock.handle(admin('POST', 'reset', { 'content-type': 'application/json; charset=utf-8' }))).status,
    ).toBe(200);
    const preflight = await mock.handle(
      admin('OPTIONS', 'reset', { origin: 'https://attacker.example', 'access-control-request-method': 'POST' }),
    );
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(Object.keys(form.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});

describe('admin reads', () => {
  it('pages the ledger and the journal with ?offset=&limit=', async () => {
    const mock = createMock(quiet);
    for (let i = 0; i < 5; i++)
      await mock.handle({ method: 'POST', path: '/v1/chat/completions', headers: {}, body: JSON.stringify(chat) });
    const ids = mock.ledger.entries().map((e) => e.id);
    const first = body(await mock.handle(admin('GET', 'ledger', {}, { limit: '2' })));
    expect(first.entries.map((e: { id: string }) => e.id)).toEqual(ids.slice(0, 2));
    expect(first.page).toEqual({ offset: 0, limit: 2, next: 2 });
    expect(first.totals.requests).toBe(5);
    expect(first.window).toEqual({ kept: 5, dropped: 0, limit: 10_000 });
    const last = body(await mock.handle(admin('GET', 'ledger', {}, { offset: '4', limit: '2' })));
    expect(last.entries.map((e: { id: string }) => e.id)).toEqual(ids.slice(4));
    expect(last.page.next).toBeNull();
    const journal = body(await mock.handle(admin('GET', 'journal', {}, { offset: '1', limit: '3' })));
    expect(journal.entries).toHaveLength(3);
    expect(journal.page).toEqual({ offset: 1, limit: 3, next: 4 });
    const bad = await mock.handle(admin('GET', 'ledger', {}, { limit: '-1' }));
    expect(bad.status).toBe(400);
    expect(body(bad).error.message).toMatchInlineSnapshot(
      `"[conform] mock admin: ?limit= takes a whole number from 0 to 10000, got "-1"."`,
    );
  });

  it('gives the journal as a cases document with ?format=cases', async () => {
    const mock = createMock(quiet);
    for (let i = 0; i < 2; i++)
      await mock.handle({ method: 'POST', path: '/v1/chat/completions', headers: {}, body: JSON.stringify(chat) });
    const doc = body(await mock.handle(admin('GET', 'journal', {}, { format: 'cases' })));
    expect(doc.cases).toEqual([
      {
        name: 'chat: hi',
        request: { method: 'POST', path: '/chat/completions', body: chat },
        expect: { status: 200, schema: 'must', finishReason: 'stop' },
      },
    ]);
    const bad = await mock.handle(admin('GET', 'journal', {}, { format: 'yaml' }));
    expect(body(bad).error.message).toMatchInlineSnapshot(
      `"[conform] mock admin: ?format= takes "cases" (a cases document for conform cases FILE), got "yaml". Leave it out for the journal entries."`,
    );
  });
});
