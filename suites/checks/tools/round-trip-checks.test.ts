import { describe, expect, it } from 'vitest';
import { completion, errorBody, fakeCtx } from '../internal/fake-transcripts.ts';
import { goodTools, TWO_CALLS } from './fake-tools.ts';
import { foreignCallId, roundTripAccepted, roundTripAnswer } from './round-trip-checks.ts';

const ctx = fakeCtx();
const message = (g: ReturnType<typeof roundTripAccepted.grade>) => ('message' in g ? g.message : undefined);

describe('tool-result round trip', () => {
  it('passes a 200 text answer', () => {
    for (const c of [roundTripAccepted, roundTripAnswer, foreignCallId]) expect(c.grade(goodTools(), ctx).status, c.id).toBe('pass');
  });

  it('fails when the echoed assistant message is rejected (B38 content null)', () => {
    const t = goodTools({ result: { status: 400, body: errorBody("Invalid 'content': 'content' field must be a string or an array of objects.", 'messages.1.content') } });
    expect(message(roundTripAccepted.grade(t, ctx))).toMatchInlineSnapshot(`"tools.round-trip (result) answered 400: Invalid 'content': 'content' field must be a string or an array of objects. The assistant message was sent back exactly as the server returned it (content null, its tool_calls and any extra fields), followed by one tool message per call."`);
    expect(roundTripAnswer.grade(t, ctx).status).toBe('untestable');
  });

  it('reports unsupported when tools themselves are rejected', () => {
    const t = goodTools({ call: errorBody('tools are not supported') });
    t['tools.round-trip'].exchanges[0].response!.status = 400;
    expect(roundTripAccepted.grade(t, ctx).status).toBe('unsupported');
  });

  it('fails a second round of tool calls instead of an answer', () => {
    const g = roundTripAnswer.grade(goodTools({ result: { body: completion({ tool_calls: TWO_CALLS }, 'tool_calls') } }), ctx);
    expect(message(g)).toMatchInlineSnapshot(`"tools.round-trip (result): expected a text answer using the tool results, got content null and 2 more tool call(s)"`);
  });

  it('fails a rejected OpenAI-style tool_call_id (B39)', () => {
    const t = goodTools({ foreign: { status: 422, body: errorBody('Tool call id has to be a string of length 9 with characters a-z, A-Z, 0-9') } });
    expect(message(foreignCallId.grade(t, ctx))).toMatchInlineSnapshot(`"tools.foreign-call-id (foreign-id) answered 422: Tool call id has to be a string of length 9 with characters a-z, A-Z, 0-9. Accept any string as tool_call_id: histories often come from another provider (OpenAI ids look like "call_" + 24 characters)."`);
  });
});
