import { describe, expect, it } from 'vitest';
import { chatAnswer, errorBody, jsonEx, set, tr } from './fixtures.ts';
import { answeredOf, completionOf, errorText, type Need } from './read.ts';

const one = (status: number, body: unknown) => set(tr('p', [jsonEx('x', body, { status: status })]));
const grade = (r: Need<unknown>) => (r.ok ? 'ok' : `${r.grade.status}: ${'message' in r.grade ? r.grade.message : ''}`);

describe('answeredOf', () => {
  it('reads a 2xx; without a control a 4xx, a 429 or a 5xx leaves the rule untestable', () => {
    expect(grade(answeredOf(one(200, chatAnswer({ content: 'hi' })), 'p', 'x'))).toBe('ok');
    expect(
      grade(answeredOf(one(400, errorBody('tools are not supported', null, null)), 'p', 'x')),
    ).toMatchInlineSnapshot(`"untestable: request p (x) was refused with 400: tools are not supported"`);
    expect(
      grade(answeredOf(one(429, errorBody('Rate limit reached', null, 'rate_limit_exceeded')), 'p', 'x')),
    ).toMatchInlineSnapshot(`"untestable: request p (x) answered 429 (transient): Rate limit reached"`);
    expect(grade(answeredOf(one(502, '<html>Bad gateway</html>'), 'p', 'x'))).toMatchInlineSnapshot(
      `"untestable: request p (x) answered 502: <html>Bad gateway</html>"`,
    );
  });

  it('names what is missing: probe, label, response, choices', () => {
    expect(grade(answeredOf(set(), 'p', 'x'))).toMatchInlineSnapshot(`"untestable: probe p did not run"`);
    expect(grade(answeredOf(one(200, {}), 'p', 'y'))).toMatchInlineSnapshot(
      `"untestable: no exchange "y" was recorded by p"`,
    );
    expect(grade(completionOf(one(200, { choices: [] }), 'p', 'x'))).toMatchInlineSnapshot(
      `"untestable: p (x) returned no choices[0].message: {"choices":[]}"`,
    );
    const t = one(200, {});
    t.p.exchanges[0] = {
      ...t.p.exchanges[0],
      response: undefined,
      error: { kind: 'timeout', message: 'no answer in 30000 ms' },
    };
    expect(grade(answeredOf(t, 'p', 'x'))).toMatchInlineSnapshot(
      `"untestable: request p (x) got no HTTP response (timeout: no answer in 30000 ms)"`,
    );
  });
});

describe('errorText', () => {
  it('finds the message in every error shape, else shows the start of the body', () => {
    expect(errorText(JSON.stringify(errorBody('bad n', null, null)))).toBe('bad n');
    expect(errorText('{"error":"flat string"}')).toBe('flat string');
    expect(errorText('{"object":"error","message":"vllm style"}')).toBe('vllm style');
    expect(errorText('{"detail":"fastapi style"}')).toBe('fastapi style');
    expect(errorText('')).toBe('(empty body)');
    expect(errorText(`<html>${'x'.repeat(300)}</html>`)).toHaveLength(160);
  });
});
