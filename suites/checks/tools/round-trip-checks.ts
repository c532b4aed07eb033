// Sending tool results back: the assistant's calls echoed verbatim, then one "tool" message per call.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { answeredOf, completionOf, errorText, exchangeOf, isTransient } from '../internal/read.ts';
import { show } from './read-calls.ts';
import { guide, spec } from '../internal/sources.ts';

/** A rejection of a request the API accepts is a failure here, not "unsupported": tools were accepted a moment before. */
function accepted(t: TranscriptSet, probe: string, label: string, explain: string): Grade {
  const got = exchangeOf(t, probe, label);
  if (!got.ok) return got.grade;
  const status = got.value.response!.status;
  if (status >= 200 && status < 300) return { status: 'pass', message: `${probe} (${label}) answered ${status}` };
  if (isTransient(status)) return { status: 'untestable', message: `${probe} (${label}) answered ${status} (transient): ${errorText(got.value.response!.body)}`, prerequisite: `${probe} (${label}) answered without ${status}` };
  return { status: 'fail', message: `${probe} (${label}) answered ${status}: ${errorText(got.value.response!.body).replace(/\.$/, '')}. ${explain}`, details: { seen: status, exchange: { probe, label } } };
}

export const roundTripAccepted: Check = {
  id: 'tools.round-trip-accepted',
  title: 'tool results are accepted: assistant message with tool_calls (content null), then tool messages',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionRequestAssistantMessage (content nullable with tool_calls), ChatCompletionRequestToolMessage'),
  breaks: ['every agent loop: the SDKs send the assistant message back as received, content null included'],
  divergences: [2, 38],
  probes: ['tools.round-trip'],
  grade(t) {
    const first = answeredOf(t, 'tools.round-trip', 'call');
    if (!first.ok) return first.grade;
    return accepted(t, 'tools.round-trip', 'result', 'The assistant message was sent back exactly as the server returned it (content null, its tool_calls and any extra fields), followed by one tool message per call.');
  },
};

export const roundTripAnswer: Check = {
  id: 'tools.round-trip-answer',
  title: 'after the tool results, the model answers in text with finish_reason "stop"',
  feature: 'tools',
  level: 'SHOULD',
  source: guide('function calling, step 4 (the model answers with the results)', 'guides/function-calling'),
  probes: ['tools.round-trip'],
  repeatable: true,
  grade(t) {
    const got = completionOf(t, 'tools.round-trip', 'result');
    if (!got.ok) return got.grade.status === 'unsupported' ? { status: 'untestable', message: got.grade.message, prerequisite: 'tools.round-trip-accepted' } : got.grade;
    const { message, choice } = got.value;
    const exchange = { probe: 'tools.round-trip', label: 'result' };
    if (typeof message.content !== 'string' || message.content.trim() === '') {
      return { status: 'fail', message: `tools.round-trip (result): expected a text answer using the tool results, got content ${show(message.content)}${Array.isArray(message.tool_calls) ? ` and ${message.tool_calls.length} more tool call(s)` : ''}`, details: { seen: message, exchange } };
    }
    if (choice.finish_reason !== 'stop') return { status: 'fail', message: `tools.round-trip (result): a text answer should end with finish_reason "stop", got ${show(choice.finish_reason)}`, details: { seen: choice.finish_reason, exchange } };
    return { status: 'pass', message: 'a text answer ending with finish_reason "stop"' };
  },
};

export const foreignCallId: Check = {
  id: 'tools.foreign-call-id',
  title: 'a tool_call_id in OpenAI\'s "call_…" format is accepted in the history',
  feature: 'tools',
  level: 'SHOULD',
  source: spec('ChatCompletionRequestToolMessage.tool_call_id (any string)'),
  breaks: ['conversations moved between providers, replayed histories'],
  divergences: [39],
  probes: ['tools.foreign-call-id'],
  grade: (t) => accepted(t, 'tools.foreign-call-id', 'foreign-id', 'Accept any string as tool_call_id: histories often come from another provider (OpenAI ids look like "call_" + 24 characters).'),
};

export const roundTripChecks: Check[] = [roundTripAccepted, roundTripAnswer, foreignCallId];
