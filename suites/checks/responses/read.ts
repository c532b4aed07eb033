// Reading the Responses probe: the route gate (a 404 to POST /responses while chat works skips the feature),
// Response bodies, the typed events of the stream, and the SDK's view of a call.
import type { Exchange, Grade, SdkOutcome, SseFrame, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { endpointVaries, varies } from '../internal/attribution.ts';
import { cutByConcurrency } from '../streaming/streams.ts';
import { streamEnd } from '../../engine/transport/stream-end.ts';
import {
  answeredOf,
  errorText,
  exchangeOf,
  isObject,
  type Need,
  no,
  parseJson,
  transcriptOf,
  where,
  yes,
} from '../internal/read.ts';
import { at, CREATE, L, R } from './probes.ts';

/** the Responses API as a whole, against chat's control: 400/405/422/501 make it unsupported */
export const API = endpointVaries(CONTROL, 'the Responses API (POST /v1/responses)', 'responses');
/** a variant of `create` (same prompt, one thing added) */
export const variant = (subject: string, ...names: string[]) => varies(CREATE, subject, ...names);

/** skip when the target answers POST /responses with 404 and chat works; undefined when the route is served */
export function routeGate(t: TranscriptSet): Grade | undefined {
  const created = exchangeOf(t, R.basic, L.create);
  if (!created.ok || created.value.response!.status !== 404) return undefined;
  const chat = exchangeOf(t, CONTROL.probe, CONTROL.label);
  const chatOk = chat.ok && chat.value.response!.status >= 200 && chat.value.response!.status < 300;
  if (!chatOk) return undefined; // the usual rule then makes it untestable, naming the control
  return {
    status: 'skip',
    message: `the target does not serve the Responses API: POST /responses answered 404 (${errorText(created.value)}) while chat completions work`,
  };
}

export interface Answer {
  ex: Exchange;
  body: Record<string, unknown>;
}

/**
 * A 2xx JSON object answer of the probe's `label`. The control itself is graded against chat's control
 * (unsupported for an attributable refusal); a variant against `create` when given.
 */
export function answerOf(t: TranscriptSet, label: string, v = label === L.create ? API : undefined): Need<Answer> {
  const gate = routeGate(t);
  if (gate) return no(gate);
  if (label !== L.create) {
    // a refused control explains every later request: one cause, one line
    const control = answerOf(t, L.create);
    if (!control.ok && control.grade.status !== 'fail') return control;
  }
  const got = answeredOf(t, R.basic, label, v);
  if (!got.ok) return got;
  const p = parseJson(got.value.ex.response!.body);
  if (!p.ok || !isObject(p.value))
    return no({
      status: 'fail',
      message: `${where(at(label))} answered ${got.value.status} with a body that is not a JSON object: ${p.ok ? typeof p.value : p.error}`,
      details: { exchange: at(label) },
    });
  return yes({ ex: got.value.ex, body: p.value });
}

/** any answer of `label` at the HTTP level, behind the route gate and the control */
export function exchangeAt(t: TranscriptSet, label: string): Need<Exchange> {
  const gate = routeGate(t);
  if (gate) return no(gate);
  const control = answerOf(t, L.create);
  if (!control.ok && control.grade.status !== 'fail') return control;
  return exchangeOf(t, R.basic, label);
}

export interface Event {
  index: number; // frame index
  frame: SseFrame;
  data: Record<string, unknown> | undefined; // undefined: not a JSON object
  type: string | undefined;
}

export interface Stream {
  ex: Exchange;
  events: Event[]; // every frame with data, [DONE] excluded
  done: number[]; // frames whose data is [DONE]
}

/** the stream's transport cut (reset mid-way), as the untestable grade naming it; undefined when it ended cleanly */
export function cutStream(t: TranscriptSet, label: string = L.stream): Grade | undefined {
  const got = exchangeOf(t, R.basic, label);
  if (!got.ok || !got.value.error) return undefined;
  const at_ = where(at(label));
  return (
    cutByConcurrency(t, got.value, `${at_} stream`) ?? {
      status: 'untestable',
      message: `${at_}: ${streamEnd(got.value).summary}, so the stream cannot be judged`,
      prerequisite: `${at_} ends without a transport error`,
    }
  );
}

/**
 * The stream of `label` (answered 2xx as SSE), its frames read as typed events. A plain JSON answer fails the root
 * check (responses.event-order) and leaves the others untestable naming it: one cause, one failure.
 */
export function streamOf(t: TranscriptSet, label: string = L.stream, root = false): Need<Stream> {
  const got = answerOrStream(t, label);
  if (!got.ok) return got;
  const ex = got.value;
  const cut = cutStream(t, label);
  if (cut) return no(cut);
  const events: Event[] = [];
  const done: number[] = [];
  (ex.response!.frames ?? []).forEach((frame, index) => {
    if (frame.data === undefined || frame.comment) return;
    if (frame.data.trim() === '[DONE]') return void done.push(index);
    const p = parseJson(frame.data);
    const data = p.ok && isObject(p.value) ? p.value : undefined;
    events.push({ index, frame, data, type: typeof data?.type === 'string' ? data.type : undefined });
  });
  if (events.length > 0) return yes({ ex, events, done });
  const type = ex.response!.headers['content-type'] ?? 'no content type';
  if (!root)
    return no({
      status: 'untestable',
      message: `${where(at(label))} asked for stream: true but streamed no event (${type}; responses.event-order fails for that)`,
      prerequisite: 'responses.event-order',
    });
  return no({
    status: 'fail',
    message: `${where(at(label))} asked for stream: true but streamed no event: answered ${type}, ${ex.response!.bodyBytes} bytes`,
    details: { exchange: at(label) },
  });
}

function answerOrStream(t: TranscriptSet, label: string): Need<Exchange> {
  const gate = routeGate(t);
  if (gate) return no(gate);
  const control = answerOf(t, L.create);
  if (!control.ok && control.grade.status !== 'fail') return control;
  const got = answeredOf(t, R.basic, label, variant('streaming (stream: true)', 'stream'));
  return got.ok ? yes(got.value.ex) : got;
}

/** the SDK's outcome for `label` and its exchange */
export function sdkOf(t: TranscriptSet, label: string): Need<{ o: SdkOutcome; ex?: Exchange }> {
  const gate = routeGate(t);
  if (gate) return no(gate);
  const tr = transcriptOf(t, R.basic);
  if (!tr.ok) return tr;
  const o = tr.value.sdk.find((s) => s.label === label);
  if (!o)
    return no({
      status: 'untestable',
      message: `${R.basic} recorded no SDK call "${label}"`,
      prerequisite: `${R.basic} (${label})`,
    });
  return yes({ o, ex: tr.value.exchanges.find((e) => e.via === 'sdk' && e.label === label) });
}

/** the text of a Response's message output_text parts, joined as the SDK's output_text helper joins them */
export function outputText(response: unknown): string | undefined {
  if (!isObject(response) || !Array.isArray(response.output)) return undefined;
  const texts: string[] = [];
  for (const item of response.output) {
    if (!isObject(item) || item.type !== 'message' || !Array.isArray(item.content)) continue;
    for (const part of item.content)
      if (isObject(part) && part.type === 'output_text' && typeof part.text === 'string') texts.push(part.text);
  }
  return texts.join('');
}

/** the function_call items of a Response */
export function functionCalls(response: unknown): Record<string, unknown>[] {
  if (!isObject(response) || !Array.isArray(response.output)) return [];
  return response.output.filter((i): i is Record<string, unknown> => isObject(i) && i.type === 'function_call');
}

/** usage.input_tokens / output_tokens when they are numbers */
export function tokens(response: Record<string, unknown>): { input: number; output: number } | undefined {
  const u = response.usage;
  if (!isObject(u) || typeof u.input_tokens !== 'number' || typeof u.output_tokens !== 'number') return undefined;
  return { input: u.input_tokens, output: u.output_tokens };
}
