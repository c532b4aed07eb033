// The pipeline's order: size before parse, key before anything is kept.
import { describe, expect, it } from 'vitest';
import { createMock } from './create-mock.ts';

const quiet = { onInternalError: () => {} };
const chat = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
const post = (body: string | undefined, headers: Record<string, string> = {}, bodyBytes?: number) => ({
  method: 'POST',
  path: '/v1/chat/completions',
  headers,
  ...(body === undefined ? {} : { body }),
  ...(bodyBytes === undefined ? {} : { bodyBytes }),
});

describe('pipeline', () => {
  it('keeps nothing of a request whose key is refused', async () => {
    const mock = createMock({ ...quiet, apiKeys: ['sk-ok'] });
    expect((await mock.handle(post(chat, { authorization: 'Bearer sk-wrong' }))).status).toBe(401);
    expect((await mock.handle(post(chat))).status).toBe(401);
    expect(mock.journal.entries()).toEqual([]);
    expect((await mock.handle(post(chat, { authorization: 'Bearer sk-ok' }))).status).toBe(200);
    expect(mock.journal.entries()).toHaveLength(1);
    expect(mock.ledger.totals().byStatus).toEqual({ 200: 1, 401: 2 });
  });

  it('checks the size before parsing: an oversized body is a 413 whatever it holds', async () => {
    const mock = createMock({ ...quiet, maxBodyBytes: 100 });
    const res = await mock.handle(post('{ not json' + ' '.repeat(200)));
    expect(res.status).toBe(413);
    // an adapter that counted the body without keeping it passes its size
    expect((await mock.handle(post(undefined, {}, 5_000_000))).status).toBe(413);
    expect(mock.journal.entries()).toEqual([]);
  });

  it('tells adapters when the headers alone decide the answer, so the body need not be read', () => {
    const mock = createMock({ ...quiet, apiKeys: ['sk-ok'], maxBodyBytes: 100 });
    expect(mock.decidedWithoutBody(post(undefined, { authorization: 'Bearer sk-no' }))).toBe(true);
    expect(mock.decidedWithoutBody(post(undefined, { authorization: 'Bearer sk-ok' }, 101))).toBe(true);
    expect(mock.decidedWithoutBody(post(undefined, { authorization: 'Bearer sk-ok' }, 100))).toBe(false);
    expect(
      mock.decidedWithoutBody({ method: 'POST', path: '/_conform/reset', headers: { 'content-type': 'text/plain' } }),
    ).toBe(true);
    expect(
      mock.decidedWithoutBody({
        method: 'POST',
        path: '/_conform/reset',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-ok' },
      }),
    ).toBe(false);
  });
});
