import { describe, expect, it } from 'vitest';
import { curlCommand } from './curl-command.ts';

describe('curlCommand', () => {
  it('quotes the body for a POSIX shell and never prints a key', () => {
    const cmd = curlCommand({
      method: 'POST',
      url: 'http://127.0.0.1:4010/v1/chat/completions',
      headers: { authorization: 'Bearer [redacted]' },
      body: `{"messages":[{"role":"user","content":"it's"}]}`,
    });
    expect(cmd).toMatchInlineSnapshot(`
      "curl -sS 'http://127.0.0.1:4010/v1/chat/completions' \\
        -H "Authorization: Bearer $OPENAI_API_KEY" \\
        -H 'Content-Type: application/json' \\
        -d '{"messages":[{"role":"user","content":"it'\\''s"}]}'"
    `);
    expect(cmd).not.toContain('redacted');
  });

  it('names non-POST methods', () => {
    expect(curlCommand({ method: 'DELETE', url: 'http://127.0.0.1:4010/v1/models/x', headers: {} })).toContain(
      '-X DELETE',
    );
  });
});
