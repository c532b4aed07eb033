import { describe, expect, it } from 'vitest';
import { contentText, lastUserText, trailingToolResults } from './messages.ts';

describe('messages', () => {
  it('reads text from strings and text/refusal parts, ignoring media', () => {
    expect(contentText('hi')).toBe('hi');
    expect(contentText([{ type: 'text', text: 'a' }, { type: 'image_url' }, { type: 'refusal', refusal: 'b' }])).toBe(
      'a\nb',
    );
    expect(contentText(null)).toBe('');
  });

  it('finds the last user message and the trailing tool results', () => {
    const messages = [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'x' },
      { role: 'user', content: 'second' },
      { role: 'tool', content: 'r1' },
      { role: 'function', content: 'r2' },
    ];
    expect(lastUserText(messages)).toBe('second');
    expect(trailingToolResults(messages)).toEqual(['r1', 'r2']);
    expect(trailingToolResults(messages.slice(0, 3))).toEqual([]);
    expect(lastUserText([{ role: 'system', content: 's' }])).toBe('');
  });
});
