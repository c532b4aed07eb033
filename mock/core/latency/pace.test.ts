import { describe, expect, it } from 'vitest';
import { bearsTokens, paced } from './pace.ts';
import { LatencyGate } from './gate.ts';
import { resolveLatencyProfile } from './profile.ts';

describe('bearsTokens', () => {
  it('sees output in content, refusal, tool arguments, legacy text and typed deltas, not in the role chunk', () => {
    expect(bearsTokens({ choices: [{ delta: { role: 'assistant', content: '' } }] })).toBe(false);
    expect(bearsTokens({ choices: [{ delta: { content: 'Hi' } }] })).toBe(true);
    expect(bearsTokens({ choices: [{ delta: { tool_calls: [{ function: { arguments: '{"' } }] } }] })).toBe(true);
    expect(bearsTokens({ choices: [{ text: 'x' }] })).toBe(true);
    expect(
      bearsTokens('event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"He"}\n\n'),
    ).toBe(true);
    expect(bearsTokens({ choices: [], usage: { completion_tokens: 3 } })).toBe(false);
    // the typed events that repeat the text are not new output
    expect(bearsTokens({ type: 'response.output_text.done', text: 'Hello' })).toBe(false);
    expect(
      bearsTokens(
        'event: response.completed\ndata: {"type":"response.completed","response":{"output":[{"text":"Hi"}]}}\n\n',
      ),
    ).toBe(false);
    expect(bearsTokens({ type: 'response.function_call_arguments.delta', delta: '{"' })).toBe(true);
    expect(
      bearsTokens('event: transcript.text.delta\ndata: {"type":"transcript.text.delta","delta":" word"}\n\n'),
    ).toBe(true);
  });
});

describe('paced', () => {
  it('holds the first token for the TTFT and spreads the rest at the profile speed; the slot comes back', async () => {
    const gate = new LatencyGate(resolveLatencyProfile({ ttftMs: 60, tokensPerSecond: 100, capacity: 1 }));
    const ticket = (await gate.admit())!;
    const frames = async function* () {
      yield 'data: {"choices":[{"delta":{"role":"assistant","content":""}}]}\n\n';
      for (const t of ['a', 'b', 'c']) yield `data: {"choices":[{"delta":{"content":"${t}"}}]}\n\n`;
      yield 'data: [DONE]\n\n';
    };
    const start = performance.now();
    const at: number[] = [];
    for await (const _ of paced(frames(), ticket, { tokens: 3, tokenFrames: 3 })) at.push(performance.now() - start);
    // lower bounds on the absolute schedule (a late first token shortens the next gap, never the schedule);
    // node's timers may fire up to a millisecond early
    expect(at[1]).toBeGreaterThanOrEqual(59); // first token after the TTFT
    expect(at[3]).toBeGreaterThanOrEqual(79); // 2 more tokens at 100/s: 20 ms after it was due
    expect(gate.inFlight).toBe(0);
  });
});
