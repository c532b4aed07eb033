import { describe, expect, it } from 'vitest';
import { apiKeyOf, checkKey } from './auth.ts';

describe('auth', () => {
  it('reads bearer and api-key headers', () => {
    expect(apiKeyOf({ authorization: 'Bearer sk-1' })).toBe('sk-1');
    expect(apiKeyOf({ authorization: 'bearer  sk-2 ' })).toBe('sk-2');
    expect(apiKeyOf({ authorization: 'Basic abc' })).toBeUndefined();
    expect(apiKeyOf({ authorization: 'Bearer ' })).toBeUndefined();
    expect(apiKeyOf({ 'api-key': 'az' })).toBe('az');
    expect(apiKeyOf({})).toBeUndefined();
  });

  it('accepts anything when no keys are configured, else only a configured key', () => {
    expect(checkKey(undefined, new Set())).toBeUndefined();
    expect(checkKey('sk-1', new Set(['sk-1']))).toBeUndefined();
    expect(checkKey(undefined, new Set(['sk-1']))?.status).toBe(401);
    const wrong = checkKey('sk-secret-typo', new Set(['sk-1']))!;
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_api_key",
          "message": "Incorrect API key provided.",
          "param": null,
          "type": "invalid_request_error",
        },
      }
    `);
    expect(JSON.stringify(wrong.json)).not.toContain('sk-secret-typo');
  });
});
