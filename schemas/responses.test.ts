// The Responses schemas against bodies quoted in the spec and the reference (responses-and-media.md A5, R13–R19):
// what openai-node needs is MUST, the rest of the spec SHOULD.
import { describe, expect, it } from 'vitest';
import { formatIssues } from './format.ts';
import { validate } from './validate.ts';

// the spec's createResponse streaming example (its terminal event), with the sequence_number the example omits
const completed = {
  type: 'response.completed',
  sequence_number: 9,
  response: {
    id: 'resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654',
    object: 'response',
    created_at: 1741290958,
    status: 'completed',
    error: null,
    incomplete_details: null,
    instructions: 'You are a helpful assistant.',
    max_output_tokens: null,
    model: 'gpt-5.4',
    output: [
      {
        id: 'msg_67c9fdcf37fc8190ba82116e33fb28c507b8b0ad4e5eb654',
        type: 'message',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Hi there! How can I assist you today?', annotations: [] }],
      },
    ],
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: true,
    temperature: 1.0,
    text: { format: { type: 'text' } },
    tool_choice: 'auto',
    tools: [],
    top_p: 1.0,
    truncation: 'disabled',
    usage: { input_tokens: 37, output_tokens: 11, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 48 },
    user: null,
    metadata: {},
  },
};

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe('the Responses schemas', () => {
  it("take the spec's own example at MUST level, and name the two keys it omits at SHOULD level", () => {
    const r = validate('response-stream-event', completed);
    expect(r.must).toEqual([]);
    expect(validate('response', completed.response).should.map((i) => i.path)).toEqual([
      'output[0].content[0].logprobs',
      'usage.input_tokens_details',
    ]);
  });

  it('fail at MUST level on what breaks responses.stream(): an unknown type (R16, R18), a Response without output (R19)', () => {
    expect(formatIssues(validate('response-stream-event', { ...completed, type: 'response.done' }).must)).toContain(
      'type',
    );
    const { output: _o, ...noOutput } = completed.response;
    expect(paths(validate('response-stream-event', { ...completed, response: noOutput }).must)).toEqual([
      'response.output',
    ]);
    expect(validate('response-stream-event', { type: 'keepalive', sequence_number: 3 }).ok).toBe(true);
  });

  it('hold sequence_number and the flat error shape at SHOULD level only (R13, R17)', () => {
    const { sequence_number: _s, ...unnumbered } = completed;
    const r = validate('response-stream-event', unnumbered);
    expect([r.ok, paths(r.should)]).toEqual([true, ['sequence_number']]);
    const nested = {
      type: 'error',
      sequence_number: 2,
      error: { type: 'too_many_requests', code: 'too_many_requests', message: 'Too Many Requests', param: null },
    };
    const n = validate('response-stream-event', nested);
    expect([n.ok, paths(n.should)]).toEqual([true, ['code', 'message', 'param']]);
  });

  it('refuse the chat-style nested tool (R22) and max_output_tokens below 16 in requests', () => {
    const nested = validate('responses-request', {
      model: 'm',
      input: 'hi',
      tools: [{ type: 'function', function: { name: 'f' } }],
    });
    expect(paths(nested.must)).toEqual(['tools[0].name']);
    expect(paths(validate('responses-request', { model: 'm', input: 'hi', max_output_tokens: 10 }).must)).toEqual([
      'max_output_tokens',
    ]);
  });
});
