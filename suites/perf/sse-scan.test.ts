import { describe, expect, it } from 'vitest';
import { SseScanner } from './sse-scan.ts';

const frame = (o: unknown) => `data: ${JSON.stringify(o)}\n\n`;

describe('SseScanner', () => {
  it('counts output-bearing events across split pieces, skips the role chunk, reads the usage chunk', () => {
    const s = new SseScanner();
    const text =
      frame({ choices: [{ delta: { role: 'assistant', content: '' } }] }) +
      frame({ choices: [{ delta: { content: 'Hello' } }] }) +
      frame({ choices: [{ delta: { content: ' wörld' } }], usage: null }) +
      frame({
        choices: [],
        usage: { prompt_tokens: 9, completion_tokens: 3, prompt_tokens_details: { cached_tokens: 4 } },
      }) +
      'data: [DONE]\n\n';
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from('ö')) + 1; // inside a multi-byte character
    const a = s.push(bytes.subarray(0, cut));
    const b = s.push(bytes.subarray(cut));
    expect(a.tokenEvents + b.tokenEvents).toBe(2);
    expect(a.outputChars + b.outputChars).toBe(11);
    expect(b.done).toBe(true);
    expect(s.usage).toEqual({ prompt: 9, completion: 3, cached: 4 });
  });

  it('sees an error event and CRLF framing', () => {
    const s = new SseScanner();
    const r = s.push(Buffer.from('data: {"error":{"message":"overloaded"}}\r\n\r\n'));
    expect(r).toMatchObject({ error: true, tokenEvents: 0 });
  });
});
