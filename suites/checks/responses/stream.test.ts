import { describe, expect, it } from 'vitest';
import { ctx, jsonEx } from '../internal/fixtures.ts';
import { L } from './probes.ts';
import { conversation, transcripts } from './fake-conversation.ts';
import { deltasAccumulate, eventOrder, framing, sequenceNumbers, streamMatchesCreate } from './stream.ts';

const c = conversation();
const events = c.events as Array<Record<string, any>>;
const grade = (check: typeof eventOrder, b: Parameters<typeof transcripts>[0] = {}) =>
  check.grade(transcripts(b, c), ctx());

describe('responses stream checks', () => {
  it('pass on the mock stream', () => {
    for (const check of [eventOrder, sequenceNumbers, framing, deltasAccumulate, streamMatchesCreate])
      expect([check.id, grade(check).status]).toEqual([check.id, 'pass']);
  });

  it('event-order: created must come first, deltas after their item, one terminal event last', () => {
    expect(grade(eventOrder, { events: events.slice(1) }).message).toMatchInlineSnapshot(
      `"the first event must be response.created (the SDK throws "expected 'response.created' event"), got "response.in_progress""`,
    );
    const noAdded = events.filter((e) => e.type !== 'response.output_item.added');
    expect(grade(eventOrder, { events: noAdded }).message).toMatchInlineSnapshot(
      `"response.content_part.added names output_index 0 before its output_item.added (the SDK throws "missing output at index 0")"`,
    );
    const noTerminal = events.slice(0, -1);
    expect(grade(eventOrder, { events: noTerminal }).message).toMatchInlineSnapshot(
      `"the stream must end with response.completed, response.incomplete or response.failed; the last event was "response.output_item.done""`,
    );
    // R16: response.done instead of response.completed
    const done = [...events.slice(0, -1), { ...events.at(-1), type: 'response.done' }];
    expect(grade(eventOrder, { events: done }).status).toBe('fail');
  });

  it('sequence-numbers: missing or repeated numbers fail (R13, R14)', () => {
    const missing = events.map(({ sequence_number: _s, ...e }) => e);
    expect(grade(sequenceNumbers, { events: missing }).message).toMatchInlineSnapshot(
      `"every event needs an integer sequence_number; "response.created" has missing"`,
    );
    const zeros = events.map((e) => ({ ...e, sequence_number: 0 }));
    expect(grade(sequenceNumbers, { events: zeros }).message).toMatchInlineSnapshot(
      `"sequence_number must increase: 0 then 0"`,
    );
  });

  it('event-framing: [DONE] after the events fails (R15)', () => {
    expect(grade(framing, { after: ['[DONE]'] }).message).toMatchInlineSnapshot(
      `"the stream ends with data: [DONE], which OpenAI does not send on the Responses API (openai-node tolerates it)"`,
    );
  });

  it('deltas-accumulate: a .done text unlike its deltas, or a final response without output (R19), fails', () => {
    const wrongDone = events.map((e) =>
      e.type === 'response.output_text.done' ? { ...e, text: 'something else' } : e,
    );
    expect(grade(deltasAccumulate, { events: wrongDone }).message).toMatchInlineSnapshot(
      `"output_text deltas add up to "Count from 1 to 40, separated by commas... In short, regarding separated and n… but output_text.done says "something else""`,
    );
    const last = events.at(-1)!;
    const emptyFinal = [...events.slice(0, -1), { ...last, response: { ...last.response, output: [] } }];
    expect(grade(deltasAccumulate, { events: emptyFinal }).status).toBe('fail');
    const noDeltas = events.filter((e) => !String(e.type).endsWith('.delta'));
    expect(grade(deltasAccumulate, { events: noDeltas }).status).toBe('inconclusive');
  });

  it('stream-matches-create: a different status streamed fails', () => {
    const last = events.at(-1)!;
    const incomplete = [
      ...events.slice(0, -1),
      { ...last, type: 'response.incomplete', response: { ...last.response, status: 'incomplete' } },
    ];
    expect(grade(streamMatchesCreate, { events: incomplete }).message).toMatchInlineSnapshot(
      `"the same request answered {"status":"completed","items":["message"]} unstreamed but {"status":"incomplete","items":["message"]} streamed"`,
    );
  });

  it('a JSON answer to stream: true fails event-order only; a cut stream is untestable for all', () => {
    const json = { ex: { [L.stream]: jsonEx(L.stream, c.streamed, { via: 'sdk', path: '/responses' }) } };
    expect(grade(eventOrder, json).message).toMatchInlineSnapshot(
      `"responses.basic (stream) asked for stream: true but streamed no event: answered application/json, 1047 bytes"`,
    );
    expect([sequenceNumbers, framing, deltasAccumulate].map((k) => grade(k, json).status)).toEqual([
      'untestable',
      'untestable',
      'untestable',
    ]);
    const base = transcripts({}, c);
    const ex = base['responses.basic'].exchanges.find((e) => e.label === L.stream)!;
    const cut = { ex: { [L.stream]: { ...ex, error: { kind: 'cut' as const, message: 'socket hang up' } } } };
    expect(grade(eventOrder, cut)).toMatchObject({
      status: 'untestable',
      prerequisite: 'responses.basic (stream) ends without a transport error',
    });
  });
});
