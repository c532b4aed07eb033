import { expect, it } from 'vitest';
import { chatBody, chatChunks, jsonExchange, streamExchange, trialOf } from '../fake-exchanges.ts';
import { expectContent } from './content.ts';

const said = (content: string) => trialOf(jsonExchange(chatBody({ content })));
const schema = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };

it('passes JSON valid against the schema, a pattern, contained and avoided text (streamed too)', () => {
  expect(expectContent({ json: true, schema }, said('{"name":"Ada"}')).status).toBe('pass');
  expect(
    expectContent({ pattern: '^Hello', contains: ['world'], notContains: 'sorry' }, said('Hello world')).status,
  ).toBe('pass');
  expect(expectContent({ contains: 'ab' }, trialOf(streamExchange(chatChunks(['a', 'b'])))).status).toBe('pass');
});

it('fails each kind on its own evidence', () => {
  expect(expectContent({ json: true }, said('```json\n{}\n```')).message).toMatch(/^content is not JSON \(/);
  expect(expectContent({ schema }, said('{"nom":"Ada"}')).message).toBe(
    'content does not match the schema: name: required property is missing',
  );
  expect(expectContent({ pattern: '^Hello' }, said('Hi')).message).toBe('content does not match /^Hello/: "Hi"');
  expect(expectContent({ contains: 'Paris' }, said('Lyon')).message).toBe('content does not contain "Paris": "Lyon"');
  expect(expectContent({ notContains: ['As an AI'] }, said('As an AI, I')).message).toBe(
    'content contains "As an AI": "As an AI, I"',
  );
});

it('fails an answer without text (a tool call instead)', () => {
  const tool = trialOf(
    jsonExchange(chatBody({ tool_calls: [{ id: '1', type: 'function', function: { name: 'f', arguments: '{}' } }] })),
  );
  expect(expectContent({ json: true }, tool).message).toBe('the answer has no text content (it called 1 tool)');
});
