import { describe, expect, it } from 'vitest';
import { baseRoute } from './base-route.ts';

describe('baseRoute', () => {
  it('serves every path under the base as /v1/…, with its query', () => {
    const route = baseRoute('https://api.openai.com/v1');
    expect(route.locate('https://api.openai.com/v1/chat/completions')).toEqual({
      path: '/v1/chat/completions',
      query: {},
    });
    expect(route.locate('https://api.openai.com/v1/models?limit=2&after=x')).toEqual({
      path: '/v1/models',
      query: { limit: '2', after: 'x' },
    });
  });

  it('maps any base path onto /v1 and tolerates a trailing slash', () => {
    expect(baseRoute('https://gw.example/openai/v1/').locate('https://gw.example/openai/v1/embeddings')?.path).toBe(
      '/v1/embeddings',
    );
    expect(baseRoute('http://127.0.0.1:4010').locate('http://127.0.0.1:4010/models')?.path).toBe('/v1/models');
  });

  it('normalises what the prefix test misses (host case, default port)', () => {
    expect(baseRoute('https://api.openai.com/v1').locate('https://API.openai.com:443/v1/models')?.path).toBe(
      '/v1/models',
    );
  });

  it('leaves other origins and paths alone', () => {
    const route = baseRoute('https://api.openai.com/v1');
    expect(route.locate('https://api.openai.com/v2/models')).toBeUndefined();
    expect(route.locate('https://api.openai.com/v1')).toBeUndefined();
    expect(route.locate('https://example.com/v1/models')).toBeUndefined();
    expect(route.locate('not a url')).toBeUndefined();
  });

  it('refuses a base URL that is not absolute, saying what to pass', () => {
    expect(() => baseRoute('/v1')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: [conform] mock: baseUrl "/v1" is not an absolute URL. Pass the client's baseURL, e.g. "https://api.openai.com/v1".]`,
    );
  });
});
