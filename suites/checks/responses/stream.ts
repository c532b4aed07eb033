// The typed event stream: the order responses.stream() depends on, sequence numbers, the end of the stream,
// deltas that add up to the final text, and a stream that says what the plain answer says.
import type { Check, Grade } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { isObject, show } from '../internal/read.ts';
import { reference, sdk, spec } from '../internal/sources.ts';
import { at, L, R } from './probes.ts';
import { answerOf, type Event, outputText, type Stream, streamOf } from './read.ts';

const probes = [R.basic, CONTROL.probe];
const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);
const STREAM = at(L.stream);
const frames = (...e: Event[]) => ({ ...STREAM, frames: e.map((x) => x.index) });

function fail(message: string, seen: unknown, ...events: Event[]): Grade {
  return { status: 'fail', message, details: { seen, exchange: frames(...events) } };
}

/** the first way the stream breaks the order the SDK's accumulator needs, or undefined */
export function orderProblem(s: Stream): Grade | undefined {
  const [first] = s.events;
  if (first.type !== 'response.created')
    return fail(
      `the first event must be response.created (the SDK throws "expected 'response.created' event"), got ${show(first.type)}`,
      first.data,
      first,
    );
  const items: Array<{ id: unknown; parts: number }> = [];
  for (const e of s.events) {
    const d = e.data ?? {};
    const oi = d.output_index;
    if (e.type === 'response.output_item.added') {
      if (oi !== items.length)
        return fail(`output_item.added must append at output_index ${items.length}, got ${show(oi)}`, d, e);
      items.push({ id: isObject(d.item) ? d.item.id : undefined, parts: 0 });
      continue;
    }
    if (typeof oi === 'number' && e.type !== undefined && e.type.startsWith('response.') && !(oi < items.length))
      return fail(
        `${e.type} names output_index ${oi} before its output_item.added (the SDK throws "missing output at index ${oi}")`,
        d,
        e,
      );
    if (e.type === 'response.content_part.added') {
      const item = items[oi as number];
      if (d.content_index !== item.parts)
        return fail(
          `content_part.added must append at content_index ${item.parts}, got ${show(d.content_index)}`,
          d,
          e,
        );
      item.parts++;
    } else if (e.type === 'response.output_text.delta' && !((d.content_index as number) < items[oi as number].parts)) {
      return fail(
        `output_text.delta names content_index ${show(d.content_index)} before its content_part.added (the SDK throws "missing content")`,
        d,
        e,
      );
    }
  }
  const terminals = s.events.filter((e) => e.type !== undefined && TERMINAL.has(e.type));
  const last = s.events.at(-1)!;
  if (terminals.length === 0)
    return fail(
      `the stream must end with response.completed, response.incomplete or response.failed; the last event was ${show(last.type)}`,
      last.data,
      last,
    );
  if (terminals.length > 1)
    return fail(
      `the stream must have exactly one terminal event, got ${terminals.length}`,
      terminals.map((e) => e.type),
      ...terminals,
    );
  const after = s.events.filter((e) => e.index > terminals[0].index && e.type !== 'error');
  if (after.length > 0)
    return fail(`events must not follow ${terminals[0].type}, got ${show(after[0].type)}`, after[0].data, after[0]);
  return undefined;
}

export const eventOrder: Check = {
  id: 'responses.event-order',
  title:
    'Events come in the documented order: created first, items added before their parts and deltas, one terminal event last',
  feature: 'responses',
  level: 'MUST',
  source: sdk(
    'src/lib/responses/ResponseAccumulator.ts',
    'response.created first; output and content addressed by index',
  ),
  breaks: [
    'openai-node 6 and 7: responses.stream() throws on the first event out of order; a stream without a terminal event leaves the response in_progress (R20, R21)',
  ],
  probes,
  grade(t) {
    const s = streamOf(t, L.stream, true);
    if (!s.ok) return s.grade;
    return (
      orderProblem(s.value) ?? {
        status: 'pass',
        message: `${s.value.events.length} events in the documented order, ending with ${s.value.events.at(-1)!.type}`,
      }
    );
  },
};

export const sequenceNumbers: Check = {
  id: 'responses.sequence-numbers',
  title: 'Every event has an integer sequence_number, increasing through the stream',
  feature: 'responses',
  level: 'SHOULD',
  source: spec('ResponseStreamEvent.sequence_number'),
  breaks: ['replays with starting_after and clients that order or deduplicate events (R13 LiteLLM, R14 llama.cpp)'],
  probes,
  grade(t) {
    const s = streamOf(t);
    if (!s.ok) return s.grade;
    let prev: Event | undefined;
    for (const e of s.value.events) {
      const n = e.data?.sequence_number;
      if (typeof n !== 'number' || !Number.isInteger(n))
        return fail(`every event needs an integer sequence_number; ${show(e.type)} has ${show(n)}`, e.data, e);
      if (prev && !(n > (prev.data!.sequence_number as number)))
        return fail(
          `sequence_number must increase: ${show(prev.data!.sequence_number)} then ${n}`,
          [prev.data!.sequence_number, n],
          prev,
          e,
        );
      prev = e;
    }
    return { status: 'pass', message: `sequence_number increases over all ${s.value.events.length} events` };
  },
};

export const framing: Check = {
  id: 'responses.event-framing',
  title: 'Each event is framed as `event: <type>` + `data: <json>` with matching types, and no [DONE] follows',
  feature: 'responses',
  level: 'SHOULD',
  source: reference('A5', 'typed SSE frames, no [DONE] sentinel', 'api-reference/responses-streaming'),
  breaks: ['clients that dispatch on the event: line; strict clients of OpenAI see [DONE] as a stray frame (R15)'],
  probes,
  grade(t) {
    const s = streamOf(t);
    if (!s.ok) return s.grade;
    if (s.value.done.length > 0)
      return {
        status: 'fail',
        message: `the stream ends with data: [DONE], which OpenAI does not send on the Responses API (openai-node tolerates it)`,
        details: { exchange: { ...STREAM, frames: s.value.done } },
      };
    const bad = s.value.events.find((e) => e.data === undefined);
    if (bad)
      return fail(
        `every data line must be a JSON object; frame ${bad.index} is ${show(bad.frame.data)}`,
        bad.frame.data,
        bad,
      );
    const mismatch = s.value.events.find((e) => e.frame.event !== undefined && e.frame.event !== e.type);
    if (mismatch)
      return fail(
        `the event: line must name the data's type: "${mismatch.frame.event}" vs ${show(mismatch.type)}`,
        mismatch.frame.raw,
        mismatch,
      );
    const unnamed = s.value.events.filter((e) => e.frame.event === undefined).length;
    if (unnamed > 0)
      return {
        status: 'fail',
        message: `${unnamed} event(s) have no event: line (the SDK reads data.type and copes; the spec frames each with its type)`,
        details: { exchange: STREAM },
      };
    return { status: 'pass', message: 'every frame names its type, and no [DONE] follows' };
  },
};

/** the text and arguments the deltas add up to, per output index (and content index) */
function accumulated(s: Stream) {
  const text = new Map<string, string>();
  const args = new Map<number, string>();
  for (const e of s.events) {
    const d = e.data ?? {};
    if (e.type === 'response.output_text.delta' && typeof d.delta === 'string') {
      const k = `${d.output_index}:${d.content_index}`;
      text.set(k, (text.get(k) ?? '') + d.delta);
    } else if (e.type === 'response.function_call_arguments.delta' && typeof d.delta === 'string') {
      const k = d.output_index as number;
      args.set(k, (args.get(k) ?? '') + d.delta);
    }
  }
  return { text, args };
}

export const deltasAccumulate: Check = {
  id: 'responses.deltas-accumulate',
  title: 'Deltas add up to the .done text and arguments, and to the final response',
  feature: 'responses',
  level: 'MUST',
  source: sdk(
    'src/lib/responses/ResponseAccumulator.ts',
    'deltas append, .done events replace, the terminal event replaces the snapshot',
  ),
  breaks: [
    'openai-node 6 and 7: output_text seen while streaming differs from finalResponse(); a terminal response without output wipes the answer (R19)',
  ],
  probes,
  grade(t) {
    const s = streamOf(t);
    if (!s.ok) return s.grade;
    const { text, args } = accumulated(s.value);
    if (text.size + args.size === 0)
      return {
        status: 'inconclusive',
        message: 'the stream had no text or argument delta to add up (--trials N may see one)',
      };
    for (const e of s.value.events) {
      const d = e.data ?? {};
      if (e.type === 'response.output_text.done') {
        const got = text.get(`${d.output_index}:${d.content_index}`) ?? '';
        if (got !== d.text)
          return fail(
            `output_text deltas add up to ${show(got)} but output_text.done says ${show(d.text)}`,
            { deltas: got, done: d.text },
            e,
          );
      } else if (e.type === 'response.function_call_arguments.done') {
        const got = args.get(d.output_index as number) ?? '';
        if (got !== d.arguments)
          return fail(
            `arguments deltas add up to ${show(got)} but function_call_arguments.done says ${show(d.arguments)}`,
            { deltas: got, done: d.arguments },
            e,
          );
      }
    }
    const last = s.value.events.at(-1)!;
    const final = last.data?.response;
    const joined = [...text.values()].join('');
    const finalText = outputText(final);
    if (finalText === undefined)
      return fail(
        `the terminal ${show(last.type)} carries no response with output, so the SDK's final response loses the streamed answer`,
        last.data,
        last,
      );
    if (finalText !== joined)
      return fail(
        `the streamed text ${show(joined)} differs from the terminal response's output_text ${show(finalText)}`,
        { streamed: joined, final: finalText },
        last,
      );
    return {
      status: 'pass',
      message: `deltas add up to the .done values and the final response (${joined.length} characters of text, ${args.size} argument stream(s))`,
    };
  },
};

export const streamMatchesCreate: Check = {
  id: 'responses.stream-matches-create',
  title: 'The streamed final response has the shape of the plain one: same item types and status',
  feature: 'responses',
  level: 'SHOULD',
  source: spec('createResponse: stream'),
  probes,
  grade(t) {
    const s = streamOf(t);
    if (!s.ok) return s.grade;
    const plain = answerOf(t, L.create);
    if (!plain.ok) return plain.grade;
    const final = s.value.events.at(-1)!.data?.response;
    if (!isObject(final))
      return {
        status: 'untestable',
        message: 'the stream carried no final response',
        prerequisite: 'responses.event-order',
      };
    const kinds = (r: Record<string, unknown>) =>
      Array.isArray(r.output) ? r.output.map((i) => (isObject(i) ? i.type : typeof i)) : [];
    const a = { status: plain.value.body.status, items: kinds(plain.value.body) };
    const b = { status: final.status, items: kinds(final) };
    if (JSON.stringify(a) !== JSON.stringify(b))
      return {
        status: 'fail',
        message: `the same request answered ${show(a)} unstreamed but ${show(b)} streamed`,
        details: { seen: { create: a, stream: b }, exchange: STREAM },
      };
    const same = outputText(plain.value.body) === outputText(final);
    return {
      status: 'pass',
      message: `both are ${String(a.status)} with items ${a.items.join(', ')}${same ? ', and the same text' : ' (texts differ, as sampling allows)'}`,
    };
  },
};
