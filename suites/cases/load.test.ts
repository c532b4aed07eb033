import { describe, expect, it } from 'vitest';
import { caseId, parseCases } from './load.ts';

const chat = { path: '/chat/completions', body: { model: 'm', messages: [] } };
const error = (doc: unknown) => {
  try {
    parseCases(doc, 'cases.json');
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('parseCases', () => {
  it('accepts a valid document', () => {
    const doc = { cases: [{ name: 'hello', request: chat, expect: { status: 200, content: { json: true } } }] };
    expect(parseCases(doc, 'cases.json')).toBe(doc);
  });

  it('names the case and the path of a schema problem, and the fix', () => {
    expect(
      error({
        cases: [
          { name: 'ok', request: chat },
          { name: 'weather', request: chat, expect: { toolcall: {} } },
        ],
      }),
    ).toMatchInlineSnapshot(
      `"[conform] cases.json: case "weather" (cases[1]) at expect.toolcall: Unrecognized key: "toolcall". Fix the file; its JSON Schema (schemas/cases.schema.json) lets an editor complete and check it."`,
    );
    expect(error({ tests: [] })).toMatch(/^\[conform\] cases\.json: at cases: /);
  });

  it('refuses what the schema cannot say: duplicate ids, bad patterns, stop without a stop', () => {
    expect(
      error({
        cases: [
          { name: 'Hello world', request: chat },
          { name: 'hello-world', request: chat },
        ],
      }),
    ).toBe(
      '[conform] cases.json: case "hello-world" (cases[1]) at name: its id cases.hello-world is also the id of case "Hello world". Give each case its own name.',
    );
    expect(error({ cases: [{ name: 'a', request: chat, expect: { content: { pattern: '(' } } }] })).toMatch(
      /^\[conform\] cases\.json: case "a" \(cases\[0\]\) at expect\.content\.pattern: not a regular expression/,
    );
    expect(error({ cases: [{ name: 'a', request: chat, expect: { stop: true } }] })).toBe(
      '[conform] cases.json: case "a" (cases[0]) at expect.stop: the request has no `stop`, so there is nothing to honour. Add "stop" to request.body or remove expect.stop.',
    );
  });

  it('refuses credentials in request headers: they come from --api-key and --header, which are redacted', () => {
    expect(error({ cases: [{ name: 'a', request: { ...chat, headers: { 'X-Api-Key': 'k' } } }] })).toBe(
      '[conform] cases.json: case "a" (cases[0]) at request.headers.X-Api-Key: a credential does not belong in a cases file (it would be saved in results.json). Remove it; pass the key with --api-key, other secret headers with --header "X-Api-Key: …" (redacted everywhere).',
    );
  });

  it('derives check ids in kebab-case', () => {
    expect(caseId('chat (stream): Why is the sky blue?')).toBe('cases.chat-stream-why-is-the-sky-blue');
    expect(caseId('getWeather café')).toBe('cases.get-weather-cafe');
  });
});
