import { describe, expect, it } from 'vitest';
import { ctx, jsonEx } from '../internal/fixtures.ts';
import { conversation, transcripts } from './fake-conversation.ts';
import { incomplete, structuredOutput, toolCalls, toolRoundTrip } from './generation.ts';
import { L } from './probes.ts';

const c = conversation();
const grade = (check: typeof incomplete, b: Parameters<typeof transcripts>[0] = {}) =>
  check.grade(transcripts(b, c), ctx());
const replace = (label: string, body: unknown, status = 200) => ({ ex: { [label]: jsonEx(label, body, { status }) } });

describe('responses generation checks', () => {
  it('pass on the mock', () => {
    for (const check of [incomplete, toolCalls, toolRoundTrip, structuredOutput])
      expect([check.id, grade(check).status]).toEqual([check.id, 'pass']);
  });

  it('incomplete: a cut answer called completed fails; an answer the cap did not cut is inconclusive', () => {
    const completed = { ...c.incomplete, status: 'completed', incomplete_details: null };
    expect(grade(incomplete, replace(L.incomplete, completed)).message).toMatchInlineSnapshot(
      `"the capped answer says status "completed", incomplete_details null; expected "incomplete" with reason "max_output_tokens""`,
    );
    const short = { ...c.create, usage: { ...c.create.usage, output_tokens: 8 } };
    expect(grade(incomplete, { ex: { [L.create]: { ...jsonEx(L.create, short), via: 'sdk' } } }).status).toBe(
      'inconclusive',
    );
    const refused = replace(
      L.incomplete,
      { error: { message: "Unsupported parameter: 'max_output_tokens'", param: 'max_output_tokens' } },
      400,
    );
    expect(grade(incomplete, refused).status).toBe('unsupported');
  });

  it('tool-calls: a repeated call_id or non-JSON arguments fail; no call is inconclusive', () => {
    const calls = c.tools.output.map((i) => ({ ...i, call_id: 'call_same' }));
    expect(grade(toolCalls, replace(L.tools, { ...c.tools, output: calls })).message).toMatchInlineSnapshot(
      `"function_call item: call_id "call_same" is used twice"`,
    );
    const badArgs = c.tools.output.map((i) => ({ ...i, arguments: '{city: Paris' }));
    expect(grade(toolCalls, replace(L.tools, { ...c.tools, output: badArgs })).status).toBe('fail');
    expect(grade(toolCalls, replace(L.tools, c.create)).status).toBe('inconclusive');
    expect(grade(toolRoundTrip, replace(L.tools, c.create)).status).toBe('inconclusive');
  });

  it('tool-round-trip: outputs refused for their call_id are unsupported; an empty answer fails', () => {
    const refused = replace(
      L.toolOutputs,
      { error: { message: 'No tool call found for function call output with call_id call_x.', param: 'input' } },
      400,
    );
    expect(grade(toolRoundTrip, refused).status).toBe('unsupported');
    expect(
      grade(toolRoundTrip, replace(L.toolOutputs, { ...c.toolOutputs, output: [] })).message,
    ).toMatchInlineSnapshot(`"the answer to the tool outputs has neither a message nor a further call"`);
  });

  it('structured-output: text that is not an instance of the schema fails', () => {
    const wrong = {
      ...c.structured,
      output: [
        {
          ...c.structured.output[0],
          content: [{ type: 'output_text', text: '{"numbers":"1,2"}', annotations: [], logprobs: [] }],
        },
      ],
    };
    expect(grade(structuredOutput, replace(L.structured, wrong)).message).toMatchInlineSnapshot(
      `"the structured answer breaks its schema: numbers: Invalid input: expected array, received string"`,
    );
  });
});
