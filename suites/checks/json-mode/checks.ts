// JSON mode answers are bare JSON objects (reference A1 response_format, B36).
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { answeredOf, completionOf, type Need } from '../internal/read.ts';
import { classifyJsonContent, jsonContentProblem, type JsonContent } from '../internal/json-content.ts';
import { choiceDeltas, streamChunks, streamFinishReason } from '../internal/stream-chunks.ts';
import { guide, spec } from '../internal/sources.ts';

const OBJECT = { probe: 'json-mode.object', label: 'object' };
const STREAM = { probe: 'json-mode.stream', label: 'stream' };

interface JsonAnswer {
  content: JsonContent;
  finishReason: unknown;
}

function objectAnswer(t: TranscriptSet): Need<JsonAnswer> {
  const got = completionOf(t, OBJECT.probe, OBJECT.label);
  if (!got.ok) return got;
  return { ok: true, value: { content: classifyJsonContent(got.value.message), finishReason: got.value.choice.finish_reason } };
}

function streamAnswer(t: TranscriptSet): Need<JsonAnswer> {
  const got = answeredOf(t, STREAM.probe, STREAM.label);
  if (!got.ok) return got;
  const chunks = streamChunks(got.value.ex);
  const deltas = choiceDeltas(chunks);
  const join = (key: string) => (deltas.some((d) => typeof d.delta[key] === 'string') ? deltas.map((d) => (typeof d.delta[key] === 'string' ? d.delta[key] : '')).join('') : null);
  return { ok: true, value: { content: classifyJsonContent({ content: join('content'), refusal: join('refusal') }), finishReason: streamFinishReason(chunks) } };
}

function judged(read: (t: TranscriptSet) => Need<JsonAnswer>, src: { probe: string; label: string }, judge: (a: JsonAnswer) => string | undefined, pass: string) {
  return (t: TranscriptSet): Grade => {
    const got = read(t);
    if (!got.ok) return got.grade;
    const problem = judge(got.value);
    const exchange = { exchange: src };
    return problem === undefined ? { status: 'pass', message: pass, details: exchange } : { status: 'fail', message: `${src.probe} (${src.label}): ${problem}`, details: { ...exchange, seen: got.value.content } };
  };
}

const notObject = (c: JsonContent) => {
  const problem = jsonContentProblem(c);
  if (problem) return problem;
  const value = (c as { value: unknown }).value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : `the JSON is ${JSON.stringify(value)}, not an object`;
};

export const parses: Check = {
  id: 'json-mode.parses',
  title: 'json_object content is bare JSON: JSON.parse(content) works, no fences or prose',
  feature: 'json-mode',
  level: 'MUST',
  source: spec('ResponseFormatJsonObject ("the message the model generates is valid JSON")'),
  breaks: ['JSON.parse(message.content) in every JSON-mode client'],
  divergences: [33, 36],
  probes: [OBJECT.probe],
  repeatable: true,
  grade: judged(objectAnswer, OBJECT, (a) => jsonContentProblem(a.content), 'content parses as JSON'),
};

export const isObject: Check = {
  id: 'json-mode.object',
  title: 'json_object content is a JSON object (not an array or a scalar)',
  feature: 'json-mode',
  level: 'MUST',
  source: guide('JSON mode produces a JSON object', 'guides/structured-outputs#json-mode'),
  divergences: [36],
  probes: [OBJECT.probe],
  repeatable: true,
  grade: judged(objectAnswer, OBJECT, (a) => notObject(a.content), 'content is a JSON object'),
};

export const finishStop: Check = {
  id: 'json-mode.finish-stop',
  title: 'a JSON-mode answer completes: finish_reason "stop", not "length" after runaway whitespace',
  feature: 'json-mode',
  level: 'SHOULD',
  source: guide('JSON mode, "may generate an unending stream of whitespace"', 'guides/structured-outputs#json-mode'),
  divergences: [36],
  probes: [OBJECT.probe],
  repeatable: true,
  grade: judged(objectAnswer, OBJECT, (a) => (a.finishReason === 'stop' ? undefined : `finish_reason is ${JSON.stringify(a.finishReason)}, expected "stop": the JSON may be cut short`), 'finish_reason "stop"'),
};

export const streamParses: Check = {
  id: 'json-mode.stream-parses',
  title: 'streamed json_object content joins into a bare JSON object',
  feature: 'json-mode',
  level: 'MUST',
  source: spec('ResponseFormatJsonObject, streamed'),
  breaks: ['partial-JSON UIs and JSON.parse of the joined deltas'],
  divergences: [36],
  probes: [STREAM.probe],
  repeatable: true,
  grade: judged(streamAnswer, STREAM, (a) => notObject(a.content), 'the joined deltas parse as a JSON object'),
};

export const checks: Check[] = [parses, isObject, finishStop, streamParses];
