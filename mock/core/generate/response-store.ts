// Stored responses (`store` defaults to true): what GET /v1/responses/{id}, DELETE, …/input_items and
// previous_response_id read. Bounded like the journal, because a shared mock runs for days: a number of
// responses and a character budget over all of them, the oldest dropped first (a dropped id then answers as
// an unknown one would). Pure data: the pipeline owns ids and clocks, this only keeps what it is given.

import { alphanumeric } from './hash.ts';
import { inputItemsOf } from './responses-chat.ts';
import type { ResponseObject, ResponsesInputItem, ResponsesRequest } from './responses-types.ts';

export interface ResponseStoreLimits {
  /** responses kept */
  entries: number;
  /** characters (JSON) kept over all responses */
  totalChars: number;
}

export const RESPONSE_STORE_DEFAULTS: ResponseStoreLimits = { entries: 1_000, totalChars: 64 << 20 };

/** An input item as GET …/input_items lists it: with an id, a message's text as input_text parts. */
export type ListedItem = ResponsesInputItem & { id: string; type: string };

interface Stored {
  response: ResponseObject;
  /** this request's input items, as listed */
  input: ListedItem[];
  /** what a continuation sees first: the earlier context, this input, this output */
  context: ResponsesInputItem[];
  chars: number;
}

function listed(item: ResponsesInputItem, responseId: string, k: number): ListedItem {
  const type = item.type ?? 'message';
  const prefix =
    type === 'message' ? 'msg_' : type === 'function_call' ? 'fc_' : type === 'function_call_output' ? 'fco_' : 'item_';
  const id =
    typeof item.id === 'string' && item.id !== '' ? item.id : prefix + alphanumeric(`${responseId}:in:${k}`, 40);
  if (type !== 'message') return { ...item, id, type };
  const content =
    typeof item.content === 'string'
      ? [{ type: item.role === 'assistant' ? 'output_text' : 'input_text', text: item.content }]
      : item.content;
  return { id, type, status: 'completed', role: item.role ?? 'user', content };
}

export interface ItemPage {
  object: 'list';
  data: ListedItem[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

export class ResponseStore {
  private readonly byId = new Map<string, Stored>();
  private chars = 0;

  constructor(private readonly limits: ResponseStoreLimits = RESPONSE_STORE_DEFAULTS) {}

  get size(): number {
    return this.byId.size;
  }

  /** Keep a finished response with the context a continuation of it sees. */
  put(req: ResponsesRequest, response: ResponseObject, earlier: readonly ResponsesInputItem[] = []): void {
    const own = inputItemsOf(req);
    const input = own.map((item, k) => listed(item, response.id, k));
    const context: ResponsesInputItem[] = [...earlier, ...own, ...(response.output as ResponsesInputItem[])];
    const chars = JSON.stringify(response).length + JSON.stringify(context).length;
    this.delete(response.id);
    this.byId.set(response.id, { response, input, context, chars });
    this.chars += chars;
    for (const [id] of this.byId) {
      if (this.byId.size <= this.limits.entries && this.chars <= this.limits.totalChars) break;
      this.delete(id);
    }
  }

  get(id: string): ResponseObject | undefined {
    return this.byId.get(id)?.response;
  }

  /** The items a response with previous_response_id = id continues from, or undefined for an unknown id. */
  contextOf(id: string): ResponsesInputItem[] | undefined {
    return this.byId.get(id)?.context;
  }

  delete(id: string): boolean {
    const s = this.byId.get(id);
    if (s === undefined) return false;
    this.byId.delete(id);
    this.chars -= s.chars;
    return true;
  }

  /** GET …/input_items: `limit` 1..100 (default 20), `order` desc by default, `after` an item id. */
  inputItems(id: string, q: { limit?: number; order?: 'asc' | 'desc'; after?: string } = {}): ItemPage | undefined {
    const s = this.byId.get(id);
    if (s === undefined) return undefined;
    const all = q.order === 'asc' ? s.input : [...s.input].reverse();
    const from = q.after === undefined ? 0 : all.findIndex((i) => i.id === q.after) + 1;
    const limit = Math.max(1, Math.min(100, q.limit ?? 20));
    const data = from <= 0 && q.after !== undefined ? [] : all.slice(from, from + limit);
    return {
      object: 'list',
      data,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
      has_more: from + data.length < all.length && data.length > 0,
    };
  }

  clear(): void {
    this.byId.clear();
    this.chars = 0;
  }
}
