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

  it('reads Responses API events: output from the delta events only, usage from response.completed', () => {
    const ev = (o: Record<string, unknown>) => `event: ${o.type}\ndata: ${JSON.stringify(o)}\n\n`;
    const s = new SseScanner();
    const text =
      ev({ type: 'response.created', response: { id: 'r', output: [], usage: null } }) +
      ev({ type: 'response.output_text.delta', delta: 'Hel', sequence_number: 1 }) +
      ev({ type: 'response.output_text.delta', delta: 'lo', sequence_number: 2 }) +
      ev({ type: 'response.output_text.done', text: 'Hello', sequence_number: 3 }) +
      ev({
        type: 'response.completed',
        response: {
          output: [{ type: 'message', content: [{ type: 'output_text', text: 'Hello' }] }],
          usage: { input_tokens: 7, output_tokens: 2, input_tokens_details: { cached_tokens: 3 } },
        },
      });
    const r = s.push(Buffer.from(text));
    expect(r).toEqual({ tokenEvents: 2, outputChars: 5, done: true, error: false });
    expect(s.usage).toEqual({ prompt: 7, completion: 2, cached: 3 });
    const failed = new SseScanner().push(Buffer.from(ev({ type: 'error', code: 'server_error', message: 'x' })));
    expect(failed.error).toBe(true);
  });
});
