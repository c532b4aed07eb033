// JSON mode answers are bare JSON objects (reference A1 response_format, B36).
// Controls: json-mode.object varies chat.basic by response_format; json-mode.stream varies json-mode.object by
// stream. json-mode.parses is the root: the object rule judges the JSON inside fences or prose, and says
// "untestable" when there is no JSON at all.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { varies } from '../internal/attribution.ts';
import { answeredOf, completionOf, type Need, no, type Source, where } from '../internal/read.ts';
import { classifyJsonContent, jsonContentProblem, type JsonContent } from '../internal/json-content.ts';
import { choiceDeltas, streamChunks, streamFinishReason } from '../internal/stream-chunks.ts';
import { guide, spec } from '../internal/sources.ts';
import { readStream } from '../internal/sse.ts';
import { streamEnd } from '../../engine/transport/stream-end.ts';
import { hasData } from '../streaming/streams.ts';

const OBJECT: Source = { probe: 'json-mode.object', label: 'object' };
const STREAM: Source = { probe: 'json-mode.stream', label: 'stream' };
const OBJECT_VARIANT = varies(CONTROL, 'response_format json_object', 'response_format', 'json_object');
const STREAM_VARIANT = varies(OBJECT, 'streamed JSON mode', 'stream');

interface JsonAnswer {
  content: JsonContent;
  finishReason: unknown;
}

function objectAnswer(t: TranscriptSet): Need<JsonAnswer> {
  const got = completionOf(t, OBJECT.probe, OBJECT.label, OBJECT_VARIANT);
  if (!got.ok) return got;
  return {
    ok: true,
    value: { content: classifyJsonContent(got.value.message), finishReason: got.value.choice.finish_reason },
  };
}

function streamAnswer(t: TranscriptSet): Need<JsonAnswer> {
  const got = answeredOf(t, STREAM.probe, STREAM.label, STREAM_VARIANT);
  if (!got.ok) {
    // json_object itself refused as unsupported: the stream was refused for the same reason
    const root = objectAnswer(t);
    return !root.ok && root.grade.status === 'unsupported' && got.grade.status === 'untestable'
      ? no({ ...root.grade, message: `${where(STREAM)} was refused too: ${root.grade.message}` })
      : got;
  }
  const end = streamEnd(got.value.ex);
  if (end.error)
    return no({
      status: 'untestable',
      message: `${where(STREAM)}: ${end.summary}, so the joined content cannot be judged`,
      prerequisite: `${where(STREAM)} complete`,
    });
  if (!hasData(readStream(got.value.ex)))
    return no({
      status: 'untestable',
      message: `${where(STREAM)} carried no SSE data events, so no content deltas (streaming.sse-body grades a stream answered without them)`,
      prerequisite: 'streaming.sse-body',
    });
  const chunks = streamChunks(got.value.ex);
  const deltas = choiceDeltas(chunks);
  const join = (key: string) =>
    deltas.some((d) => typeof d.delta[key] === 'string')
      ? deltas.map((d) => (typeof d.delta[key] === 'string' ? d.delta[key] : '')).join('')
      : null;
  return {
    ok: true,
    value: {
      content: classifyJsonContent({ content: join('content'), refusal: join('refusal') }),
      finishReason: streamFinishReason(chunks),
    },
  };
}

/** text that is not JSON after finish_reason "length" is a model limit (the JSON was cut short), not a defect */
function cutShort(src: Source, a: JsonAnswer): Grade | undefined {
  if (a.content.kind !== 'invalid' || a.finishReason !== 'length') return undefined;
  return {
    status: 'inconclusive',
    message: `${where(src)}: content is not JSON (${a.content.error}), but the answer ended with finish_reason "length": the model hit its output limit and the JSON was cut short, which says nothing about JSON mode (json-mode.finish-stop grades a "length" finish)`,
    details: { exchange: src },
  };
}

function judged(
  read: (t: TranscriptSet) => Need<JsonAnswer>,
  src: Source,
  judge: (a: JsonAnswer) => string | Grade | undefined,
  pass: string,
) {
  return (t: TranscriptSet): Grade => {
    const got = read(t);
    if (!got.ok) return got.grade;
    const problem = judge(got.value);
    const exchange = { exchange: src };
    if (problem === undefined) return { status: 'pass', message: pass, details: exchange };
    if (typeof problem !== 'string') return problem;
    return { status: 'fail', message: `${where(src)}: ${problem}`, details: { ...exchange, seen: got.value.content } };
  };
}

/** a refusal is the model's call, allowed by the spec: no JSON was observed, which fails nothing */
function refused(src: Source, a: JsonAnswer): Grade | undefined {
  if (a.content.kind !== 'refusal') return undefined;
  return {
    status: 'inconclusive',
    message: `${where(src)}: ${jsonContentProblem(a.content)}; a refusal is the model's call, not the server's (--trials N may get an answer)`,
  };
}

const parsesRule = (src: Source) => (a: JsonAnswer) =>
  refused(src, a) ?? cutShort(src, a) ?? jsonContentProblem(a.content);

/** the object rule judges whatever JSON there is (inside fences or prose too); no JSON at all is parses' finding */
const objectRule =
  (src: Source, root: string) =>
  (a: JsonAnswer): string | Grade | undefined => {
    const c = a.content;
    if (c.kind === 'json' || c.kind === 'fenced' || c.kind === 'prose') {
      return typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value)
        ? undefined
        : `the JSON is ${JSON.stringify(c.value)}, not an object`;
    }
    return (
      refused(src, a) ??
      cutShort(src, a) ?? {
        status: 'untestable',
        message: `${where(src)}: ${jsonContentProblem(c)}, so there is no JSON value to judge`,
        prerequisite: root,
      }
    );
  };

export const parses: Check = {
  id: 'json-mode.parses',
  title: 'json_object content is bare JSON: JSON.parse(content) works, no fences or prose',
  feature: 'json-mode',
  level: 'MUST',
  source: spec('ResponseFormatJsonObject ("the message the model generates is valid JSON")'),
  breaks: ['JSON.parse(message.content) in every JSON-mode client'],
  divergences: [33, 36],
  probes: [OBJECT.probe, CONTROL.probe],
  repeatable: true,
  grade: judged(objectAnswer, OBJECT, parsesRule(OBJECT), 'content parses as JSON'),
};

export const isObject: Check = {
  id: 'json-mode.object',
  title: 'json_object content is a JSON object (not an array or a scalar)',
  feature: 'json-mode',
  level: 'MUST',
  breaks: ['apps that JSON.parse a json_object answer and read its fields get an array or a scalar'],
  source: guide('JSON mode produces a JSON object', 'guides/structured-outputs#json-mode'),
  divergences: [36],
  probes: [OBJECT.probe, CONTROL.probe],
  repeatable: true,
  grade: judged(objectAnswer, OBJECT, objectRule(OBJECT, 'json-mode.parses'), 'content is a JSON object'),
};

export const finishStop: Check = {
  id: 'json-mode.finish-stop',
  title: 'a JSON-mode answer completes: finish_reason "stop", not "length" after runaway whitespace',
  feature: 'json-mode',
  level: 'SHOULD',
  source: guide('JSON mode, "may generate an unending stream of whitespace"', 'guides/structured-outputs#json-mode'),
  divergences: [36],
  probes: [OBJECT.probe, CONTROL.probe],
  repeatable: true,
  grade: judged(
    objectAnswer,
    OBJECT,
    (a) =>
      a.finishReason === 'stop'
        ? undefined
        : `finish_reason is ${JSON.stringify(a.finishReason)}, expected "stop": the JSON may be cut short`,
    'finish_reason "stop"',
  ),
};

export const streamParses: Check = {
  id: 'json-mode.stream-parses',
  title: 'streamed json_object content joins into a bare JSON object',
  feature: 'json-mode',
  level: 'MUST',
  source: spec('ResponseFormatJsonObject, streamed'),
  breaks: ['partial-JSON UIs and JSON.parse of the joined deltas'],
  divergences: [36],
  probes: [STREAM.probe, OBJECT.probe, CONTROL.probe],
  repeatable: true,
  grade: judged(
    streamAnswer,
    STREAM,
    (a) => {
      const problem = parsesRule(STREAM)(a);
      return problem ?? objectRule(STREAM, 'json-mode.stream-parses')(a);
    },
    'the joined deltas parse as a JSON object',
  ),
};

export const checks: Check[] = [parses, isObject, finishStop, streamParses];
