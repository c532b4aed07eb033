// The streamed form of a Response (reference A5): typed events with a sequence_number counting from 0, in the
// documented order, and no [DONE] (the transport ends after the terminal event):
//   response.created, response.in_progress (both carrying the response in progress, output [] and usage null);
//   per message item: output_item.added, content_part.added, output_text.delta × fragments, output_text.done,
//   content_part.done, output_item.done; per function_call item: output_item.added,
//   function_call_arguments.delta × fragments, function_call_arguments.done, output_item.done;
//   then response.completed or response.incomplete with the full response.
// Fragments are the chat stream's (1/2/1/3 tokens), so the deltas join to the final text exactly.
// failedEvents() is the ending of a stream that breaks after it started: an `error` event, then response.failed.

import { fragments } from './chat-chunks.ts';
import type { OutputItem, ResponseObject, ResponseStreamEvent } from './responses-types.ts';

/** The response as it stands before any output: what created / in_progress carry. */
export function inProgress(response: ResponseObject): ResponseObject {
  return {
    ...response,
    status: 'in_progress',
    completed_at: null,
    incomplete_details: null,
    output: [],
    usage: null,
  };
}

type Body = { type: string; [k: string]: unknown };

function itemEvents(item: OutputItem, output_index: number): Body[] {
  const out: Body[] = [];
  if (item.type === 'function_call') {
    out.push({
      type: 'response.output_item.added',
      output_index,
      item: { ...item, status: 'in_progress', arguments: '' },
    });
    for (const f of fragments(item.arguments))
      out.push({ type: 'response.function_call_arguments.delta', item_id: item.id, output_index, delta: f.text });
    out.push({
      type: 'response.function_call_arguments.done',
      item_id: item.id,
      output_index,
      name: item.name,
      arguments: item.arguments,
    });
  } else {
    out.push({
      type: 'response.output_item.added',
      output_index,
      item: { ...item, status: 'in_progress', content: [] },
    });
    item.content.forEach((part, content_index) => {
      const at = { item_id: item.id, output_index, content_index };
      out.push({ type: 'response.content_part.added', ...at, part: { ...part, text: '' } });
      for (const f of fragments(part.text))
        out.push({ type: 'response.output_text.delta', ...at, delta: f.text, logprobs: [] });
      out.push({ type: 'response.output_text.done', ...at, text: part.text, logprobs: [] });
      out.push({ type: 'response.content_part.done', ...at, part });
    });
  }
  out.push({ type: 'response.output_item.done', output_index, item });
  return out;
}

const numbered = (bodies: Body[], from = 0): ResponseStreamEvent[] =>
  bodies.map((b, i) => ({ ...b, type: b.type, sequence_number: from + i }));

/** Every event of the answer, the terminal one last. */
export function responseEvents(response: ResponseObject): ResponseStreamEvent[] {
  const start = inProgress(response);
  const bodies: Body[] = [
    { type: 'response.created', response: start },
    { type: 'response.in_progress', response: start },
  ];
  response.output.forEach((item, i) => bodies.push(...itemEvents(item, i)));
  bodies.push({
    type: response.status === 'incomplete' ? 'response.incomplete' : 'response.completed',
    response,
  });
  return numbered(bodies);
}

/**
 * The end of a stream that fails after `sent` events: a flat spec-shaped `error` event, then response.failed
 * whose response has status "failed" and error {code, message} (reference A4).
 */
export function failedEvents(
  response: ResponseObject,
  sent: number,
  error: { code: string; message: string },
): ResponseStreamEvent[] {
  const failed: ResponseObject = {
    ...inProgress(response),
    status: 'failed',
    error: { code: error.code, message: error.message },
  };
  return numbered(
    [
      { type: 'error', code: error.code, message: error.message, param: null },
      { type: 'response.failed', response: failed },
    ],
    sent,
  );
}
