import { describe, expect, it } from 'vitest';
import { Redactor, REDACTED } from './redact.ts';
import { parseSse } from './sse-parser.ts';
import { decodeEscapes } from './escaped-text.ts';

// shaped like a real key, with the characters PHP ("/") and .NET ("+") escape
const KEY = 'sk-proj-Q7x9+Lm/Zp2Rt8Kw4Vb6Yn1Hc3Jd5Fg0';
const r = new Redactor([KEY]);

/** the longest run of the key's characters left in the text, raw or once its escapes are decoded */
function longestRun(text: string, key = KEY): string {
  let best = '';
  for (const t of [text, decodeEscapes(text).text]) {
    for (let i = 0; i < key.length; i++) {
      for (let j = i + best.length + 1; j <= key.length; j++) {
        if (t.includes(key.slice(i, j))) best = key.slice(i, j);
        else break;
      }
    }
  }
  return best;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('Redactor: whole keys in every encoding', () => {
  it.each([
    ['raw', KEY],
    ['JSON with "/" escaped (PHP)', KEY.replace(/\//g, '\\/')],
    ['JSON with "+" as \\u002B (.NET)', KEY.replace(/\+/g, '\\u002B')],
    [
      'lower-case unicode escapes of every character',
      [...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
    ],
    ['a mix of escaped and plain characters', KEY.replace('+', '\\u002b').replace('/', '\\/').replace('Q', '\\u0051')],
    ['JSON inside JSON', JSON.stringify(JSON.stringify({ k: KEY.replace('/', '\\/') }))],
    ['URL-encoded', encodeURIComponent(KEY)],
    ['URL-encoded twice', encodeURIComponent(encodeURIComponent(KEY))],
    ['base64', b64(KEY)],
    ['base64 of "Bearer KEY"', b64(`Bearer ${KEY}`)],
    ['base64 of "user:KEY" (Basic auth)', b64(`user:${KEY}`)],
    ['base64url', b64(`x${KEY}`).replace(/\+/g, '-').replace(/\//g, '_')],
  ])('%s', (_name, echoed) => {
    const out = r.text(`{"error":{"message":"Incorrect API key provided: ${echoed}.","code":"invalid_api_key"}}`);
    expect(out).toContain(REDACTED);
    expect(longestRun(out).length).toBeLessThan(4);
    expect(out).toContain('Incorrect API key provided: ');
  });
});

describe('Redactor: fragments left by a split or a cap', () => {
  it('a key split across two SSE frames leaves nothing in either frame', () => {
    const cut = 13;
    const frames = parseSse(
      `data: {"choices":[{"delta":{"content":"your key is ${KEY.slice(0, cut)}"}}]}\n\n` +
        `data: {"choices":[{"delta":{"content":"${KEY.slice(cut).replace('/', '\\/')}, keep it safe"}}]}\n\n`,
    );
    for (const f of frames) {
      expect(longestRun(r.text(f.raw)).length).toBeLessThan(4);
      expect(longestRun(r.text(f.data!)).length).toBeLessThan(4);
    }
    expect(r.text(frames[1].data!)).toBe(`{"choices":[{"delta":{"content":"${REDACTED}, keep it safe"}}]}`);
  });

  it('a key spread over SDK chunks: prefix ending one string, middle parts, suffix starting the last', () => {
    const parts = ['Key: sk-pr', 'oj-Q7x9', '+Lm/Zp2Rt8', 'Kw4Vb6Yn1Hc3Jd5Fg0 ok'];
    const out = parts.map((p) => r.text(p));
    expect(out).toEqual(['Key: [REDACTED]', '[REDACTED]', '[REDACTED]', '[REDACTED] ok']);
  });

  it('a key cut by a size cap, raw or escaped', () => {
    expect(r.text(`{"message":"bad key ${KEY.slice(0, 20)}`)).toBe(`{"message":"bad key ${REDACTED}`);
    expect(r.text(`{"message":"bad key ${KEY.slice(0, 16).replace('/', '\\/')}`)).toBe(
      `{"message":"bad key ${REDACTED}`,
    );
  });

  it('a key cut where a message was shortened', () => {
    expect(r.text(`content was "your key is ${KEY.slice(0, 15)}…" (60 chars)`)).toBe(
      `content was "your key is ${REDACTED}…" (60 chars)`,
    );
    expect(r.text(`got ...${KEY.slice(9)} at the end`)).toBe(`got ...${REDACTED} at the end`);
  });

  it('leaves normal text alone: words, ids, JSON, and pieces of the key inside longer words', () => {
    const text =
      '{"id":"chatcmpl-1","model":"gpt-4o-mini","content":"sk-proj is a prefix; the project task-proj ran. Zp2R","n":4} and so on… sk-proj-ect...';
    expect(r.text(text)).toBe(text);
  });

  it('replaces a short or public secret whole only', () => {
    const mock = 'sk-conform-bundled-mock';
    const pub = new Redactor([mock, 'hdr-1'], { publicValues: [mock] });
    expect(pub.text(`"mock-gpt" "sk-conform" ${mock} hdr-1`)).toBe(`"mock-gpt" "sk-conform" ${REDACTED} ${REDACTED}`);
  });
});

describe('Redactor: headers and values', () => {
  const q = new Redactor(['sk-live-abc123"xyz', undefined, 'ab']);

  it('hides credential headers whatever their value, keeping the scheme', () => {
    expect(
      q.headers({ Authorization: 'Bearer other', 'api-key': 'zzz', 'x-trace': 'id sk-live-abc123"xyz', accept: 'x' }),
    ).toEqual({
      Authorization: `Bearer ${REDACTED}`,
      'api-key': REDACTED,
      'x-trace': `id ${REDACTED}`,
      accept: 'x',
    });
  });

  it('replaces a key with a quote in it, plain and JSON-escaped', () => {
    expect(q.text(JSON.stringify({ echo: 'sk-live-abc123"xyz' }))).toBe(`{"echo":"${REDACTED}"}`);
  });

  it('walks nested values and object keys, leaving numbers and short non-secrets alone', () => {
    expect(r.deep({ a: [1, `${KEY}`], [KEY]: { n: 0, b: false, s: 'ab' } })).toEqual({
      a: [1, REDACTED],
      [REDACTED]: { n: 0, b: false, s: 'ab' },
    });
  });

  it('collects the values of secret-looking extra headers', () => {
    expect(
      Redactor.headerSecrets({ 'X-Api-Key': 'k1', Authorization: 'Bearer t2', 'X-Team': 'blue', 'x-auth-token': 't3' }),
    ).toEqual(['k1', 't2', 't3']);
  });

  it('leaves rate-limit token counts readable', () => {
    expect(q.headers({ 'x-ratelimit-remaining-tokens': '149984' })).toEqual({
      'x-ratelimit-remaining-tokens': '149984',
    });
  });
});
