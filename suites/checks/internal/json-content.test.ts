import { describe, expect, it } from 'vitest';
import { classifyJsonContent, jsonContentProblem } from './json-content.ts';

const kind = (content: unknown, refusal: unknown = null) => classifyJsonContent({ content, refusal }).kind;

describe('classifyJsonContent', () => {
  it('tells bare JSON from fences, prose, refusals and non-strings', () => {
    expect(kind(' {"a":1}\n')).toBe('json');
    expect(kind('```json\n{"a":1}\n```')).toBe('fenced');
    expect(kind('```\n[1,2]\n```')).toBe('fenced');
    expect(kind('Here you go: {"a":1} enjoy')).toBe('prose');
    expect(kind('{"a":')).toBe('invalid');
    expect(kind(null, 'I cannot help with that.')).toBe('refusal');
    expect(kind(null)).toBe('not-string');
    expect(kind('0')).toBe('json'); // a scalar is JSON; json-mode.object judges the kind of value
  });

  it('words each problem once', () => {
    expect(jsonContentProblem(classifyJsonContent({ content: null, refusal: 'No.' }))).toMatchInlineSnapshot(
      `"the model refused (message.refusal: "No."), so there is no JSON to judge"`,
    );
    expect(jsonContentProblem(classifyJsonContent({ content: undefined }))).toMatchInlineSnapshot(
      `"message.content is missing, not a string"`,
    );
    expect(jsonContentProblem({ kind: 'json', value: {} })).toBeUndefined();
  });
});
