import { describe, expect, it } from 'vitest';
import { chatBody, jsonExchange, trialOf } from '../fake-exchanges.ts';
import { expectToolCall } from './tool-call.ts';

const request = {
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    },
  ],
};
const called = (args: unknown, name = 'get_weather') =>
  trialOf(
    jsonExchange(
      chatBody({ tool_calls: [{ id: 'c1', type: 'function', function: { name, arguments: args } }] }, 'tool_calls'),
    ),
    request,
  );

describe('a tool called', () => {
  it('passes a call with arguments valid against the tool schema, or containing the values given', () => {
    expect(expectToolCall({ name: 'get_weather', arguments: 'valid' }, called('{"city":"Paris"}')).status).toBe('pass');
    expect(expectToolCall({ arguments: { city: 'Paris' } }, called('{"city":"Paris","unit":"c"}')).status).toBe('pass');
  });

  it('fails when no tool was called: the premise is the expectation itself', () => {
    const text = trialOf(jsonExchange(chatBody({ content: 'It is sunny.' })), request);
    expect(expectToolCall({ arguments: 'valid' }, text).message).toBe(
      'no tool was called (finish_reason "stop", content "It is sunny."); expected a call',
    );
  });

  it('fails another tool, invalid arguments, arguments as an object, other values', () => {
    expect(expectToolCall({ name: 'get_weather' }, called('{}', 'get_time')).message).toBe(
      'called "get_time", not get_weather',
    );
    expect(expectToolCall({ arguments: 'valid' }, called('{"town":"Paris"}')).message).toMatch(
      /^get_weather arguments do not match its parameters schema: city: required property is missing/,
    );
    expect(expectToolCall({ arguments: 'valid' }, called({ city: 'Paris' })).message).toBe(
      'get_weather: arguments are {"city":"Paris"}, not a JSON string (JSON.parse would throw)',
    );
    expect(expectToolCall({ arguments: { city: 'Lyon' } }, called('{"city":"Paris"}')).message).toBe(
      'get_weather arguments: city is "Paris", expected "Lyon"',
    );
  });

  it('is inconclusive when the request gives no schema to check the arguments against', () => {
    const bare = trialOf(called('{}').ex, {});
    expect(expectToolCall({ arguments: 'valid' }, bare).status).toBe('inconclusive');
  });
});
