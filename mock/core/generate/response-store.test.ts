import { describe, expect, it } from 'vitest';
import { planResponse, responseObject } from './response-object.ts';
import { ResponseStore } from './response-store.ts';
import type { ResponsesRequest } from './responses-types.ts';

function stored(store: ResponseStore, id: string, req: ResponsesRequest) {
  const earlier = req.previous_response_id ? (store.contextOf(req.previous_response_id) ?? []) : [];
  const r = responseObject(req, planResponse(req, { salt: id, history: earlier }), { id, created_at: 1, model: 'm' });
  store.put(req, r, earlier);
  return r;
}

describe('ResponseStore', () => {
  it('keeps responses for retrieval and continuation, and forgets deleted ones', () => {
    const store = new ResponseStore();
    const first = stored(store, 'resp_1', { model: 'm', input: 'My name is Ada.' });
    expect(store.get('resp_1')).toBe(first);
    const ctx = store.contextOf('resp_1')!;
    expect(ctx.map((i) => i.type)).toEqual(['message', 'message']);
    stored(store, 'resp_2', { model: 'm', input: 'And yours?', previous_response_id: 'resp_1' });
    expect(store.contextOf('resp_2')!).toHaveLength(4);
    expect(store.delete('resp_1')).toBe(true);
    expect(store.delete('resp_1')).toBe(false);
    expect(store.get('resp_1')).toBeUndefined();
    expect(store.contextOf('resp_2')).toHaveLength(4); // a continuation keeps what it saw
  });

  it('lists input items newest first by default, with ids, paging after an id', () => {
    const store = new ResponseStore();
    stored(store, 'resp_1', {
      model: 'm',
      input: [
        { role: 'user', content: 'one' },
        { role: 'user', content: [{ type: 'input_text', text: 'two' }] },
        { role: 'user', content: 'three' },
      ],
    });
    const page = store.inputItems('resp_1', { limit: 2 })!;
    expect(page.data.map((i) => (i.content as Array<{ text: string }>)[0].text)).toEqual(['three', 'two']);
    expect(page).toMatchObject({ object: 'list', has_more: true, first_id: page.data[0].id, last_id: page.data[1].id });
    const next = store.inputItems('resp_1', { limit: 2, after: page.last_id! })!;
    expect(next.data.map((i) => (i.content as Array<{ text: string }>)[0].text)).toEqual(['one']);
    expect(next.has_more).toBe(false);
    expect(store.inputItems('resp_1', { order: 'asc' })!.data[0].content).toEqual([
      { type: 'input_text', text: 'one' },
    ]);
    expect(store.inputItems('resp_nope')).toBeUndefined();
  });

  it('drops the oldest beyond its caps', () => {
    const store = new ResponseStore({ entries: 2, totalChars: 1 << 20 });
    for (const id of ['resp_a', 'resp_b', 'resp_c']) stored(store, id, { model: 'm', input: 'hello' });
    expect([store.get('resp_a'), store.size]).toEqual([undefined, 2]);
    const tiny = new ResponseStore({ entries: 10, totalChars: 10 });
    stored(tiny, 'resp_x', { model: 'm', input: 'hello' });
    expect(tiny.size).toBe(0);
  });
});
