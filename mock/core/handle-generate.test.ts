// The generic handler streams in the routed row's stream kind: a row with `events` gets typed frames without
// [DONE], and stream faults in that framing; the Responses API's row needs nothing more from it.
import { describe, expect, it } from 'vitest';
import { parseMockConfig } from './config.ts';
import { createContext } from './context.ts';
import { ENDPOINTS } from './endpoints/table.ts';
import type { EndpointEntry, Generator } from './endpoints/types.ts';
import { handleGenerate } from './handle-generate.ts';
import { resolveOptions } from './options.ts';
import { createState } from './state.ts';
import { isStreamResponse, type MockDraft } from './types.ts';
import type { FaultSpec } from './faults/index.ts';

const chatRow: EndpointEntry = ENDPOINTS.find((e) => e.name === 'chat')!;

/** a stand-in for a typed-event model: three events whatever the request */
const eventsModel: Generator = () => ({
  body: undefined,
  chunks: ['response.created', 'response.output_text.delta', 'response.completed'].map((type, i) => ({
    type,
    sequence_number: i,
  })),
  usage: { prompt: 1, completion: 1, total: 2 },
});
const eventsRow: EndpointEntry = { ...chatRow, name: 'events-test', stream: 'events', generate: eventsModel };

async function answer(row: EndpointEntry, faults: FaultSpec = {}): Promise<string[]> {
  const state = createState(resolveOptions(parseMockConfig({}, { inProcess: true })), (e) => {
    throw e;
  });
  const body = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], stream: true };
  const req = { method: 'POST', path: row.path, headers: {}, body: JSON.stringify(body) };
  const ctx = createContext(req, { name: 'endpoint', entry: row, params: {} }, 0, [], 'sk-test', 'fp');
  ctx.parsed = { ok: true, value: body };
  ctx.faults = faults;
  const res: MockDraft = await handleGenerate(state, ctx);
  if (!isStreamResponse(res)) throw new Error(`not a stream: ${JSON.stringify(res)}`);
  expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
  const frames: string[] = [];
  for await (const f of res.stream) frames.push(f);
  return frames;
}

describe('handleGenerate streams in the row’s stream kind', () => {
  it('chat-chunks: data frames and [DONE]', async () => {
    const frames = await answer(chatRow);
    expect(frames.at(-1)).toBe('data: [DONE]\n\n');
    expect(frames.every((f) => f.startsWith('data: '))).toBe(true);
  });

  it('events: typed frames named by type, no [DONE]', async () => {
    expect(await answer(eventsRow)).toEqual([
      'event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\n',
      'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","sequence_number":1}\n\n',
      'event: response.completed\ndata: {"type":"response.completed","sequence_number":2}\n\n',
    ]);
  });

  it('events: faults cut after N events and end with an error event in the events framing', async () => {
    expect(await answer(eventsRow, { cutAfter: 2 })).toHaveLength(2);
    const errored = await answer(eventsRow, { streamErrorAfter: 2 });
    expect(errored).toHaveLength(3);
    expect(errored[2]).toMatch(
      /^event: error\ndata: \{"type":"error","code":null,"message":".+","param":null,"sequence_number":2\}\n\n$/,
    );
  });
});
