import { describe, expect, it } from 'vitest';
import { Journal, redactHeaders, type JournalRecord } from './journal.ts';

const entry = (id: string, path = '/v1/chat/completions', raw = '{}'): JournalRecord => ({
  id,
  time: '2026-01-01T00:00:00.000Z',
  method: 'POST',
  path,
  headers: {},
  raw,
  parsed: { ok: true, value: JSON.parse(raw) },
  key: 'anonymous',
  retryCount: null,
  status: 200,
  stream: false,
});

describe('Journal', () => {
  it('keeps the newest entries up to its limit, filterable by path', () => {
    const j = new Journal({ entries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) j.record(entry(id, id === 'c' ? '/v1/models' : undefined));
    expect(j.entries().map((e) => e.id)).toEqual(['b', 'c', 'd']);
    expect(j.entries({ path: '/v1/models' }).map((e) => e.id)).toEqual(['c']);
    expect(j.last()?.id).toBe('d');
    expect(j.dropped).toBe(1);
    j.clear();
    expect(j.entries()).toEqual([]);
  });

  it('keeps a long body as its raw prefix, and stays within its byte budget', () => {
    const j = new Journal({ bodyChars: 10, totalChars: 100 });
    const long = JSON.stringify({ text: 'x'.repeat(50) });
    const e = j.record(entry('long', undefined, long));
    expect(e.body).toBe(long.slice(0, 10));
    expect(e.bodyChars).toBe(long.length);
    expect(j.record(entry('short', undefined, '{"a":1}')).body).toEqual({ a: 1 });
    for (let i = 0; i < 50; i++) j.record(entry(`n${i}`, undefined, long));
    expect(j.entries().length).toBeLessThanOrEqual(10); // 10 characters each at most
    expect(j.last()?.id).toBe('n49');
  });

  it('redacts credentials by name and by value, and cuts long values', () => {
    expect(
      redactHeaders({
        authorization: 'Bearer sk-1',
        'api-key': 'k',
        'x-goog-api-key': 'AIzaSyD-not-really',
        'x-auth-token': 'abc',
        'x-amz-security-token': 'FQoGZXIvYXdzEJr',
        cookie: 'session=1',
        'x-custom': 'Bearer abcdef',
        'x-forwarded-key': 'plain',
        'x-trace': 'sk-proj-abcdefghijkl',
        'x-long': 'a'.repeat(2000),
        'x-stainless-retry-count': '1',
        'user-agent': 'OpenAI/JS 6.49.0',
      }),
    ).toEqual({
      authorization: '[redacted]',
      'api-key': '[redacted]',
      'x-goog-api-key': '[redacted]',
      'x-auth-token': '[redacted]',
      'x-amz-security-token': '[redacted]',
      cookie: '[redacted]',
      'x-custom': '[redacted]',
      'x-forwarded-key': '[redacted]',
      'x-trace': '[redacted]',
      'x-long': '[redacted]', // a long opaque run looks like a credential
      'x-stainless-retry-count': '1',
      'user-agent': 'OpenAI/JS 6.49.0',
    });
    expect(redactHeaders({ 'x-note': 'word '.repeat(400) })['x-note']).toHaveLength(1025);
  });
});
