import { describe, expect, it } from 'vitest';
import { matchRoute, type Route } from './route.ts';

/** a route as names and params, so the expectations read like the table */
const brief = (r: Route) => (r.name === 'endpoint' ? { endpoint: r.entry.name, params: r.params } : r);

describe('matchRoute', () => {
  it('serves the API endpoints as rows of the endpoint table', () => {
    expect(brief(matchRoute('POST', '/v1/chat/completions'))).toEqual({ endpoint: 'chat', params: {} });
    expect(brief(matchRoute('post', '/v1/embeddings/'))).toEqual({ endpoint: 'embeddings', params: {} });
    expect(brief(matchRoute('GET', '/v1/models'))).toEqual({ endpoint: 'list-models', params: {} });
    expect(brief(matchRoute('GET', '/v1/models/org/my%20model'))).toEqual({
      endpoint: 'get-model',
      params: { model: 'org/my model' },
    });
    expect(brief(matchRoute('GET', '/v1/models/bad%zz'))).toEqual({
      endpoint: 'get-model',
      params: { model: 'bad%zz' },
    });
    expect(matchRoute('GET', '/_conform/ledger')).toEqual({ name: 'admin', action: 'ledger' });
    expect(matchRoute('OPTIONS', '/_conform/reset')).toEqual({ name: 'admin', action: 'reset' }); // no CORS preflight answer
    expect(matchRoute('OPTIONS', '/v1/chat/completions')).toEqual({ name: 'preflight' });
  });

  it('tells a wrong method from an unknown route', () => {
    expect(matchRoute('GET', '/v1/chat/completions')).toEqual({ name: 'wrong-method', allow: 'POST' });
    expect(matchRoute('DELETE', '/v1/models')).toEqual({ name: 'wrong-method', allow: 'GET' });
    expect(matchRoute('POST', '/v1/models/gpt-4o')).toEqual({ name: 'wrong-method', allow: 'GET' });
    expect(matchRoute('POST', '/v1/nope')).toEqual({ name: 'unknown' });
    expect(brief(matchRoute('GET', '/v1/models/'))).toEqual({ endpoint: 'list-models', params: {} });
    expect(matchRoute('GET', '/')).toEqual({ name: 'unknown' });
  });
});
