import { describe, expect, it } from 'vitest';
import { pathMatcher } from './match.ts';
import type { EndpointEntry } from './types.ts';

const row = (method: EndpointEntry['method'], path: string): EndpointEntry => ({
  name: `${method} ${path}`,
  method,
  path,
  schemas: {},
  modelKinds: [],
  capParams: [],
  stream: 'none',
  handle: () => ({ status: 204, headers: {}, body: '' }),
});

const rows = [
  row('POST', '/v1/things'),
  row('GET', '/v1/things/{id}'),
  row('DELETE', '/v1/things/{id}'),
  row('GET', '/v1/things/{id}/parts'),
  row('GET', '/v1/files/{path+}'),
];
const match = pathMatcher(rows);
const named = (method: string, path: string) => {
  const m = match(method, path);
  return m && 'entry' in m ? { name: m.entry.name, params: m.params } : m;
};

describe('pathMatcher', () => {
  it('matches literal paths, one-segment and rest-of-path parameters', () => {
    expect(named('POST', '/v1/things')).toEqual({ name: 'POST /v1/things', params: {} });
    expect(named('GET', '/v1/things/t%201')).toEqual({ name: 'GET /v1/things/{id}', params: { id: 't 1' } });
    expect(named('GET', '/v1/things/t1/parts')).toEqual({ name: 'GET /v1/things/{id}/parts', params: { id: 't1' } });
    expect(named('GET', '/v1/files/a/b.txt')).toEqual({ name: 'GET /v1/files/{path+}', params: { path: 'a/b.txt' } });
  });
  it('picks the row by method, and names the methods a served path allows', () => {
    expect(named('DELETE', '/v1/things/t1')).toEqual({ name: 'DELETE /v1/things/{id}', params: { id: 't1' } });
    expect(match('PUT', '/v1/things/t1')).toEqual({ allow: 'GET, DELETE' });
    expect(match('GET', '/v1/things')).toEqual({ allow: 'POST' });
  });
  it('matches nothing else', () => {
    expect(match('GET', '/v1/things/t1/other')).toBeUndefined();
    expect(match('GET', '/v1/files')).toBeUndefined();
    expect(match('GET', '/v1/thingsx')).toBeUndefined();
  });
});
