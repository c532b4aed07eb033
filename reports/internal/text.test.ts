import { describe, expect, it } from 'vitest';
import { cap, formatMs, headerValueForDisplay, prettyBody, shorten, showValue } from './text.ts';

describe('text helpers', () => {
  it('shortens to one line', () => {
    expect(shorten('a\n  b   c', 80)).toBe('a b c');
    expect(shorten('abcdefghij', 5)).toBe('abcd…');
  });
  it('formats durations', () => {
    expect([formatMs(0), formatMs(999.6), formatMs(4321), formatMs(125_000)]).toEqual([
      '0 ms',
      '1000 ms',
      '4.3 s',
      '2 min 5 s',
    ]);
  });
  it('shows values, keeping falsy ones visible', () => {
    expect([showValue(0), showValue(false), showValue(''), showValue(null), showValue(undefined)]).toEqual([
      '0',
      'false',
      '',
      'null',
      'undefined',
    ]);
  });
  it('pretty-prints JSON bodies only', () => {
    expect(prettyBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyBody('{"a":')).toBe('{"a":');
    expect(prettyBody('data: x')).toBe('data: x');
  });
  it('caps long text and says by how much', () => {
    expect(cap('abcdef', 4)).toEqual({ text: 'abcd', truncated: true, omitted: 2 });
    expect(cap('ab', 4)).toEqual({ text: 'ab', truncated: false, omitted: 0 });
  });
  it('never shows a secret header value', () => {
    expect(headerValueForDisplay('Authorization', 'Bearer sk-live-123')).toBe('Bearer [redacted]');
    expect(headerValueForDisplay('x-api-key', 'sk-live-123')).toBe('[redacted]');
    expect(headerValueForDisplay('content-type', 'application/json')).toBe('application/json');
  });
});
