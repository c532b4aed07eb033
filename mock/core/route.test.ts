import { describe, expect, it } from 'vitest';
import { matchRoute } from './route.ts';

describe('matchRoute', () => {
  it('serves the API endpoints', () => {
    expect(matchRoute('POST', '/v1/chat/completions')).toEqual({ name: 'chat', endpoint: '/v1/chat/completions' });
    expect(matchRoute('post', '/v1/embeddings/')).toEqual({ name: 'embeddings', endpoint: '/v1/embeddings' });
    expect(matchRoute('GET', '/v1/models')).toEqual({ name: 'list-models' });
    expect(matchRoute('GET', '/v1/models/org/my%20model')).toEqual({ name: 'get-model', model: 'org/my model' });
    expect(matchRoute('GET', '/_conform/ledger')).toEqual({ name: 'admin', action: 'ledger' });
    expect(matchRoute('OPTIONS', '/_conform/reset')).toEqual({ name: 'admin', action: 'reset' }); // no CORS preflight answer
    expect(matchRoute('OPTIONS', '/v1/chat/completions')).toEqual({ name: 'preflight' });
  });

  it('tells a wrong method from an unknown route', () => {
    expect(matchRoute('GET', '/v1/chat/completions')).toEqual({ name: 'wrong-method', allow: 'POST' });
    expect(matchRoute('DELETE', '/v1/models')).toEqual({ name: 'wrong-method', allow: 'GET' });
    expect(matchRoute('POST', '/v1/nope')).toEqual({ name: 'unknown' });
    expect(matchRoute('GET', '/v1/models/')).toEqual({ name: 'list-models' });
    expect(matchRoute('GET', '/')).toEqual({ name: 'unknown' });
  });
});
