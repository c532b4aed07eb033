import { describe, expect, it } from 'vitest';
import { Journal, redactHeaders } from './journal.ts';

const entry = (id: string, path = '/v1/chat/completions') => ({
  id,
  time: '2026-01-01T00:00:00.000Z',
  method: 'POST',
  path,
  headers: {},
  body: {},
  key: 'anonymous',
  retryCount: null,
  status: 200,
  stream: false,
});

describe('Journal', () => {
  it('keeps the newest entries up to its limit, filterable by path', () => {
    const j = new Journal(3);
    for (const id of ['a', 'b', 'c', 'd']) j.record(entry(id, id === 'c' ? '/v1/models' : undefined));
    expect(j.entries().map((e) => e.id)).toEqual(['b', 'c', 'd']);
    expect(j.entries({ path: '/v1/models' }).map((e) => e.id)).toEqual(['c']);
    expect(j.last()?.id).toBe('d');
    j.clear();
    expect(j.entries()).toEqual([]);
  });

  it('redacts credentials and keeps everything else', () => {
    expect(redactHeaders({ authorization: 'Bearer sk-1', 'api-key': 'k', 'x-stainless-retry-count': '1' })).toEqual({
      authorization: '[redacted]',
      'api-key': '[redacted]',
      'x-stainless-retry-count': '1',
    });
  });
});
