// Shapes, from the schemas: every Response body (create, its variants, retrieve), every stream event and the
// Response each lifecycle event carries, the input-item list, and the error bodies of the feature's 4xx.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { isObject, type Need } from '../internal/read.ts';
import { shapeGrade, type Shaped } from '../internal/schema.ts';
import { sdk, spec } from '../internal/sources.ts';
import { at, L, R } from './probes.ts';
import { answerOf, exchangeAt, routeGate, streamOf } from './read.ts';
import { jsonValue } from '../internal/read.ts';

const probes = [R.basic, CONTROL.probe];
/** the requests answered with a Response object */
export const RESPONSE_LABELS = [L.create, L.incomplete, L.structured, L.tools, L.toolOutputs, L.continued, L.retrieve];

/** the readable items of `labels`; the first unreadable grade when none could be read */
function collect(t: TranscriptSet, labels: string[], read: (label: string) => Need<Shaped[]>): Need<Shaped[]> {
  const items: Shaped[] = [];
  let first: Grade | undefined;
  for (const label of labels) {
    const got = read(label);
    if (got.ok) items.push(...got.value);
    else if (got.grade.status === 'fail')
      return got; // a non-JSON 2xx is a shape failure itself
    else first ??= got.grade;
  }
  if (items.length > 0) return { ok: true, value: items };
  return {
    ok: false,
    grade: first ?? { status: 'untestable', message: 'no Response was answered', prerequisite: R.basic },
  };
}

function bodies(t: TranscriptSet): Need<Shaped[]> {
  return collect(t, RESPONSE_LABELS, (label) => {
    const got = answerOf(t, label);
    return got.ok
      ? { ok: true, value: [{ value: got.value.body, where: `${R.basic} "${label}"`, exchange: at(label) }] }
      : got;
  });
}

function events(t: TranscriptSet): Need<Shaped[]> {
  const s = streamOf(t);
  if (!s.ok) return s;
  return {
    ok: true,
    value: s.value.events.map((e) => ({
      value: e.data ?? e.frame.data,
      where: `${R.basic} "${L.stream}" frame ${e.index}`,
      exchange: { ...at(L.stream), frames: [e.index] },
    })),
  };
}

/** the Response carried by each lifecycle event */
function snapshots(t: TranscriptSet): Need<Shaped[]> {
  const s = streamOf(t);
  if (!s.ok) return s;
  const value = s.value.events
    .filter((e) => isObject(e.data?.response))
    .map((e) => ({
      value: e.data!.response,
      where: `the response of ${e.type} (${R.basic} "${L.stream}" frame ${e.index})`,
      exchange: { ...at(L.stream), frames: [e.index] },
    }));
  return { ok: true, value };
}

function graded(
  got: Need<Shaped[]>,
  schema: Parameters<typeof shapeGrade>[0],
  level: 'must' | 'should',
  what: string,
): Grade {
  return got.ok ? shapeGrade(schema, level, got.value, what) : got.grade;
}

/** every event against the event schema, then the Response each lifecycle event carries against the Response's */
function eventsAndSnapshots(t: TranscriptSet, level: 'must' | 'should'): Grade {
  const all = events(t);
  const e = graded(all, 'response-stream-event', level, 'stream events');
  if (e.status !== 'pass') return e;
  const s = snapshots(t);
  if (!s.ok || s.value.length === 0) return e;
  const r = graded(s, 'response', level, 'lifecycle event responses');
  if (r.status !== 'pass') return r;
  const n = all.ok ? all.value.length : 0;
  return {
    status: 'pass',
    message: `${n} stream events and the ${s.value.length} responses they carry match their schemas (${level.toUpperCase()} level)`,
  };
}

const RESPONSE_SOURCE = spec('Response');

export const responseMust: Check = {
  id: 'responses.response-shape-must',
  title: 'Response objects have what client.responses reads (object "response", output[] of typed items)',
  feature: 'responses',
  level: 'MUST',
  source: sdk(
    'src/resources/responses/responses.ts',
    'addOutputText() when object === "response"; parse() reads output',
  ),
  breaks: ['openai-node 6 and 7: no output_text without object "response"; a missing output array throws'],
  probes,
  grade: (t) => graded(bodies(t), 'response', 'must', 'Response bodies'),
};

export const responseSpec: Check = {
  id: 'responses.response-shape-spec',
  title: 'Response objects match the spec (required keys, enums, usage with token details)',
  feature: 'responses',
  level: 'SHOULD',
  source: RESPONSE_SOURCE,
  probes,
  grade: (t) => graded(bodies(t), 'response', 'should', 'Response bodies'),
};

export const eventMust: Check = {
  id: 'responses.event-shape-must',
  title:
    'Stream events have what responses.stream() reads (a known type, indexes, string deltas, a Response with output)',
  feature: 'responses',
  level: 'MUST',
  source: sdk(
    'src/lib/responses/ResponseAccumulator.ts',
    'accumulateResponse(): unknown types throw, indexes address output',
  ),
  breaks: [
    'openai-node 6 and 7: an unknown event type throws "Unhandled response stream event" (R16 response.done, R18)',
  ],
  probes,
  grade(t) {
    return eventsAndSnapshots(t, 'must');
  },
};

export const eventSpec: Check = {
  id: 'responses.event-shape-spec',
  title: 'Stream events match the spec (sequence_number, item_id, logprobs) and carry spec-shaped Responses',
  feature: 'responses',
  level: 'SHOULD',
  source: spec('ResponseStreamEvent'),
  probes,
  grade(t) {
    return eventsAndSnapshots(t, 'should');
  },
};

/** GET …/input_items against retrieve: a 404/405 there while retrieve works means the route is not offered (R3) */
const apiVariant = { control: at(L.retrieve), subject: 'input item listing', names: ['input_items'], endpoint: true };

export const inputItemsShape: Check = {
  id: 'responses.input-items-shape',
  title: 'GET /responses/{id}/input_items answers a list the SDK can page (data[] with ids, has_more)',
  feature: 'responses',
  level: 'MUST',
  source: sdk('src/core/pagination.ts', 'CursorPage: data, has_more, the last item id'),
  breaks: ['openai-node 6 and 7: for await over inputItems.list() reads data and pages after the last id'],
  probes,
  grade(t) {
    const got = answerOf(t, L.inputItems, { ...apiVariant, subject: 'GET /responses/{id}/input_items' });
    if (!got.ok) return got.grade;
    const value = [{ value: got.value.body, where: `${R.basic} "${L.inputItems}"`, exchange: at(L.inputItems) }];
    const must = shapeGrade('response-input-items', 'must', value, 'input item lists');
    if (must.status !== 'pass') return must;
    const data = got.value.body.data as unknown[];
    if (data.length === 0)
      return {
        status: 'fail',
        message: `${R.basic} "${L.inputItems}" listed no item for a response created with input`,
        details: { exchange: at(L.inputItems) },
      };
    return { status: 'pass', message: `${data.length} input item(s) listed, each with an id` };
  },
};

/** the feature's refusals: unknown previous id, below-minimum param, retrieval after delete */
const ERROR_LABELS = [L.unknownPrevious, L.invalid, L.deleted];

export const errorBodies: Check = {
  id: 'responses.error-bodies',
  title: 'Responses errors use the API error envelope {error: {message, type, param, code}}',
  feature: 'responses',
  level: 'MUST',
  source: sdk('src/core/error.ts', 'APIError reads error.message'),
  breaks: ['openai-node: err.message falls back to the raw body; err.code / err.param are lost (R6 OpenRouter)'],
  probes,
  grade(t) {
    const gate = routeGate(t);
    if (gate) return gate;
    const items: Shaped[] = [];
    let first: Grade | undefined;
    for (const label of ERROR_LABELS) {
      const got = exchangeAt(t, label);
      if (!got.ok) {
        first ??= got.grade;
        continue;
      }
      const status = got.value.response!.status;
      if (status < 400 || status >= 500) continue;
      items.push({
        value: jsonValue(got.value.response!.body) ?? got.value.response!.body,
        where: `${R.basic} "${label}"`,
        exchange: at(label),
      });
    }
    if (items.length === 0)
      return (
        first ?? {
          status: 'inconclusive',
          message:
            'no Responses request was refused with a 4xx, so no error body could be read (responses.unknown-previous-id and responses.invalid-param grade the acceptance)',
        }
      );
    const must = shapeGrade('error-body', 'must', items, 'error bodies');
    if (must.status !== 'pass') return must;
    const should = shapeGrade('error-body', 'should', items, 'error bodies');
    return should.status === 'pass' ? must : { ...must, message: `${must.message}; spec gaps: ${should.message}` };
  },
};
