import { describe, expect, it } from 'vitest';
import { chatAnswer, ctx, errorBody, jsonEx, tr } from '../internal/fixtures.ts';
import { goodTools, TWO_CALLS } from './fake-tools.ts';
import { foreignCallId, roundTripAccepted, roundTripAnswer } from './round-trip.ts';

const run = ctx();
const message = (g: ReturnType<typeof roundTripAccepted.grade>) => ('message' in g ? g.message : undefined);

describe('tool-result round trip', () => {
  it('passes a 200 text answer', () => {
    for (const c of [roundTripAccepted, roundTripAnswer, foreignCallId])
      expect(c.grade(goodTools(), run).status, c.id).toBe('pass');
  });

  it('fails when the echoed assistant message is rejected (B38 content null)', () => {
    const t = goodTools({
      result: {
        status: 400,
        body: errorBody(
          "Invalid 'content': 'content' field must be a string or an array of objects.",
          'messages.1.content',
          null,
        ),
      },
    });
    expect(message(roundTripAccepted.grade(t, run))).toMatchInlineSnapshot(
      `"tools.round-trip (result) answered 400: Invalid 'content': 'content' field must be a string or an array of objects. It sent the assistant turn back exactly as the server returned it (content null, 2 tool_calls and any extra fields), then one tool message per call (JSON results)."`,
    );
    expect(roundTripAnswer.grade(t, run).status).toBe('untestable');
  });

  it('reports unsupported when tool_choice "required" is rejected while tools.auto was accepted', () => {
    const t = goodTools({ call: errorBody('tool_choice must be "auto"', 'tool_choice', null) });
    t['tools.round-trip'].exchanges[0].response!.status = 400;
    expect(message(roundTripAccepted.grade(t, run))).toMatchInlineSnapshot(
      `"tool_choice "required" is not supported: tools.round-trip (call) answered 400 (tool_choice must be "auto") while its control tools.auto (auto) was accepted"`,
    );
    expect(message(roundTripAnswer.grade(t, run))).toMatchInlineSnapshot(
      `"tool_choice "required" is not supported: tools.round-trip (call) answered 400 (tool_choice must be "auto") while its control tools.auto (auto) was accepted"`,
    );
  });

  it('says when the assistant turn was synthesised because the first answer made no call', () => {
    const t = goodTools({
      call: chatAnswer({ content: 'Sunny in both.' }),
      result: { status: 500, body: { error: { message: 'Internal error' } } },
    });
    expect(message(roundTripAccepted.grade(t, run))).toMatchInlineSnapshot(
      `"tools.round-trip (result) answered 500: Internal error. The first answer made no tool call, so the suite sent a synthesised assistant turn (content null, 1 get_weather call), then one tool message per call (JSON results)."`,
    );
  });

  it('does not blame the round trip for a 5xx to double quotes that chat.realistic-accepted already fails for (quote-500, mock-llm)', () => {
    const crash = { status: 500, body: { error: { message: 'Internal Server Error' } } };
    const t = goodTools({ result: crash });
    t['chat.realistic'] = tr('chat.realistic', [jsonEx('nonstream', crash.body, { status: 500 })]);
    t['chat.multi-turn'] = tr('chat.multi-turn', [jsonEx('tool-history', chatAnswer({ content: 'Sunny.' }))]);
    expect(roundTripAccepted.grade(t, run)).toMatchInlineSnapshot(`
      {
        "message": "tools.round-trip (result) answered 500: Internal Server Error. Its tool results are JSON, with double quotes, and chat.realistic (nonstream) answered 500 too, while chat.multi-turn (tool-history), the same conversation in plain text, was accepted: chat.realistic-accepted fails for the quotes, so the round trip itself was not judged.",
        "prerequisite": "chat.realistic-accepted",
        "status": "untestable",
      }
    `);
    // the plain conversation refused too: the quotes are not the only suspect, the round trip fails as before
    t['chat.multi-turn'] = tr('chat.multi-turn', [jsonEx('tool-history', crash.body, { status: 500 })]);
    expect(roundTripAccepted.grade(t, run).status).toBe('fail');
  });

  it('fails a second round of tool calls instead of an answer', () => {
    const g = roundTripAnswer.grade(
      goodTools({ result: { body: chatAnswer({ tool_calls: TWO_CALLS }, 'tool_calls') } }),
      run,
    );
    expect(message(g)).toMatchInlineSnapshot(
      `"tools.round-trip (result): expected a text answer using the tool results, got content null and 2 more tool call(s)"`,
    );
  });

  it('fails a rejected OpenAI-style tool_call_id (B39)', () => {
    const t = goodTools({
      foreign: {
        status: 422,
        body: errorBody('Tool call id has to be a string of length 9 with characters a-z, A-Z, 0-9', null, null),
      },
    });
    expect(message(foreignCallId.grade(t, run))).toMatchInlineSnapshot(
      `"tools.foreign-call-id (foreign-id) answered 422 (Tool call id has to be a string of length 9 with characters a-z, A-Z, 0-9), while the same round trip with the server's own call ids (content null) was accepted. Accept any string as tool_call_id: histories often come from another provider (OpenAI ids look like "call_" + 24 characters)."`,
    );
  });

  it("does not blame the id when the round trip with the server's own ids was refused too", () => {
    const t = goodTools({
      foreign: { status: 500, body: { error: { message: 'content must be a string' } } },
      result: { status: 500, body: { error: { message: 'content must be a string' } } },
    });
    expect(foreignCallId.grade(t, run)).toMatchInlineSnapshot(`
      {
        "message": "tools.foreign-call-id (foreign-id) answered 500 (content must be a string), but the same round trip with the server's own call ids, tools.round-trip (result), was refused too (500): the refusal is not about the id",
        "prerequisite": "tools.round-trip-accepted",
        "status": "untestable",
      }
    `);
  });

  it('is inconclusive when the accepted round trip sent content "" where the foreign history sends null', () => {
    const own = chatAnswer({ content: '', tool_calls: TWO_CALLS }, 'tool_calls');
    const t = goodTools({
      call: own,
      foreign: { status: 500, body: { error: { message: 'content must be a string' } } },
    });
    expect(foreignCallId.grade(t, run)).toMatchInlineSnapshot(`
      {
        "message": "tools.foreign-call-id (foreign-id) answered 500 (content must be a string) for a history with an OpenAI-style id and content null; the accepted round trip sent the server's own ids with content "", so either could be refused; the error names content, so content null is the likelier cause (B38)",
        "status": "inconclusive",
      }
    `);
  });
});
