import { describe, expect, it } from 'vitest';
import { planResponse, responseObject } from './response-object.ts';
import { failedEvents, responseEvents } from './response-events.ts';
import type { ResponsesRequest } from './responses-types.ts';

const meta = { id: 'resp_ev', created_at: 1_700_000_000, model: 'gpt-4o-mini' };
const answer = (req: ResponsesRequest) => responseObject(req, planResponse(req, { salt: meta.id }), meta);
const TOOL = {
  type: 'function',
  name: 'get_weather',
  parameters: { type: 'object', properties: { city: { type: 'string' } } },
};

describe('responseEvents', () => {
  it('streams a text answer in the documented order, numbered from 0, deltas joining to the text', () => {
    const r = answer({ model: 'm', input: 'Hello there, how are you?' });
    const events = responseEvents(r);
    const types = [...new Set(events.map((e) => e.type))];
    expect(types).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    const text = events
      .filter((e) => e.type === 'response.output_text.delta')
      .map((e) => e.delta)
      .join('');
    expect(text).toBe(r.output[0].type === 'message' && r.output[0].content[0].text);
    expect(events[0]).toMatchObject({ response: { status: 'in_progress', output: [], usage: null } });
    expect(events.at(-1)).toMatchObject({ type: 'response.completed', response: r });
  });

  it('streams function calls as one item each, arguments in deltas, name on .done', () => {
    const r = answer({ model: 'm', input: 'Weather in Paris and in Rome?', tools: [TOOL] });
    const events = responseEvents(r);
    const added = events.filter((e) => e.type === 'response.output_item.added');
    expect(added.map((e) => e.output_index)).toEqual([0, 1]);
    expect(added[0]).toMatchObject({ item: { type: 'function_call', arguments: '', status: 'in_progress' } });
    const args0 = events
      .filter((e) => e.type === 'response.function_call_arguments.delta' && e.output_index === 0)
      .map((e) => e.delta)
      .join('');
    expect(args0).toBe(r.output[0].type === 'function_call' && r.output[0].arguments);
    expect(events.find((e) => e.type === 'response.function_call_arguments.done')).toMatchObject({
      name: 'get_weather',
    });
  });

  it('ends with response.incomplete when max_output_tokens cut the answer', () => {
    const events = responseEvents(
      answer({ model: 'm', input: 'Write a poem about the moon and the tides.', max_output_tokens: 16 }),
    );
    expect(events.at(-1)).toMatchObject({
      type: 'response.incomplete',
      response: { incomplete_details: { reason: 'max_output_tokens' } },
    });
  });

  it('fails after a break with a flat error event and response.failed, numbering on', () => {
    const r = answer({ model: 'm', input: 'hi' });
    expect(failedEvents(r, 5, { code: 'server_error', message: 'boom' })).toEqual([
      { type: 'error', sequence_number: 5, code: 'server_error', message: 'boom', param: null },
      expect.objectContaining({
        type: 'response.failed',
        sequence_number: 6,
        response: expect.objectContaining({ status: 'failed', error: { code: 'server_error', message: 'boom' } }),
      }),
    ]);
  });
});
