import { describe, expect, it } from 'vitest';
import { framesOf, STREAM_WRITERS } from './sse.ts';
import { midStreamErrorBody } from './faults/error-reply.ts';

const collect = async (it: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const f of it) out.push(f);
  return out;
};
const NO_QUIRKS = new Set<never>();

describe('chat-chunks writer', () => {
  it('frames each chunk as one data event and ends with exactly one [DONE]', async () => {
    let out = '';
    for await (const f of framesOf([{ a: 1 }, { b: 'x\ny' }])) out += f;
    expect(out).toBe('data: {"a":1}\n\ndata: {"b":"x\\ny"}\n\ndata: [DONE]\n\n');
  });
  it('frames a mid-stream error as a data event in the quirks shape', () => {
    const w = STREAM_WRITERS['chat-chunks'];
    expect(w.errorFrame(500, midStreamErrorBody(), NO_QUIRKS, 3)).toMatch(/^data: \{"error":\{"message":/);
    expect(JSON.parse(w.errorFrame(500, midStreamErrorBody(), new Set(['flat-error']), 3).slice(6))).toMatchObject({
      object: 'error',
    });
  });
});

describe('events writer', () => {
  const w = STREAM_WRITERS.events;
  it('frames each chunk as a typed event named by its type, and sends no [DONE]', async () => {
    const out = await collect(
      w.frames([
        { type: 'response.created', sequence_number: 0 },
        { type: 'response.output_text.delta', sequence_number: 1, delta: 'a\nb' },
      ]),
    );
    expect(out).toEqual([
      'event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\n',
      'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","sequence_number":1,"delta":"a\\nb"}\n\n',
    ]);
  });
  it('frames a mid-stream error as the flat error event, numbered after the events sent', () => {
    expect(w.errorFrame(500, midStreamErrorBody(), NO_QUIRKS, 4)).toMatchInlineSnapshot(`
      "event: error
      data: {"type":"error","code":null,"message":"The server had an error while processing your request. Sorry about that!","param":null,"sequence_number":4}

      "
    `);
  });
  it('has a malformed frame no JSON parser accepts', () => {
    expect(w.malformedFrame.startsWith('event: ')).toBe(true);
    expect(() => JSON.parse(w.malformedFrame.split('data: ')[1])).toThrow();
  });
});
