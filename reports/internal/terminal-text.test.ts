import { describe, expect, it } from 'vitest';
import { terminalText } from './terminal-text.ts';

describe('terminalText', () => {
  it('shows escape sequences, bells, NULs, carriage returns and newlines instead of running them', () => {
    const hostile = 'gpt\u001b]0;owned\u0007\r\u001b[2K✓ 143 passed\n\u0000\u009b31m\u202Eevil';
    expect(terminalText(hostile)).toMatchInlineSnapshot(
      `"gpt\\u001b]0;owned\\u0007\\u000d\\u001b[2K✓ 143 passed\\u000a\\u0000\\u009b31m\\u202eevil"`,
    );
  });

  it('leaves ordinary text, tabs and non-ASCII alone', () => {
    expect(terminalText('café 模型 🎉\tok')).toBe('café 模型 🎉\tok');
  });
});
