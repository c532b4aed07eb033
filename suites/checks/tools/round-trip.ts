// Sending tool results back: the assistant's calls echoed verbatim, then one "tool" message per call.
import type { Check, Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { names } from '../internal/attribution.ts';
import {
  answeredOf,
  completionOf,
  errorText,
  exchangeOf,
  isObject,
  isTransient,
  jsonValue,
  type Source,
  where,
} from '../internal/read.ts';
import { guide, spec } from '../internal/sources.ts';
import { probesOf, show, variantOf } from './read-calls.ts';

const CALL: Source = { probe: 'tools.round-trip', label: 'call' };
const RESULT: Source = { probe: 'tools.round-trip', label: 'result' };
const FOREIGN: Source = { probe: 'tools.foreign-call-id', label: 'foreign-id' };
const ok = (status: number) => status >= 200 && status < 300;
/** chat.realistic-accepted's request and control, read when the run sent them (not listed: no extra request) */
const REALISTIC: Source = { probe: 'chat.realistic', label: 'nonstream' };
const PLAIN_HISTORY: Source = { probe: 'chat.multi-turn', label: 'tool-history' };

/**
 * The round trip's tool results are JSON, so they hold double quotes. When a 5xx to it comes from a server that also
 * answered chat.realistic (quotes in a tool result) with a 5xx while accepting the same conversation in plain text,
 * the quotes are the cause chat.realistic-accepted already fails for: the round trip itself was never judged.
 */
function quoteCause(t: TranscriptSet, status: number): string | undefined {
  if (status < 500) return undefined;
  const realistic = exchangeOf(t, REALISTIC.probe, REALISTIC.label);
  const plain = exchangeOf(t, PLAIN_HISTORY.probe, PLAIN_HISTORY.label);
  if (!realistic.ok || !plain.ok || !ok(plain.value.response!.status)) return undefined;
  const rs = realistic.value.response!.status;
  return rs >= 500 && !isTransient(rs)
    ? `${where(REALISTIC)} answered ${rs} too, while ${where(PLAIN_HISTORY)}, the same conversation in plain text, was accepted`
    : undefined;
}

/** the assistant message a request's history carried, as sent */
export function assistantSent(ex: Exchange): Record<string, unknown> | undefined {
  const body = jsonValue(ex.request.body);
  const messages = isObject(body) && Array.isArray(body.messages) ? body.messages : [];
  return messages.find((m): m is Record<string, unknown> => isObject(m) && m.role === 'assistant');
}

/** what the round trip sent back: the server's own assistant turn verbatim, or one the probe synthesised */
function echoed(t: TranscriptSet, result: Exchange): string {
  const first = completionOf(t, CALL.probe, CALL.label);
  const sent = assistantSent(result);
  const calls = Array.isArray(sent?.tool_calls) ? sent.tool_calls.length : 0;
  const tail = `then one tool message per call (JSON results)`;
  if (first.ok && sent && JSON.stringify(first.value.message) === JSON.stringify(sent)) {
    return `It sent the assistant turn back exactly as the server returned it (content ${show(sent.content)}, ${calls} tool_calls and any extra fields), ${tail}.`;
  }
  return `The first answer made no tool call, so the suite sent a synthesised assistant turn (content ${show(sent?.content)}, ${calls} get_weather call), ${tail}.`;
}

export const roundTripAccepted: Check = {
  id: 'tools.round-trip-accepted',
  title: 'tool results are accepted: assistant message with tool_calls (content null), then tool messages',
  feature: 'tools',
  level: 'MUST',
  source: spec(
    'ChatCompletionRequestAssistantMessage (content nullable with tool_calls), ChatCompletionRequestToolMessage',
  ),
  breaks: ['every agent loop: the SDKs send the assistant message back as received, content null included'],
  divergences: [2, 38],
  probes: probesOf([CALL]),
  grade(t) {
    const first = answeredOf(t, CALL.probe, CALL.label, variantOf(CALL));
    if (!first.ok) return first.grade;
    const got = exchangeOf(t, RESULT.probe, RESULT.label);
    if (!got.ok) return got.grade;
    const ex = got.value;
    const status = ex.response!.status;
    const at = where(RESULT);
    if (ok(status)) return { status: 'pass', message: `${at} answered ${status}. ${echoed(t, ex)}` };
    if (isTransient(status))
      return {
        status: 'untestable',
        message: `${at} answered ${status} (transient): ${errorText(ex)}`,
        prerequisite: `${at} answered without ${status}`,
      };
    const quotes = quoteCause(t, status);
    if (quotes) {
      return {
        status: 'untestable',
        message: `${at} answered ${status}: ${errorText(ex).replace(/\.$/, '')}. Its tool results are JSON, with double quotes, and ${quotes}: chat.realistic-accepted fails for the quotes, so the round trip itself was not judged.`,
        prerequisite: 'chat.realistic-accepted',
      };
    }
    return {
      status: 'fail',
      message: `${at} answered ${status}: ${errorText(ex).replace(/\.$/, '')}. ${echoed(t, ex)}`,
      details: { seen: status, exchange: RESULT },
    };
  },
};

export const roundTripAnswer: Check = {
  id: 'tools.round-trip-answer',
  title: 'after the tool results, the model answers in text with finish_reason "stop"',
  feature: 'tools',
  level: 'SHOULD',
  source: guide('function calling, step 4 (the model answers with the results)', 'guides/function-calling'),
  probes: probesOf([CALL]),
  repeatable: true,
  grade(t) {
    const first = answeredOf(t, CALL.probe, CALL.label, variantOf(CALL));
    if (!first.ok) return first.grade;
    const result = exchangeOf(t, RESULT.probe, RESULT.label);
    if (result.ok && !ok(result.value.response!.status)) {
      return {
        status: 'untestable',
        message: `${where(RESULT)} answered ${result.value.response!.status}: ${errorText(result.value)}`,
        prerequisite: 'tools.round-trip-accepted',
      };
    }
    const got = completionOf(t, RESULT.probe, RESULT.label);
    if (!got.ok) return got.grade;
    const { message, choice } = got.value;
    if (typeof message.content !== 'string' || message.content.trim() === '') {
      return {
        status: 'fail',
        message: `${where(RESULT)}: expected a text answer using the tool results, got content ${show(message.content)}${Array.isArray(message.tool_calls) ? ` and ${message.tool_calls.length} more tool call(s)` : ''}`,
        details: { seen: message, exchange: RESULT },
      };
    }
    if (choice.finish_reason !== 'stop')
      return {
        status: 'fail',
        message: `${where(RESULT)}: a text answer should end with finish_reason "stop", got ${show(choice.finish_reason)}`,
        details: { seen: choice.finish_reason, exchange: RESULT },
      };
    return { status: 'pass', message: 'a text answer ending with finish_reason "stop"' };
  },
};

/**
 * The foreign history differs from the round trip (its control) in the id and possibly in content: the round trip
 * sends back whatever content the server returned, the foreign history sends null, as OpenAI returns it. The id
 * is blamed only when the control sent content null too, or when the error names tool_call_id.
 */
function foreignGrade(t: TranscriptSet): Grade {
  const got = exchangeOf(t, FOREIGN.probe, FOREIGN.label);
  if (!got.ok) return got.grade;
  const ex = got.value;
  const status = ex.response!.status;
  const at = where(FOREIGN);
  if (ok(status))
    return { status: 'pass', message: `${at} answered ${status}: an OpenAI-style tool_call_id was accepted` };
  const why = `${status} (${errorText(ex).replace(/\.$/, '')})`;
  if (isTransient(status))
    return {
      status: 'untestable',
      message: `${at} answered ${why}, a transient status`,
      prerequisite: `${at} answered without ${status}`,
    };
  const control = exchangeOf(t, RESULT.probe, RESULT.label);
  if (!control.ok) return control.grade;
  const cs = control.value.response!.status;
  if (!ok(cs)) {
    return {
      status: 'untestable',
      message: `${at} answered ${why}, but the same round trip with the server's own call ids, ${where(RESULT)}, was refused too (${cs}): the refusal is not about the id`,
      prerequisite: 'tools.round-trip-accepted',
    };
  }
  const content = assistantSent(control.value)?.content;
  if (content === null || names(ex, ['tool_call_id'])) {
    return {
      status: 'fail',
      message: `${at} answered ${why}, while the same round trip with the server's own call ids (content ${show(content)}) was accepted. Accept any string as tool_call_id: histories often come from another provider (OpenAI ids look like "call_" + 24 characters).`,
      details: { seen: status, exchange: FOREIGN },
    };
  }
  const hint = names(ex, ['content']) ? '; the error names content, so content null is the likelier cause (B38)' : '';
  return {
    status: 'inconclusive',
    message: `${at} answered ${why} for a history with an OpenAI-style id and content null; the accepted round trip sent the server's own ids with content ${show(content)}, so either could be refused${hint}`,
  };
}

export const foreignCallId: Check = {
  id: 'tools.foreign-call-id',
  title: 'a tool_call_id in OpenAI\'s "call_…" format is accepted in the history',
  feature: 'tools',
  level: 'SHOULD',
  source: spec('ChatCompletionRequestToolMessage.tool_call_id (any string)'),
  breaks: ['conversations moved between providers, replayed histories'],
  divergences: [39],
  probes: ['tools.foreign-call-id', 'tools.round-trip'],
  grade: foreignGrade,
};

export const roundTripChecks: Check[] = [roundTripAccepted, roundTripAnswer, foreignCallId];
