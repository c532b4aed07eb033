import { describe, expect, it } from 'vitest';
import { Redactor, REDACTED } from './redact.ts';

const KEY = 'sk-live-abc123"xyz';

describe('Redactor', () => {
  const r = new Redactor([KEY, undefined, 'ab']);

  it('replaces the key in free text, also in its JSON-escaped form', () => {
    expect(r.text(`bad key ${KEY}!`)).toBe(`bad key ${REDACTED}!`);
    expect(r.text(JSON.stringify({ echo: KEY }))).toBe(`{"echo":"${REDACTED}"}`);
  });

  it('hides credential headers whatever their value, keeping the scheme', () => {
    expect(r.headers({ Authorization: 'Bearer other', 'api-key': 'zzz', 'x-trace': `id ${KEY}`, accept: 'x' })).toEqual({
      Authorization: `Bearer ${REDACTED}`,
      'api-key': REDACTED,
      'x-trace': `id ${REDACTED}`,
      accept: 'x',
    });
  });

  it('walks nested values and object keys, leaving numbers and short non-secrets alone', () => {
    expect(r.deep({ a: [1, `${KEY}`], [KEY]: { n: 0, b: false, s: 'ab' } })).toEqual({
      a: [1, REDACTED],
      [REDACTED]: { n: 0, b: false, s: 'ab' },
    });
  });

  it('collects the values of secret-looking extra headers', () => {
    expect(Redactor.headerSecrets({ 'X-Api-Key': 'k1', Authorization: 'Bearer t2', 'X-Team': 'blue', 'x-auth-token': 't3' })).toEqual(['k1', 't2', 't3']);
  });

  it('leaves rate-limit token counts readable', () => {
    expect(r.headers({ 'x-ratelimit-remaining-tokens': '149984' })).toEqual({ 'x-ratelimit-remaining-tokens': '149984' });
  });
});
